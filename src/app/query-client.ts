import { QueryClient } from '@tanstack/react-query';
import { BundleLoadError } from '../shared/api/bundle-load-error';

function shouldRetry(failureCount: number, error: Error): boolean {
  // A missing, corrupt or outdated bundle will not fix itself: say so at once.
  return !(error instanceof BundleLoadError) && failureCount < 2;
}

/** One client for the page; every query sets its own staleness (the data is fixed for a deploy). */
export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: shouldRetry, refetchOnWindowFocus: false } } });
}

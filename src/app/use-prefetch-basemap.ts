import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { basemapQueryOptions } from '../features/map/basemap';

/**
 * Starts loading the map's country outlines as the app starts, beside the
 * facts, instead of when the map's code has loaded and rendered: otherwise,
 * with a large bundle, the outlines are fetched and drawn only after the facts
 * are parsed and hold up the first full render.
 */
export function usePrefetchBasemap(showsMap: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (showsMap) void queryClient.prefetchQuery(basemapQueryOptions());
  }, [queryClient, showsMap]);
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import { BUNDLE_FILES } from '../../../schema/bundle';
import type { FactsBundle } from '../../../schema/bundle';
import { toMissingText, toNotFound, toNotJson } from './bundle-load-error';
import { readFactsBundle } from './read-facts-bundle';


/** Resolves a data file relative to the page, so the app works from any sub-path. */
export function dataUrl(path: string): string {
  return new URL(`data/${path}`, document.baseURI).toString();
}

async function fetchFactsBundle(): Promise<FactsBundle> {
  const url = dataUrl(BUNDLE_FILES.facts);
  const response = await fetch(url);
  if (!response.ok) throw toNotFound(url, response.status);
  try {
    return await readFactsBundle(response);
  } catch (error) {
    throw error instanceof SyntaxError ? toNotJson(url) : error;
  }
}

/**
 * The bundle is generated at build time and fixed for a deploy, so it never
 * goes stale while the page is open: fetch once, keep forever.
 */
export function bundleQueryOptions() {
  return queryOptions({
    queryKey: ['bundle'],
    queryFn: fetchFactsBundle,
    staleTime: Infinity,
    gcTime: Infinity,
    // Never refetched, so there is no previous bundle to share structure with; and the views' selects
    // return large derived lists that deep-comparing with the previous result would only slow down.
    structuralSharing: false,
  });
}

export function useBundle() {
  return useQuery(bundleQueryOptions());
}

async function fetchArticleText(articleId: string): Promise<string> {
  const url = dataUrl(`${BUNDLE_FILES.textsDir}/${encodeURIComponent(articleId)}.txt`);
  const response = await fetch(url);
  if (!response.ok) throw toMissingText(articleId, response.status);
  return response.text();
}

/** Article texts are split from the facts and loaded on demand; like the bundle, fixed for a deploy. */
export function articleTextQueryOptions(articleId: string) {
  return queryOptions({
    queryKey: ['article-text', articleId],
    queryFn: () => fetchArticleText(articleId),
    staleTime: Infinity,
  });
}

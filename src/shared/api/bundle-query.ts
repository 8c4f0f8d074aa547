import { queryOptions, useQuery } from '@tanstack/react-query';
import { BUNDLE_FILES, FactsBundleSchema, SCHEMA_VERSION } from '../../../schema/bundle';
import type { FactsBundle } from '../../../schema/bundle';

/** User Timing marks of the bundle's load (see src/app/performance-marks.ts): the JSON is parsed, then validated. */
export const FACTS_PARSED_MARK = 'dossier:facts-parsed';
export const FACTS_VALIDATED_MARK = 'dossier:facts-validated';

const REGENERATE_HINT = 'Regenerate it with `npm run extract` (or `npm start`).';

/** A bundle that could not be used, with a message a person can act on. */
export class BundleLoadError extends Error {
  readonly name = 'BundleLoadError';
}

/** Resolves a data file relative to the page, so the app works from any sub-path. */
export function dataUrl(path: string): string {
  return new URL(`data/${path}`, document.baseURI).toString();
}

function versionOf(json: unknown): unknown {
  return typeof json === 'object' && json !== null && 'schemaVersion' in json ? json.schemaVersion : undefined;
}

/** Parses and validates a fetched facts bundle; never trusts the JSON's shape. */
export function parseFactsBundle(json: unknown): FactsBundle {
  const version = versionOf(json);
  if (version !== SCHEMA_VERSION) {
    throw new BundleLoadError(
      `The data bundle has schema version ${String(version)}, but this dashboard reads version ${SCHEMA_VERSION}. ${REGENERATE_HINT}`,
    );
  }
  const parsed = FactsBundleSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.join('.')}: ${first.message}` : 'unknown problem';
    throw new BundleLoadError(`The data bundle is corrupt (${where}). ${REGENERATE_HINT}`);
  }
  return parsed.data;
}

async function fetchFactsBundle(): Promise<FactsBundle> {
  const url = dataUrl(BUNDLE_FILES.facts);
  const response = await fetch(url);
  if (!response.ok) {
    throw new BundleLoadError(`The data bundle was not found at ${url} (HTTP ${response.status}). ${REGENERATE_HINT}`);
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new BundleLoadError(`The data bundle at ${url} is not valid JSON. ${REGENERATE_HINT}`);
  }
  performance.mark(FACTS_PARSED_MARK);
  const bundle = parseFactsBundle(json);
  performance.mark(FACTS_VALIDATED_MARK);
  return bundle;
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
  if (!response.ok) {
    throw new BundleLoadError(`The text of article ${articleId} was not found (HTTP ${response.status}). ${REGENERATE_HINT}`);
  }
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

import { SCHEMA_VERSION } from '../../../schema/bundle';

const REGENERATE_HINT = 'Regenerate it with `npm run extract` (or `npm start`).';

/** A bundle that could not be used, with a message a person can act on. */
export class BundleLoadError extends Error {
  readonly name = 'BundleLoadError';
}

export function toVersionMismatch(version: unknown): BundleLoadError {
  return new BundleLoadError(`The data bundle has schema version ${String(version)}, but this dashboard reads version ${SCHEMA_VERSION}. ${REGENERATE_HINT}`);
}

/** The first problem the schema found, located by its path in the bundle. */
export function toCorruptBundle(issue: { path: readonly PropertyKey[]; message: string } | undefined): BundleLoadError {
  const where = issue ? `${issue.path.map(String).join('.')}: ${issue.message}` : 'unknown problem';
  return new BundleLoadError(`The data bundle is corrupt (${where}). ${REGENERATE_HINT}`);
}

export function toNotFound(url: string, status: number): BundleLoadError {
  return new BundleLoadError(`The data bundle was not found at ${url} (HTTP ${status}). ${REGENERATE_HINT}`);
}

export function toNotJson(url: string): BundleLoadError {
  return new BundleLoadError(`The data bundle at ${url} is not valid JSON. ${REGENERATE_HINT}`);
}

export function toMissingText(articleId: string, status: number): BundleLoadError {
  return new BundleLoadError(`The text of article ${articleId} was not found (HTTP ${status}). ${REGENERATE_HINT}`);
}

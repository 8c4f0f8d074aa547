/** Bump when the extractor's output for the same articles changes: caches keyed on it are then invalidated. */
export const EXTRACTOR_VERSION = '1.0.0';

/**
 * The extractor's incremental cache is a later feature; the benchmark detects
 * it from the CLI's --help text instead of assuming flag names.
 */

export interface CacheFlags {
  /** A flag that turns the cache off, for cold-run timings (e.g. "--no-cache"). */
  disable: string | null;
  /** A flag that takes the cache folder, so the benchmark keeps its cache apart (e.g. "--cache-dir"). */
  directory: string | null;
}

const FLAG = /--[a-z][a-z-]*/g;

/** The cache flags the help text mentions, or null when the CLI has no cache yet. */
export function detectCacheFlags(help: string): CacheFlags | null {
  const flags = [...new Set(help.match(FLAG) ?? [])].filter((flag) => flag.includes('cache'));
  if (flags.length === 0) return null;
  const disable = flags.find((flag) => flag.startsWith('--no-')) ?? null;
  const directory = flags.find((flag) => !flag.startsWith('--no-') && /dir|path|folder|^--cache$/.test(flag)) ?? null;
  return { disable, directory };
}

/** How many articles the CLI's summary line says came from the cache ("... (9989 from cache); wrote ..."). */
export function cachedArticleCount(output: string): number | null {
  const match = /\((\d+) from cache\)/.exec(output);
  return match?.[1] ? Number(match[1]) : null;
}

/** Whether the CLI's summary line says it updated the previous bundle ("..., re-merged only what changed; wrote ...") rather than running in full. */
export function ranIncrementally(output: string): boolean {
  return output.includes('re-merged only what changed');
}

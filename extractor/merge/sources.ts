import type { SourceInput } from '../../schema/bundle';

/** One source per supporting article (its first quote by position), sorted by article id. */
export function onePerArticle(sources: readonly SourceInput[]): SourceInput[] {
  const byArticle = new Map<string, SourceInput>();
  for (const source of sources) {
    const current = byArticle.get(source.articleId);
    if (!current || source.start < current.start) byArticle.set(source.articleId, source);
  }
  return [...byArticle.values()].sort((a, b) => compareStrings(a.articleId, b.articleId) || a.start - b.start);
}

/** Locale-independent string order, so bundles sort the same on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Groups values by a key in first-seen order: the blocking step of every merge. */
export function groupBy<T>(values: readonly T[], keyOf: (value: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) {
    const key = keyOf(value);
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}

/** The value most sources agree on; ties go to the first in order. */
export function mostSupported<T>(claims: readonly { value: T; sources: readonly SourceInput[] }[]): T | undefined {
  let best: { value: T; count: number } | undefined;
  for (const claim of claims) {
    const count = new Set(claim.sources.map((source) => source.articleId)).size;
    if (!best || count > best.count) best = { value: claim.value, count };
  }
  return best?.value;
}

export interface Claim<T> {
  value: T;
  sources: SourceInput[];
}

/** Groups what each source says into claims, one per distinct value; sources that say nothing are left out. */
export function toClaims<T>(
  said: readonly { value: T | null; source: SourceInput }[],
  keyOf: (value: T) => string = String,
): Claim<T>[] {
  const claims = new Map<string, Claim<T>>();
  for (const { value, source } of said) {
    if (value === null) continue;
    const key = keyOf(value);
    const claim = claims.get(key);
    if (claim) claim.sources.push(source);
    else claims.set(key, { value, sources: [source] });
  }
  return [...claims.values()];
}

/**
 * An article with no date anywhere still reports events other articles date.
 * Its publication day is taken from the dated articles that share the most
 * event keys with it: the same visit, the same named meeting or exercise.
 */
import type { IsoDay } from '../../schema/bundle';
import type { EventMention } from '../events/extract-events';
import { compareStrings } from '../merge/sources';

export interface DatedKeys {
  articleId: string;
  published: IsoDay;
  keys: ReadonlySet<string>;
}

export interface InferredDate {
  published: IsoDay;
  /** The dated articles the day was taken from. */
  basis: string[];
}

/** Event keys an article tells, the evidence for matching it to others. */
export function eventKeysOf(events: readonly EventMention[]): Set<string> {
  return new Set(events.map((event) => event.key));
}

/** A named exercise, show or parade, or a grouping's meeting, is strong evidence; a generic visit or deal is weaker. */
function weightOf(key: string): number {
  return /^(exercise|exhibition|parade)\|[a-z0-9-]+$/.test(key) || /^meeting\|[a-z0-9]+-(defence-ministers|foreign-ministers|nsa|summit)$/.test(key) ? 2 : 1;
}

/**
 * The publication day of the dated articles sharing the most event keys with
 * `keys` (a score of at least two: two shared events, or one named one); among
 * equally good matches the most common day, then the earliest. Null when none match.
 */
export function inferPublicationDate(keys: ReadonlySet<string>, dated: readonly DatedKeys[]): InferredDate | null {
  let bestScore = 1;
  let best: DatedKeys[] = [];
  for (const candidate of dated) {
    let score = 0;
    for (const key of keys) if (candidate.keys.has(key)) score += weightOf(key);
    if (score > bestScore) {
      bestScore = score;
      best = [candidate];
    } else if (score === bestScore && score > 1) {
      best.push(candidate);
    }
  }
  if (best.length === 0) return null;
  const votes = new Map<IsoDay, string[]>();
  for (const candidate of best) votes.set(candidate.published, [...(votes.get(candidate.published) ?? []), candidate.articleId]);
  const [winner] = [...votes].sort((a, b) => b[1].length - a[1].length || compareStrings(a[0], b[0]));
  return winner ? { published: winner[0], basis: [...winner[1]].sort(compareStrings) } : null;
}

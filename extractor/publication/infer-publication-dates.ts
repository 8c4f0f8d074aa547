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
  /** Some of the dated articles the day was taken from (at most five, sorted). */
  basis: string[];
  /** How many dated articles agreed on the day. */
  agreeing: number;
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
 * Indexes the dated articles by event key once, and returns a function giving
 * the publication day of the dated articles sharing the most event keys with
 * an undated one (a score of at least two: two shared events, or one named
 * one; or one event shared with at least two dated articles); among equally
 * good matches the most common day, then the latest (an article that tells
 * what several others told was most likely written after them).
 * Null when none match. The index keeps the cost proportional to the shared
 * keys, not to the number of dated articles.
 */
export function createDateInferrer(dated: readonly DatedKeys[]): (keys: ReadonlySet<string>) => InferredDate | null {
  const byKey = new Map<string, number[]>();
  dated.forEach((candidate, index) => {
    for (const key of candidate.keys) {
      const list = byKey.get(key);
      if (list) list.push(index);
      else byKey.set(key, [index]);
    }
  });
  return function inferPublicationDate(keys) {
    const scores = new Map<number, number>();
    for (const key of keys) {
      const postings = byKey.get(key) ?? [];
      if (postings.length > MAX_POSTINGS) continue;
      const weight = weightOf(key);
      for (const index of postings) scores.set(index, (scores.get(index) ?? 0) + weight);
    }
    let bestScore = 1;
    let best: DatedKeys[] = [];
    const weak: DatedKeys[] = [];
    for (const [index, score] of scores) {
      const candidate = dated[index];
      if (!candidate || score < bestScore) continue;
      if (score === 1) {
        weak.push(candidate);
      } else if (score > bestScore) {
        bestScore = score;
        best = [candidate];
      } else {
        best.push(candidate);
      }
    }
    // One shared event is enough when several dated articles tell it too: the undated one is about the same story.
    if (best.length === 0 && weak.length >= MIN_WEAK_AGREEING) best = weak;
    if (best.length === 0) return null;
    const votes = new Map<IsoDay, string[]>();
    for (const candidate of best) votes.set(candidate.published, [...(votes.get(candidate.published) ?? []), candidate.articleId]);
    const [winner] = [...votes].sort((a, b) => b[1].length - a[1].length || compareStrings(b[0], a[0]));
    return winner ? { published: winner[0], basis: [...winner[1]].sort(compareStrings).slice(0, MAX_BASIS), agreeing: winner[1].length } : null;
  };
}

/**
 * A key told by more dated articles than this (the same minister's visits to
 * the same country over years) says nothing about which day an article is from.
 */
const MAX_POSTINGS = 200;

/** How many dated articles must share an undated one's only shared event for it to count. */
const MIN_WEAK_AGREEING = 2;

/** How many of the matching articles a warning names; the rest are counted. */
const MAX_BASIS = 5;

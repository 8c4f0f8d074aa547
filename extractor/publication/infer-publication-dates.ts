/**
 * An article with no date anywhere still reports events other articles date.
 * Its publication day is taken from the dated articles that share the most
 * event keys with it: the same visit, the same named meeting or exercise;
 * never before a day the article itself tells as past.
 */
import type { IsoDay } from '../../schema/bundle';
import { isIsoDay } from '../dates/iso-day';
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

/**
 * Marks among an article's keys the day its own dates say it was published on
 * or after, rather than an event ("|" never starts an event key). It travels
 * with the event keys through caches and run states, and is never matched
 * across articles.
 */
const PUBLISHED_FROM_KEY = '|published-on-or-after|';

/** A told date coarser than a month is mostly a deadline or a history, where a misread tense would move the day by years. */
const BOUNDING_PRECISIONS: ReadonlySet<string> = new Set(['day', 'month']);

/**
 * The latest day the article tells something as over by: a day event's end
 * (its start when only the start is known), a month's first day. Judged on
 * the first reading, whose statuses come from tense alone when the article
 * has no date; only dates with a year of their own are resolved there.
 */
function publishedFromOf(events: readonly EventMention[]): IsoDay | null {
  let from: IsoDay | null = null;
  for (const { date, status } of events) {
    if (!date || status !== 'occurred' || !BOUNDING_PRECISIONS.has(date.precision)) continue;
    const bound = date.precision === 'day' && !date.startOnly ? date.end : date.start;
    if (from === null || bound > from) from = bound;
  }
  return from;
}

/** Event keys an article tells, the evidence for matching it to others, and the day its own past-told dates say it was published on or after. */
export function eventKeysOf(events: readonly EventMention[]): Set<string> {
  const keys = new Set(events.map((event) => event.key));
  const from = publishedFromOf(events);
  if (from) keys.add(`${PUBLISHED_FROM_KEY}${from}`);
  return keys;
}

function isBoundKey(key: string): boolean {
  return key.startsWith(PUBLISHED_FROM_KEY);
}

/**
 * The voted day, or the article's own bound when that is later: "completed
 * the pullback on February 19, 2021" was not published on the 12th however
 * many reports of the pullback's start it shares.
 */
function notBeforeOwnBound(voted: IsoDay, keys: ReadonlySet<string>): IsoDay {
  for (const key of keys) {
    const from = key.startsWith(PUBLISHED_FROM_KEY) ? key.slice(PUBLISHED_FROM_KEY.length) : '';
    if (isIsoDay(from) && from > voted) return from;
  }
  return voted;
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
      if (isBoundKey(key)) continue;
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
    return winner ? { published: notBeforeOwnBound(winner[0], keys), basis: [...winner[1]].sort(compareStrings).slice(0, MAX_BASIS), agreeing: winner[1].length } : null;
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

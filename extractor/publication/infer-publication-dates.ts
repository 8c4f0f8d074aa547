/**
 * An article with no date anywhere still reports events other articles date.
 * Its publication day is taken from the dated articles that share the most
 * event keys with it: the same visit, the same named meeting or exercise;
 * never before a day the article itself tells as past.
 */
import type { IsoDay } from '../../schema/bundle';
import type { YearlessDay } from '../dates/find-yearless-days';
import { isIsoDay, toEpochDay } from '../dates/iso-day';
import type { EventMention } from '../events/extract-events';
import { compareStrings } from '../merge/sources';

export interface DatedKeys {
  articleId: string;
  published: IsoDay;
  keys: ReadonlySet<string>;
}

export interface InferredDate {
  published: IsoDay;
  /** Some of the dated articles the day was taken from (at most five, sorted); none when the article's own dateline and past gave it. */
  basis: string[];
  /** How many dated articles agreed on the day. */
  agreeing: number;
}

/**
 * Keys that are no event ("|" never starts an event key), travelling with the
 * event keys through caches and run states. A month and day an article tells
 * something on matches other articles like an event does ("the core group met
 * on February 2" in an undated report, a dated one telling the meeting of
 * 2024-02-02 or published that day); the other two bound the article's own
 * day and are never matched across articles.
 */
const MONTH_DAY_KEY = '|month-day|';
const PUBLISHED_FROM_KEY = '|published-on-or-after|';
const OVER_WITHOUT_YEAR_KEY = '|told-over-on-month-day|';
const FILED_ON_KEY = '|filed-on-month-day|';
const LATEST_YEAR_KEY = '|latest-year-told|';

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

function monthDayOf(day: IsoDay): string {
  return day.slice(5);
}

/**
 * Event keys an article tells, the evidence for matching it to others: its
 * events, the month and day of each day it tells (with a year or, for an
 * undated article, without), and the bounds its own dates put on its day.
 */
export function eventKeysOf(events: readonly EventMention[], yearless: readonly YearlessDay[] = [], text = ''): Set<string> {
  const keys = new Set(events.map((event) => event.key));
  for (const { date } of events) {
    if (date?.precision === 'day') keys.add(`${MONTH_DAY_KEY}${monthDayOf(date.start)}`).add(`${MONTH_DAY_KEY}${monthDayOf(date.end)}`);
  }
  for (const day of yearless) {
    keys.add(`${MONTH_DAY_KEY}${day.monthDay}`);
    if (day.past) keys.add(`${OVER_WITHOUT_YEAR_KEY}${day.monthDay}`);
    if (day.filed) keys.add(`${FILED_ON_KEY}${day.monthDay}`);
  }
  const from = publishedFromOf(events);
  if (from) keys.add(`${PUBLISHED_FROM_KEY}${from}`);
  // Only a dateline without a year reads it: the text is searched for years only then.
  const latest = yearless.some((day) => day.filed) ? latestYearNamedIn(text) : null;
  if (latest !== null) keys.add(`${LATEST_YEAR_KEY}${latest}`);
  return keys;
}

function isBoundKey(key: string): boolean {
  return key.startsWith(PUBLISHED_FROM_KEY) || key.startsWith(OVER_WITHOUT_YEAR_KEY) || key.startsWith(FILED_ON_KEY) || key.startsWith(LATEST_YEAR_KEY);
}

const YEAR_NAMED = /\b(19[5-9]\d|20\d\d)\b/g;
/** Words that make a year a deadline or a plan ("by 2025", "until the end of 2030"), not a year the news is from. */
const BEFORE_A_DEADLINE = /\b(?:by|until|till|before|through|to|beyond)\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?$/i;

/** The latest year the text names other than as a deadline: "Sea Breeze 2021", "in March 2014" give 2021. */
function latestYearNamedIn(text: string): number | null {
  let latest: number | null = null;
  for (const match of text.matchAll(YEAR_NAMED)) {
    if (BEFORE_A_DEADLINE.test(text.slice(Math.max(0, match.index - 24), match.index))) continue;
    const year = Number(match[1]);
    if (latest === null || year > latest) latest = year;
  }
  return latest;
}

/** The day of a month and day ("05-10") nearest a given day, within half a year either way. */
function nearestOccurrence(monthDay: string, near: IsoDay): IsoDay | null {
  const year = Number(near.slice(0, 4));
  const candidates = [year - 1, year, year + 1].map((candidate) => `${candidate}-${monthDay}`).filter(isIsoDay);
  const distance = (day: IsoDay) => Math.abs(toEpochDay(day) - toEpochDay(near));
  return candidates.sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

/**
 * The day the article's own dateline says it was filed, in the year that puts
 * it nearest the voted day: the matching reports give the year, not the day,
 * since a wire report filed before them is not published on their later day.
 */
function filedDayOf(voted: IsoDay, keys: ReadonlySet<string>): IsoDay | null {
  for (const key of keys) {
    if (key.startsWith(FILED_ON_KEY)) return nearestOccurrence(key.slice(FILED_ON_KEY.length), voted);
  }
  return null;
}

/**
 * The voted day, or the latest day the article itself tells as over when
 * that is later: "the last troops left on May 10" was not written on the day
 * of a February report it shares events with. A day without a year is taken
 * in the year that puts it nearest the voted day: the voted day is a guess,
 * so the tense cannot choose the year as it does against a known day.
 */
function notBeforeOwnBound(voted: IsoDay, keys: ReadonlySet<string>): IsoDay {
  let day = voted;
  for (const key of keys) {
    const bound = boundOf(key, voted);
    if (bound && bound > day) day = bound;
  }
  return day;
}

function valueOfKey(keys: ReadonlySet<string>, prefix: string): string | undefined {
  for (const key of keys) if (key.startsWith(prefix)) return key.slice(prefix.length);
  return undefined;
}

/**
 * With no other report to vote, a dateline without a year ("SEVASTOPOL, June
 * 23. /TASS/", "NEW DELHI, Aug 5 (PTI)") takes the latest year the article
 * names ("Sea Breeze 2021", "in April 2021"), or the next when that would put
 * it before a day the article tells as over.
 */
function ownDatelineDay(keys: ReadonlySet<string>): InferredDate | null {
  const filed = valueOfKey(keys, FILED_ON_KEY);
  const named = Number(valueOfKey(keys, LATEST_YEAR_KEY) ?? Number.NaN);
  if (filed === undefined || !Number.isInteger(named)) return null;
  const from = valueOfKey(keys, PUBLISHED_FROM_KEY) ?? '';
  const published = [`${named}-${filed}`, `${named + 1}-${filed}`].find((day): day is IsoDay => isIsoDay(day) && day >= from);
  return published ? { published, basis: [], agreeing: 0 } : null;
}

/** The day a bound key says the article was published on or after, given the voted day. */
function boundOf(key: string, voted: IsoDay): IsoDay | null {
  if (key.startsWith(OVER_WITHOUT_YEAR_KEY)) return nearestOccurrence(key.slice(OVER_WITHOUT_YEAR_KEY.length), voted);
  const from = key.startsWith(PUBLISHED_FROM_KEY) ? key.slice(PUBLISHED_FROM_KEY.length) : '';
  return isIsoDay(from) ? from : null;
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
    // A report is mostly published on or just after the day it tells: its own day is one it tells too.
    for (const key of new Set([...candidate.keys, `${MONTH_DAY_KEY}${monthDayOf(candidate.published)}`])) {
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
      if (postings.length > (key.startsWith(MONTH_DAY_KEY) ? MAX_MONTH_DAY_POSTINGS : MAX_POSTINGS)) continue;
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
    if (best.length === 0) return ownDatelineDay(keys);
    const votes = new Map<IsoDay, string[]>();
    for (const candidate of best) votes.set(candidate.published, [...(votes.get(candidate.published) ?? []), candidate.articleId]);
    const [winner] = [...votes].sort((a, b) => b[1].length - a[1].length || compareStrings(b[0], a[0]));
    return winner ? { published: filedDayOf(winner[0], keys) ?? notBeforeOwnBound(winner[0], keys), basis: [...winner[1]].sort(compareStrings).slice(0, MAX_BASIS), agreeing: winner[1].length } : null;
  };
}

/**
 * A key told by more dated articles than this (the same minister's visits to
 * the same country over years) says nothing about which day an article is from.
 */
const MAX_POSTINGS = 200;

/**
 * A month and day told by more dated articles than this is a coincidence of
 * the calendar, not a shared story: in a large corpus every day of the year is.
 */
const MAX_MONTH_DAY_POSTINGS = 20;

/** How many dated articles must share an undated one's only shared event for it to count. */
const MIN_WEAK_AGREEING = 2;

/** How many of the matching articles a warning names; the rest are counted. */
const MAX_BASIS = 5;

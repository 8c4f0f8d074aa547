import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { IsoDay, Precision } from '../../schema/bundle';
import type { DateMention } from '../types';
import { DATELINE } from '../text/dateline';
import { parseDates } from './date-parser';
import { detectTenseAt, type Tense } from './detect-tense';
import { addDays, daysInMonth, toEpochDay, toIsoDay, toNoonInstant, weekdayOf, type DaySpan } from './iso-day';
import { nearestYear } from './nearest-year';
import { PRECISION_TAG, RELATIVE_TAG } from './period-parsers';

/** Any reference works for phrases that carry their own year; relative ones are dropped when there is no publication date. */
const NO_PUBLICATION_REFERENCE = toIsoDay(2000, 1, 1);

/**
 * Relative phrases reach at most a few thousand days from the publication day
 * ("999 weeks ago"); a publication day near the ends of the four-digit years
 * would push them out of range, so such a day counts as no reference at all.
 */
function isResolvableReference(day: IsoDay): boolean {
  const year = Number(day.slice(0, 4));
  return year >= 1100 && year <= 9900;
}

/**
 * Resolves the date phrases of one sentence against the article's publication
 * day. Offsets are relative to the sentence; mentions are in order and never
 * overlap. Phrases that need the publication day ("on Friday", "next week",
 * "June 24" without a year) are left out when it is null.
 */
export function findDateMentions(sentence: string, publishedDay: IsoDay | null): DateMention[] {
  const published = publishedDay && isResolvableReference(publishedDay) ? publishedDay : null;
  const reference = published ?? NO_PUBLICATION_REFERENCE;
  if (reference === null) return [];
  const parses = parseDates(sentence, toNoonInstant(reference));
  if (parses.length === 0) return [];
  const mentions: DateMention[] = [];
  // The report's own dateline ("Moscow, Sept 4 (PTI):") dates the report, not what it tells.
  const datelineEnd = DATELINE.exec(sentence)?.[0].length ?? 0;
  let yearAnchor: DaySpan | null = null;
  for (const { start, result } of parses) {
    const mention: DateMention | null = start < datelineEnd ? null : toMention({ sentence, start, published, yearAnchor }, result);
    const previous = mentions.at(-1);
    if (mention === null || (previous !== undefined && previous.end > mention.start)) continue;
    mentions.push(mention);
    if (!mention.relative && mention.precision !== 'year') yearAnchor = mention;
  }
  return mentions;
}

/** Where a date phrase sits and what it can be resolved against. */
interface MentionContext {
  sentence: string;
  /** Offset of the phrase in the sentence (set once its words are trimmed). */
  start: number;
  published: IsoDay | null;
  /** The last date with a written year earlier in the sentence ("began in May 2020 and escalated on June 15"). */
  yearAnchor: DaySpan | null;
}

interface Resolved extends DaySpan {
  precision: Precision;
  relative: boolean;
}

/** Month names are capitalised in prose; "troops march 20 km" and "India may 5..." are not dates. */
const LOWER_CASE_MONTH = /(?:^|[^\p{L}])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/u;

function toMention(at: MentionContext, result: ParsedResult): DateMention | null {
  const words = trimWords(result.text);
  const start = at.start + words.offset;
  const end = start + words.text.length;
  if (LOWER_CASE_MONTH.test(words.text)) return null;
  const resolved = resolveResult({ ...at, start }, result);
  if (resolved === null || (resolved.relative && at.published === null)) return null;
  if (toEpochDay(resolved.startDay) > toEpochDay(resolved.endDay)) return null;
  return { text: words.text, start, end, ...resolved };
}

/** chrono keeps "on" and stray punctuation with weekdays ("on Monday", "(Thursday)", "Friday,"); the mention is the date words. */
function trimWords(text: string): { text: string; offset: number } {
  const leading = /^(?:[,(（]\s*)?(?:on\s+)?/i.exec(text)?.[0].length ?? 0;
  let trimmed = text.slice(leading).replace(/[\s,]+$/, '');
  const opens = (trimmed.match(/\(/g) ?? []).length;
  const closes = (trimmed.match(/\)/g) ?? []).length;
  if (closes > opens) trimmed = trimmed.replace(/\s*[)）]$/, '');
  return { text: trimmed, offset: leading };
}

function resolveResult(at: MentionContext, result: ParsedResult): Resolved | null {
  const tags = result.tags();
  const periodPrecision = [...tags].find((tag) => tag.startsWith(PRECISION_TAG))?.slice(PRECISION_TAG.length);
  if (periodPrecision !== undefined) return resolvePeriod(result, periodPrecision, tags.has(RELATIVE_TAG));
  const components = result.start;
  if (components.isCertain('day') && components.isCertain('month')) return resolveCalendarDay(at, result);
  if (components.isCertain('weekday') && !components.isCertain('month')) return resolveWeekday(at, result);
  if (components.isCertain('month')) return resolveMonth(at, result);
  return null;
}

function isPrecision(value: string): value is Precision {
  return value === 'day' || value === 'month' || value === 'quarter' || value === 'year';
}

function resolvePeriod(result: ParsedResult, precision: string, relative: boolean): Resolved | null {
  const startDay = dayOf(result.start);
  const endDay = result.end ? dayOf(result.end) : startDay;
  if (!isPrecision(precision) || startDay === null || endDay === null) return null;
  return { startDay, endDay, precision, relative };
}

function dayOf(components: ParsedComponents): IsoDay | null {
  return toIsoDay(components.get('year') ?? 0, components.get('month') ?? 0, components.get('day') ?? 0);
}

/** "on June 24", "10 September", "September 2, 2020", "September 4-5": a day or a range of days. */
function resolveCalendarDay(at: MentionContext, result: ParsedResult): Resolved | null {
  const month = result.start.get('month') ?? 0;
  const day = result.start.get('day') ?? 0;
  const written = writtenYear(result.start);
  const year = written ?? yearFromContext(at, month, day, day);
  if (year === null) return null;
  const startDay = toIsoDay(year.year, month, day);
  if (startDay === null) return null;
  const endDay = result.end ? rangeEnd(result.end, year.year, startDay) : startDay;
  return endDay && { startDay, endDay, precision: 'day', relative: year.relative };
}

function writtenYear(components: ParsedComponents): ContextYear | null {
  const year = components.isCertain('year') ? components.get('year') : null;
  return year === null ? null : { year, relative: false };
}

interface ContextYear {
  year: number;
  /** false when the sentence itself gave the year. */
  relative: boolean;
}

/**
 * The year of a date written without one: the year of a date written with one
 * just before it in the sentence when this one follows it within a year in a
 * clause not about the future ("began in May 2020 and escalated into the clash
 * of June 15"), otherwise the one nearest the publication day.
 */
function yearFromContext(at: MentionContext, month: number, firstDay: number, lastDay: number | null): ContextYear | null {
  const direction = directionAt(at.sentence, at.start);
  if (at.yearAnchor !== null && direction !== 'future') {
    const anchorYear = Number(at.yearAnchor.startDay.slice(0, 4));
    const candidate = toIsoDay(anchorYear, month, firstDay);
    const sinceAnchor = candidate === null ? -1 : toEpochDay(candidate) - toEpochDay(at.yearAnchor.startDay);
    if (sinceAnchor > 0 && sinceAnchor <= 366) return { year: anchorYear, relative: false };
  }
  const year = at.published && nearestYear(at.published, direction, month, firstDay, lastDay);
  return year === null ? null : { year, relative: true };
}

function rangeEnd(end: ParsedComponents, startYear: number, startDay: IsoDay): IsoDay | null {
  if (!end.isCertain('day')) return startDay;
  const year = end.isCertain('year') ? (end.get('year') ?? startYear) : startYear;
  const endDay = toIsoDay(year, end.get('month') ?? 0, end.get('day') ?? 0);
  if (endDay === null || end.isCertain('year') || toEpochDay(endDay) >= toEpochDay(startDay)) return endDay;
  return toIsoDay(year + 1, end.get('month') ?? 0, end.get('day') ?? 0);
}

/** Words after which a lone month name is a date ("in May"), not a modal verb, a name or a march. */
const BEFORE_LONE_MONTH = /\b(?:in|since|by|until|till|from|of|during|before|after|through|throughout|early|mid|late|last|next|this|end|beginning|start|around|between|and|or|to|coming)[\s-]+$/i;

const FULL_MONTH_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** "in February 2021", "in June", "by December 2021": a whole month. */
function resolveMonth(at: MentionContext, result: ParsedResult): Resolved | null {
  const month = result.start.get('month') ?? 0;
  const written = writtenYear(result.start);
  if (written === null) {
    const word = at.sentence.slice(at.start, at.start + trimWords(result.text).text.length);
    const isCapitalisedFullName = FULL_MONTH_NAME.test(word);
    if (!isCapitalisedFullName || !BEFORE_LONE_MONTH.test(at.sentence.slice(Math.max(0, at.start - 20), at.start))) return null;
  }
  const year = written ?? yearFromContext(at, month, 1, null);
  if (year === null) return null;
  const startDay = toIsoDay(year.year, month, 1);
  const endDay = toIsoDay(year.year, month, daysInMonth(year.year, month));
  return startDay && endDay && { startDay, endDay, precision: 'month', relative: year.relative };
}

/** Abbreviated weekdays ("Sun", "Wed") are too often other words to be trusted on their own. */
const FULL_WEEKDAY = /^(?:\p{Lu}\p{Ll}+day)$/u;

/**
 * "on Thursday": in a past-tense clause the latest such day on or before
 * publication, in a future one the first on or after it; otherwise the
 * nearest, earlier on a tie. "last"/"next" force the direction.
 */
function resolveWeekday({ sentence, start, published }: MentionContext, result: ParsedResult): Resolved | null {
  const weekday = result.start.get('weekday');
  const word = /\p{L}+day\b/iu.exec(result.text)?.[0] ?? '';
  if (weekday === null || published === null || !FULL_WEEKDAY.test(word) || isInTitle(sentence, start, word)) return null;
  const modifier = /\b(last|past|next)\b/i.exec(result.text)?.[1]?.toLowerCase();
  const direction: Tense = modifier === 'next' ? 'future' : modifier ? 'past' : directionAt(sentence, start);
  const back = (weekdayOf(published) - weekday + 7) % 7;
  const forward = (weekday - weekdayOf(published) + 7) % 7;
  let offset: number;
  if (modifier === 'last' || modifier === 'past') offset = -(back === 0 ? 7 : back);
  else if (modifier === 'next') offset = forward === 0 ? 7 : forward;
  else if (direction === 'past') offset = -back;
  else if (direction === 'future') offset = forward;
  else offset = forward < back ? forward : -back;
  const day = addDays(published, offset);
  return { startDay: day, endDay: day, precision: 'day', relative: true };
}

/** "The Sunday Guardian", "the Monday Club": a weekday inside a name. */
function isInTitle(sentence: string, start: number, word: string): boolean {
  const wordStart = sentence.indexOf(word, start);
  return /\bthe\s+$/i.test(sentence.slice(Math.max(0, wordStart - 6), wordStart)) && /^\s+\p{Lu}/u.test(sentence.slice(wordStart + word.length));
}

/** Clause breaks: a date belongs to the verb of its own clause ("Singh, who arrived on Wednesday, will meet Shoigu on Friday"). */
const CLAUSE_BREAK = /[;:—–]|,\s+(?=(?:and|but|while|whereas|which|who|where|when|after|before|as|though|although|even as)\b)|\s(?=(?:and|but)\s+(?:\w+\s+){0,3}?(?:will|would|shall|is|are|was|were|has|had|have)\b)/g;

/** The direction a date at `start` leans: the tense of its verb in its clause (or sentence), past after "since". */
function directionAt(sentence: string, start: number): Tense {
  if (/\b(?:since|ago)\s+$/i.test(sentence.slice(Math.max(0, start - 8), start))) return 'past';
  let clauseStart = 0;
  let clauseEnd = sentence.length;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    if (match.index < start) clauseStart = match.index + match[0].length;
    else {
      clauseEnd = match.index;
      break;
    }
  }
  const tense = detectTenseAt(sentence.slice(clauseStart, clauseEnd), start - clauseStart);
  return tense === 'unknown' ? detectTenseAt(sentence, start) : tense;
}

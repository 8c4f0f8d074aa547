import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { IsoDay, Precision } from '../../schema/bundle';
import type { DateMention } from '../types';
import { DATELINE } from '../text/dateline';
import { parseDates } from './date-parser';
import { detectTenseAt, type Tense } from './detect-tense';
import { addDays, daysInMonth, isIsoDay, monthRangeSpan, toDayParts, toEpochDay, toIsoDay, toNoonInstant, weekdayOf, type DaySpan } from './iso-day';
import { nearestYear } from './nearest-year';
import { DATED_NOUNS, DAY_OF_MONTH_TAG, DAYS_AFTER_ANCHOR_TAG, NEEDS_ANCHOR_TAG, PRECISION_TAG, RANGE_TAG, RELATIVE_TAG, YEAR_AFTER_ANCHOR_TAG, YEAR_OF_NOUN_TAG } from './period-parsers';

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
 * "June 24" without a year) are left out when it is null. `before`: the last
 * date of the sentence just before, which "the next day" or "that year"
 * count from when the sentence has no date ahead of them.
 */
export function findDateMentions(sentence: string, publishedDay: IsoDay | null, before?: DateMention): DateMention[] {
  const published = publishedDay && isResolvableReference(publishedDay) ? publishedDay : null;
  const reference = published ?? NO_PUBLICATION_REFERENCE;
  if (reference === null) return [];
  const parses = parseDates(sentence, toNoonInstant(reference));
  if (parses.length === 0) return [];
  const mentions: DateMention[] = [];
  const namingBothEnds = new Set<DateMention>();
  // The report's own dateline ("Moscow, Sept 4 (PTI):") dates the report, not what it tells.
  const datelineEnd = datelineLength(sentence);
  let yearAnchor: DaySpan | null = null;
  const labels = new Set<DateMention>();
  for (const { start, result } of parses) {
    const previous = mentions.at(-1);
    const mention: DateMention | null = start < datelineEnd ? null : toMention({ sentence, start, published, yearAnchor, previous: previous ?? before }, result);
    if (mention === null || (previous !== undefined && previous.end > mention.start)) continue;
    mentions.push(mention);
    if (result.tags().has(YEAR_OF_NOUN_TAG)) labels.add(mention);
    if (namesBothEnds(result)) namingBothEnds.add(mention);
    if (!mention.relative && (mention.precision !== 'year' || isYearOfWhatFollows(sentence, mention))) yearAnchor = mention;
  }
  return withDaysApart(sentence, joinBounds(sentence, withBetweenRanges(sentence, withDayPairsJoined(sentence, withThroughDays(sentence, withYearAfterRanges(sentence, namingBothEnds, withListedYears(sentence, withoutRestated(sentence, withoutMereLabels(sentence, mentions, labels))))))), namingBothEnds, published));
}

/**
 * "said on Thursday, a day after the two fought a dogfight", "shot down a
 * MiG-21 on Wednesday and captured its pilot, a day after Indian jets struck":
 * what follows "a day after" happened the day before the date told last
 * before it; "hours after" the same day, "two days before" two days later. A
 * date of its own, at the words that give it, for the event told after them.
 */
const DAYS_APART = /(?<![\w-])(?:just\s+|only\s+)?(hours|a day|one day|two days|three days|a week|(\d)\s+days)\s+(after|before)\b/i;
const DAYS_IN: Record<string, number> = { hours: 0, 'a day': 1, 'one day': 1, 'two days': 2, 'three days': 3, 'a week': 7 };

function withDaysApart(sentence: string, mentions: DateMention[]): DateMention[] {
  return mentions.flatMap((mention, index) => {
    const next = mentions[index + 1];
    const isOneDay = mention.precision === 'day' && mention.startDay === mention.endDay && mention.bound === undefined;
    const apart = isOneDay ? DAYS_APART.exec(sentence.slice(mention.end, next?.start ?? sentence.length)) : null;
    if (!apart) return [mention];
    const days = apart[2] === undefined ? (DAYS_IN[(apart[1] ?? '').toLowerCase()] ?? 0) : Number(apart[2]);
    const day = addDays(mention.startDay, /^after$/i.test(apart[3] ?? '') ? -days : days);
    const start = mention.end + apart.index;
    const end = start + apart[0].length;
    return [mention, { text: apart[0], start, end, startDay: day, endDay: day, precision: 'day', relative: mention.relative }];
  });
}

/** "May 5 to 9 next year": a range of days chrono read without the year said right after it. */
const YEAR_WORDS = /^(?:last|next|this)\s+year$/i;

function withYearAfterRanges(sentence: string, namingBothEnds: Set<DateMention>, mentions: DateMention[]): DateMention[] {
  const kept: DateMention[] = [];
  for (const mention of mentions) {
    const previous = kept.at(-1);
    const isDayRange = previous !== undefined && previous.precision === 'day' && previous.startDay !== previous.endDay && previous.bound === undefined;
    if (!previous || !isDayRange || !YEAR_WORDS.test(mention.text) || !/^\s*$/.test(sentence.slice(previous.end, mention.start))) {
      kept.push(mention);
      continue;
    }
    const year = Number(mention.startDay.slice(0, 4));
    const crossesNewYear = previous.startDay.slice(0, 4) !== previous.endDay.slice(0, 4);
    const startDay = `${crossesNewYear ? year - 1 : year}${previous.startDay.slice(4)}`;
    const endDay = `${year}${previous.endDay.slice(4)}`;
    if (!isIsoDay(startDay) || !isIsoDay(endDay)) {
      kept.push(mention);
      continue;
    }
    const range: DateMention = { ...previous, text: sentence.slice(previous.start, mention.end), end: mention.end, startDay, endDay, relative: true };
    if (namingBothEnds.has(previous)) namingBothEnds.add(range);
    kept[kept.length - 1] = range;
  }
  return kept;
}

/** "Last month, on March 11, DRDO conducted …": a coarse date restated at once by a finer one inside it is that finer date. */
const RESTATED = /^\s*,\s*(?:on|in)?\s*$/i;

function withoutRestated(sentence: string, mentions: DateMention[]): DateMention[] {
  return mentions.filter((mention, index) => {
    const next = mentions[index + 1];
    return !(
      next &&
      RESTATED.test(sentence.slice(mention.end, next.start)) &&
      PRECISION_RANK[next.precision] < PRECISION_RANK[mention.precision] &&
      next.startDay >= mention.startDay &&
      next.endDay <= mention.endDay
    );
  });
}

/** "May 5 through 9", "January 9 thru 14": a later day of the same month after "through", which chrono leaves as a bare number. */
const THROUGH_DAY = /^\s+(?:through|thru)\s+(\d{1,2})\b(?!\s*(?:st|nd|rd|th)?\s*(?:,\s*)?(?:\p{Lu}|\d))/u;

function withThroughDays(sentence: string, mentions: DateMention[]): DateMention[] {
  return mentions.map((mention) => {
    const through = mention.precision === 'day' && mention.startDay === mention.endDay ? THROUGH_DAY.exec(sentence.slice(mention.end)) : null;
    const day = Number(through?.[1] ?? 0);
    const endDay = through && day > Number(mention.startDay.slice(8)) ? toIsoDay(Number(mention.startDay.slice(0, 4)), Number(mention.startDay.slice(5, 7)), day) : null;
    return through && endDay ? { ...mention, text: sentence.slice(mention.start, mention.end + through[0].length), end: mention.end + through[0].length, endDay } : mention;
  });
}

/** "visited Ladakh on Monday and Tuesday", "planned for July and August": two days or months in a row joined by "and" are one stretch. */
const AND_BETWEEN_DAYS = /^\s*(?:and|&)\s*$/i;

function withDayPairsJoined(sentence: string, mentions: DateMention[]): DateMention[] {
  const joined: DateMention[] = [];
  for (const mention of mentions) {
    const previous = joined.at(-1);
    const isOneDay = (candidate: DateMention) => candidate.precision === 'day' && candidate.startDay === candidate.endDay && candidate.bound === undefined;
    // "planned for July and August": two months in a row are one stretch too.
    const isMonth = (candidate: DateMention) => candidate.precision === 'month' && candidate.bound === undefined;
    const inARow = previous !== undefined && ((isOneDay(previous) && isOneDay(mention)) || (isMonth(previous) && isMonth(mention))) && addDays(previous.endDay, 1) === mention.startDay;
    if (previous && inARow && AND_BETWEEN_DAYS.test(sentence.slice(previous.end, mention.start))) {
      joined[joined.length - 1] = { ...previous, text: sentence.slice(previous.start, mention.end), end: mention.end, endDay: mention.endDay, relative: previous.relative || mention.relative };
    } else {
      joined.push(mention);
    }
  }
  return joined;
}

/** "held between June 5 and June 9", "between Monday and Wednesday", "between May and July": one stretch from the first to the second. */
const BETWEEN_BEFORE = /\bbetween\s+(?:the\s+)?$/i;
const BETWEEN_REACH = 12;
const AND_ALONE = /^\s*and\s*$/i;

function withBetweenRanges(sentence: string, mentions: DateMention[]): DateMention[] {
  const joined: DateMention[] = [];
  for (const mention of mentions) {
    const previous = joined.at(-1);
    const ends =
      previous !== undefined &&
      previous.bound === undefined &&
      mention.bound === undefined &&
      previous.precision === mention.precision &&
      (mention.precision === 'day' || mention.precision === 'month') &&
      previous.endDay < mention.startDay &&
      BETWEEN_BEFORE.test(sentence.slice(Math.max(0, previous.start - BETWEEN_REACH), previous.start)) &&
      AND_ALONE.test(sentence.slice(previous.end, mention.start));
    if (previous && ends) {
      joined[joined.length - 1] = { ...previous, text: sentence.slice(previous.start, mention.end), end: mention.end, endDay: mention.endDay, relative: previous.relative || mention.relative };
    } else {
      joined.push(mention);
    }
  }
  return joined;
}

/** ", and 2013" right after a year, or ", 2005, 2012 and 2013": more years listed with the first ("gifted in 2010 and 2013"), which chrono drops as bare numbers. */
const LISTED_YEAR_AFTER = /^(,?\s+and\s+|,\s*)((?:19|20)\d\d)\b(?![\d-]|s\b|['’]s\b)/;

function withListedYears(sentence: string, mentions: DateMention[]): DateMention[] {
  return mentions.flatMap((mention, index) => {
    if (mention.precision !== 'year' || mention.startDay.slice(0, 4) !== mention.endDay.slice(0, 4)) return [mention];
    const next = mentions[index + 1];
    const listed: DateMention[] = [];
    let end = mention.end;
    let joinedByAnd = false;
    for (let link = LISTED_YEAR_AFTER.exec(sentence.slice(end)); link; link = LISTED_YEAR_AFTER.exec(sentence.slice(end))) {
      const written = link[2] ?? '';
      const start = end + link[0].length - written.length;
      const span = monthRangeSpan(Number(written), 1, 12);
      if (span === null || (next !== undefined && next.start < start + written.length)) break;
      listed.push({ text: written, start, end: start + written.length, ...span, precision: 'year', relative: false });
      end = start + written.length;
      joinedByAnd = /and/.test(link[1] ?? '');
    }
    // A bare ", 2005" is a list only when "and" closes it ("1996, 2005, 2012 and 2013").
    return joinedByAnd ? [mention, ...listed] : [mention];
  });
}

/**
 * "The 2019 edition was held in September last year": a year naming which
 * edition gives way to a finer date within it, but not to one of something
 * it is told against ("The 2013 pact was signed weeks after a standoff in April-May that year").
 */
const TOLD_AGAINST = /\b(?:after|before|since|following)\b/i;

function withoutMereLabels(sentence: string, mentions: DateMention[], labels: ReadonlySet<DateMention>): DateMention[] {
  if (labels.size === 0) return mentions;
  const finer = (label: DateMention, other: DateMention) =>
    !labels.has(other) && other.precision !== 'year' && other.startDay.slice(0, 4) === label.startDay.slice(0, 4) && !TOLD_AGAINST.test(sentence.slice(label.end, other.start));
  return mentions.filter((mention) => !labels.has(mention) || !mentions.some((other) => finer(mention, other)));
}

function datelineLength(sentence: string): number {
  return DATELINE.exec(sentence)?.[0].length ?? 0;
}

/** Words before a year that make it one end of a stretch ("since 2003"), not the year of the dates after it. */
const BOUND_BEFORE_YEAR = /\b(?:since|until|till|from|by|after|before|through|to)\s+(?:the\s+)?(?:end\s+of\s+)?$/i;

/** "In 2019, the drills were held from September 16 to 21": a single written year the dates after it fall in. */
function isYearOfWhatFollows(sentence: string, mention: DateMention): boolean {
  const isSingleYear = mention.startDay.slice(0, 4) === mention.endDay.slice(0, 4);
  return isSingleYear && !BOUND_WORD_IN_TEXT.test(mention.text) && !BOUND_BEFORE_YEAR.test(sentence.slice(Math.max(0, mention.start - 24), mention.start));
}

/** chrono's own ranges ("September 21 to 26", "Friday till Sunday") and the period parsers' ("from 2021 to 2031"). */
function namesBothEnds(result: ParsedResult): boolean {
  const tags = result.tags();
  return tags.has(RANGE_TAG) || (result.end !== null && ![...tags].some((tag) => tag.startsWith('dossier/')));
}

/** Where a date phrase sits and what it can be resolved against. */
interface MentionContext {
  sentence: string;
  /** Offset of the phrase in the sentence (set once its words are trimmed). */
  start: number;
  published: IsoDay | null;
  /** The last date with a written year earlier in the sentence ("began in May 2020 and escalated on June 15"). */
  yearAnchor: DaySpan | null;
  /** The date just before this one in the sentence, which "that year" and "the following year" count from. */
  previous: DateMention | undefined;
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
  // "on Monday", "the 2015 (deal)": the date is the day or the year, not the word before it.
  const leading = /^(?:[,(（]\s*)?(?:on\s+|(?:the|a|an|its|their|this|that|and)\s+(?=(?:19|20)\d\d\b))?/i.exec(text)?.[0].length ?? 0;
  let trimmed = text.slice(leading).replace(/[\s,]+$/, '');
  const opens = (trimmed.match(/\(/g) ?? []).length;
  const closes = (trimmed.match(/\)/g) ?? []).length;
  if (closes > opens) trimmed = trimmed.replace(/\s*[)）]$/, '');
  return { text: trimmed, offset: leading };
}

/** The value a tag with this prefix carries, if the result has one. */
function tagValue(tags: Set<string>, prefix: string): string | undefined {
  return [...tags].find((tag) => tag.startsWith(prefix))?.slice(prefix.length);
}

function resolveResult(at: MentionContext, result: ParsedResult): Resolved | null {
  const tags = result.tags();
  const dayOfMonth = tagValue(tags, DAY_OF_MONTH_TAG);
  if (dayOfMonth !== undefined) return resolveDayOfMonth(at, Number(dayOfMonth), /\bthis\s+month\b/i.test(result.text));
  const daysAfterAnchor = tagValue(tags, DAYS_AFTER_ANCHOR_TAG);
  if (daysAfterAnchor !== undefined) return at.previous === undefined ? null : dayAfter(at.previous, Number(daysAfterAnchor));
  const yearsAfterAnchor = tagValue(tags, YEAR_AFTER_ANCHOR_TAG);
  if (yearsAfterAnchor !== undefined && at.previous !== undefined) return yearAfter(at.previous, Number(yearsAfterAnchor));
  if (tags.has(NEEDS_ANCHOR_TAG)) return null;
  const periodPrecision = tagValue(tags, PRECISION_TAG);
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

/** "in 2015 and expanded the following year": the year `years` after the earlier date's (counted from its end when later, its start otherwise). */
function yearAfter(anchor: DateMention, years: number): Resolved | null {
  const year = Number((years > 0 ? anchor.endDay : anchor.startDay).slice(0, 4)) + years;
  const span = monthRangeSpan(year, 1, 12);
  return span && { ...span, precision: 'year', relative: anchor.relative };
}

/** "arrived on June 22 and met Shoigu the next day": `days` after a single earlier day (before it when negative). */
function dayAfter(anchor: DateMention, days: number): Resolved | null {
  if (anchor.precision !== 'day' || (days === 0 && anchor.startDay !== anchor.endDay)) return null;
  const day = addDays(days < 0 ? anchor.startDay : anchor.endDay, days);
  return { startDay: day, endDay: day, precision: 'day', relative: anchor.relative };
}

/**
 * "on the 5th": that day of the publication month, the month before or the one
 * after, whichever the tense points to (the nearest when it points nowhere).
 */
/** Days a day of the month against its verb's tense counts as further away than any month either side of it. */
const AGAINST_THE_TENSE = 100;

function resolveDayOfMonth(at: MentionContext, day: number, isThisMonth: boolean): Resolved | null {
  if (at.published === null) return null;
  const today = toEpochDay(at.published);
  const { year, month } = toDayParts(at.published);
  const direction = directionAt(at.sentence, at.start);
  let best: { day: IsoDay; score: number } | null = null;
  for (const shift of isThisMonth ? [0] : [-1, 0, 1]) {
    const index = year * 12 + month - 1 + shift;
    const candidate = toIsoDay(Math.floor(index / 12), (index % 12) + 1, day);
    if (candidate === null) continue;
    const offset = toEpochDay(candidate) - today;
    const against = (direction === 'past' && offset > 0) || (direction === 'future' && offset < 0);
    // "met on the 25th" five days before the 25th of this month: last month's, as a past weekday is the last one.
    const score = Math.abs(offset) + (against ? AGAINST_THE_TENSE : 0) + (offset > 0 ? 0.5 : 0);
    if (best === null || score < best.score) best = { day: candidate, score };
  }
  return best && { startDay: best.day, endDay: best.day, precision: 'day', relative: true };
}

function dayOf(components: ParsedComponents): IsoDay | null {
  return toIsoDay(components.get('year') ?? 0, components.get('month') ?? 0, components.get('day') ?? 0);
}

/** "on June 24", "10 September", "September 2, 2020", "September 4-5": a day or a range of days. */
function resolveCalendarDay(at: MentionContext, result: ParsedResult): Resolved | null {
  const month = result.start.get('month') ?? 0;
  const day = result.start.get('day') ?? 0;
  const written = writtenYear(result.start) ?? yearOfRangeStart(result, month);
  const year = written ?? yearFromContext(at, month, day, day);
  if (year === null) return null;
  const startDay = toIsoDay(year.year, month, day);
  if (startDay === null) return null;
  const endDay = result.end ? rangeEnd(result.end, year.year, startDay) : startDay;
  return endDay && { startDay, endDay, precision: 'day', relative: year.relative };
}

/** "from August 27 to September 1, 2019": the year written at the end of a range is its start's too (the one before, when the range crosses New Year). */
function yearOfRangeStart(result: ParsedResult, month: number): ContextYear | null {
  const end = result.end && writtenYear(result.end);
  if (!end) return null;
  const endMonth = result.end?.get('month') ?? month;
  return { year: month > endMonth ? end.year - 1 : end.year, relative: false };
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
 * just before it in the sentence when this one follows it within a year, or
 * precedes it by weeks, in a clause not about the future ("began in May 2020
 * and escalated into the clash of June 15"), otherwise the one nearest the
 * publication day.
 */
const DAYS_BEFORE_ANCHOR = 60;

function yearFromContext(at: MentionContext, month: number, firstDay: number, lastDay: number | null): ContextYear | null {
  const direction = directionAt(at.sentence, at.start);
  const editionYear = EDITION_YEAR.exec(at.sentence.slice(0, at.start))?.[1];
  if (editionYear !== undefined && at.yearAnchor === null) return { year: Number(editionYear), relative: false };
  if (at.yearAnchor !== null && direction !== 'future') {
    const anchorYear = Number(at.yearAnchor.startDay.slice(0, 4));
    const candidate = toIsoDay(anchorYear, month, firstDay);
    const sinceAnchor = candidate === null ? null : toEpochDay(candidate) - toEpochDay(at.yearAnchor.startDay);
    // "signed on February 3, 2021, days after the cabinet cleared it on January 13": a little before the anchor, in its year.
    if (sinceAnchor !== null && sinceAnchor >= -DAYS_BEFORE_ANCHOR && sinceAnchor !== 0 && sinceAnchor <= 366) return { year: anchorYear, relative: false };
  }
  const year = at.published && nearestYear(at.published, direction, month, firstDay, lastDay);
  return year === null ? null : { year, relative: true };
}

/** "The 2018 show was held from November 6 to 11": the edition's year is the year of its days. */
const EDITION_YEAR = /\b(?:the|its|this|that)\s+((?:19|20)\d\d)\s+(?:edition|show|exercise|drills|summit|session|meeting|games|iteration|round|parade|expo|air\s?show)\b/i;

function rangeEnd(end: ParsedComponents, startYear: number, startDay: IsoDay): IsoDay | null {
  if (!end.isCertain('day')) return startDay;
  const year = end.isCertain('year') ? (end.get('year') ?? startYear) : startYear;
  const endDay = toIsoDay(year, end.get('month') ?? 0, end.get('day') ?? 0);
  if (endDay === null || end.isCertain('year') || toEpochDay(endDay) >= toEpochDay(startDay)) return endDay;
  return toIsoDay(year + 1, end.get('month') ?? 0, end.get('day') ?? 0);
}

/** Words after which a lone month name is a date ("in May"), not a modal verb, a name or a march. */
const BEFORE_LONE_MONTH = /\b(?:in|since|by|until|till|from|of|during|before|after|through|throughout|early|mid|late|last|next|this|end|beginning|start|around|between|and|or|to|coming|(?:planned|scheduled|slated|set|due|fixed|earmarked)\s+for)[\s-]+$/i;

/** "lost the September run-off", "since the October talks": a month written as the adjective of an event noun after it (up to two words between). */
const DETERMINER_BEFORE_MONTH = /\b(?:the|its|their|his|her|that)\s+$/i;
const NOUN_AFTER_MONTH = new RegExp(`^\\s+(?:[a-z][\\w-]*\\s+){0,2}(?:${DATED_NOUNS}|run-?offs?|polls|talks|meetings?|visits?|trip|parade|launch|flight)\\b`);

function isMonthOfNoun(sentence: string, start: number, word: string): boolean {
  return DETERMINER_BEFORE_MONTH.test(sentence.slice(Math.max(0, start - 8), start)) && NOUN_AFTER_MONTH.test(sentence.slice(start + word.length, start + word.length + 48));
}

const FULL_MONTH_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** "in February 2021", "in June", "by December 2021", "from June to August": a whole month, or whole months. */
function resolveMonth(at: MentionContext, result: ParsedResult): Resolved | null {
  const month = result.start.get('month') ?? 0;
  const written = writtenYear(result.start);
  if (written === null) {
    const word = /^\p{L}+/u.exec(at.sentence.slice(at.start))?.[0] ?? '';
    const isCapitalisedFullName = FULL_MONTH_NAME.test(word);
    if (!isCapitalisedFullName || !(BEFORE_LONE_MONTH.test(at.sentence.slice(Math.max(0, at.start - 20), at.start)) || isMonthOfNoun(at.sentence, at.start, word))) return null;
  }
  const lastMonth = monthRangeEnd(result, month);
  const year = written ?? yearFromContext(at, month, 1, null);
  if (year === null) return null;
  // "from November to February": the range runs into the next year.
  const lastYear = lastMonth < month ? year.year + 1 : year.year;
  const startDay = toIsoDay(year.year, month, 1);
  const endDay = toIsoDay(lastYear, lastMonth, daysInMonth(lastYear, lastMonth));
  return startDay && endDay && { startDay, endDay, precision: 'month', relative: year.relative };
}

/** The last month of a "June to August" range (the first month itself when the result is no range of whole months). */
function monthRangeEnd(result: ParsedResult, month: number): number {
  const end = result.end;
  if (!end || !end.isCertain('month') || end.isCertain('day') || end.isCertain('year')) return month;
  return end.get('month') ?? month;
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
  return { startDay: day, endDay: weekdayRangeEnd(day, result.end ?? null), precision: 'day', relative: true };
}

/** "from Friday till Sunday": the first such weekday after the start. */
function weekdayRangeEnd(start: IsoDay, end: ParsedComponents | null): IsoDay {
  const weekday = end?.isCertain('weekday') && !end.isCertain('day') ? end.get('weekday') : null;
  if (weekday === null || weekday === undefined) return start;
  return addDays(start, (weekday - weekdayOf(start) + 7) % 7 || 7);
}

/** "The Sunday Guardian", "the Monday Club": a weekday inside a name. */
function isInTitle(sentence: string, start: number, word: string): boolean {
  const wordStart = sentence.indexOf(word, start);
  return /\bthe\s+$/i.test(sentence.slice(Math.max(0, wordStart - 6), wordStart)) && /^\s+\p{Lu}/u.test(sentence.slice(wordStart + word.length));
}

/** Clause breaks: a date belongs to the verb of its own clause ("Singh, who arrived on Wednesday, will meet Shoigu on Friday"). */
const CLAUSE_BREAK = /[;:—–]|,\s+(?=(?:and|but|while|whereas|which|who|where|when|after|before|as|though|although|even as)\b)|\s(?=(?:and|but)\s+(?:\w+\s+){0,3}?(?:will|would|shall|is|are|was|were|has|had|have)\b)/g;

/** The direction a date at `start` leans: the tense of its verb in its clause (or sentence), past after "since", ahead after "runs till". */
function directionAt(sentence: string, start: number): Tense {
  if (/\b(?:since|ago)\s+$/i.test(sentence.slice(Math.max(0, start - 8), start))) return 'past';
  if (isDeadlineSet(sentence, start)) return 'unknown';
  if (CONTINUING_UNTIL.test(sentence.slice(Math.max(0, start - 48), start))) return 'future';
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

/**
 * "has asked India to pull its troops out by March 15", "had proposed the
 * March 15 deadline": a deadline set by a request, proposal or decision lies
 * ahead of the asking, whose own day is unknown, so neither the tense of the
 * asking nor of the report says which way it lies from the report: the
 * nearest such day is meant.
 */
const DEADLINE_SET_BEFORE =
  /\b(?:ask(?:ed|s)?|urg(?:ed|es)|request(?:ed|s)?|demand(?:ed|s)?|propos(?:ed|es)|agree(?:d|s)|decid(?:ed|es)|order(?:ed|s)|direct(?:ed|s)|told|want(?:ed|s)|call(?:ed|s) (?:on|for))\b[^.;]{0,60}?\b(?:to\s+\p{L}+|that)\b[^.;]{0,60}$/iu;

const NAMED_DEADLINE_AFTER = /^[\p{L}\d ,.]{0,24}?\s(?:deadline|cut-?off date)\b/iu;

function isDeadlineSet(sentence: string, start: number): boolean {
  if (NAMED_DEADLINE_AFTER.test(sentence.slice(start, start + 40))) return true;
  const isDeadline = /^by\s/i.test(sentence.slice(start, start + 3)) || /\bby\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, start - 8), start));
  return isDeadline && DEADLINE_SET_BEFORE.test(sentence.slice(Math.max(0, start - 140), start));
}

/** Verbs of something under way now, which a date after "till" ends: "the expo runs till Saturday". */
const CONTINUING_VERB = String.raw`\b(?:run|runs|running|continues?|continuing|lasts?|lasting|go(?:es)?\s+on|going\s+on|(?:is|are|be)\s+on|remains?|stays?)\s+(?:[\p{L}’'-]+\s+){0,2}`;
const UNTIL_WORDS = String.raw`(?:until|till|til|through|thru|up\s+to)`;
const CONTINUING_UNTIL = new RegExp(String.raw`${CONTINUING_VERB}${UNTIL_WORDS}\s+$`, 'iu');
const CONTINUING_BEFORE = new RegExp(String.raw`${CONTINUING_VERB}$`, 'iu');

/** The prepositions that make a date one end of a stretch of time, inside the mention's words or just before them. */
const BOUND_WORD_IN_TEXT = /^(since|from|until|till|til|through|thru|by|up\s+to)\s/i;
const BOUND_WORD_BEFORE = /\b(since|from|until|till|til|through|thru|by|up\s+to)\s+(?:the\s+(?:very\s+)?end\s+of\s+(?:the\s+)?)?$/i;
const START_WORDS = new Set(['since', 'from']);
const UNTIL = new RegExp(`^${UNTIL_WORDS}$`, 'i');

/**
 * What may lie between a start date and the verb or "until" that ends its
 * range: the same subject going on ("began on August 16 and continued until",
 * "opened on Monday, runs till", "and will conclude on", "which will close
 * on"), not another subject
 * ("signed in 2018 covers deliveries till 2026").
 */
const JOINING_WORDS =
  /^,?\s*(?:(?:and|but|which|that)\s+)?(?:(?:it|they|will|would|was|were|has|have|had|is|are|then|also|finally|eventually|be|been)\s+){0,2}(?:(?:continu\w*|last\w*|ran|runs?|running|went\s+on|go(?:es)?\s+on|stay\w*|remain\w*|extend\w*|stretch\w*)\s+(?:there\s+|here\s+|on\s+)?)?$/i;

interface BoundWord {
  word: string;
  start: number;
}

function boundWordOf(sentence: string, mention: DateMention): BoundWord | null {
  const inText = BOUND_WORD_IN_TEXT.exec(mention.text);
  if (inText?.[1] !== undefined) return { word: inText[1].toLowerCase(), start: mention.start };
  const before = BOUND_WORD_BEFORE.exec(sentence.slice(Math.max(0, mention.start - 40), mention.start));
  return before?.[1] === undefined ? null : { word: before[1].toLowerCase(), start: mention.start - before[0].length };
}

const PRECISION_RANK: Record<Precision, number> = { day: 0, month: 1, quarter: 2, year: 3 };

function coarser(a: Precision, b: Precision): Precision {
  return PRECISION_RANK[a] >= PRECISION_RANK[b] ? a : b;
}

/**
 * Open-ended phrases. "until August 22" after "began on August 16 and
 * continued" ends that date's range; "runs till Saturday" runs from the
 * publication day; otherwise "until/till/through/by X" is marked an end and
 * "since/from X" a start ("since 2019, when ..." dates the when-clause, so it
 * stays a plain date). The mention's words then include the preposition.
 */
function joinBounds(sentence: string, mentions: DateMention[], namingBothEnds: ReadonlySet<DateMention>, published: IsoDay | null): DateMention[] {
  const joined: DateMention[] = [];
  for (const mention of mentions) {
    const bound = namingBothEnds.has(mention) ? null : boundWordOf(sentence, mention);
    if (bound === null) {
      const previous = joined.at(-1);
      const range = previous === undefined ? null : (rangeEndedAt(sentence, previous, mention) ?? fromToRange(sentence, previous, mention));
      if (range === null) joined.push(mention);
      else joined[joined.length - 1] = range;
      continue;
    }
    const withWord: DateMention = { ...mention, start: bound.start, text: sentence.slice(bound.start, mention.end) };
    const previous = joined.at(-1);
    const range = UNTIL.test(bound.word) ? (previous && rangeFrom(sentence, previous, withWord)) ?? rangeFromPublication(sentence, withWord, published) : null;
    if (range !== null && range.start === previous?.start) joined[joined.length - 1] = range;
    else if (range !== null) joined.push(range);
    else if (!START_WORDS.has(bound.word)) joined.push({ ...withWord, bound: 'end' });
    else joined.push(/^\s*,?\s*when\b/i.test(sentence.slice(mention.end)) ? withWord : { ...withWord, bound: 'start' });
  }
  return joined;
}

/**
 * "from September 28 to October 3 last year": a range chrono reads as two
 * dates when only its end carries the year. The start is taken in the end's
 * year (the year before when its month and day come later).
 */
const TO_BETWEEN = /^\s*(?:to|till|until|through|[-\u2013\u2014])\s*$/i;

function fromToRange(sentence: string, first: DateMention, end: DateMention): DateMention | null {
  if (first.bound !== 'start' || !/^from\b/i.test(first.text) || first.precision !== 'day' || end.precision !== 'day' || end.bound !== undefined) return null;
  if (!TO_BETWEEN.test(sentence.slice(first.end, end.start))) return null;
  const endYear = Number(end.endDay.slice(0, 4));
  const monthDay = first.startDay.slice(4);
  const sameYear = `${endYear}${monthDay}`;
  const startDay = sameYear <= end.endDay ? sameYear : `${endYear - 1}${monthDay}`;
  if (!isIsoDay(startDay)) return null;
  return { text: sentence.slice(first.start, end.end), start: first.start, end: end.end, startDay, endDay: end.endDay, precision: 'day', relative: first.relative || end.relative };
}

/** Verbs that end what an earlier date began: "began on September 10 and ended on September 16". */
const END_VERB_BEFORE = /\b(?:end(?:s|ed)?|conclud(?:e|es|ed)|culminat(?:e|es|ed)|wound\s+up|wrap(?:s|ped)?\s+up|close[sd]?)\s+(?:on\s+|in\s+)?$/i;

function rangeEndedAt(sentence: string, first: DateMention, end: DateMention): DateMention | null {
  const verb = END_VERB_BEFORE.exec(sentence.slice(Math.max(0, end.start - 24), end.start));
  return verb === null ? null : rangeFrom(sentence, first, { ...end, start: end.start - verb[0].length });
}

/** "held since 1971, will run until August 4": a series under way since a year, and this edition's end ahead, are two stretches. */
function sinceThenAhead(first: DateMention, between: string): boolean {
  return /^since\b/i.test(first.text) && /\b(?:will|would|shall)\b/i.test(between);
}

/** "began on August 16 and continued until August 22": one range from the earlier date. */
function rangeFrom(sentence: string, first: DateMention, end: DateMention): DateMention | null {
  const between = sentence.slice(first.end, end.start);
  if (first.bound === 'end' || !JOINING_WORDS.test(between) || first.startDay > end.endDay || sinceThenAhead(first, between)) return null;
  return {
    text: sentence.slice(first.start, end.end),
    start: first.start,
    end: end.end,
    startDay: first.startDay,
    endDay: end.endDay,
    precision: coarser(first.precision, end.precision),
    relative: first.relative || end.relative,
  };
}

/** "the expo, which runs till Saturday": under way on the publication day, to the day or month named. */
function rangeFromPublication(sentence: string, end: DateMention, published: IsoDay | null): DateMention | null {
  const isNear = end.precision === 'day' || end.precision === 'month';
  if (published === null || !isNear || end.endDay < published || !CONTINUING_BEFORE.test(sentence.slice(Math.max(0, end.start - 40), end.start))) return null;
  return { ...end, startDay: published, relative: true };
}

/**
 * chrono-node parsers for the periods news writes about that chrono itself
 * misses or resolves to a single instant: quarters and halves of years, "by the
 * end of 2021", bare years, "next week", "last month", "over the next two days",
 * "yesterday". Each returns a result whose start and end components are the
 * exact first and last day, tagged with its precision and whether it needed the
 * reference (publication) date.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import type { IsoDay, Precision } from '../../schema/bundle';
import { addDays, dayOfInstant, monthRangeSpan, monthSpan, toDayParts, weekdayOf, type DaySpan } from './iso-day';
import { NUMBER_WORD_PATTERN, toCount } from './number-words';

export const PRECISION_TAG = 'dossier/precision/';
export const RELATIVE_TAG = 'dossier/relative';

/** The publication day: findDateMentions passes its noon as the reference instant. */
function referenceDay(context: ParsingContext): IsoDay {
  return dayOfInstant(context.refDate);
}

interface Period extends DaySpan {
  precision: Precision;
  relative: boolean;
}

function toResult(context: ParsingContext, match: RegExpMatchArray, period: Period | null): ParsingResult | null {
  if (period === null) return null;
  const start = toDayParts(period.startDay);
  const end = toDayParts(period.endDay);
  const result = context.createParsingResult(match.index ?? 0, match[0], start, end);
  result.addTag(`${PRECISION_TAG}${period.precision}`);
  if (period.relative) result.addTag(RELATIVE_TAG);
  return result;
}

function definePeriodParser(pattern: RegExp, toPeriod: (match: RegExpMatchArray, today: IsoDay) => Period | null): Parser {
  return {
    pattern: () => pattern,
    extract: (context, match) => toResult(context, match, toPeriod(match, referenceDay(context))),
  };
}

/** "2021", "this year", "next year", "last year": a year written out or relative to the reference. */
const YEAR_WORDS = '(?:(?:19|20)\\d\\d|(?:this|next|last|the (?:current|coming|next|previous) )\\s?year)';

/** After a year: not "2020-21", "20201" or "the 2000s". */
const NOT_A_LONGER_NUMBER = "(?![\\d-]|s\\b|'s\\b)";

interface ResolvedYear {
  year: number;
  relative: boolean;
}

function resolveYear(words: string, today: IsoDay): ResolvedYear {
  const written = /\d{4}/.exec(words);
  if (written !== null) return { year: Number(written[0]), relative: false };
  const { year } = toDayParts(today);
  if (/next|coming/i.test(words)) return { year: year + 1, relative: true };
  if (/last|previous/i.test(words)) return { year: year - 1, relative: true };
  return { year, relative: true };
}

function yearPartPeriod(words: string, today: IsoDay, firstMonth: number, lastMonth: number): Period | null {
  const { year, relative } = resolveYear(words, today);
  const span = monthRangeSpan(year, firstMonth, lastMonth);
  return span && { ...span, precision: 'quarter', relative };
}

/** "by the end of 2021", "towards the end of 2020", "end of the year", "by year-end", "late 2021": the last quarter. */
const yearEndParser = definePeriodParser(
  new RegExp(
    `\\b(?:(?:by|towards?|before|until|till|around|at|near|in)\\s+)?(?:the\\s+)?(?:(?:very\\s+)?end|close|last months?)\\s+of\\s+(?:the\\s+)?(${YEAR_WORDS}|year|current year)${NOT_A_LONGER_NUMBER}|\\b(?:(?:by|before|until|till|at|around)\\s+)?(?:the\\s+)?(year[\\s-]end|end[\\s-]of[\\s-]year)\\b|\\blate[\\s-]((?:19|20)\\d\\d)\\b`,
    'i',
  ),
  (match, today) => yearPartPeriod(match[1] ?? match[3] ?? 'this year', today, 10, 12),
);

/** "early 2021", "beginning of 2022", "mid-2021", "first half of 2021", "H2 2021". */
const yearPartParser = definePeriodParser(
  new RegExp(
    `\\b(early|beginning of|start of|mid|middle of|(?:the\\s+)?(?:first|1st|second|2nd|latter)\\s+half\\s+of|h[12])[\\s-]+(?:the\\s+)?(${YEAR_WORDS})${NOT_A_LONGER_NUMBER}`,
    'i',
  ),
  (match, today) => {
    const part = (match[1] ?? '').toLowerCase();
    const [firstMonth, lastMonth] = /^(?:early|beginning|start)/.test(part)
      ? [1, 3]
      : /^(?:mid|middle)/.test(part)
        ? [4, 9]
        : /first|1st|h1/.test(part)
          ? [1, 6]
          : [7, 12];
    return yearPartPeriod(match[2] ?? '', today, firstMonth, lastMonth);
  },
);

const MONTH_NUMBERS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_WORD = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/** "October-December this year", "between March and May 2021": whole months, when the year is written. */
const monthRangeParser = definePeriodParser(
  new RegExp(`\\b${MONTH_WORD}\\s*(?:-|–|to|and|through|till|until)\\s*${MONTH_WORD}[\\s,]+(?:of\\s+)?(${YEAR_WORDS})${NOT_A_LONGER_NUMBER}`, 'i'),
  (match, today) => {
    const first = MONTH_NUMBERS[(match[1] ?? '').slice(0, 3).toLowerCase()];
    const last = MONTH_NUMBERS[(match[2] ?? '').slice(0, 3).toLowerCase()];
    const { year, relative } = resolveYear(match[3] ?? '', today);
    const span = first && last && first < last ? monthRangeSpan(year, first, last) : null;
    return span && { ...span, precision: 'month', relative };
  },
);

/** "March this year", "May last year", "February next year": one month of a year named relative to the reference. */
const monthOfRelativeYearParser = definePeriodParser(
  new RegExp(`\\b${MONTH_WORD}[\\s,]+(?:of\\s+)?((?:this|last|next|the\\s+(?:current|coming|previous|next))\\s+year)\\b`, 'i'),
  (match, today) => {
    const month = MONTH_NUMBERS[(match[1] ?? '').slice(0, 3).toLowerCase()];
    const { year } = resolveYear(match[2] ?? '', today);
    const span = month ? monthSpan(year, month) : null;
    return span && { ...span, precision: 'month', relative: true };
  },
);

const QUARTER_NUMBERS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: 4, final: 4 };

/** "the first quarter of 2022", "Q3 2021", "Q4 of this year". */
const quarterParser = definePeriodParser(
  new RegExp(
    `\\b(?:(?:the\\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|last|final)\\s+quarter|q([1-4]))\\s+(?:of\\s+)?(?:the\\s+)?(${YEAR_WORDS})${NOT_A_LONGER_NUMBER}`,
    'i',
  ),
  (match, today) => {
    const quarter = match[2] !== undefined ? Number(match[2]) : QUARTER_NUMBERS[(match[1] ?? '').toLowerCase()];
    if (quarter === undefined) return null;
    return yearPartPeriod(match[3] ?? '', today, quarter * 3 - 2, quarter * 3);
  },
);

/** Nouns that make a number a count, not a year: "of 2000 troops". */
const COUNTED = 'troops|soldiers|personnel|people|men|jawans|km|kms|kilomet(?:re|er)s|met(?:re|er)s|tonnes|tons|crore|lakh|units|rifles|missiles|tanks|aircraft|jets|vehicles|square|sq|feet|ft|hours|dollars|rupees|crores|pieces|rounds|shells|sorties|posts|kg';

/**
 * "in 2019", "since 2014", "by 2025", "the year 2019": a year on its own. The
 * preposition is part of the words: chrono drops results that are bare numbers.
 */
const yearParser = definePeriodParser(
  new RegExp(
    `\\b(?:in|during|by|since|until|till|from|of|for|through|before|after|between|the year|year)\\s+(?:the\\s+)?((?:19|20)\\d\\d)\\b(?![-–/.,]?\\d|s\\b|'s|\\s+(?:${COUNTED})\\b)`,
    'i',
  ),
  (match) => {
    const year = Number(match[1]);
    const span = yearsSpan(year, year);
    return span && { ...span, precision: 'year', relative: false };
  },
);

/** Today, yesterday and the like, counted in days from the reference. */
const DAY_OFFSETS: [RegExp, number][] = [
  [/day before yesterday/i, -2],
  [/day after tomorrow/i, 2],
  [/yesterday|last (?:night|evening)/i, -1],
  [/tomorrow/i, 1],
];

const casualDayParser = definePeriodParser(
  /\b(?:(?:the\s+)?day before yesterday|(?:the\s+)?day after tomorrow|yesterday|tomorrow|today|tonight|(?:earlier|later)\s+today|this\s+(?:morning|afternoon|evening)|last\s+(?:night|evening))\b/i,
  (match, today) => {
    const offset = DAY_OFFSETS.find(([pattern]) => pattern.test(match[0]))?.[1] ?? 0;
    const day = addDays(today, offset);
    return { startDay: day, endDay: day, precision: 'day', relative: true };
  },
);

/** Monday..Sunday of the week containing `day`, moved by `weeks`. */
function weekSpan(day: IsoDay, weeks: number): DaySpan {
  const monday = addDays(day, -((weekdayOf(day) + 6) % 7) + weeks * 7);
  return { startDay: monday, endDay: addDays(monday, 6) };
}

/** The month `months` after (or before) the reference's month. */
function shiftMonth(today: IsoDay, months: number): { year: number; month: number } {
  const { year, month } = toDayParts(today);
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function yearsSpan(firstYear: number, lastYear: number): DaySpan | null {
  const first = monthRangeSpan(firstYear, 1, 12);
  const last = monthRangeSpan(lastYear, 1, 12);
  return first && last ? { startDay: first.startDay, endDay: last.endDay } : null;
}

type Unit = 'day' | 'month' | 'year';

/** The days, whole months or whole years from `from` to `to` units after the reference (negative: before). */
function unitSpan(today: IsoDay, unit: Unit, from: number, to: number): Period | null {
  if (unit === 'day') return { startDay: addDays(today, from), endDay: addDays(today, to), precision: 'day', relative: true };
  if (unit === 'month') {
    const first = shiftMonth(today, from);
    const last = shiftMonth(today, to);
    const firstSpan = monthSpan(first.year, first.month);
    const lastSpan = monthSpan(last.year, last.month);
    return firstSpan && lastSpan && { startDay: firstSpan.startDay, endDay: lastSpan.endDay, precision: 'month', relative: true };
  }
  const { year } = toDayParts(today);
  const span = yearsSpan(year + from, year + to);
  return span && { ...span, precision: 'year', relative: true };
}

/** "two weeks" as a unit and a count of that unit: weeks are counted in days. */
function toUnitCount(countWord: string, unitWord: string): { unit: Unit; count: number } | null {
  const count = toCount(countWord);
  const unit = unitWord.toLowerCase().replace(/s$/, '');
  if (count === null || count === 0) return null;
  if (unit === 'week') return { unit: 'day', count: count * 7 };
  return unit === 'day' || unit === 'month' || unit === 'year' ? { unit, count } : null;
}

/** "next week", "last week", "earlier this month", "next month", "later this year". */
const relativePeriodParser = definePeriodParser(
  /\b(?:(next|last|past|previous|this|coming|earlier\s+this|later\s+this)\s+(week|month|year))\b/i,
  (match, today) => {
    const which = (match[1] ?? '').toLowerCase();
    const unit = (match[2] ?? '').toLowerCase();
    const step = /next|coming/.test(which) ? 1 : /last|past|previous/.test(which) ? -1 : 0;
    if (unit === 'week') return { ...weekSpan(today, step), precision: 'day', relative: true };
    return unitSpan(today, unit === 'month' ? 'month' : 'year', step, step);
  },
);

const UNIT_PATTERN = '(days?|weeks?|months?|years?)';

/** "over the next two days" (tomorrow and the day after), "the coming three weeks", "the past 10 days". */
const countedPeriodParser = definePeriodParser(
  new RegExp(`\\b(?:(?:over|during|in|within|for)\\s+)?the\\s+(next|coming|following|past|last|previous)\\s+(\\d{1,3}|${NUMBER_WORD_PATTERN})\\s+${UNIT_PATTERN}\\b`, 'i'),
  (match, today) => {
    const counted = toUnitCount(match[2] ?? '', match[3] ?? '');
    if (counted === null) return null;
    const forward = /next|coming|following/i.test(match[1] ?? '');
    return forward ? unitSpan(today, counted.unit, 1, counted.count) : unitSpan(today, counted.unit, -counted.count, -1);
  },
);

/** "two days ago", "a week ago", "three months ago", and "in two days" (from now). */
const agoParser = definePeriodParser(
  new RegExp(`\\b(?:(in)\\s+)?(\\d{1,3}|${NUMBER_WORD_PATTERN})\\s+${UNIT_PATTERN}(\\s+ago)?\\b`, 'i'),
  (match, today) => {
    const isAgo = match[4] !== undefined;
    const counted = toUnitCount(match[2] ?? '', match[3] ?? '');
    if (isAgo === (match[1] !== undefined) || counted === null) return null;
    const offset = isAgo ? -counted.count : counted.count;
    return unitSpan(today, counted.unit, offset, offset);
  },
);

/**
 * A parser with the cheap test a sentence must pass before the parser's own,
 * costlier pattern is run over it.
 */
export interface TriggeredParser {
  trigger: RegExp;
  parser: Parser;
}

/** Parsers tried before chrono's own, longest phrases first. */
export const PERIOD_PARSERS: TriggeredParser[] = [
  { trigger: /\b(?:end|close|late|last months?)\b/i, parser: yearEndParser },
  { trigger: /\b(?:early|beginning|start|mid|middle|half|h[12])\b/i, parser: yearPartParser },
  { trigger: /\b(?:quarter|q[1-4])\b/i, parser: quarterParser },
  { trigger: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s*(?:-|–|to|and|through|till|until)\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i, parser: monthRangeParser },
  { trigger: /\b(?:this|last|next|current|coming|previous)\s+year\b/i, parser: monthOfRelativeYearParser },
  { trigger: /\b(?:next|coming|following|past|last|previous)\b/i, parser: countedPeriodParser },
  { trigger: /\b(?:week|month|year)\b/i, parser: relativePeriodParser },
  { trigger: /\b(?:days?|weeks?|months?|years?)\s+ago\b|\bin\s+\S+\s+(?:days?|weeks?|months?|years?)\b/i, parser: agoParser },
  { trigger: /\b(?:yesterday|today|tonight|tomorrow|morning|afternoon|evening|night)\b/i, parser: casualDayParser },
  { trigger: /\b(?:19|20)\d\d\b/, parser: yearParser },
];

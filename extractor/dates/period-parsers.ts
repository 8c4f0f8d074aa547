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
import { addDays, dayOfInstant, daysInMonth, monthRangeSpan, monthSpan, toDayParts, toIsoDay, weekdayOf, type DaySpan } from './iso-day';
import { NUMBER_WORD_PATTERN, toCount } from './number-words';

export const PRECISION_TAG = 'dossier/precision/';
export const RELATIVE_TAG = 'dossier/relative';
/** The phrase names both ends itself ("from 2021 to 2031"), so a "from" before it makes no open range. */
export const RANGE_TAG = 'dossier/range';
/** "that year" (0), "the following year" (1): a year counted from the date before it in the sentence. */
export const YEAR_AFTER_ANCHOR_TAG = 'dossier/year-after-anchor/';
/** "the next day" (1), "that day" (0): days counted from the single day before it in the sentence. */
export const DAYS_AFTER_ANCHOR_TAG = 'dossier/days-after-anchor/';
/** The period the result carries is only a stand-in, to be used when the sentence has no date to count from. */
export const NEEDS_ANCHOR_TAG = 'dossier/needs-anchor';
/** "on the 5th": a day of a month the tense of the sentence picks. */
export const DAY_OF_MONTH_TAG = 'dossier/day-of-month/';
/** "the first week of October": one stretch of days, not a range of two dates (a "from" before it makes it a start). */
const WEEK_OF_MONTH_TAG = 'dossier/week-of-month';

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

function definePeriodParser(pattern: RegExp, toPeriod: (match: RegExpMatchArray, today: IsoDay) => Period | null, tags: string[] = []): Parser {
  return {
    pattern: () => pattern,
    extract: (context, match) => toResult(context, match, toPeriod(match, referenceDay(context)))?.addTags(tags) ?? null,
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

/** "by the end of 2021", "towards the end of 2020", "end of the year", "by year-end", "by 2024-end", "late 2021", "late last year": the last quarter. */
const yearEndParser = definePeriodParser(
  new RegExp(
    `\\b(?:(?:by|towards?|before|until|till|around|at|near|in)\\s+)?(?:the\\s+)?(?:(?:very\\s+)?end|close|last months?)\\s+of\\s+(?:the\\s+)?(${YEAR_WORDS}|year|current year)${NOT_A_LONGER_NUMBER}|\\b(?:(?:by|before|until|till|at|around)\\s+)?(?:the\\s+)?(year[\\s-]end|end[\\s-]of[\\s-]year|end[\\s-](?:19|20)\\d\\d|(?:19|20)\\d\\d[\\s-]end)\\b|\\blate[\\s-](${YEAR_WORDS})${NOT_A_LONGER_NUMBER}`,
    'i',
  ),
  (match, today) => yearPartPeriod(match[1] ?? match[3] ?? match[2] ?? '', today, 10, 12),
);

/**
 * "early 2021" (January to March), "beginning of 2022", "mid-2021" (April to
 * September: the middle two quarters, since "mid" is vaguer than a quarter),
 * "first half of 2021", "the first six months of 2023", "H2 2021".
 */
const yearPartParser = definePeriodParser(
  new RegExp(
    `\\b(early|beginning of|start of|mid|middle of|(?:the\\s+)?(?:first|1st|second|2nd|latter)\\s+half\\s+of|(?:the\\s+)?(?:first|last|final)\\s+(?:six|6)\\s+months\\s+of|h[12])[\\s-]+(?:the\\s+)?(${YEAR_WORDS})${NOT_A_LONGER_NUMBER}`,
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
  [RANGE_TAG],
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

/** "January 20 last year", "5 March next year", "on March 15 this year": one day of a year named relative to the reference. */
const RELATIVE_YEAR_WORDS = '((?:this|last|next|the\\s+(?:current|coming|previous))\\s+year)\\b';
const dayOfRelativeYearParser = definePeriodParser(
  new RegExp(`\\b(?:${MONTH_WORD}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD})[\\s,]+(?:of\\s+)?${RELATIVE_YEAR_WORDS}`, 'i'),
  (match, today) => {
    const month = MONTH_NUMBERS[(match[1] ?? match[4] ?? '').slice(0, 3).toLowerCase()];
    const { year } = resolveYear(match[5] ?? '', today);
    const day = month ? toIsoDay(year, month, Number(match[2] ?? match[3])) : null;
    return day && { startDay: day, endDay: day, precision: 'day', relative: true };
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

/** Nouns of things that happen once, which a year before them dates: "the 2015 deal", "a 2016 ruling". */
export const DATED_NOUNS =
  'agreements?|deals?|contracts?|accords?|treaty|treaties|pacts?|understanding|MoUs?|ruling|verdict|war|conflict|clash(?:es)?|stand-?off|face-?off|crisis|attacks?|strikes?|summit|elections?|coup|tests?|order|purchase|sale|exercises?|drills|edition';

/**
 * "the 2015 deal", "under a 2016 inter-governmental agreement", "the 1988 and
 * 1998 agreements": a year written as the adjective of an event noun (up to
 * two words between). The determiner is part of chrono's words, as it drops
 * results that are bare numbers; the second year of a pair is its own result.
 * Only a label when the sentence dates the same thing more finely ("The 2019
 * edition was held in September last year").
 */
export const YEAR_OF_NOUN_TAG = 'dossier/year-of-noun';

function yearOfNoun(match: RegExpMatchArray): Period | null {
  const span = yearsSpan(Number(match[1]), Number(match[1]));
  return span && { ...span, precision: 'year', relative: false };
}

const yearOfNounParser = definePeriodParser(
  new RegExp(
    `\\b(?:(?:the|a|an|its|their|this|that|and)\\s+)((?:19|20)\\d\\d)(?=(?:\\s+and\\s+(?:19|20)\\d\\d)?\\s+(?:[A-Za-z][\\w-]*\\s+){0,2}(?:${DATED_NOUNS})\\b)`,
    'i',
  ),
  yearOfNoun,
  [YEAR_OF_NOUN_TAG],
);

/**
 * "the 2014 Enhanced Defense Cooperation Agreement", "the 1971 Indo-Soviet
 * Treaty of Peace and Friendship": a year before the capitalised name of an
 * agreement, summit or war, however many words the name has (case-sensitive:
 * lower-case words between are the year-of-noun parser's, two at most).
 */
const NAMED_EVENT_HEADS = 'Agreement|Arrangement|Accord|Treaty|Pact|Protocol|Declaration|Memorandum|Summit|War|Conference';

const yearOfNameParser = definePeriodParser(
  new RegExp(`\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|and)\\s+((?:19|20)\\d\\d)(?=\\s+(?:\\p{Lu}[\\p{L}\\d-]*\\s+(?:(?:and|of|on|for)\\s+)?){1,6}(?:${NAMED_EVENT_HEADS})\\b)`, 'u'),
  yearOfNoun,
  [YEAR_OF_NOUN_TAG],
);

/** Today, yesterday and the like, counted in days from the reference. */
const DAY_OFFSETS: [RegExp, number][] = [
  [/day before yesterday/i, -2],
  [/day after tomorrow/i, 2],
  [/yesterday|last (?:night|evening)/i, -1],
  [/tomorrow/i, 1],
];

const casualDayParser = definePeriodParser(
  /\b(?:(?:the\s+)?day before yesterday|(?:the\s+)?day after tomorrow|yesterday|tomorrow|today|tonight|(?:earlier|later)\s+today|(?:earlier|later)\s+in\s+the\s+day|this\s+(?:morning|afternoon|evening)|last\s+(?:night|evening))\b/i,
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

/** "earlier this week" ends the day before the reference, "later this week" starts the day after; neither leaves the week. */
function weekPart(week: DaySpan, today: IsoDay, which: string): DaySpan {
  if (which.startsWith('earlier')) return { startDay: week.startDay, endDay: today === week.startDay ? today : addDays(today, -1) };
  if (which.startsWith('later')) return { startDay: today === week.endDay ? today : addDays(today, 1), endDay: week.endDay };
  return week;
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
  // "by the end of the month" is this month's end: the month, as the annotators date "by March".
  /\b(?:(next|last|past|previous|this|coming|earlier\s+this|later\s+this)\s+(week|month|year)|(?<=\b(?:end|close)\s+of\s+)(?:the)\s+(month))\b/i,
  (match, today) => {
    const which = (match[1] ?? '').toLowerCase();
    const unit = (match[2] ?? match[3] ?? '').toLowerCase();
    const step = /next|coming/.test(which) ? 1 : /last|past|previous/.test(which) ? -1 : 0;
    if (unit === 'week') return { ...weekPart(weekSpan(today, step), today, which), precision: 'day', relative: true };
    return unitSpan(today, unit === 'month' ? 'month' : 'year', step, step);
  },
);

/** "this weekend", "last weekend", "next weekend", and "over the weekend": the latest one that has begun. */
const weekendParser = definePeriodParser(
  /\b(?:(this|last|past|next|coming)|(?:over|during|at)\s+the)\s+weekend\b/i,
  (match, today) => {
    const which = (match[1] ?? '').toLowerCase();
    const hasBegun = weekdayOf(today) === 0 || weekdayOf(today) === 6;
    const step = /next|coming/.test(which) ? 1 : /last|past/.test(which) || (which === '' && !hasBegun) ? -1 : 0;
    const sunday = weekSpan(today, step).endDay;
    return { startDay: addDays(sunday, -1), endDay: sunday, precision: 'day', relative: true };
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

const MAX_YEARS_AHEAD = 5;

/** "two days ago", "a week ago", "three months ago", and "in two days" (from now). */
const agoParser = definePeriodParser(
  new RegExp(`\\b(?:(in)\\s+)?(\\d{1,3}|${NUMBER_WORD_PATTERN})\\s+${UNIT_PATTERN}(\\s+ago)?\\b`, 'i'),
  (match, today) => {
    const isAgo = match[4] !== undefined;
    const counted = toUnitCount(match[2] ?? '', match[3] ?? '');
    if (isAgo === (match[1] !== undefined) || counted === null) return null;
    // "the first deaths in 45 years": how long since, not a day ahead.
    if (!isAgo && counted.unit === 'year' && counted.count > MAX_YEARS_AHEAD) return null;
    const offset = isAgo ? -counted.count : counted.count;
    return unitSpan(today, counted.unit, offset, offset);
  },
);

/**
 * "from 2021 to 2031", "between 2019 and 2022", "in 2019 and 2020", "2014-2020":
 * whole years. "in 2010 and 2013" is two years apart, so two dates, not one
 * stretch: findDateMentions adds the second.
 */
const yearRangeParser = definePeriodParser(
  new RegExp(
    `\\b(?:(?:(from|between|in|during|for)\\s+)((?:19|20)\\d\\d)\\s*(-|–|to|till|until|through|and)|((?:19|20)\\d\\d)\\s*(?:-|–|to|till|until|through))\\s*((?:19|20)\\d\\d)(?![\\d-]|s\\b|'s|\\s+(?:${COUNTED})\\b)`,
    'i',
  ),
  (match) => {
    const first = Number(match[2] ?? match[4]);
    const last = Number(match[5]);
    const listed = /^and$/i.test(match[3] ?? '') && !/^between$/i.test(match[1] ?? '') && last - first > 1;
    const span = first < last && !listed ? yearsSpan(first, last) : null;
    return span && { ...span, precision: 'year', relative: false };
  },
  [RANGE_TAG],
);

/** The Indian financial year, April to March, that begins in `startYear`. */
function fiscalYearSpan(startYear: number): DaySpan | null {
  const startDay = toIsoDay(startYear, 4, 1);
  const endDay = toIsoDay(startYear + 1, 3, 31);
  return startDay && endDay ? { startDay, endDay } : null;
}

/** The year the financial year holding `day` began in. */
function fiscalStartYearOf(day: IsoDay): number {
  const { year, month } = toDayParts(day);
  return month >= 4 ? year : year - 1;
}

/** "2022-23", "2022-2023", "22-23", "23", "2023": the year a written financial year began in ("FY23" ends in 2023), or null when the two years do not follow each other. */
function writtenFiscalStartYear(words: string): number | null {
  const [first, second] = words.split(/[-–/]/).map((part) => (part.length === 2 ? 2000 + Number(part) : Number(part)));
  if (first === undefined) return null;
  if (second === undefined) return first - 1;
  return second === first + 1 ? first : null;
}

/** "fiscal deficit" and "financial year" are different things: a lone "fiscal" is the year only where a noun cannot follow. */
const FISCAL_WORDS = '(?:financial\\s+year|fiscal(?:\\s+year\\b|(?=\\s*(?:[,.;:)]|$|\\s+(?:(?:19|20)\\d\\d|and|but|to|as|when|while|in|on|at|for|with|by|is|was|will|ending|itself)\\b))))';
const FISCAL_NUMBER = '(?:(?:19|20)\\d\\d[-–/](?:\\d\\d){1,2})';

/**
 * The Indian financial year (April 1 to March 31): "FY23", "FY 2022-23",
 * "2022-23", "this fiscal", "the current financial year" (precision year), and
 * "by the end of the financial year", which is its last quarter, January to March.
 */
const fiscalYearParser = definePeriodParser(
  new RegExp(
    `\\b(?:((?:(?:by|before|until|till|towards?|at|around|near)\\s+)?(?:the\\s+)?(?:very\\s+)?end\\s+of\\s+))?(?:(?:the\\s+)?(?:(this|current|present|next|coming|last|previous)\\s+)?${FISCAL_WORDS}(?:\\s+(${FISCAL_NUMBER}|(?:19|20)\\d\\d))?|FY\\s?((?:\\d\\d){1,2}(?:[-–/](?:\\d\\d){1,2})?)|(${FISCAL_NUMBER})(?:\\s+${FISCAL_WORDS})?)(?![\\d-])`,
    'i',
  ),
  (match, today) => {
    const written = match[3] ?? match[4] ?? match[5];
    const step = /next|coming/i.test(match[2] ?? '') ? 1 : /last|previous/i.test(match[2] ?? '') ? -1 : 0;
    const startYear = written === undefined ? fiscalStartYearOf(today) + step : writtenFiscalStartYear(written);
    if (startYear === null) return null;
    const relative = written === undefined;
    if (match[1] !== undefined) {
      const span = monthRangeSpan(startYear + 1, 1, 3);
      return span && { ...span, precision: 'quarter', relative };
    }
    const span = fiscalYearSpan(startYear);
    return span && { ...span, precision: 'year', relative };
  },
);

/** "last November" is the latest November before the reference's month, "next March" the first one after it, "this March" the reference year's. */
const relativeMonthParser = definePeriodParser(
  new RegExp(`\\b(last|next|this\\s+coming|this\\s+past|this|coming)\\s+${MONTH_WORD}\\b(?!\\.?\\s*\\d)`, 'i'),
  (match, today) => {
    const month = MONTH_NUMBERS[(match[2] ?? '').slice(0, 3).toLowerCase()];
    if (month === undefined) return null;
    const which = (match[1] ?? '').toLowerCase();
    const { year, month: todayMonth } = toDayParts(today);
    const isLast = which === 'last' || which.endsWith('past');
    const isNext = which === 'next' || which.endsWith('coming');
    const offset = isLast ? (month < todayMonth ? 0 : -1) : isNext ? (month > todayMonth ? 0 : 1) : 0;
    const span = monthSpan(year + offset, month);
    return span && { ...span, precision: 'month', relative: true };
  },
);

const YEARS_AFTER_ANCHOR: [RegExp, number][] = [
  [/following|next|after|later/i, 1],
  [/previous|preceding|before|earlier/i, -1],
];

/**
 * "that year", "the same year", "the following year", "a year later": a year
 * counted from the date before it in the sentence (findDateMentions resolves
 * it). Without one, "the next year" and "the previous year" count from the
 * reference; the others name no year.
 */
const anaphoricYearParser: Parser = {
  pattern: () => /\b(?:that\s+(?:same\s+)?year|the\s+same\s+year|the\s+(?:following|next|previous|preceding)\s+year|the\s+year\s+(?:before|after)|a\s+year\s+(?:later|earlier))\b/i,
  extract: (context, match) => {
    const years = YEARS_AFTER_ANCHOR.find(([pattern]) => pattern.test(match[0]))?.[1] ?? 0;
    const today = referenceDay(context);
    const countsFromReference = /\b(?:next|previous)\b/i.test(match[0]);
    const span = yearsSpan(toDayParts(today).year + years, toDayParts(today).year + years);
    const result = toResult(context, match, span && { ...span, precision: 'year', relative: true });
    result?.addTag(`${YEAR_AFTER_ANCHOR_TAG}${years}`);
    if (!countsFromReference) result?.addTag(NEEDS_ANCHOR_TAG);
    return result;
  },
};

/** "later that day", "the next day", "the day before", "two days later": findDateMentions counts them from the day before them in the sentence; alone they name no day. */
const anaphoricDayParser: Parser = {
  pattern: () =>
    new RegExp(
      `\\b(?:(?:later|earlier)\\s+)?(?:that|the\\s+same)\\s+day\\b|\\bthe\\s+(next|following|previous|preceding)\\s+day\\b|\\bthe\\s+day\\s+(before|after)\\b|\\b(\\d{1,2}|${NUMBER_WORD_PATTERN})\\s+days?\\s+(later|earlier)\\b`,
      'i',
    ),
  extract: (context, match) => {
    const count = match[3] === undefined ? 1 : toCount(match[3]);
    const direction = match[1] ?? match[2] ?? match[4];
    if (count === null) return null;
    const days = direction === undefined ? 0 : /next|following|after|later/i.test(direction) ? count : -count;
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    result.addTag(`${DAYS_AFTER_ANCHOR_TAG}${days}`);
    return result;
  },
};

/** "on the 5th", "on the 21st of this month": a day of the month, not "the 5th round". */
const dayOfMonthParser: Parser = {
  pattern: () => /\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\s+(?:this|the)\s+month\b)?(?=\s*(?:$|[,.;:)—–]|(?:and|at|in|when|as|after|before|while|but|to|with)\b))/i,
  extract: (context, match) => {
    const day = Number(match[1]);
    if (day < 1 || day > 31) return null;
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    result.addTag(`${DAY_OF_MONTH_TAG}${day}`);
    return result;
  },
};

const WEEK_NUMBERS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: 5, final: 5 };

/** "the first week of October" (1-7), "the last week of February" (its last seven days), with or without a year. */
const weekOfMonthParser: Parser = {
  pattern: () => new RegExp(`\\b(?:the\\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|last|final)\\s+week\\s+of\\s+${MONTH_WORD}\\b(?:,?\\s+((?:19|20)\\d\\d)\\b)?`, 'i'),
  extract: (context, match) => {
    const week = WEEK_NUMBERS[(match[1] ?? '').toLowerCase()];
    const month = MONTH_NUMBERS[(match[2] ?? '').slice(0, 3).toLowerCase()];
    if (week === undefined || month === undefined) return null;
    const year = match[3] === undefined ? toDayParts(referenceDay(context)).year : Number(match[3]);
    const lastDay = week === 5 ? daysInMonth(year, month) : week * 7;
    const start = context.createParsingComponents({ month, day: lastDay - 6 });
    const end = context.createParsingComponents({ month, day: lastDay });
    if (match[3] !== undefined) {
      start.assign('year', year);
      end.assign('year', year);
    }
    const result = context.createParsingResult(match.index ?? 0, match[0], start, end);
    result.addTag(WEEK_OF_MONTH_TAG);
    return result;
  },
};

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
  { trigger: /\b(?:fiscal|financial|fy\s?\d\d)|\b(?:19|20)\d\d[-–/]\d\d(?![\d/-]|\.\d)/i, parser: fiscalYearParser },
  { trigger: /\b(?:end|close|late|last months?)\b/i, parser: yearEndParser },
  { trigger: /\b(?:early|beginning|start|mid|middle|half|h[12]|six months)\b/i, parser: yearPartParser },
  { trigger: /\b(?:quarter|q[1-4])\b/i, parser: quarterParser },
  { trigger: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s*(?:-|–|to|and|through|till|until)\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i, parser: monthRangeParser },
  { trigger: /\d(?:st|nd|rd|th)?\b[^.;]{0,16}?\b(?:this|last|next|current|coming|previous)\s+year\b/i, parser: dayOfRelativeYearParser },
  { trigger: /\b(?:this|last|next|current|coming|previous)\s+year\b/i, parser: monthOfRelativeYearParser },
  { trigger: /\b(?:last|next|this|coming|past)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i, parser: relativeMonthParser },
  { trigger: /\bweek\s+of\b/i, parser: weekOfMonthParser },
  { trigger: / year\b/i, parser: anaphoricYearParser },
  { trigger: /\bon\s+the\s+\d/i, parser: dayOfMonthParser },
  { trigger: / day\b| days? (?:later|earlier)/i, parser: anaphoricDayParser },
  { trigger: /\b(?:next|coming|following|past|last|previous)\b/i, parser: countedPeriodParser },
  { trigger: /\b(?:week|month|year)\b/i, parser: relativePeriodParser },
  { trigger: /\bweekend\b/i, parser: weekendParser },
  { trigger: /\b(?:days?|weeks?|months?|years?)\s+ago\b|\bin\s+\S+\s+(?:days?|weeks?|months?|years?)\b/i, parser: agoParser },
  { trigger: /\b(?:yesterday|today|tonight|tomorrow|morning|afternoon|evening|night|in the day)\b/i, parser: casualDayParser },
  { trigger: /\b(?:19|20)\d\d\s*(?:-|–|to|till|until|through|and)\s*(?:19|20)\d\d\b/i, parser: yearRangeParser },
  { trigger: /\b(?:19|20)\d\d\b/, parser: yearParser },
  { trigger: /\b(?:the|a|an|its|their|this|that|and)\s+(?:19|20)\d\d\s/i, parser: yearOfNounParser },
  { trigger: /\b(?:the|a|an|its|their|and)\s+(?:19|20)\d\d\s+\p{Lu}/iu, parser: yearOfNameParser },
];

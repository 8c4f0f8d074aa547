import * as chrono from 'chrono-node';
import type { ParsedResult, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { PERIOD_PARSERS, type TriggeredParser } from './period-parsers';
import { toWordTriePattern } from './word-trie-pattern';

const MONTH_WORDS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];
const MONTH_NAME = new RegExp(`\\b${toWordTriePattern(MONTH_WORDS)}\\b`, 'i');
const WEEKDAY_NAME = new RegExp(`\\b${toWordTriePattern(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])}\\b`, 'i');
const NUMERIC_DATE = /\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b/;

/**
 * The chrono parsers we keep, each behind the words it needs. Dropped: times of
 * day ("07:05 IST" is not an event date), slash dates (ambiguous between Indian
 * and US order, and "24/7"), and chrono's relative and casual parsers, which
 * resolve "next week" or "over the next two days" to a single instant;
 * PERIOD_PARSERS replace them with whole spans.
 */
const CHRONO_TRIGGERS: Record<string, RegExp> = {
  ENYearMonthDayParser: NUMERIC_DATE,
  ISOFormatParser: NUMERIC_DATE,
  ENMonthNameLittleEndianParser: MONTH_NAME,
  ENMonthNameMiddleEndianParser: MONTH_NAME,
  ENWeekdayParser: WEEKDAY_NAME,
  ENYearMonthNameParser: MONTH_NAME,
  ENMonthNameParser: MONTH_NAME,
};

/**
 * The chrono refiners that matter for dates without times: overlaps, "Thursday,
 * September 3", "June 22 - June 24", invalid dates. Left out: time-zone and
 * time-of-day merging, relative-date merging (PERIOD_PARSERS own those), and
 * the English "May only after 'in'" filter, which would drop "early May" (lone
 * month names get a stricter check in findDateMentions).
 */
const KEPT_REFINERS = new Set(['OverlapRemovalRefiner', 'MergeWeekdayComponentRefiner', 'ENMergeDateRangeRefiner', 'ENExtractYearSuffixRefiner', 'UnlikelyFormatFilter']);

/** "Monday (June 22)" and "September 3 (Thursday)" are one date: the explicit day wins. */
const mergeParenthesisedWeekday: Refiner = {
  refine: (context, results) => {
    const merged: ParsingResult[] = [];
    for (const result of results) {
      const previous = merged.at(-1);
      const combined = previous && combineWeekdayAndDate(context, previous, result);
      if (combined) merged[merged.length - 1] = combined;
      else merged.push(result);
    }
    return merged;
  },
};

function combineWeekdayAndDate(context: ParsingContext, first: ParsingResult, second: ParsingResult): ParsingResult | null {
  const firstIsWeekday = first.start.isOnlyWeekdayComponent();
  const secondIsWeekday = second.start.isOnlyWeekdayComponent();
  if (firstIsWeekday === secondIsWeekday) return null;
  const dated = firstIsWeekday ? second : first;
  if (!dated.start.isCertain('day')) return null;
  const gap = context.text.slice(first.index + first.text.length, second.index);
  const closing = /^\s*\)/.exec(context.text.slice(second.index + second.text.length));
  const secondIsBracketed = /^\s*\($/.test(gap) && closing !== null;
  const weekdayAlreadyBracketed = /^\s*$/.test(gap) && /^\(.*\)$/.test(second.text.trim());
  if (!secondIsBracketed && !weekdayAlreadyBracketed) return null;
  const end = second.index + second.text.length + (secondIsBracketed && closing ? closing[0].length : 0);
  const combined = context.createParsingResult(first.index, end, dated.start, dated.end);
  combined.addTags(dated.tags());
  return combined;
}

/**
 * "on September 4 and 5", "between June 22 and 24" (and "on 4 and 5 September"):
 * a day range chrono reads as one day only. The number must end the phrase ("... and 5 in the Andaman
 * Sea"), so "September 4 and 5 soldiers" stays one day.
 */
const extendDayPairs: Refiner = {
  refine: (context, results) => {
    for (const result of results) {
      if (result.end || !result.start.isCertain('day') || !result.start.isCertain('month')) continue;
      const after = context.text.slice(result.index + result.text.length);
      const pair = /^\s+(?:and|&)\s+(\d{1,2})(?:st|nd|rd|th)?\b(?=\s*(?:$|[,.;:)—–]|(?:in|at|off|near|on|with|to|for|as|when|during|and|but|while|after|before|this|of|from|under|between)\b))/i.exec(after);
      const lastDay = Number(pair?.[1]);
      if (pair === null || lastDay <= (result.start.get('day') ?? 31) || lastDay > 31) {
        extendBackToFirstDay(context.text, result);
        continue;
      }
      result.end = result.start.clone().assign('day', lastDay);
      result.text += pair[0];
    }
    return results;
  },
};

/** "on 12 and 13 September", "between 4 & 5 October": the day-first order of the same pair. */
function extendBackToFirstDay(text: string, result: ParsingResult): void {
  if (!/^\d/.test(result.text)) return;
  const pair = /\b(?:on|between|from|during)\s+((\d{1,2})(?:st|nd|rd|th)?\s+(?:and|&)\s+)$/i.exec(text.slice(Math.max(0, result.index - 24), result.index));
  const firstDay = Number(pair?.[2]);
  const lastDay = result.start.get('day') ?? 0;
  if (pair?.[1] === undefined || firstDay < 1 || firstDay >= lastDay) return;
  result.end = result.start.clone();
  result.start.assign('day', firstDay);
  result.index -= pair[1].length;
  result.text = pair[1] + result.text;
}

const casual = chrono.en.casual.clone();

const TRIGGERED_PARSERS: TriggeredParser[] = [
  ...PERIOD_PARSERS,
  ...casual.parsers.flatMap((parser) => {
    const trigger = CHRONO_TRIGGERS[parser.constructor.name];
    return trigger ? [{ trigger, parser }] : [];
  }),
];

const REFINERS = [...casual.refiners.filter((refiner) => KEPT_REFINERS.has(refiner.constructor.name)), extendDayPairs, mergeParenthesisedWeekday];

/**
 * The one cheap test for "could this sentence hold a date at all": whole words
 * that cover every parser's trigger ("FY23" and ordinals, for "on the 5th", too). Most sentences have none and never reach
 * chrono, by far the extractor's most expensive stage.
 */
const DATE_CUES = new RegExp(
  `\\b(?:${toWordTriePattern([
    ...MONTH_WORDS, 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today',
    'tonight', 'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'week', 'weeks', 'month', 'months', 'year',
    'years', 'end', 'close', 'late', 'early', 'beginning', 'start', 'mid', 'middle', 'half', 'h1', 'h2', 'quarter',
    'q1', 'q2', 'q3', 'q4', 'next', 'coming', 'following', 'past', 'last', 'previous', 'ago', 'day', 'days', 'fiscal',
    'financial', 'weekend', 'fy',
  ])})(?:\\b|\\s?\\d\\d\\b)|\\d(?:\\d{3}|\\d?(?:st|nd|rd|th)\\b)`,
  'gi',
);

/** One chrono instance per combination of triggered parsers; a sentence only ever meets a handful of combinations. */
const chronoByParsers = new Map<string, chrono.Chrono>();

/** Each trigger once: chrono's month-name parsers share one, and testing it four times per window was most of this step. */
const DISTINCT_TRIGGERS = [...new Set(TRIGGERED_PARSERS.map(({ trigger }) => trigger))];

function chronoFor(sentence: string): chrono.Chrono | null {
  const fired = new Set(DISTINCT_TRIGGERS.filter((trigger) => trigger.test(sentence)));
  const triggered = TRIGGERED_PARSERS.filter(({ trigger }) => fired.has(trigger));
  if (triggered.length === 0) return null;
  const key = triggered.map((entry) => TRIGGERED_PARSERS.indexOf(entry)).join(',');
  let parser = chronoByParsers.get(key);
  if (parser === undefined) {
    parser = new chrono.Chrono({ parsers: triggered.map((entry) => entry.parser), refiners: REFINERS });
    chronoByParsers.set(key, parser);
  }
  return parser;
}

/** How far around a cue word a date phrase may reach ("towards the end of 2020", "September 21 to 26"). */
const WINDOW_MARGIN = 32;

interface TextWindow {
  start: number;
  end: number;
}

/** Stretches of the sentence around its cue words, cut at spaces and merged when they overlap. */
function cueWindows(sentence: string): TextWindow[] {
  const windows: TextWindow[] = [];
  DATE_CUES.lastIndex = 0;
  for (let cue = DATE_CUES.exec(sentence); cue !== null; cue = DATE_CUES.exec(sentence)) {
    const from = cue.index - WINDOW_MARGIN;
    const to = cue.index + cue[0].length + WINDOW_MARGIN;
    const start = from <= 0 ? 0 : sentence.lastIndexOf(' ', from) + 1;
    const spaceAfter = to >= sentence.length ? -1 : sentence.indexOf(' ', to);
    const end = spaceAfter === -1 ? sentence.length : spaceAfter;
    const previous = windows.at(-1);
    if (previous !== undefined && start <= previous.end) previous.end = Math.max(previous.end, end);
    else windows.push({ start, end });
  }
  return windows;
}

/** A chrono result and where its text starts in the sentence. */
export interface DateParse {
  start: number;
  result: ParsedResult;
}

/**
 * chrono results for a sentence, against a reference instant (the publication
 * day at 12:00 UTC). chrono only sees the stretches around cue words, and only
 * the parsers whose trigger words occur there run: chrono is the extractor's
 * most expensive stage, and most of its parsers have nothing to find in most
 * sentences.
 */
export function parseDates(sentence: string, reference: Date): DateParse[] {
  return cueWindows(sentence).flatMap((window) => {
    const text = sentence.slice(window.start, window.end);
    const results = chronoFor(text)?.parse(text, { instant: reference, timezone: 0 }) ?? [];
    return results.map((result) => ({ start: window.start + result.index, result }));
  });
}

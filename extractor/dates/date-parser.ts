import * as chrono from 'chrono-node';
import type { ParsedResult, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { PERIOD_PARSERS } from './period-parsers';

/**
 * chrono's parsers we do not want: times of day ("07:05 IST" is not an event
 * date), slash dates (ambiguous between Indian and US order, and "24/7"), and
 * its relative/casual parsers, which resolve "next week" or "over the next two
 * days" to a single instant; PERIOD_PARSERS replace them with whole spans.
 */
const DROPPED_PARSERS = new Set([
  'SlashDateFormatParser',
  'ENSlashMonthFormatParser',
  'ENTimeExpressionParser',
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENCasualDateParser',
  'ENCasualTimeParser',
  'ENEndOfCurrentMonthParser',
  'ENRelativeDateFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
]);

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

const dateParser = chrono.en.casual.clone();
dateParser.parsers = [...PERIOD_PARSERS, ...dateParser.parsers.filter((parser) => !DROPPED_PARSERS.has(parser.constructor.name))];
/** Its "May only after 'in'" rule would drop "early May"; lone month names get a stricter check in findDateMentions. */
const DROPPED_REFINERS = new Set(['ENUnlikelyFormatFilter']);

dateParser.refiners = [...dateParser.refiners.filter((refiner) => !DROPPED_REFINERS.has(refiner.constructor.name)), mergeParenthesisedWeekday];

/** chrono results for a sentence, against a reference instant (the publication day at 12:00 UTC). */
export function parseDates(sentence: string, reference: Date): ParsedResult[] {
  return dateParser.parse(sentence, { instant: reference, timezone: 0 });
}

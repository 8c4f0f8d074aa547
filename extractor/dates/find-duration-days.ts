import { NUMBER_WORD_PATTERN, toCount } from './number-words';

export interface DurationDays {
  days: number;
  /** The words the duration came from, e.g. "three-day". */
  text: string;
  start: number;
  end: number;
}

const UNIT_DAYS: Record<string, number> = { day: 1, days: 1, week: 7, weeks: 7, fortnight: 14 };

/**
 * "three-day visit", "3-day", "a week-long exercise", "five days": a count of
 * days or weeks that is a length, not a distance from now, so "five days ago",
 * "in two days" and "over the next two days" do not count.
 */
const DURATION = new RegExp(
  `(?<!\\b(?:next|past|last|coming|following|in|within|after|before)\\s(?:the\\s)?)\\b(\\d{1,2}|${NUMBER_WORD_PATTERN})[\\s-](days?|weeks?)(?:[\\s-]long)?\\b(?!\\s(?:ago|later|earlier|before|after|back|from now|away))|\\b(?:a\\s)?(fortnight)(?:[\\s-]long)?\\b|\\b(week)[\\s-]long\\b`,
  'gi',
);

/** The first length of time written in the sentence, in days, or null when it states none. */
export function findDurationDays(sentence: string): DurationDays | null {
  for (const match of sentence.matchAll(DURATION)) {
    const days = durationDaysOf(match);
    if (days !== null) return { days, text: match[0], start: match.index, end: match.index + match[0].length };
  }
  return null;
}

/** "a week-long" is a length but "twice a day" is a rate: an article as the count needs "-long". */
function durationDaysOf(match: RegExpMatchArray): number | null {
  if (match[3] !== undefined) return UNIT_DAYS.fortnight ?? null;
  // "the week-long drills": one of the unit.
  if (match[4] !== undefined) return UNIT_DAYS[match[4].toLowerCase()] ?? null;
  const countWord = match[1] ?? '';
  if (/^an?$/i.test(countWord) && !/long$/i.test(match[0])) return null;
  const count = toCount(countWord);
  const unitDays = UNIT_DAYS[(match[2] ?? '').toLowerCase()];
  return count === null || unitDays === undefined || count === 0 ? null : count * unitDays;
}

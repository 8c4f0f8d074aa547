import type { IsoDay } from '../../schema/bundle';
import type { Tense } from './detect-tense';
import { daysInMonth, toEpochDay, toIsoDay } from './iso-day';

/**
 * The year that puts a month (and day) nearest the publication day, counting
 * distance against the tense's direction eightfold: "began on May 5" in a
 * September article is that May, "had test-fired it in February" in a December
 * article is the February before, "will be held in March" the next March, yet
 * "has invited him to the meeting on September 10" stays a week ahead.
 */
const AGAINST_TENSE = 8;
/** A whole month against the tense ("finalised the deal in April" on March 20) is the one a year away: only a day a few days off is an invitation's or a plan's. */
const AGAINST_TENSE_FOR_MONTH = 30;

export function nearestYear(published: IsoDay, direction: Tense, month: number, firstDay: number, lastDay: number | null): number | null {
  const today = toEpochDay(published);
  const year = Number(published.slice(0, 4));
  let best: { year: number; score: number } | null = null;
  for (const candidate of [year - 1, year, year + 1]) {
    const first = toIsoDay(candidate, month, firstDay);
    const last = toIsoDay(candidate, month, lastDay ?? daysInMonth(candidate, month));
    if (first === null || last === null) continue;
    const before = today - toEpochDay(last);
    const after = toEpochDay(first) - today;
    const distance = Math.max(0, before, after);
    const against = (direction === 'past' && after > 0) || (direction === 'future' && before > 0);
    const score = against ? distance * (lastDay === null ? AGAINST_TENSE_FOR_MONTH : AGAINST_TENSE) : distance;
    if (best === null || score < best.score) best = { year: candidate, score };
  }
  return best?.year ?? null;
}

/**
 * The days an undated article names without a year ("on May 10", "Monday
 * (June 22)"): they cannot be resolved, yet they are what ties the article to
 * dated reports of the same days, and those it tells as over say it was
 * written after them.
 */
import type { Sentence } from '../types';
import { detectTenseAt } from './detect-tense';
import { findDateMentions } from './find-date-mentions';
import { toIsoDay } from './iso-day';

export interface YearlessDay {
  /** "05-10". */
  monthDay: string;
  /** Told as over ("left on May 10"), by the verb that governs it. */
  past: boolean;
  /** The day of the article's own year-less dateline ("MOSCOW, June 23 (Reuters) -"): the day it was filed. */
  filed?: boolean;
}

/**
 * Any day serves to read month and day from a phrase that carries no year; a
 * leap year keeps February 29.
 */
const PROBE_DAY = toIsoDay(2000, 7, 1);
const MONTH_NAME = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\b/;
/** A year written or named in the phrase, or right after it ("June 15 last year", "August 29-30 last year"). */
const WRITTEN_YEAR = /\b\d{4}\b|\byear\b/i;
const YEAR_AFTER = /^[\s,]*(?:of\s+)?(?:last|this|next|that|the (?:previous|following|same))\s+year\b/i;

/** Each day named by month and day without a year (both ends of a range), in text order, once per tense. */
export function findYearlessDays(sentences: readonly Sentence[]): YearlessDay[] {
  if (PROBE_DAY === null) return [];
  const found = new Map<string, YearlessDay>();
  for (const sentence of sentences) {
    // Date parsing is costly; most sentences name no month.
    if (!MONTH_NAME.test(sentence.text)) continue;
    for (const mention of findDateMentions(sentence.text, PROBE_DAY)) {
      const isYearlessDay =
        mention.relative && mention.precision === 'day' && MONTH_NAME.test(mention.text) && !WRITTEN_YEAR.test(mention.text) && !YEAR_AFTER.test(sentence.text.slice(mention.end));
      if (!isYearlessDay) continue;
      const past = detectTenseAt(sentence.text, mention.start) === 'past';
      for (const day of new Set([mention.startDay, mention.endDay])) found.set(`${day.slice(5)}|${past}`, { monthDay: day.slice(5), past });
    }
  }
  return [...found.values()];
}

import { describe, expect, it } from 'vitest';
import { findDurationDays } from '../../../extractor/dates/find-duration-days';

describe('findDurationDays', () => {
  it.each<[string, number, string]>([
    ['Rajnath Singh left for Moscow on a three-day visit to Russia.', 3, 'three-day'],
    ['Leaving for Moscow on a three day visit.', 3, 'three day'],
    ['The 3-day exercise ends on Sunday.', 3, '3-day'],
    ['Jaishankar began a two-day visit to Dhaka.', 2, 'two-day'],
    ['The navies will hold a week-long exercise, a first for both.', 7, 'a week-long'],
    ['The Indian contingent will take part in a two-week drill.', 14, 'two-week'],
    ['The talks lasted five days in Chushul.', 5, 'five days'],
    ['The Malabar exercise is a 10-day affair this year.', 10, '10-day'],
    ['A fortnight-long quarantine preceded the parade.', 14, 'A fortnight-long'],
    ['The week-long drills began on Monday.', 7, 'week-long'],
  ])('%s -> %i days', (sentence, days, text) => {
    const duration = findDurationDays(sentence);
    expect(duration?.days).toBe(days);
    expect(duration?.text).toBe(text);
    expect(duration && sentence.slice(duration.start, duration.end)).toBe(text);
  });

  it.each([
    'Five days ago, PLA troops moved in.',
    'The exercise will be held over the next two days.',
    'The talks will resume in two days.',
    'Troops patrol the area twice a day.',
    'Singh had a one-hour meeting with Shoigu.',
    'The last few days were tense.',
  ])('finds no duration in %s', (sentence) => {
    expect(findDurationDays(sentence)).toBeNull();
  });
});

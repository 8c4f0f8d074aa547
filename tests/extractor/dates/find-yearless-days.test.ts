import { describe, expect, it } from 'vitest';
import { findYearlessDays } from '../../../extractor/dates/find-yearless-days';

function daysOf(text: string): string[] {
  return findYearlessDays([{ text, start: 0, end: text.length }]).map((day) => `${day.monthDay}${day.past ? ' over' : ''}`);
}

describe('findYearlessDays', () => {
  it.each<[string, string, string[]]>([
    ['a day told as over', 'The last contingent flew home on May 10.', ['05-10 over']],
    ['a day told as ahead', 'The frigate will be commissioned on 28 November.', ['11-28']],
    ['both ends of a range', 'The drills were held off Colombo from March 4 to 7.', ['03-04 over', '03-07 over']],
    ['a weekday with its date', 'The ministers met on Tuesday (October 12) in Dushanbe.', ['10-12 over']],
    ['no day with a written year', 'The carrier was commissioned on September 25, 2012.', []],
    ['no day with its year named after it', 'The crash of March 3 last year killed both pilots.', []],
    ['no month alone', 'The trials ended in August.', []],
    ['no weekday alone', 'The talks were held on Friday.', []],
  ])('finds %s', (_name, text, expected) => {
    expect(daysOf(text)).toEqual(expected);
  });
});

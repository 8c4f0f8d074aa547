/**
 * When a sentence's event takes its date from the sentence before: only when
 * it goes on telling the same actors' day and has no date of its own.
 */
import { describe, expect, it } from 'vitest';
import { datedEventsOf } from './one-article';

describe('dates taken from the sentence before', () => {
  it.each([
    [
      'talks held by "He" on the day he arrived',
      ' date 2022-11-10\nOn Tuesday, Defence Minister Rajnath Singh arrived in Tokyo. He held talks with his Japanese counterpart Yasukazu Hamada.',
      ['meeting 2022-11-08..2022-11-08', 'visit 2022-11-08..2022-11-08'],
    ],
    [
      'no date for a sentence that opens on something else',
      ' date 2022-11-10\nOn Tuesday, Defence Minister Rajnath Singh arrived in Tokyo. Japan and India held talks with Australia on maritime security.',
      ['visit 2022-11-08..2022-11-08'],
    ],
    [
      'no date when the tense disagrees',
      ' date 2022-11-10\nOn Tuesday, Defence Minister Rajnath Singh arrived in Tokyo. He will hold talks with his Japanese counterpart Yasukazu Hamada.',
      ['visit 2022-11-08..2022-11-08'],
    ],
    [
      '"the next day" counted from the day of the sentence before',
      ' date 2020-09-05\nDefence Minister Rajnath Singh arrived in Moscow on September 2. He met Sergei Shoigu the next day.',
      ['visit 2020-09-02..2020-09-02', 'meeting 2020-09-03..2020-09-03'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(datedEventsOf(text)).toEqual(expected);
  });
});

describe('the end day of a visit, exercise or show', () => {
  it.each([
    [
      'an exercise begun in one sentence and said to conclude in the next is one stretch',
      ' date 2024-02-16\nIndian and French troops began a joint exercise in Meghalaya on Tuesday.\nThe exercise will conclude on February 26.',
      ['exercise 2024-02-13..2024-02-26'],
    ],
    [
      '"It will wrap up" after drills that opened the day before',
      ' date 2023-11-08\nThe Garuda Shakti drills between Indonesian and Indian special forces opened at Cilacap on Monday.\nIt will wrap up on November 18.',
      ['exercise 2023-11-06..2023-11-18'],
    ],
    [
      'a relative clause that closes the exercise in the same sentence',
      ' date 2024-02-16\nIndian and French troops began a joint exercise in Meghalaya on Tuesday, which will conclude on February 26.',
      ['exercise 2024-02-13..2024-02-26'],
    ],
    [
      'an air exercise that opened and "will close" on two days',
      ' date 2024-02-16\nThe Cope India air exercise opened at Kalaikunda on February 5 and will close on February 16.',
      ['exercise 2024-02-05..2024-02-16'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(datedEventsOf(text)).toEqual(expected);
  });

  it('an end day years after the exercise told before is not stretched back to it', () => {
    const text = ' date 2022-08-18\nIAF jets took part in Exercise Red Flag in Alaska in June 2016.\nThe exercise concludes on September 8.';
    expect(datedEventsOf(text)).not.toContain('exercise 2016-06-01..2022-09-08');
  });

  it('a deal told again with a deadline keeps the deadline, not a stretch from the first telling', () => {
    const text =
      ' date 2022-09-20\nDuring Modi\'s December 2015 visit, India and Russia agreed to build 200 Ka-226T helicopters.\nAt the Army-2022 forum on August 16, Rosoboronexport chief Alexander Mikheev said all technical issues had been settled and the contract would be signed by the end of 2022.';
    expect(datedEventsOf(text)).toEqual(expect.arrayContaining(['agreement 2015-12-01..2015-12-31', 'agreement 2022-10-01..2022-12-31']));
  });

  it('a meeting that ended on a day is not stretched back to an earlier meeting', () => {
    const text = ' date 2024-02-16\nThe two foreign ministers met in Delhi on Monday.\nTalks between the army commanders ended on Thursday.';
    expect(datedEventsOf(text)).not.toContain('meeting 2024-02-12..2024-02-15');
  });
});

describe('"two days later", "that year" across a sentence that told no date', () => {
  it.each([
    [
      'a pilot handed back two days after the day told two sentences before',
      ' date 2023-02-27\nPakistani jets shot down an Indian MiG-21 over Kashmir on February 27, 2019.\nIts pilot ejected over the Line of Control.\nThe pilot was handed back at the Wagah border two days later.',
      ['incident 2019-02-27..2019-02-27', 'other 2019-03-01..2019-03-01'],
    ],
    [
      'an election held the following year, after a sentence with no date',
      ' date 2024-05-02\nThe coup in Naypyidaw took place in February 2021.\nThe army detained civilian leaders across the country.\nThe junta promised elections the following year.',
      ['other 2021-02-01..2021-02-28', 'other 2022-01-01..2022-12-31'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(datedEventsOf(text)).toEqual(expected);
  });

  it('no anchor three sentences back: the count from it is left out', () => {
    const text = ' date 2023-02-27\nPakistani jets shot down an Indian MiG-21 over Kashmir on February 27, 2019.\nIts pilot ejected over the Line of Control.\nHe landed near a village.\nThe pilot was handed back at the Wagah border two days later.';
    expect(datedEventsOf(text)).toEqual(['incident 2019-02-27..2019-02-27']);
  });
});

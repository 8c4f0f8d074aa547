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

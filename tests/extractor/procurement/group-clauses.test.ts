import { describe, expect, it } from 'vitest';
import { groupClauses } from '../../../extractor/procurement/group-clauses';

function groupTexts(sentence: string, items: string[]): string[] {
  const starts = items.map((item) => sentence.indexOf(item));
  return groupClauses(sentence, starts).map((group) => sentence.slice(group.start, group.end));
}

describe('groupClauses', () => {
  it.each<[string, string[], string[]]>([
    [
      'The Navy received its fourth Type 054A frigate in 2022, and the first Hangor-class submarine is expected by 2025.',
      ['Type 054A', 'Hangor-class'],
      ['The Navy received its fourth Type 054A frigate in 2022', ', and the first Hangor-class submarine is expected by 2025.'],
    ],
    [
      'India was supposed to get the S-400 by December 2021 but its delivery is being delayed.',
      ['S-400'],
      ['India was supposed to get the S-400 by December 2021 but its delivery is being delayed.'],
    ],
    [
      'Russia signed a deal for S-400 systems, while the US offered the THAAD system.',
      ['S-400', 'THAAD'],
      ['Russia signed a deal for S-400 systems', ', while the US offered the THAAD system.'],
    ],
    [
      'The Su-30MKIs, MiG-29s, and T-90s were delivered.',
      ['Su-30MKIs', 'MiG-29s', 'T-90s'],
      ['The Su-30MKIs, MiG-29s, and T-90s were delivered.'],
    ],
    [
      'The licensed production in India of SU-30 aircraft and T-90 tanks is an example.',
      ['SU-30', 'T-90'],
      ['The licensed production in India of SU-30 aircraft and T-90 tanks is an example.'],
    ],
  ])('groups %j around its items', (sentence, items, groups) => {
    expect(groupTexts(sentence, items)).toEqual(groups);
  });
});

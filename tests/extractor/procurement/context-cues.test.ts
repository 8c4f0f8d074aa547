import { describe, expect, it } from 'vitest';
import { categoryOfNouns, hasTradeWord, hasWeaponNoun, wordsAround } from '../../../extractor/procurement/context-cues';

describe('categoryOfNouns', () => {
  it.each([
    [['the', 'Spike', 'missiles'], 'missile'],
    [['T-72', 'tanks'], 'armour'],
    [["Pakistan's", 'submarines'], 'submarine'],
    [['air-to-air', 'missile'], 'missile'],
    [['Carriers'], 'aircraft carrier'],
    [['SAMs'], 'air defence'],
    [['new', 'AIR', 'DEFENCE'], null],
    [['air', 'defence', 'jets'], 'combat aircraft'],
    [['systems-based', 'fighters'], 'other'],
    [['tankers'], 'transport aircraft'],
    [['tanks-like'], null],
    [['deal', 'signed'], null],
    [[], null],
  ])('gives the category of the first weapon noun in %j: %s', (words, category) => {
    expect(categoryOfNouns(words)).toBe(category);
  });

  it.each([
    [['the', 'Akash', 'system'], true],
    [['the', 'Akash', 'deal'], false],
  ])('tells whether %j has a weapon noun', (words, expected) => {
    expect(hasWeaponNoun(words)).toBe(expected);
  });

  it('tells a word of the procurement trade', () => {
    expect(hasTradeWord(['a', 'deal', 'for'])).toBe(true);
    expect(hasTradeWord(['a', 'visit'])).toBe(false);
  });
});

describe('wordsAround', () => {
  it('keeps a possessive on its word and takes up to four words each side', () => {
    const text = "Pakistan's first multiple-warhead missile, the Ababeel test, was flown from a site";
    const start = text.indexOf('Ababeel');
    expect(wordsAround(text, start, start + 'Ababeel'.length)).toEqual({
      before: ['first', 'multiple-warhead', 'missile', 'the'],
      after: ['test', 'was', 'flown', 'from'],
    });
  });
});

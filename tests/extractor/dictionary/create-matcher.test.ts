import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../extractor/dictionary/create-matcher';

const places = createMatcher([
  { key: 'strait-of-malacca', phrases: ['Strait of Malacca', 'Straits of Malacca', 'Malacca Strait'] },
  { key: 'pangong-tso', phrases: ['Pangong Tso', 'Pangong lake', 'Pangong Tso lake'] },
  { key: 'sco', phrases: ['Shanghai Cooperation Organisation'] },
  { key: 'shanghai', phrases: ['Shanghai'] },
  { key: 'st-petersburg', phrases: ['St Petersburg', 'Saint Petersburg'] },
  { key: 'leh', phrases: ['Leh'] },
]);

const items = createMatcher(
  [
    { key: 'ak-203', phrases: ['AK-203'] },
    { key: 'mig-29', phrases: ['MiG-29'] },
    { key: 'mig-29k', phrases: ['MiG-29K'] },
    { key: 'su-30mki', phrases: ['Su-30MKI'] },
    { key: 'rafale', phrases: ['Rafale'] },
  ],
  { flexibleSeparators: true, allowPlural: true },
);

const keysOf = (matches: { key: string }[]) => matches.map((match) => match.key);

describe('createMatcher', () => {
  it.each([
    ['off the Straits of Malacca over the next two days', ['strait-of-malacca'], ['Straits of Malacca']],
    ['near the Malacca Strait', ['strait-of-malacca'], ['Malacca Strait']],
    ['the southern bank of Pangong Tso lake', ['pangong-tso'], ['Pangong Tso lake']],
    ['the southern bank of Pangong lake in eastern Ladakh', ['pangong-tso'], ['Pangong lake']],
    ['the Shanghai Cooperation Organisation (SCO) meeting', ['sco'], ['Shanghai Cooperation Organisation']],
    ['a summit in Shanghai', ['shanghai'], ['Shanghai']],
    ['flew to St. Petersburg', ['st-petersburg'], ['St. Petersburg']],
    ['Moscow, Shanghai', ['shanghai'], ['Shanghai']],
    ['no places here', [], []],
  ])('finds the places in "%s"', (text, keys, words) => {
    const matches = places(text);
    expect(keysOf(matches)).toEqual(keys);
    expect(matches.map((match) => match.text)).toEqual(words);
    for (const match of matches) expect(text.slice(match.start, match.end)).toBe(match.text);
  });

  it.each([
    ['to produce AK 203 rifles', ['ak-203']],
    ['production of AK203 assault rifles', ['ak-203']],
    ['the AK-203 deal', ['ak-203']],
    ['the Su-30MKIs and MiG-29s of the Air Force and the MiG29Ks of the Navy', ['su-30mki', 'mig-29', 'mig-29k']],
    ['two Rafales landed', ['rafale']],
    ['AK-2030 is not a rifle', []],
    ['two RAFALES landed', ['rafale']],
    ['İzmir saw Rafales and MiG-29s', ['rafale', 'mig-29']],
  ])('folds designation variants in "%s"', (text, keys) => {
    expect(keysOf(items(text))).toEqual(keys);
  });

  it('is case-insensitive by default and exact when asked', () => {
    expect(keysOf(places('LEH airbase'))).toEqual(['leh']);
    const strict = createMatcher([{ key: 'leh', phrases: ['Leh'] }], { caseSensitive: true });
    expect(keysOf(strict('leh airbase'))).toEqual([]);
    expect(keysOf(strict('Leh airbase'))).toEqual(['leh']);
  });

  const exactServices = createMatcher(
    [
      { key: 'navy', phrases: ['Navy', 'Indian Navy'] },
      { key: 'shouting', phrases: ['NAVY'] },
      { key: 'us', phrases: ['US', 'U.S.'] },
    ],
    { caseSensitive: true },
  );
  const anyCaseServices = createMatcher([{ key: 'navy', phrases: ['navy'] }]);

  it.each([
    ['the Indian Navy and the NAVY', ['navy', 'shouting'], ['Indian Navy', 'NAVY']],
    ['the indian Navy', ['navy'], ['Navy']],
    ['the navy told us the U.S. would', ['us'], ['U.S']],
    ['a US navy ship', ['us'], ['US']],
  ])('tells words that differ only in letter case apart when exact, in "%s"', (text, keys, words) => {
    const matches = exactServices(text);
    expect(keysOf(matches)).toEqual(keys);
    expect(matches.map((match) => match.text)).toEqual(words);
  });

  it('gives an exact and a case-blind matcher their own matches on one text, in either order', () => {
    const text = 'The Navy, the NAVY and the navy.';
    const exactFirst = [exactServices(text), anyCaseServices(text)];
    const blindFirst = [anyCaseServices(text), exactServices(text)].reverse();
    expect(blindFirst).toEqual(exactFirst);
    expect(keysOf(exactFirst[0] ?? [])).toEqual(['navy', 'shouting']);
    expect((exactFirst[1] ?? []).map((match) => match.text)).toEqual(['Navy', 'NAVY', 'navy']);
  });

  it('does not join words across punctuation or a line break', () => {
    expect(keysOf(places('Pangong, lake'))).toEqual([]);
    expect(keysOf(places('Pangong\nlake'))).toEqual([]);
  });

  it('matches names with letters beyond ASCII and keeps offsets in the original text', () => {
    const people = createMatcher([{ key: 'lecornu', phrases: ['Sébastien Lecornu'] }, { key: 'istanbul', phrases: ['İstanbul'] }]);
    const text = 'French minister SÉBASTIEN LECORNU met officials in İstanbul.';
    const matches = people(text);
    expect(keysOf(matches)).toEqual(['lecornu', 'istanbul']);
    for (const match of matches) expect(text.slice(match.start, match.end)).toBe(match.text);
  });

  const shifted = (matches: readonly { key: string; text: string; start: number; end: number }[], by: number) =>
    matches.map((match) => ({ ...match, start: match.start + by, end: match.end + by }));

  it.each([
    ['Rafales flew from Leh to the Strait of Malacca. Su-30MKIs and AK 203s too.', 0, 48],
    ['Rafales flew from Leh to the Strait of Malacca. Su-30MKIs and AK 203s too.', 49, 76],
    ['Near the Strait of Malacca', 9, 18],
    ['Near the Strait of Malacca', 10, 26],
    ['Su-30MKIs and MiG29Ks', 3, 21],
  ])('searches "%s" from %i to %i as that part alone, with offsets in the whole text', (text, from, to) => {
    for (const matcher of [places, items]) expect(matcher(text, from, to)).toEqual(shifted(matcher(text.slice(from, to)), from));
  });

  it('searches any part of a text as that part alone', () => {
    const text = 'the Su-30MKIs of İstanbul flew over the Straits of Malacca, Leh and St. Petersburg; AK 203 rifles; the NAVY and the Indian Navy.';
    const exact = createMatcher([{ key: 'navy', phrases: ['Indian Navy', 'NAVY'] }], { caseSensitive: true });
    fc.assert(
      fc.property(fc.nat(text.length), fc.nat(text.length), (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        for (const matcher of [places, items, exact]) expect(matcher(text, from, to)).toEqual(shifted(matcher(text.slice(from, to)), from));
      }),
    );
  });

  it.each([
    ['one-letter words, more tokens than room was made for', `${'a b '.repeat(50)}near Leh`, 1],
    ['a text far longer than an article', `${'The patrol went on. '.repeat(5000)}near Leh`, 1],
    ['thousands of texts in a row', 'near Leh', 3000],
  ])('finds a place after %s', (_case, text, texts) => {
    for (let round = 0; round < texts; round += 1) {
      const numbered = `${round} ${text}`;
      expect(places(numbered).map((match) => match.start)).toEqual([numbered.length - 'Leh'.length]);
    }
  });

  it('gives the same matches whichever matchers ran on which texts before', () => {
    const first = 'Su-30MKIs flew from Leh to the Strait of Malacca.';
    const second = 'Rafales landed near Pangong lake; the AK 203 was shown in Shanghai.';
    const expected = [places(first), items(first), places(second), items(second)];
    const interleaved = [places(first), items(first), places(second), items(second)];
    expect([items(second), places(second), items(first), places(first)]).toEqual([expected[3], expected[2], expected[1], expected[0]]);
    expect(interleaved).toEqual(expected);
    expect(keysOf(items(first))).toEqual(['su-30mki']);
    expect(keysOf(places(second))).toEqual(['pangong-tso', 'shanghai']);
  });
});

import { BAD_KINDS, badFilePositions, synthesizeCorpus } from '../../../scripts/bench/synthesize-corpus';
import type { SynthFile, SynthKind } from '../../../scripts/bench/synthesize-corpus';

const corpus = synthesizeCorpus({ count: 2000, seed: 42 });
const decoder = new TextDecoder('utf-8', { fatal: true });

function ofKind(kind: SynthKind): SynthFile[] {
  return corpus.filter((file) => file.kind === kind);
}

function textOf(file: SynthFile): string {
  return decoder.decode(file.bytes);
}

function share(kinds: SynthKind[]): number {
  return corpus.filter((file) => kinds.includes(file.kind)).length / corpus.length;
}

describe('synthesizeCorpus', () => {
  it('gives byte-identical files for the same seed', () => {
    const first = synthesizeCorpus({ count: 300, seed: 7 });
    const second = synthesizeCorpus({ count: 300, seed: 7 });
    expect(second.map((file) => file.name)).toEqual(first.map((file) => file.name));
    second.forEach((file, index) => expect(Buffer.compare(file.bytes, first[index]?.bytes ?? new Uint8Array())).toBe(0));
  });

  it('gives a different corpus for a different seed', () => {
    const other = synthesizeCorpus({ count: 300, seed: 8 });
    expect(other.map((file) => file.name)).not.toEqual(corpus.slice(0, 300).map((file) => file.name));
  });

  it.each([1, 19, 20, 300, 2000])('writes exactly the requested %i files with unique names', (count) => {
    const files = count === 2000 ? corpus : synthesizeCorpus({ count, seed: 1 });
    expect(files).toHaveLength(count);
    expect(new Set(files.map((file) => file.name)).size).toBe(count);
  });

  it('makes articles of about 3–4 KB, like real reports', () => {
    const sizes = corpus.filter((file) => ['header', 'byline', 'undated'].includes(file.kind)).map((file) => file.bytes.length).sort((a, b) => a - b);
    const median = sizes[Math.floor(sizes.length / 2)] ?? 0;
    expect(median).toBeGreaterThan(3000);
    expect(median).toBeLessThan(4200);
    expect(sizes[0]).toBeGreaterThan(1500);
    expect(sizes.at(-1)).toBeLessThan(6000);
  });

  it('dates about 20% of articles with a header, 60% with a byline and leaves 20% undated', () => {
    expect(share(['header', 'conflicting-header'])).toBeCloseTo(0.19, 1);
    expect(share(['byline'])).toBeCloseTo(0.57, 1);
    expect(share(['undated'])).toBeCloseTo(0.19, 1);
  });

  it.each<[SynthKind, RegExp]>([
    ['header', /^ date \d{4}-\d{2}-\d{2} \S/],
    ['conflicting-header', /^ date \d{4}-\d{2}-\d{2} .*\n\n(Published - [A-Z][a-z]+ \d{2}, \d{4}|Updated: [A-Z][a-z]{2} \d{2}, \d{4} \d{2}:\d{2} IST)\n/],
    ['byline', /^.+\n\n(Published - [A-Z][a-z]+ \d{2}, \d{4}|Updated: [A-Z][a-z]{2} \d{2}, \d{4} \d{2}:\d{2} IST)\n\n/],
    ['bad-date-line', /^ date 2020-13-45 /],
  ])('writes %s articles in their date style', (kind, pattern) => {
    const files = ofKind(kind);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(textOf(file)).toMatch(pattern);
  });

  it('leaves undated articles without a header or byline', () => {
    for (const file of ofKind('undated')) expect(textOf(file)).not.toMatch(/^ date |Published - |Updated: /m);
  });

  it('copies earlier articles byte for byte as exact duplicates', () => {
    const duplicates = ofKind('duplicate');
    expect(duplicates.length).toBeGreaterThan(10);
    for (const duplicate of duplicates) {
      const index = corpus.indexOf(duplicate);
      expect(corpus.slice(0, index).some((file) => Buffer.compare(file.bytes, duplicate.bytes) === 0)).toBe(true);
    }
  });

  it('re-tells earlier stories in other words as near-duplicates', () => {
    const nearDuplicates = ofKind('near-duplicate');
    expect(nearDuplicates.length).toBeGreaterThan(20);
    const sentencesOf = (file: SynthFile) => new Set(textOf(file).split(/(?<=\.)\s+/));
    const overlapsAnEarlierArticle = (file: SynthFile) => {
      const mine = sentencesOf(file);
      return corpus.slice(0, corpus.indexOf(file)).some((earlier) => {
        if (earlier.kind === 'duplicate' || BAD_KINDS.some((kind) => kind === earlier.kind)) return false;
        const shared = [...sentencesOf(earlier)].filter((sentence) => mine.has(sentence)).length;
        return shared >= 3 && Buffer.compare(earlier.bytes, file.bytes) !== 0;
      });
    };
    expect(nearDuplicates.slice(0, 5).every(overlapsAnEarlierArticle)).toBe(true);
  });

  it.each<[SynthKind, (file: SynthFile) => boolean]>([
    ['empty', (file) => file.bytes.length === 0],
    ['binary', (file) => file.bytes.includes(0)],
    ['non-utf8', (file) => { try { decoder.decode(file.bytes); return false; } catch { return true; } }],
    ['html', (file) => file.name.endsWith('.html') && /<script>/.test(textOf(file)) && /onerror=/.test(textOf(file))],
  ])('includes bad files: %s', (kind, isBad) => {
    const files = ofKind(kind);
    expect(files).toHaveLength(1);
    expect(files.every(isBad)).toBe(true);
  });

  it('draws dates from across several years', () => {
    const years = new Set(ofKind('header').map((file) => textOf(file).slice(6, 10)));
    expect([...years].sort()).toEqual(['2019', '2020', '2021', '2022', '2023']);
  });
});

describe('badFilePositions', () => {
  it.each([
    [10, 0],
    [20, 5],
    [2000, 5],
    [10_000, 25],
  ])('places one set of bad files per 2,000 files (%i files -> %i bad)', (count, expected) => {
    const positions = badFilePositions(count);
    expect(positions.size).toBe(expected);
    expect([...positions.keys()].every((position) => position < count)).toBe(true);
  });
});

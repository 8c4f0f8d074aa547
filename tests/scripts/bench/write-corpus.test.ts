import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS_MARKER, ensureCorpus, writeCorpus } from '../../../scripts/bench/write-corpus';

let root = '';

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'synth-corpus-test-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('writeCorpus', () => {
  it('writes the files and a marker that records what was generated', () => {
    const dir = join(root, 'corpus');
    const marker = writeCorpus({ dir, count: 30, seed: 3 });
    const names = readdirSync(dir);
    expect(names).toHaveLength(31);
    expect(names).toContain(CORPUS_MARKER);
    expect(marker.count).toBe(30);
    expect(Object.values(marker.kinds).reduce((sum, n) => sum + n, 0)).toBe(30);
  });

  it('refuses a non-empty folder it did not write', () => {
    writeFileSync(join(root, 'notes.txt'), 'mine');
    expect(() => writeCorpus({ dir: root, count: 5, seed: 1 })).toThrow(/not written by corpus:synth/);
    expect(readdirSync(root)).toEqual(['notes.txt']);
  });
});

describe('ensureCorpus', () => {
  it('reuses a folder holding the same corpus and rewrites it for another seed', () => {
    const dir = join(root, 'corpus');
    expect(ensureCorpus({ dir, count: 25, seed: 1 }).reused).toBe(false);
    expect(ensureCorpus({ dir, count: 25, seed: 1 }).reused).toBe(true);
    expect(ensureCorpus({ dir, count: 25, seed: 2 }).reused).toBe(false);
    expect(readdirSync(dir)).toHaveLength(26);
  });
});

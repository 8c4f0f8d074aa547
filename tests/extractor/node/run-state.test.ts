import { readdirSync, readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contribution } from '../../../extractor/merge/merge-blocks';
import { IsoDaySchema } from '../../../schema/bundle';
import type { FileEntry, KeptState, RunState, RunStore } from '../../../extractor/node/run-state';
import { openRunStore, outputIdentities } from '../../../extractor/node/run-state';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-state-'));
  await writeFile(join(dir, 'bundle.json'), '{}\n');
  await writeFile(join(dir, 'facts.json'), '{}\n');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const open = (fresh: boolean, fingerprint = 'f1', kept: KeptState | null = null) => openRunStore(join(dir, 'cache'), join(dir, 'in'), join(dir, 'bundle.json'), join(dir, 'facts.json'), fingerprint, fresh, kept);
const block = (file: string, size: number): Contribution<{ text: string }>[] => [{ file, first: 0, facts: [{ text: 'x'.repeat(size) }] }];

function stateWith(store: RunStore, keys: Record<string, [number, number][]>): RunState {
  const outputs = outputIdentities(join(dir, 'bundle.json'), join(dir, 'facts.json'));
  if (!outputs) throw new Error('no outputs');
  const section = () => ({ blocks: new Map<string, [number, number][]>(), records: [] });
  const state: RunState = { fingerprint: 'f1', outputs, files: new Map(), sections: { places: section(), events: section(), procurement: section(), people: section() } };
  for (const [key, segments] of Object.entries(keys)) state.sections.places.blocks.set(key, segments);
  state.sections.events.records.push({ key: 'visit|a', order: ['2020-01-01', 'visit-a'], rank: { file: 'a.txt', first: 2, index: 0 }, bundle: [10, 20], facts: [30, 40] });
  store.save(state);
  return state;
}

describe('openRunStore', () => {
  it('gives back the state it saved, records and all, while the fingerprint and the output files stay the same', () => {
    const store = open(true);
    const blob = store.writeBlock(block('a.txt', 10));
    const second = store.writeBlock(block('b.txt', 5));
    stateWith(store, { india: [blob, second], russia: [second] });
    const again = open(false);
    expect(again.previous?.sections.places.blocks.get('india')).toEqual([blob, second]);
    expect(again.previous?.sections.places.blocks.get('russia')).toEqual([second]);
    expect(again.previous?.sections.events.records).toEqual([{ key: 'visit|a', order: ['2020-01-01', 'visit-a'], rank: { file: 'a.txt', first: 2, index: 0 }, bundle: [10, 20], facts: [30, 40] }]);
    expect(again.readBlock(blob)).toEqual(block('a.txt', 10));
  });

  it('gives back every file entry as saved, strings shared between files and sections included', () => {
    const store = open(true);
    const article: FileEntry = {
      hash: 'h1',
      size: 120,
      mtimeMs: 1700000000123.5,
      signature: 'h1||',
      outline: { file: 'a.txt', articleId: 'a', body: 'b1', published: IsoDaySchema.parse('2020-09-03'), eventKeys: ['visit|a', 'visit|a', 'meeting|b'] },
      keys: { places: ['india', 'russia'], events: ['visit|a'], procurement: [], people: ['rajnath-singh'] },
      warnings: ['a warning'],
      article: { id: 'a', bundle: [100, 200], facts: [50, 90] },
    };
    const skipped: FileEntry = {
      hash: 'skipped',
      size: 0,
      mtimeMs: 0,
      signature: 'skipped||',
      outline: { file: 'notes.pdf', articleId: null, body: null, published: null, eventKeys: [] },
      keys: { places: [], events: [], procurement: [], people: [] },
      warnings: ['was skipped', 'a warning'],
      article: null,
    };
    const state = stateWith(store, { india: [store.writeBlock(block('a.txt', 10))] });
    state.files.set('a.txt', article);
    state.files.set('notes.pdf', skipped);
    store.save(state);
    expect([...(open(false).previous?.files ?? [])]).toEqual([['a.txt', article], ['notes.pdf', skipped]]);
  });

  // A re-run saves the entries it loaded with the table it loaded them with (their lists' indexes copied), and the ones it changed or added.
  it('gives back a re-run\'s entries as saved, the loaded ones unchanged beside new ones with new strings', () => {
    const first = open(true);
    const state = stateWith(first, {});
    const entry = (file: string, keys: string[]): FileEntry => ({
      hash: `h-${file}`,
      size: 1,
      mtimeMs: 2,
      signature: `h-${file}||`,
      outline: { file, articleId: file, body: null, published: null, eventKeys: keys },
      keys: { places: keys, events: [], procurement: [], people: [...keys].reverse() },
      warnings: [],
      article: null,
    });
    state.files.set('a.txt', entry('a.txt', ['india', 'russia']));
    state.files.set('b.txt', entry('b.txt', ['china']));
    first.save(state);
    const rerun = open(false);
    const loaded = rerun.previous;
    if (!loaded) throw new Error('no state');
    const files = new Map(loaded.files);
    files.set('b.txt', entry('b.txt', ['china', 'nepal']));
    files.set('c.txt', entry('c.txt', ['bhutan', 'india']));
    rerun.save({ ...loaded, files });
    expect([...(open(false).previous?.files ?? [])]).toEqual([...files]);
  });

  it('saves with a table of its own once most strings of the loaded one are gone', () => {
    const first = open(true);
    const state = stateWith(first, {});
    const many = Array.from({ length: 100 }, (_, index) => `key-${index}`);
    state.files.set('a.txt', { hash: 'h', size: 1, mtimeMs: 2, signature: 'h||', outline: { file: 'a.txt', articleId: 'a', body: null, published: null, eventKeys: many }, keys: { places: [], events: [], procurement: [], people: [] }, warnings: [], article: null });
    first.save(state);
    const rerun = open(false);
    const loaded = rerun.previous;
    if (!loaded) throw new Error('no state');
    rerun.save({ ...loaded, files: new Map() });
    const [folder = ''] = readdirSync(join(dir, 'cache'));
    const stored: unknown = deserialize(readFileSync(join(dir, 'cache', folder, 'state.bin')));
    expect(stored).toMatchObject({ strings: ['visit|a', '2020-01-01', 'visit-a', 'a.txt'] });
  });

  it('starts from the state a run in this process kept, not from a copy read back, and saves it again as the one kept', () => {
    const entry = (file: string): FileEntry => ({ hash: `h-${file}`, size: 1, mtimeMs: 2, signature: `h-${file}||`, outline: { file, articleId: file, body: null, published: null, eventKeys: [`visit|${file}`] }, keys: { places: ['india'], events: [], procurement: [], people: [] }, warnings: [], article: null });
    const first = open(true);
    const state = stateWith(first, {});
    state.files.set('a.txt', entry('a.txt'));
    const kept = first.save(state);
    const rerun = open(false, 'f1', kept);
    expect(rerun.previous).toBe(state);
    const files = new Map(state.files);
    files.set('b.txt', entry('b.txt'));
    const next = rerun.save({ ...state, files });
    expect(open(false, 'f1', next).previous?.files).toBe(files);
    expect([...(open(false).previous?.files ?? [])]).toEqual([...files]);
  });

  it.each([
    ['another run saved its own state since', () => {
      const other = open(true);
      stateWith(other, { other: [other.writeBlock(block('b.txt', 3))] });
    }],
    ['another run forgot the state since', () => open(true).clear()],
  ])('reads the saved state again instead of the kept one when %s', (_name, meanwhile) => {
    const first = open(true);
    const kept = first.save(stateWith(first, { india: [first.writeBlock(block('a.txt', 10))] }));
    meanwhile();
    const rerun = open(false, 'f1', kept);
    expect(rerun.previous).not.toBe(kept.state);
    expect(rerun.previous?.sections.places.blocks.has('india') ?? false).toBe(false);
  });

  it.each([
    ['the extractor changed', () => open(false, 'f2')],
    ['bundle.json was edited', async () => {
      await writeFile(join(dir, 'bundle.json'), '{ }\n');
      return open(false);
    }],
  ])('forgets the state when %s', async (_name, reopen) => {
    const store = open(true);
    stateWith(store, { india: [store.writeBlock(block('a.txt', 10))] });
    expect((await reopen()).previous).toBeNull();
  });

  it('compacts blocks.bin once stale blocks are most of it, and the kept blocks still read back', async () => {
    const store = open(true);
    for (let index = 0; index < 4; index += 1) store.writeBlock(block(`${index}.txt`, 1 << 20));
    const kept = store.writeBlock(block('kept.txt', 1000));
    const later = store.writeBlock(block('later.txt', 10));
    const state = stateWith(store, { india: [kept, later] });
    const [folder = ''] = readdirSync(join(dir, 'cache'));
    expect((await stat(join(dir, 'cache', folder, 'blocks.bin'))).size).toBeLessThan(1 << 20);
    const [moved, movedLater] = state.sections.places.blocks.get('india') ?? [];
    expect(moved?.[0]).toBe(0);
    const reopened = open(false);
    expect(moved && reopened.readBlock(moved)).toEqual(block('kept.txt', 1000));
    expect(movedLater && reopened.readBlock(movedLater)).toEqual(block('later.txt', 10));
  });
});

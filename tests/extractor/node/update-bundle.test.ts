import { appendFile, copyFile, mkdir, mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createExtractionSession, runExtraction } from '../../../extractor/node/run-extraction';
import { synthesizeCorpus } from '../../../scripts/bench/synthesize-corpus';

let dir: string;
const corpus = synthesizeCorpus({ count: 60, seed: 7 });
const input = () => join(dir, 'in');
const nameAt = (index: number) => corpus[index]?.name ?? '';
const pathAt = (index: number) => join(input(), nameAt(index));

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-update-'));
  await mkdir(input(), { recursive: true });
  await Promise.all(corpus.map((file) => writeFile(join(input(), file.name), file.bytes)));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const optionsFor = (output: string, cacheDir: string | null) => ({ inputDir: input(), outputFile: join(dir, output, 'bundle.json'), cacheDir, jobs: 1, generatedAt: '2020-01-01T00:00:00.000Z', fingerprint: 'pinned' });
const run = (output: string, cacheDir: string | null) => runExtraction(optionsFor(output, cacheDir));

async function outputOf(output: string): Promise<Record<string, string>> {
  const texts = (await readdir(join(dir, output, 'texts'))).sort();
  const files: Record<string, string> = {
    'bundle.json': await readFile(join(dir, output, 'bundle.json'), 'utf8'),
    'facts.json': await readFile(join(dir, output, 'facts.json'), 'utf8'),
  };
  for (const name of texts) files[`texts/${name}`] = await readFile(join(dir, output, 'texts', name), 'utf8');
  return files;
}

const SENTENCE = '\n\nDefence Minister Rajnath Singh visited Moscow on June 22, 2020 and held talks with Sergei Shoigu on the S-400 deliveries.\n';

const changes: [string, () => Promise<void>, () => Promise<void>][] = [
  ['nothing changed', async () => undefined, async () => undefined],
  ['one article edited', async () => undefined, () => appendFile(pathAt(10), SENTENCE)],
  ['a sentence inserted near the start of an article, moving every offset after it', async () => undefined, async () => {
    const text = await readFile(pathAt(12), 'utf8');
    const cut = text.indexOf('\n') + 1;
    await writeFile(pathAt(12), `${text.slice(0, cut)}${SENTENCE}${text.slice(cut)}`);
  }],
  ['a word changed in the middle of an article, every offset kept (facts alike, quotes not)', async () => undefined, async () => {
    const text = await readFile(pathAt(10), 'utf8');
    const at = text.indexOf(' the ', text.length >> 1);
    await writeFile(pathAt(10), `${text.slice(0, at)} thy ${text.slice(at + 5)}`);
  }],
  ['every fifth article edited', async () => undefined, async () => {
    for (let index = 0; index < corpus.length; index += 5) await appendFile(pathAt(index), SENTENCE);
  }],
  ['the date line of every dated article moved a day on (undated ones take their day from them)', async () => undefined, async () => {
    for (const file of corpus) {
      const text = await readFile(join(input(), file.name), 'utf8');
      const moved = text.replace(/^ date (\d{4}-\d{2})-(\d{2})/, (_line, month: string, day: string) => ` date ${month}-${String(Math.min(Number(day) + 1, 28)).padStart(2, '0')}`);
      if (moved !== text) await writeFile(join(input(), file.name), moved);
    }
  }],
  ['an article added', async () => undefined, () => writeFile(join(input(), 'zz-new.txt'), ` date 2020-06-23 ${SENTENCE}`)],
  ['an article removed', async () => undefined, () => unlink(pathAt(3))],
  ['an article turned into a copy of an earlier one', async () => undefined, () => copyFile(pathAt(5), pathAt(20))],
  ['the original of a copy removed, so the copy counts', () => copyFile(pathAt(2), join(input(), 'zz-copy.txt')), () => unlink(pathAt(2))],
  ['a file that is not an article added', async () => undefined, () => writeFile(join(input(), 'notes.pdf'), '%PDF-1.4')],
];

// Each case runs the extractor three times over sixty articles: seconds on a busy machine.
describe('a re-run that updates the bundle from the previous run', { timeout: 30_000 }, () => {
  it.each(changes)('writes the very bytes a full run writes when %s', async (_name, setup, change) => {
    await setup();
    expect((await run('out', join(dir, 'cache'))).incremental).toBe(false);
    await change();
    const updated = await run('out', join(dir, 'cache'));
    const full = await run('reference', null);
    expect(updated.incremental).toBe(true);
    expect(updated.counts).toEqual(full.counts);
    expect(updated.warnings).toEqual(full.warnings);
    const [got, want] = [await outputOf('out'), await outputOf('reference')];
    expect(Object.keys(got)).toEqual(Object.keys(want));
    for (const name of Object.keys(want)) expect(got[name], name).toBe(want[name]);
  });

  it('patches the places an edited article names instead of merging every article of them again', async () => {
    await run('out', join(dir, 'cache'));
    await appendFile(pathAt(0), SENTENCE);
    const updated = await run('out', join(dir, 'cache'));
    await run('reference', null);
    expect(updated.incremental).toBe(true);
    expect(updated.patched).toBeGreaterThan(0);
    expect(await outputOf('out')).toEqual(await outputOf('reference'));
  });

  it('keeps two files of one stem two articles: a re-run after editing one writes the bytes of a full run, texts included', async () => {
    await writeFile(join(input(), 'zz-twin.txt'), ' date 2020-06-23 A Chinese frigate called at Karachi on June 23, 2020.\n');
    await writeFile(join(input(), 'zz-twin.md'), ' date 2020-06-24 Indian troops were deployed near Leh and Moscow on June 24, 2020.\n');
    await run('out', join(dir, 'cache'));
    await appendFile(join(input(), 'zz-twin.md'), 'Defence Minister Rajnath Singh later visited Moscow on June 25, 2020.\n');
    const updated = await run('out', join(dir, 'cache'));
    await run('reference', null);
    expect(updated.incremental).toBe(true);
    expect(await outputOf('out')).toEqual(await outputOf('reference'));
    expect(Object.keys(await outputOf('out'))).toEqual(expect.arrayContaining(['texts/zz-twin.md.txt', 'texts/zz-twin.txt.txt']));
  });

  const twin = () => join(input(), nameAt(4).replace(/\.txt$/, '.md'));
  it.each([
    ['a file of an article\'s stem added (both are then known by their whole names)', async () => undefined, () => writeFile(twin(), ` date 2020-06-23 ${SENTENCE}`)],
    ['the other file of a shared stem removed (the article is known by its stem again)', () => writeFile(twin(), ` date 2020-06-23 ${SENTENCE}`), () => unlink(twin())],
  ])('runs in full, writing the bytes of a full run, when %s', async (_name, setup, change) => {
    await setup();
    await run('out', join(dir, 'cache'));
    await change();
    const updated = await run('out', join(dir, 'cache'));
    await run('reference', null);
    expect(updated.incremental).toBe(false);
    expect(await outputOf('out')).toEqual(await outputOf('reference'));
  });

  // The facts an event takes from the edited article stay alike (same offsets), only its quote changes.
  it('merges again a block whose share from an edited article is alike but for its quotes', async () => {
    await run('out', join(dir, 'cache'));
    const name = corpus.map((file) => file.name).find((candidate) => candidate.endsWith('.txt')) ?? '';
    const id = name.replace(/\.txt$/, '');
    const text = await readFile(join(input(), name), 'utf8');
    const events: unknown = JSON.parse(await readFile(join(dir, 'out', 'bundle.json'), 'utf8')).events;
    const quoted = JSON.stringify(events).match(new RegExp(`"articleId":"${id}","quote":"([^"\\\\]*) the ([^"\\\\]*)","start":(\\d+)`));
    const [, before = '', , start = '0'] = quoted ?? [];
    const at = Number(start) + before.length;
    expect(text.slice(at, at + 5)).toBe(' the ');
    await writeFile(join(input(), name), `${text.slice(0, at)} thy ${text.slice(at + 5)}`);
    expect((await run('out', join(dir, 'cache'))).incremental).toBe(true);
    await run('reference', null);
    expect(await outputOf('out')).toEqual(await outputOf('reference'));
  });

  it('runs in full when bundle.json was changed since the last run', async () => {
    await run('out', join(dir, 'cache'));
    await appendFile(join(dir, 'out', 'bundle.json'), ' ');
    const again = await run('out', join(dir, 'cache'));
    expect(again.incremental).toBe(false);
    await run('reference', null);
    expect(await readFile(join(dir, 'out', 'bundle.json'), 'utf8')).toBe(await readFile(join(dir, 'reference', 'bundle.json'), 'utf8'));
  });

  it('extracts and merges everything again once the extractor changed (another fingerprint)', async () => {
    await run('out', join(dir, 'cache'));
    const changed = await runExtraction({ inputDir: input(), outputFile: join(dir, 'out', 'bundle.json'), cacheDir: join(dir, 'cache'), jobs: 1, generatedAt: '2020-01-01T00:00:00.000Z', fingerprint: 'edited' });
    expect(changed.incremental).toBe(false);
    expect(changed.cached).toBe(0);
  });

  it('keeps updating correctly over several re-runs in a row', async () => {
    await run('out', join(dir, 'cache'));
    for (const index of [4, 9, 4]) {
      await appendFile(pathAt(index), SENTENCE);
      expect((await run('out', join(dir, 'cache'))).incremental).toBe(true);
    }
    await run('reference', null);
    expect(await readFile(join(dir, 'out', 'bundle.json'), 'utf8')).toBe(await readFile(join(dir, 'reference', 'bundle.json'), 'utf8'));
    expect(await readFile(join(dir, 'out', 'facts.json'), 'utf8')).toBe(await readFile(join(dir, 'reference', 'facts.json'), 'utf8'));
  });

  // Each re-run appends a segment to the blocks it changes; past sixteen a block is stored as one again.
  it('stays byte-identical over more re-runs than a block keeps segments, with articles removed and put back', { timeout: 120_000 }, async () => {
    await run('out', join(dir, 'cache'));
    const removed = await readFile(pathAt(9));
    for (let round = 0; round < 20; round += 1) {
      if (round % 5 === 3) await unlink(pathAt(9));
      else if (round % 5 === 4) await writeFile(pathAt(9), removed);
      else await appendFile(pathAt(round % 2 === 0 ? 4 : 12), SENTENCE);
      expect((await run('out', join(dir, 'cache'))).incremental).toBe(true);
    }
    await unlink(pathAt(9));
    await run('out', join(dir, 'cache'));
    await run('reference', null);
    const [got, want] = [await outputOf('out'), await outputOf('reference')];
    expect(Object.keys(got)).toEqual(Object.keys(want));
    for (const name of Object.keys(want)) expect(got[name], name).toBe(want[name]);
  });
});

describe('a session that re-runs on every edit (the dev server, extract --watch)', { timeout: 60_000 }, () => {
  async function expectSameAsFullRun(): Promise<void> {
    await run('reference', null);
    const [got, want] = [await outputOf('out'), await outputOf('reference')];
    expect(Object.keys(got)).toEqual(Object.keys(want));
    for (const name of Object.keys(want)) expect(got[name], name).toBe(want[name]);
  }

  it('writes the very bytes of a full run after each edit, starting each re-run from the state the last one kept', async () => {
    const session = createExtractionSession(optionsFor('out', join(dir, 'cache')));
    expect((await session.run()).incremental).toBe(false);
    for (const [, , change] of changes) {
      await change();
      expect((await session.run()).incremental).toBe(true);
    }
    await session.close();
    await expectSameAsFullRun();
  });

  it('leaves its state saved once closed, so a later run in another process re-merges only what changed', async () => {
    const session = createExtractionSession(optionsFor('out', join(dir, 'cache')));
    await session.run();
    await appendFile(pathAt(4), SENTENCE);
    await session.run();
    await session.close();
    await appendFile(pathAt(9), SENTENCE);
    expect((await run('out', join(dir, 'cache'))).incremental).toBe(true);
    await expectSameAsFullRun();
  });

  it('stays right when another process ran on the same folder between two of its runs', async () => {
    const session = createExtractionSession(optionsFor('out', join(dir, 'cache')));
    await session.run();
    await appendFile(pathAt(4), SENTENCE);
    await run('out', join(dir, 'cache'));
    await appendFile(pathAt(9), SENTENCE);
    expect((await session.run()).incremental).toBe(true);
    await session.close();
    await expectSameAsFullRun();
  });
});

import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleFacts, ArticleResult } from '../../../extractor/article/extract-article';
import { openArticleCache } from '../../../extractor/node/article-cache';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-cache-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const facts = (placeId: string): ArticleFacts => ({
  places: [{ placeId, source: { articleId: 'a', quote: '', start: 0, end: 5 } }],
  people: [],
  items: [],
  events: [],
});
const result = (file: string): ArticleResult => ({ file, article: null, bodyStart: 0, published: null, facts: facts('leh'), warnings: [`about ${file}`] });
const open = () => openArticleCache(join(dir, 'cache'), join(dir, 'input'));

describe('openArticleCache', () => {
  it('gives back what was remembered, by file and content hash, after a save', async () => {
    const cache = await open();
    cache.remember('a.txt', 'h1', result('a.txt'));
    cache.remember('b.txt', 'h2', result('b.txt'));
    cache.rememberRedated('b.txt', 'h2', '2020-06-22', facts('moscow'));
    await cache.save();
    const reopened = await open();
    expect(reopened.lookup('a.txt', 'h1')).toEqual(result('a.txt'));
    expect(reopened.lookup('b.txt', 'h2')).toEqual(result('b.txt'));
    expect(reopened.lookupRedated('b.txt', 'h2', '2020-06-22')).toEqual(facts('moscow'));
    expect(reopened.lookupRedated('b.txt', 'h2', '2020-06-23')).toBeUndefined();
    expect(reopened.lookup('a.txt', 'changed')).toBeUndefined();
  });

  it('forgets files that were not looked up in the last run, and keeps the rest byte for byte', async () => {
    const cache = await open();
    cache.remember('a.txt', 'h1', result('a.txt'));
    cache.remember('b.txt', 'h2', result('b.txt'));
    await cache.save();
    const second = await open();
    second.lookup('a.txt', 'h1');
    await second.save();
    const third = await open();
    expect(third.lookup('a.txt', 'h1')).toEqual(result('a.txt'));
    expect(third.lookup('b.txt', 'h2')).toBeUndefined();
  });

  it('starts empty when the cache file is damaged', async () => {
    const cache = await open();
    cache.remember('a.txt', 'h1', result('a.txt'));
    await cache.save();
    const [name] = await readdir(join(dir, 'cache'));
    const path = join(dir, 'cache', name ?? '');
    const bytes = await readFile(path);
    await writeFile(path, bytes.subarray(0, bytes.length - 3));
    expect((await open()).lookup('a.txt', 'h1')).toBeUndefined();
    await writeFile(path, 'not a cache');
    expect((await open()).lookup('a.txt', 'h1')).toBeUndefined();
  });
});

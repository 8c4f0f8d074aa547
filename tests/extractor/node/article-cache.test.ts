import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
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
const result = (file: string): ArticleResult => ({ file, article: null, bodyStart: 0, published: null, facts: facts('leh'), mentions: null, warnings: [`about ${file}`] });
const open = () => openArticleCache(join(dir, 'cache'), join(dir, 'input'));

describe('openArticleCache', () => {
  it('gives back what was remembered, by file and content hash, after a save', async () => {
    const cache = await open();
    cache.remember('a.txt', 'h1', result('a.txt'));
    cache.remember('b.txt', 'h2', result('b.txt'));
    cache.rememberRedated('b.txt', 'h2', '2020-06-22', facts('moscow'));
    await cache.save();
    const reopened = await open();
    expect(reopened.lookup('a.txt', 'h1', 'a')).toEqual(result('a.txt'));
    expect(reopened.lookup('b.txt', 'h2', 'b')).toEqual(result('b.txt'));
    expect(reopened.lookupRedated('b.txt', 'h2', '2020-06-22')).toEqual(facts('moscow'));
    expect(reopened.lookupRedated('b.txt', 'h2', '2020-06-23')).toBeUndefined();
    expect(reopened.lookup('a.txt', 'changed', 'a')).toBeUndefined();
  });

  it('forgets files that were not looked up in the last run, and keeps the rest byte for byte', async () => {
    const cache = await open();
    cache.remember('a.txt', 'h1', result('a.txt'));
    cache.remember('b.txt', 'h2', result('b.txt'));
    await cache.save();
    const second = await open();
    second.lookup('a.txt', 'h1', 'a');
    await second.save();
    const third = await open();
    expect(third.lookup('a.txt', 'h1', 'a')).toEqual(result('a.txt'));
    expect(third.lookup('b.txt', 'h2', 'b')).toBeUndefined();
  });

  it('forgets the entries of a damaged cache file and keeps the others', async () => {
    const cache = await open();
    const files = Array.from({ length: 20 }, (_, index) => `${index}.txt`);
    files.forEach((file) => cache.remember(file, 'h', result(file)));
    await cache.save();
    const shardFiles = (await readdir(join(dir, 'cache'), { recursive: true })).filter((name) => name.endsWith('.bin')).sort();
    expect(shardFiles.length).toBeGreaterThan(1);
    const [truncated, overwritten] = shardFiles.map((name) => join(dir, 'cache', name));
    const bytes = await readFile(truncated ?? '');
    await writeFile(truncated ?? '', bytes.subarray(0, bytes.length - 3));
    await writeFile(overwritten ?? '', 'not a cache');
    const reopened = await open();
    const found = files.filter((file) => reopened.lookup(file, 'h', file) !== undefined);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(files.length);
  });

  it('rewrites only the shard of a changed entry', async () => {
    const cache = await open();
    const files = Array.from({ length: 40 }, (_, index) => `${index}.txt`);
    files.forEach((file) => cache.remember(file, 'h', result(file)));
    await cache.save();
    const shardFiles = async () => (await readdir(join(dir, 'cache'), { recursive: true })).filter((name) => name.endsWith('.bin'));
    const before = new Map(await Promise.all((await shardFiles()).map(async (name): Promise<[string, number]> => [name, (await stat(join(dir, 'cache', name))).mtimeMs])));
    const second = await open();
    files.forEach((file) => second.lookup(file, 'h', file));
    second.remember('3.txt', 'changed', result('3.txt'));
    await second.save();
    const after = await Promise.all((await shardFiles()).map(async (name) => (await stat(join(dir, 'cache', name))).mtimeMs !== before.get(name)));
    expect(after.filter(Boolean)).toHaveLength(1);
  });
});

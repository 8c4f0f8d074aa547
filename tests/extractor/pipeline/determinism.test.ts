import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../extractor/article/extract-article';
import { assembleBundle, extractBundle } from '../../../extractor/extract-bundle';
import { toJson } from '../../../extractor/node/run-extraction';

const CORPUS = join(import.meta.dirname, '../../../data/articles');
const files = readdirSync(CORPUS).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(CORPUS, name))) }));
const options = { generatedAt: '2020-01-01T00:00:00.000Z' };

describe('the bundle is deterministic', () => {
  it('gives byte-identical JSON for the same articles', () => {
    expect(toJson(extractBundle(files, options))).toBe(toJson(extractBundle(files, options)));
  });

  it('does not depend on the order the articles are processed in', () => {
    const forward = files.map(extractArticle);
    const backward = [...files].reverse().map(extractArticle);
    expect(toJson(assembleBundle(backward, options))).toBe(toJson(assembleBundle(forward, options)));
  });

  it('merges associatively: merging halves equals merging the whole', () => {
    const results = files.map(extractArticle);
    const whole = assembleBundle(results, options);
    const halves = assembleBundle([...results.slice(0, 2), ...results.slice(2)], options);
    expect(toJson(halves)).toBe(toJson(whole));
  });
});

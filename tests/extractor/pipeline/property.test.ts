import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BundleSchema } from '../../../schema/bundle';
import { extractBundle } from '../../../extractor/extract-bundle';

const CORPUS = join(import.meta.dirname, '../../../data/articles');
const samples = readdirSync(CORPUS).map((name) => readFileSync(join(CORPUS, name), 'utf8'));

/** A real article cut, spliced and sprinkled with noise: the shapes bad input takes. */
const mutatedArticle = fc
  .tuple(fc.constantFrom(...samples), fc.nat(), fc.nat(), fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('', ' date ', ' date 2020-02-30 ', '<script>', '\u0000'))
  .map(([text, a, b, noise, prefix]) => {
    const from = a % text.length;
    const to = from + (b % (text.length - from + 1));
    return `${prefix}${text.slice(0, from)}${noise}${text.slice(to)}`;
  });

const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }).map((text) => new TextEncoder().encode(text)),
  mutatedArticle.map((text) => new TextEncoder().encode(text)),
);

describe('the extractor on random and mutated articles', () => {
  it('never throws and always writes a valid bundle', () => {
    fc.assert(
      fc.property(fc.array(anyBytes, { minLength: 1, maxLength: 4 }), fc.constantFrom('.txt', '.html', '.md'), (contents, extension) => {
        const files = contents.map((bytes, index) => ({ name: `random-${index}${extension}`, bytes }));
        const bundle = extractBundle(files, { generatedAt: '2020-01-01T00:00:00.000Z' });
        expect(BundleSchema.safeParse(bundle).success).toBe(true);
        const texts = new Map(bundle.articles.map((article) => [article.id, article.text]));
        for (const record of [...bundle.places, ...bundle.events, ...bundle.procurement, ...bundle.people]) {
          for (const source of record.sources) expect(texts.get(source.articleId)?.slice(source.start, source.end)).toBe(source.quote);
        }
      }),
      { numRuns: 60 },
    );
  });
});

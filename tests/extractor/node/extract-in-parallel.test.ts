import { describe, expect, it } from 'vitest';
import { extractArticle, readArticleOf, redatedFacts, withoutQuotes } from '../../../extractor/article/extract-article';
import { createExtractionPool, PARALLEL_THRESHOLD } from '../../../extractor/node/extract-in-parallel';
import { isIsoDay } from '../../../extractor/dates/iso-day';

const encode = (text: string) => new TextEncoder().encode(text);
const files = Array.from({ length: PARALLEL_THRESHOLD }, (_, index) => ({
  name: `${String(index).padStart(4, '0')}.txt`,
  bytes: encode(index % 2 === 0 ? `Published - June ${(index % 28) + 1}, 2020\nRajnath Singh on Thursday met Sergei Shoigu in Moscow.` : 'India on Monday test-fired the BrahMos missile off Odisha.'),
}));

describe('createExtractionPool', () => {
  it('gives on worker threads what the main thread gives, in input order, in both rounds', async () => {
    const pool = createExtractionPool(2);
    try {
      const extracted = await pool.extract(files);
      expect(extracted).toEqual(files.map((file) => {
        const result = extractArticle(file);
        return { ...result, facts: withoutQuotes(result.facts) };
      }));
      const day = '2020-06-22';
      if (!isIsoDay(day)) throw new Error('not a day');
      const undated = extracted
        .flatMap((result) => {
          const read = readArticleOf(result);
          return read && result.mentions ? [{ read, published: day, mentions: result.mentions }] : [];
        })
        .slice(0, 5);
      expect(undated).toHaveLength(5);
      const reextracted = await pool.reextract(undated);
      expect([...reextracted]).toEqual(undated.map(({ read, mentions }) => [read.file, withoutQuotes(redatedFacts(read, day, mentions))]));
    } finally {
      await pool.close();
    }
  }, 60_000);
});

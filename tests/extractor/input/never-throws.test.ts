import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPublicationDate } from '../../../extractor/input/publication-date';
import { readArticle } from '../../../extractor/input/read-article';
import { splitSentences } from '../../../extractor/text/split-sentences';

const markupFragments = fc.constantFrom(
  '<script>', '</script>', '<p>', '</p>', '<!--', '-->', '<a href="javascript:x">', '&amp;', '&#0;', '&#x110000;', '<',
  '>', '"', ' date 2020-09-03 ', ' date 2020-13-45 ', 'Published - September 04, 2020', '\r\n', '\n', '•', '# ', '**',
  '[x](y)', 'READ | x', '— ANI (@ANI) September 2, 2020', 'Mr. ', 'U.S. ', '5.2', '. ', '?', 'Singh met Shoigu',
);
const texts = fc.oneof(fc.string({ maxLength: 300 }), fc.array(markupFragments, { maxLength: 40 }).map((parts) => parts.join('')));
const names = fc.constantFrom('a.txt', 'b.md', 'c.html', 'd.htm');

describe('the input layer on arbitrary files', () => {
  it('never throws on random bytes, and an accepted article has text and a title', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), names, (bytes, name) => {
        const { article, warnings } = readArticle({ name, bytes });
        if (article === null) expect(warnings.length).toBeGreaterThan(0);
        else expect(article.text.trim()).not.toBe('');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on mutated articles, and every sentence is found verbatim at its offsets', () => {
    fc.assert(
      fc.property(texts, names, (text, name) => {
        const { article } = readArticle({ name, bytes: new TextEncoder().encode(text) });
        if (article === null) return;
        expect(article.bodyStart).toBeLessThanOrEqual(article.text.length);
        expect(article.title.length).toBeLessThanOrEqual(200);
        findPublicationDate(article.text, article.bodyStart);
        for (const sentence of splitSentences(article.text, article.bodyStart)) {
          expect(article.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
          expect(sentence.text.trim()).toBe(sentence.text);
          expect(sentence.start).toBeGreaterThanOrEqual(article.bodyStart);
        }
      }),
      { numRuns: 300 },
    );
  });
});

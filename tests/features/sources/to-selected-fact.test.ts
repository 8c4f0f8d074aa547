import { toArticleSourcePage, toFirstScreenCaps, toHighlightedSegments } from '../../../src/features/sources/to-selected-fact';
import type { ArticleSources } from '../../../src/features/sources/to-selected-fact';
import { toFactIndex } from '../../../src/shared/filters/fact-index';
import { makeLargeBundle, makeSmallBundle } from '../../fixtures/fixture-bundles';
import { FactsSourceSchema } from '../../../schema/bundle';

const source = (start: number, end: number) => FactsSourceSchema.parse({ articleId: 'a', start, end });
const shown = (text: string, sources: ReturnType<typeof source>[]) =>
  toHighlightedSegments(text, sources)
    .map((segment) => (segment.highlighted ? `[${segment.text}]` : segment.text))
    .join('');

describe('toHighlightedSegments', () => {
  it.each([
    ['one quote at its offsets', 'abc def ghi', [source(4, 7)], 'abc [def] ghi'],
    ['a quote at the very start and end', 'abc', [source(0, 3)], '[abc]'],
    ['offsets past a shorter text are cut to it', 'abc def', [source(4, 20)], 'abc [def]'],
    ['offsets wholly past the text highlight nothing', 'abc', [source(5, 9)], 'abc'],
    ['overlapping quotes merge', 'abcdefgh', [source(1, 4), source(2, 6)], 'a[bcd][ef]gh'],
    ['quotes out of order are sorted', 'one two three', [source(8, 13), source(0, 3)], '[one] two [three]'],
    ['an empty quote highlights nothing', 'abc', [source(1, 1)], 'abc'],
  ])('%s', (_name, text, sources, expected) => {
    expect(shown(text, sources)).toBe(expected);
  });
});

/** Reading order as a reader states it: oldest publication first, undated (or missing) last, ties by id. */
function byReadingOrder(a: ArticleSources, b: ArticleSources): number {
  const day = (group: ArticleSources) => (group.article?.published ? String(group.article.published) : '9999');
  return Number(day(a) > day(b)) - Number(day(a) < day(b)) || new Intl.Collator().compare(a.articleId, b.articleId);
}

describe('toArticleSourcePage', () => {
  const bundle = makeSmallBundle();
  const order = toFactIndex(bundle);

  it('groups sources by article, oldest first, dropping repeated quotes', () => {
    const moscow = bundle.places.find((place) => place.id === 'moscow');
    const sources = [...(moscow?.sources ?? []), ...(moscow?.sources ?? [])];
    const page = toArticleSourcePage(sources, order);
    expect(page.shown.map((group) => [group.articleId, group.quotes.length])).toEqual([
      ['a003', 1],
      ['a000', 1],
    ]);
    expect(page.total).toBe(2);
  });

  it.each([0, 1, 7, 20, 5000])('picks the first %i articles of many exactly as sorting them all would', (limit) => {
    const large = makeLargeBundle(2000);
    const largeOrder = toFactIndex(large);
    const missing = ['zz-missing', '0-missing'].map((articleId) => FactsSourceSchema.parse({ articleId, start: 0, end: 1 }));
    const sources = [...large.events.flatMap((event) => event.sources).reverse(), ...missing];
    const all = toArticleSourcePage([...sources], largeOrder);
    const page = toArticleSourcePage(sources, largeOrder, limit);
    expect(page.shown).toEqual(all.shown.slice(0, limit));
    expect(page.total).toBe(all.total);
    expect(all.shown).toEqual([...all.shown].sort(byReadingOrder));
    expect(all.shown.map((group) => group.articleId)).toContain('zz-missing');
  });

  it('lists each article once with each of its quotes once, in text order', () => {
    const large = makeLargeBundle(2000);
    const sources = large.events.flatMap((event) => event.sources);
    const page = toArticleSourcePage([...sources, ...sources], toFactIndex(large), 20);
    for (const group of page.shown) {
      const expected = sources.filter((quote) => String(quote.articleId) === group.articleId);
      const distinct = expected.filter((quote, index) => expected.findIndex((other) => other.start === quote.start && other.end === quote.end) === index);
      expect(group.quotes).toEqual([...distinct].sort((a, b) => a.start - b.start));
    }
    expect(new Set(page.shown.map((group) => group.articleId)).size).toBe(page.shown.length);
  });

  it('keeps a source whose article is missing, with a null article', () => {
    expect(toArticleSourcePage([source(0, 1)], order).shown).toEqual([{ articleId: 'a', article: null, quotes: [source(0, 1)] }]);
  });
});

describe('toFirstScreenCaps', () => {
  it.each([
    ['one short list shows all its cards', [3], 5, [3]],
    ['one long list shows the budget', [20], 5, [5]],
    ['lists in page order share the budget, later ones get what is left', [1, 1, 2, 20], 5, [1, 1, 2, 1]],
    ['lists past the budget show none', [4, 3, 2], 5, [4, 1, 0]],
    ['empty lists take nothing', [0, 2, 0, 9], 5, [0, 2, 0, 3]],
    ['no lists, no caps', [], 5, []],
  ])('%s', (_name, sizes, budget, expected) => {
    expect(toFirstScreenCaps(sizes, budget)).toEqual(expected);
  });
});

import { toArticleSources, toHighlightedSegments } from '../../../src/features/sources/to-selected-fact';
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

describe('toArticleSources', () => {
  it('groups sources by article, oldest first, dropping repeated quotes', () => {
    const bundle = makeSmallBundle();
    const moscow = bundle.places.find((place) => place.id === 'moscow');
    const sources = [...(moscow?.sources ?? []), ...(moscow?.sources ?? [])];
    expect(toArticleSources(sources, new Map(bundle.articles.map((article) => [article.id, article]))).map((group) => [group.articleId, group.quotes.length])).toEqual([
      ['a003', 1],
      ['a000', 1],
    ]);
  });

  it('orders by the bundle\'s reading ranks exactly as by comparing days and ids, missing articles among the undated', () => {
    const bundle = makeLargeBundle(2000);
    const { articlesById, articleRanks } = toFactIndex(bundle);
    const missing = ['zz-missing', '0-missing'].map((articleId) => FactsSourceSchema.parse({ articleId, start: 0, end: 1 }));
    const sources = [...bundle.events.flatMap((event) => event.sources).reverse(), ...missing];
    const ranked = toArticleSources(sources, articlesById, articleRanks).map((group) => group.articleId);
    const compared = toArticleSources([...sources], articlesById).map((group) => group.articleId);
    expect(ranked).toEqual(compared);
    expect(ranked).toContain('zz-missing');
  });

  it('groups a sources list once for the same bundle lookups', () => {
    const bundle = makeSmallBundle();
    const { articlesById, articleRanks } = toFactIndex(bundle);
    const sources = bundle.places[0]?.sources ?? [];
    expect(toArticleSources(sources, articlesById, articleRanks)).toBe(toArticleSources(sources, articlesById, articleRanks));
  });

  it('keeps a source whose article is missing, with a null article', () => {
    expect(toArticleSources([source(0, 1)], new Map())).toEqual([{ articleId: 'a', article: null, quotes: [source(0, 1)] }]);
  });
});

import { toArticleSources, toHighlightedSegments } from '../../../src/features/sources/to-selected-fact';
import { makeSmallBundle } from '../../fixtures/fixture-bundles';
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

  it('keeps a source whose article is missing, with a null article', () => {
    expect(toArticleSources([source(0, 1)], new Map())).toEqual([{ articleId: 'a', article: null, quotes: [source(0, 1)] }]);
  });
});

import { toArticleSources, toHighlightedSegments } from '../../../src/features/sources/to-selected-fact';
import { makeSmallBundle } from '../../fixtures/fixture-bundles';
import { SourceSchema } from '../../../schema/bundle';

const source = (quote: string, start: number, end: number) => SourceSchema.parse({ articleId: 'a', quote, start, end });
const shown = (text: string, sources: ReturnType<typeof source>[]) =>
  toHighlightedSegments(text, sources)
    .map((segment) => (segment.highlighted ? `[${segment.text}]` : segment.text))
    .join('');

describe('toHighlightedSegments', () => {
  it.each([
    ['one quote at its offsets', 'abc def ghi', [source('def', 4, 7)], 'abc [def] ghi'],
    ['a quote at the very start and end', 'abc', [source('abc', 0, 3)], '[abc]'],
    ['stale offsets fall back to the first occurrence', 'xx def yy', [source('def', 0, 3)], 'xx [def] yy'],
    ['a quote not in the text is not highlighted', 'abc', [source('zzz', 0, 3)], 'abc'],
    ['overlapping quotes merge', 'abcdefgh', [source('bcd', 1, 4), source('cdef', 2, 6)], 'a[bcd][ef]gh'],
    ['quotes out of order are sorted', 'one two three', [source('three', 8, 13), source('one', 0, 3)], '[one] two [three]'],
    ['an empty quote highlights nothing', 'abc', [source('', 5, 5)], 'abc'],
  ])('%s', (_name, text, sources, expected) => {
    expect(shown(text, sources)).toBe(expected);
  });
});

describe('toArticleSources', () => {
  it('groups sources by article, oldest first, dropping repeated quotes', () => {
    const bundle = makeSmallBundle();
    const moscow = bundle.places.find((place) => place.id === 'moscow');
    const sources = [...(moscow?.sources ?? []), ...(moscow?.sources ?? [])];
    expect(toArticleSources(sources, bundle.articles).map((group) => [group.articleId, group.quotes.length])).toEqual([
      ['a003', 1],
      ['a000', 1],
    ]);
  });

  it('keeps a source whose article is missing, with a null article', () => {
    expect(toArticleSources([source('q', 0, 1)], [])).toEqual([{ articleId: 'a', article: null, quotes: [source('q', 0, 1)] }]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceInput } from '../../../schema/bundle';
import type { PlaceFact } from '../../../extractor/article/extract-article';
import { patchedByArticle } from '../../../extractor/merge/patch-sources';
import type { GazetteerRecord } from '../../../extractor/merge/merge-places';
import { mergePlaces } from '../../../extractor/merge/merge-places';
import { onePerArticle } from '../../../extractor/merge/sources';

const byId = (entry: { id: string }) => entry.id;

describe('patchedByArticle', () => {
  it.each([
    ['nothing gone, nothing added', ['b', 'd'], [], [], ['b', 'd']],
    ['one gone', ['b', 'd', 'f'], ['d'], [], ['b', 'f']],
    ['one added before, between and after', ['b', 'd'], [], ['a', 'c', 'e'], ['a', 'b', 'c', 'd', 'e']],
    ['one replaced', ['b', 'd', 'f'], ['d'], ['d'], ['b', 'd', 'f']],
    ['every entry gone', ['b', 'd'], ['b', 'd'], [], []],
    ['added to an empty list', [], [], ['a', 'b'], ['a', 'b']],
  ])('puts the entries in article order with %s', (_name, sorted, gone, added, want) => {
    const entries = (ids: string[]) => ids.map((id) => ({ id }));
    expect(patchedByArticle(entries(sorted), byId, new Set(gone), entries(added)).map(byId)).toEqual(want);
  });
});

const lookup = (id: string): GazetteerRecord => ({ id, name: id.toUpperCase(), kind: 'city', country: null, lat: 1, lon: 2 });
const PLACE_IDS = ['p1', 'p2', 'p3'];

/** An article: its facts in article order, every source its own. */
type Article = { placeId: string; start: number }[];
const articleArbitrary: fc.Arbitrary<Article> = fc.array(fc.record({ placeId: fc.constantFrom(...PLACE_IDS), start: fc.nat(50) }), { maxLength: 5 });

function factsOf(articles: ReadonlyMap<string, Article>): PlaceFact[] {
  return [...articles.keys()].sort().flatMap((id) =>
    (articles.get(id) ?? []).map(({ placeId, start }) => ({ placeId, source: { articleId: id, quote: `${id} says ${start}`, start, end: start + 3 } })),
  );
}

describe('a place patched with the changed articles\' sources', () => {
  // Articles a0..a7; an edit removes some, gives others new facts and adds new ones (b0..b3).
  it('is the place one merge of every article after the change gives', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...Array.from({ length: 8 }, (_, index) => `a${index}`)), articleArbitrary),
        fc.dictionary(fc.constantFrom(...Array.from({ length: 8 }, (_, index) => `a${index}`), 'b0', 'b1', 'b2', 'b3'), fc.option(articleArbitrary, { nil: null })),
        (before, edit) => {
          const old = new Map(Object.entries(before));
          const changed = new Map(Object.entries(edit));
          const after = new Map(old);
          for (const [id, article] of changed) {
            if (article === null) after.delete(id);
            else after.set(id, article);
          }
          const gone = new Set(changed.keys());
          const added = new Map([...changed].flatMap(([id, article]): [string, Article][] => (article === null ? [] : [[id, article]])));
          const merged = new Map(mergePlaces(factsOf(old), lookup).map((place) => [place.id, place]));
          const want = new Map(mergePlaces(factsOf(after), lookup).map((place) => [place.id, place]));
          for (const placeId of PLACE_IDS) {
            const place = merged.get(placeId);
            const addedSources: SourceInput[] = onePerArticle(factsOf(added).filter((fact) => fact.placeId === placeId).map((fact) => fact.source));
            if (!place) continue;
            const sources = patchedByArticle(place.sources, (source) => source.articleId, gone, addedSources);
            expect(sources.length > 0 ? { ...place, sources } : undefined).toEqual(want.get(placeId));
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

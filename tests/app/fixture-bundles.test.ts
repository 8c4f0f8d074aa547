import { FactsBundleSchema } from '../../schema/bundle';
import {
  FIXTURE_ARTICLE_TEXTS,
  makeDisputedBundle,
  makeEmptyBundle,
  makeLargeBundle,
  makePlaceWithoutEventsBundle,
  makeSmallBundle,
} from '../fixtures/fixture-bundles';

describe('fixture bundles', () => {
  it.each([
    ['small', makeSmallBundle],
    ['empty', makeEmptyBundle],
    ['disputed', makeDisputedBundle],
    ['place without events', makePlaceWithoutEventsBundle],
    ['large', () => makeLargeBundle()],
  ])('the %s bundle satisfies the facts schema', (_name, build) => {
    expect(FactsBundleSchema.safeParse(build()).success).toBe(true);
  });

  it('the large bundle has 2,000 events by default and the requested count otherwise', () => {
    expect(makeLargeBundle().events).toHaveLength(2000);
    expect(makeLargeBundle(10).events).toHaveLength(10);
  });

  it('every small-bundle source points at a non-empty span of its article text', () => {
    const bundle = makeDisputedBundle();
    const sources = [
      ...bundle.places.flatMap((place) => place.sources),
      ...bundle.events.flatMap((event) => [...event.sources, ...event.disputes.flatMap((d) => d.claims.flatMap((c) => c.sources))]),
      ...bundle.procurement.flatMap((item) => [...item.sources, ...item.disputes.flatMap((d) => d.claims.flatMap((c) => c.sources))]),
    ];
    for (const source of sources) {
      expect(source.start).toBeLessThan(source.end);
      expect(source.end).toBeLessThanOrEqual(FIXTURE_ARTICLE_TEXTS[source.articleId]?.length ?? 0);
    }
  });

  it('every referenced place, item and article exists in the small bundle', () => {
    const bundle = makeSmallBundle();
    const placeIds = new Set<string>(bundle.places.map((place) => place.id));
    const itemIds = new Set<string>(bundle.procurement.map((item) => item.id));
    const articleIds = new Set<string>(bundle.articles.map((article) => article.id));
    for (const event of bundle.events) {
      expect(event.placeIds.every((id) => placeIds.has(id))).toBe(true);
      expect(event.itemIds.every((id) => itemIds.has(id))).toBe(true);
      expect(event.sources.every((source) => articleIds.has(source.articleId))).toBe(true);
    }
  });
});

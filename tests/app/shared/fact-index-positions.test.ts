import { describe, expect, it } from 'vitest';
import { FactsSourceSchema } from '../../../schema/bundle';
import type { FactsBundle } from '../../../schema/bundle';
import { toFactIndex, toIndexWarmers, toReferencedMarks } from '../../../src/shared/filters/fact-index';
import type { PositionLists } from '../../../src/shared/filters/fact-index';
import { toMatchingPositions, toVisibleFacts } from '../../../src/shared/filters/visible-facts';
import { parseDashboardState } from '../../../src/shared/state/dashboard-state';
import { makeLargeBundle, makeSmallBundle } from '../../fixtures/fixture-bundles';

function positionsOf(bundle: FactsBundle, ids: readonly string[]): number[] {
  return ids.map((id) => bundle.events.findIndex((event) => event.id === id));
}

describe('toFactIndex positions', () => {
  const bundle = makeSmallBundle();
  const index = toFactIndex(bundle);

  it.each([
    ['moscow', bundle.events.flatMap((event, position) => (event.placeIds.some((id) => id === 'moscow') ? [position] : []))],
    ['red-square', positionsOf(bundle, ['e-parade-2020-06-24'])],
  ])('lists the positions of the events at %s, ascending', (placeId, expected) => {
    expect(index.eventPositionsByPlace.get(placeId)).toEqual(expected);
  });

  it('lists the positions of the events of each type, ascending, every event once', () => {
    const listed = [...index.eventPositionsByType.values()].flat().sort((a, b) => a - b);
    expect(listed).toEqual(bundle.events.map((_, position) => position));
    for (const [type, positions] of index.eventPositionsByType) expect(positions.every((position) => bundle.events[position]?.type === type)).toBe(true);
  });
});

describe('toFactIndex place and item positions of each event', () => {
  const bundle = makeLargeBundle(400);
  const index = toFactIndex(bundle);
  const listAt = ({ starts, values }: PositionLists, event: number) => Array.from(values.subarray(starts[event], starts[event + 1]));
  const distinctPositions = (records: readonly { id: string }[], ids: readonly string[]) =>
    [...new Set(ids)].flatMap((id) => {
      const position = records.findIndex((record) => record.id === id);
      return position < 0 ? [] : [position];
    });

  const cases: [string, PositionLists, readonly { id: string }[], (position: number) => readonly string[]][] = [
    ['places', index.eventPlacePositions, bundle.places, (position) => bundle.events[position]?.placeIds ?? []],
    ['items', index.eventItemPositions, bundle.procurement, (position) => bundle.events[position]?.itemIds ?? []],
  ];

  it.each(cases)('lists the positions of each event’s %s, each once, in the order it names them', (_name, lists, records, idsAt) => {
    expect(lists.starts).toHaveLength(bundle.events.length + 1);
    bundle.events.forEach((_event, position) => expect(listAt(lists, position)).toEqual(distinctPositions(records, idsAt(position))));
  });

  it.each([
    ['the given events', [0, 3, 5]],
    ['no events', []],
    ['every event', null],
  ])('marks the places of %s and no other', (_name, events) => {
    const marks = toReferencedMarks(index.eventPlacePositions, events, bundle.places.length);
    const expected = new Set((events ?? bundle.events.map((_event, position) => position)).flatMap((position) => bundle.events[position]?.placeIds ?? []));
    expect(bundle.places.filter((_place, position) => marks[position] === 1).map((place) => place.id)).toEqual(bundle.places.filter((place) => expected.has(place.id)).map((place) => place.id));
  });
});

describe('toVisibleFacts eventPositions', () => {
  const bundle = makeLargeBundle(500);

  it.each(['?types=visit', '?types=visit,meeting', '?place=moscow&types=meeting', '?q=visit', '?from=2020-06-01&to=2020-09-30', '?types=visit&q=moscow'])(
    'lists exactly the positions of the visible events of %s, ascending',
    (search) => {
      const visible = toVisibleFacts(bundle, parseDashboardState(search));
      expect((visible.eventPositions ?? []).map((position) => bundle.events[position])).toEqual(visible.events);
      expect(visible.eventPositions).toEqual([...(visible.eventPositions ?? [])].sort((a, b) => a - b));
    },
  );

  it('lists no positions when nothing is filtered: every event is visible', () => {
    expect(toVisibleFacts(bundle, parseDashboardState('')).eventPositions).toBeNull();
  });

  it('filters by several types as by each type in turn, in bundle order', () => {
    const both = toVisibleFacts(bundle, parseDashboardState('?types=visit,meeting')).events;
    expect(both).toEqual(bundle.events.filter((event) => event.type === 'visit' || event.type === 'meeting'));
  });
});

describe('toIndexWarmers', () => {
  it('builds the search texts a chunk at a time, each the same as building them at once', () => {
    const bundle = makeLargeBundle(13_000);
    const warmers = toIndexWarmers(bundle);
    expect(warmers.length).toBeGreaterThan(5);
    warmers.forEach((warm) => warm());
    const warmed = toFactIndex(bundle).eventSearchChunks;
    const fresh = toFactIndex(makeLargeBundle(13_000)).eventSearchChunks;
    expect(warmed.reduce((count, chunk) => count + chunk.starts.length, 0)).toBe(bundle.events.length);
    expect(warmed).toEqual(fresh);
  });
});

describe('toMatchingPositions', () => {
  const chunks = [
    { text: 'visit\u0000moscow\u0001parade\u0001', first: 0, starts: [0, 13] },
    { text: 'visit visit\u0001moscow parade\u0001', first: 2, starts: [0, 12] },
  ];

  it.each([
    ['visit', [0, 2]],
    ['moscow', [0, 3]],
    ['parade', [1, 3]],
    ['w p', [3]],
    ['moscow\u0000', []],
    ['moscowparade', []],
    ['w\u0001p', []],
    ['', []],
    ['nothing', []],
  ])('finds "%s" once per event whose text holds it, never across fields or events', (needle, expected) => {
    expect(toMatchingPositions(chunks, needle)).toEqual(expected);
  });

  it('agrees with a substring test of each event of a real bundle', () => {
    const bundle = makeLargeBundle(3000);
    const index = toFactIndex(bundle);
    const texts = index.eventSearchChunks.flatMap((chunk) => chunk.starts.map((start, i) => chunk.text.slice(start, (chunk.starts[i + 1] ?? chunk.text.length) - 1)));
    for (const needle of ['visit', 'moscow', 's-400', '2020', 'a']) {
      expect(toMatchingPositions(index.eventSearchChunks, needle)).toEqual(texts.flatMap((text, position) => (text.includes(needle) ? [position] : [])));
    }
  });
});

describe('toFactIndex reading order', () => {
  const bundle = makeLargeBundle(800);
  const index = toFactIndex(bundle);

  it('orders the articles oldest publication first, undated last, ties by id, and ranks each by its place in that order', () => {
    const day = (published: string | null) => published ?? '9999';
    const expected = [...bundle.articles].sort((a, b) => Number(day(a.published) > day(b.published)) - Number(day(a.published) < day(b.published)) || new Intl.Collator().compare(a.id, b.id));
    expect(index.articlesInReadingOrder).toEqual(expected);
    expect(index.articlesInReadingOrder.every((article, rank) => index.articleReadingRanks.get(article.id) === rank)).toBe(true);
  });

  it("ranks a sources list's distinct articles ascending, each source by its article, and lists the missing ones once", () => {
    const sources = [...bundle.events.flatMap((event) => event.sources)].reverse();
    const missing = FactsSourceSchema.parse({ articleId: 'not-in-bundle', start: 0, end: 1 });
    const articles = index.articlesOfSources([...sources, missing, missing]);
    const ranksOf = sources.map((source) => index.articleReadingRanks.get(String(source.articleId)));
    expect(Array.from(articles.ranks)).toEqual([...new Set(ranksOf)].sort((a = 0, b = 0) => a - b));
    expect(Array.from(articles.sourceRanks)).toEqual([...ranksOf, -1, -1]);
    expect(articles.missing).toEqual(['not-in-bundle']);
  });

  it('ranks the sources of the most-cited places while warming, kept for their selection', () => {
    const large = makeLargeBundle(3000);
    const [busiest] = [...large.places].sort((a, b) => b.sources.length - a.sources.length);
    toIndexWarmers(large).forEach((warm) => warm());
    const warmed = busiest ? toFactIndex(large).articlesOfSources(busiest.sources) : null;
    expect(busiest && warmed ? toFactIndex(large).articlesOfSources(busiest.sources) : null).toBe(warmed);
  });
});

describe('toVisibleFacts items and places', () => {
  const bundle = makeLargeBundle(600);

  /** The items and places a reader expects for a filter, worked out the plain way: ids of the visible events and name matches. */
  function expectedFor(search: string): { items: string[]; places: string[] } {
    const filters = parseDashboardState(search);
    const { events } = toVisibleFacts(bundle, filters);
    const needle = filters.q.trim().toLowerCase();
    const itemIds = new Set(events.flatMap((event) => event.itemIds));
    const placeIds = new Set(events.flatMap((event) => event.placeIds));
    const narrowsByEvents = Boolean(filters.from || filters.to || filters.place);
    const items = bundle.procurement.filter(
      (item) =>
        (filters.statuses.length === 0 || filters.statuses.includes(item.status)) &&
        (filters.categories.length === 0 || filters.categories.includes(item.category)) &&
        (!narrowsByEvents || itemIds.has(item.id)) &&
        (!needle || itemIds.has(item.id) || [item.name, item.category, ...item.aliases].some((text) => text.toLowerCase().includes(needle))),
    );
    const anyFilter = narrowsByEvents || Boolean(needle) || filters.types.length > 0;
    const places = anyFilter ? bundle.places.filter((place) => placeIds.has(place.id) || (Boolean(needle) && place.name.toLowerCase().includes(needle))) : bundle.places;
    return { items: items.map((item) => item.id), places: places.map((place) => place.id) };
  }

  it.each(['?q=s-400', '?q=MOSCOW', '?q=visit', '?types=meeting', '?place=moscow', '?statuses=delivered', '?from=2020-06-01&to=2020-09-30&q=a', '?q=zzz-nothing'])(
    'keeps the items and places of the visible events or matching the search for %s',
    (search) => {
      const visible = toVisibleFacts(bundle, parseDashboardState(search));
      expect({ items: visible.items.map((item) => item.id), places: visible.places.map((place) => place.id) }).toEqual(expectedFor(search));
    },
  );
});

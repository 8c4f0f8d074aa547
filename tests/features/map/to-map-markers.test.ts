import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, parseDashboardState } from '../../../src/shared/state/dashboard-state';
import { toVisibleFacts } from '../../../src/shared/filters/visible-facts';
import type { FilterState } from '../../../src/shared/filters/visible-facts';
import { toDominantType, toDominantTypeOfCounts, toHighlightedPlaceIds, toMapMarkers, toMarkerRadius, toTypeCounts } from '../../../src/features/map/to-map-markers';
import { makeEmptyBundle, makeLargeBundle, makePlaceWithoutEventsBundle, makeSmallBundle } from '../../fixtures/fixture-bundles';

const NO_FILTERS: FilterState = EMPTY_STATE;

describe('toMarkerRadius', () => {
  it.each([
    [0, 6],
    [1, 8],
    [4, 10],
    [9, 12],
    [81, 24],
    [10_000, 24],
    [-3, 6],
  ])('gives %i facts a radius of %i px', (count, radius) => {
    expect(toMarkerRadius(count)).toBe(radius);
  });

  it('never shrinks as the count grows', () => {
    const radii = Array.from({ length: 200 }, (_, count) => toMarkerRadius(count));
    expect(radii).toEqual([...radii].sort((a, b) => a - b));
  });
});

describe('toDominantType', () => {
  it.each([
    [[], null],
    [[{ type: 'visit' }], 'visit'],
    [[{ type: 'meeting' }, { type: 'visit' }, { type: 'meeting' }], 'meeting'],
    [[{ type: 'incident' }, { type: 'visit' }], 'visit'],
    [[{ type: 'other' }, { type: 'other' }, { type: 'parade' }], 'other'],
  ] satisfies [{ type: 'visit' | 'meeting' | 'incident' | 'other' | 'parade' }[], string | null][])('picks the most frequent type (ties to the earlier type): %j -> %s', (events, expected) => {
    expect(toDominantType(events)).toBe(expected);
  });
});

describe('toTypeCounts', () => {
  it.each([
    [[], [0, 0, 0, 0, 0, 0, 0, 0, 0]],
    [[{ type: 'visit' }, { type: 'other' }, { type: 'visit' }], [2, 0, 0, 0, 0, 0, 0, 0, 1]],
    [[{ type: 'meeting' }, { type: 'incident' }], [0, 1, 0, 0, 0, 0, 0, 1, 0]],
  ] satisfies [{ type: 'visit' | 'meeting' | 'incident' | 'other' }[], number[]][])('counts %j per type in schema order: %j', (events, expected) => {
    expect(toTypeCounts(events)).toEqual(expected);
  });

  it.each([
    [[0, 0, 0, 0, 0, 0, 0, 0, 0], null],
    [[1, 1, 0, 0, 0, 0, 0, 0, 0], 'visit'],
    [[1, 3, 0, 0, 0, 0, 0, 0, 3], 'meeting'],
    [[0, 0, 0, 0, 0, 0, 0, 0, 2], 'other'],
  ] satisfies [number[], string | null][])('takes %j to the most counted type (ties to the earlier): %s', (counts, expected) => {
    expect(toDominantTypeOfCounts(counts)).toBe(expected);
  });
});

describe('toMapMarkers', () => {
  const markers = toMapMarkers(makeSmallBundle(), NO_FILTERS);
  const byId = new Map(markers.map((marker) => [marker.placeId, marker]));

  it.each([
    ['moscow', 6, 2, 'meeting', false],
    ['red-square', 1, 0, 'parade', false],
    ['eastern-ladakh', 1, 0, 'incident', true],
    ['strait-of-malacca', 1, 0, 'exercise', true],
  ])('%s has %i events, %i items, is mostly %s, area=%s', (placeId, events, items, dominant, isArea) => {
    const marker = byId.get(placeId);
    expect(marker?.events).toHaveLength(events);
    expect(marker?.items).toHaveLength(items);
    expect(marker?.factCount).toBe(events + items);
    expect(marker?.dominantType).toBe(dominant);
    expect(marker?.typeCounts).toEqual(toTypeCounts(marker?.events ?? []));
    expect(marker?.isArea).toBe(isArea);
  });

  it.each(['', '?types=visit', '?q=moscow', '?from=2020-06-01&to=2020-09-30'])("lists each place's visible events by date then title, each once, for the filters %s", (search) => {
    const bundle = makeLargeBundle(1500);
    const filters = parseDashboardState(search);
    const { events } = toVisibleFacts(bundle, filters);
    const compare = (a: string, b: string) => Number(a > b) - Number(a < b);
    for (const marker of toMapMarkers(bundle, filters)) {
      const expected = events
        .filter((event) => event.placeIds.some((id) => id === marker.placeId))
        .sort((a, b) => compare(a.start ?? '9999', b.start ?? '9999') || compare(a.title.toLowerCase(), b.title.toLowerCase()) || compare(a.title, b.title));
      expect(marker.events.map((event) => event.id)).toEqual(expected.map((event) => event.id));
    }
  });

  it('lists events by date and the items those events involve', () => {
    const moscow = byId.get('moscow');
    expect(moscow?.events.map((event) => event.start)).toEqual(['2020-06-22', '2020-06-24', '2020-09-02', '2020-09-03', '2020-09-04', '2020-09-10']);
    expect(moscow?.items.map((item) => item.name)).toEqual(['AK-203', 'S-400 Triumf']);
  });

  it('keeps a place with no events as an empty, uncoloured marker', () => {
    const vladivostok = toMapMarkers(makePlaceWithoutEventsBundle(), NO_FILTERS).find((marker) => marker.placeId === 'vladivostok');
    expect(vladivostok).toMatchObject({ factCount: 0, dominantType: null, events: [], items: [] });
  });

  it('applies the date range: only places with events in range remain', () => {
    const june = toMapMarkers(makeSmallBundle(), { ...NO_FILTERS, from: '2020-06-01', to: '2020-06-30' });
    expect(june.map((marker) => marker.placeId).sort()).toEqual(['eastern-ladakh', 'moscow', 'red-square']);
    expect(june.find((marker) => marker.placeId === 'moscow')?.events).toHaveLength(2);
  });

  it.each([
    ['a type', { types: ['exercise', 'visit'] }],
    ['a date range', { from: '2021-01-01', to: '2022-06-30' }],
    ['a search', { q: 'a' }],
  ] satisfies [string, Partial<FilterState>][])('lists the events %s leaves at each place in the unfiltered order', (_name, patch) => {
    const bundle = makeLargeBundle(2000);
    const everyEvent = new Map(toMapMarkers(bundle, NO_FILTERS).map((marker) => [marker.placeId, marker.events]));
    const filters = { ...NO_FILTERS, ...patch };
    const visibleIds = new Set(toVisibleFacts(bundle, filters).events.map((event) => String(event.id)));
    const filtered = toMapMarkers(bundle, filters);
    expect(filtered.length).toBeGreaterThan(0);
    for (const marker of filtered) {
      expect(marker.events).toEqual((everyEvent.get(marker.placeId) ?? []).filter((event) => visibleIds.has(event.id)));
    }
  });

  it('returns no markers for an empty bundle', () => {
    expect(toMapMarkers(makeEmptyBundle(), NO_FILTERS)).toEqual([]);
  });

  it('keeps the marker object of a place a filter change left as it was, so the map redraws only the others', () => {
    const bundle = makeSmallBundle();
    const find = (list: readonly { placeId: string }[], id: string) => list.find((marker) => marker.placeId === id);
    const before = toMapMarkers(bundle, NO_FILTERS);
    const after = toMapMarkers(bundle, { ...NO_FILTERS, from: '2020-06-01', to: '2020-06-30' });
    expect(find(after, 'red-square')).toBe(find(before, 'red-square'));
    expect(find(after, 'moscow')).not.toBe(find(before, 'moscow'));
  });

  it('gives the same markers again for filters seen before', () => {
    const bundle = makeSmallBundle();
    const first = toMapMarkers(bundle, NO_FILTERS);
    toMapMarkers(bundle, { ...NO_FILTERS, types: ['visit'] });
    expect(toMapMarkers(bundle, { ...NO_FILTERS, q: ' ' })).toBe(first);
  });
});

describe('toHighlightedPlaceIds', () => {
  it.each([
    [{ place: null, event: null, item: null }, []],
    [{ place: 'moscow', event: null, item: null }, ['moscow']],
    [{ place: null, event: 'e-parade-2020-06-24', item: null }, ['moscow', 'red-square']],
    [{ place: null, event: null, item: 's-400' }, ['moscow']],
    [{ place: null, event: null, item: 'su-30mki' }, []],
    [{ place: 'eastern-ladakh', event: 'e-indra-2020-09', item: null }, ['eastern-ladakh', 'strait-of-malacca']],
  ])('highlights the places of %j', (selection, expected) => {
    expect([...toHighlightedPlaceIds(makeSmallBundle(), selection)].sort()).toEqual(expected);
  });
});

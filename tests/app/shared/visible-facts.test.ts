import { describe, expect, it } from 'vitest';
import { eventsAt, toFactIndex, toIndexWarmers } from '../../../src/shared/filters/fact-index';
import { toFilterKey, toVisibleEventTest, toVisibleFacts } from '../../../src/shared/filters/visible-facts';
import type { FilterState } from '../../../src/shared/filters/visible-facts';
import { EMPTY_STATE, parseDashboardState, readDashboardState, shareUnchangedLists } from '../../../src/shared/state/dashboard-state';
import { makeSmallBundle } from '../../fixtures/fixture-bundles';

function filtersOf(search: string): FilterState {
  return parseDashboardState(search);
}

describe('toVisibleFacts', () => {
  const bundle = makeSmallBundle();

  it.each([
    ['?place=red-square', ['e-parade-2020-06-24']],
    ['?place=moscow&types=meeting', ['e-singh-shoigu-2020-09-03', 'e-sco-defence-2020-09-04', 'e-sco-foreign-2020-09-10']],
    ['?from=2020-09-05&to=2020-09-30', ['e-sco-foreign-2020-09-10', 'e-indra-2020-09']],
    ['?q=malacca', ['e-indra-2020-09']],
    ['?q=AK203', []],
    ['?q=%20ak-203%20', ['e-visit-2020-09', 'e-singh-shoigu-2020-09-03']],
    ['?q=friday', ['e-sco-defence-2020-09-04']],
    ['?q=moscow%00monday', []],
    ['?q=visits%20moscow', ['e-visit-2020-06', 'e-visit-2020-09']],
    ['?place=nowhere', []],
  ])('keeps the events of %s in bundle order', (search, expected) => {
    expect(toVisibleFacts(bundle, filtersOf(search)).events.map((event) => event.id)).toEqual(expected);
  });

  it.each([
    ['?q=AK203', ['ak-203']],
    ['?place=red-square', []],
    ['?statuses=mentioned&categories=aircraft', ['su-30mki']],
  ])('keeps the items of %s', (search, expected) => {
    expect(toVisibleFacts(bundle, filtersOf(search)).items.map((item) => item.id)).toEqual(expected);
  });

  it('keeps every fact when no filter is set', () => {
    const visible = toVisibleFacts(bundle, filtersOf('?item=s-400&theme=dark'));
    expect(visible.events).toEqual(bundle.events);
    expect(visible.items).toEqual(bundle.procurement);
    expect(visible.places).toEqual(bundle.places);
  });

  it('returns the same result for filters that differ only in a selection or in spaces around the search', () => {
    const first = toVisibleFacts(bundle, filtersOf('?types=visit&q=moscow'));
    expect(toVisibleFacts(bundle, { ...filtersOf('?types=visit&q=%20Moscow%20'), place: null })).toBe(first);
    expect(toVisibleFacts(bundle, filtersOf('?types=visit&q=moscow&event=e-visit-2020-06'))).toBe(first);
  });

  it('computes again for another bundle with the same filters', () => {
    const filters = filtersOf('?types=visit');
    expect(toVisibleFacts(makeSmallBundle(), filters)).not.toBe(toVisibleFacts(bundle, filters));
    expect(toVisibleFacts(makeSmallBundle(), filters)).toEqual(toVisibleFacts(bundle, filters));
  });
});

describe('toFilterKey', () => {
  it.each([
    ['?q=Moscow', '?q=moscow%20', true],
    ['?types=visit', '?types=visit&item=s-400', true],
    ['?types=visit', '?types=meeting', false],
    ['?place=moscow', '', false],
  ])('%s and %s select the same facts: %s', (a, b, same) => {
    expect(toFilterKey(filtersOf(a)) === toFilterKey(filtersOf(b))).toBe(same);
  });
});

describe('toFactIndex', () => {
  const bundle = makeSmallBundle();
  const index = toFactIndex(bundle);

  it('is built once per bundle', () => {
    expect(toFactIndex(bundle)).toBe(index);
  });

  it.each([
    ['red-square', ['e-parade-2020-06-24']],
    ['strait-of-malacca', ['e-indra-2020-09']],
  ])('lists the events at %s', (placeId, expected) => {
    expect(eventsAt(bundle, index.eventPositionsByPlace.get(placeId) ?? []).map((event) => event.id)).toEqual(expected);
  });

  it('lists the events of an item in bundle order', () => {
    expect(eventsAt(bundle, index.eventPositionsByItem.get('s-400') ?? []).map((event) => event.id)).toEqual(['e-visit-2020-06', 'e-visit-2020-09', 'e-s400-delivery-2021']);
  });

  it('finds records by id', () => {
    expect(index.placesById.get('moscow')?.name).toBe('Moscow');
    expect(index.itemsById.get('t-90')?.name).toBe('T-90 spares');
    expect(index.eventsById.get('e-indra-2020-09')?.title).toBe('INDRA naval exercise');
    expect(index.articlesById.size).toBe(bundle.articles.length);
  });
});

describe('shareUnchangedLists', () => {
  it('keeps the previous lists when their values are unchanged', () => {
    const previous = parseDashboardState('?types=visit,meeting&statuses=ordered');
    const next = shareUnchangedLists(previous, parseDashboardState('?types=visit,meeting&statuses=ordered&place=moscow'));
    expect(next.types).toBe(previous.types);
    expect(next.statuses).toBe(previous.statuses);
    expect(next.place).toBe('moscow');
  });

  it('takes the new list when its values changed', () => {
    const previous = parseDashboardState('?types=visit');
    const parsed = parseDashboardState('?types=meeting');
    expect(shareUnchangedLists(previous, parsed).types).toBe(parsed.types);
    expect(shareUnchangedLists(EMPTY_STATE, parsed)).toEqual(parsed);
  });
});

describe('readDashboardState', () => {
  it('reads the state of the current URL, the same object for the same query string', () => {
    window.history.replaceState(null, '', '/?place=moscow&types=visit');
    const state = readDashboardState();
    expect(state).toEqual(parseDashboardState('?place=moscow&types=visit'));
    expect(readDashboardState()).toBe(state);
    window.history.replaceState(null, '', '/');
    expect(readDashboardState()).toEqual(EMPTY_STATE);
  });
});

describe('toIndexWarmers', () => {
  it('builds every lookup of the index once each, in turn', () => {
    const bundle = makeSmallBundle();
    const warmers = toIndexWarmers(bundle);
    expect(warmers.length).toBeGreaterThan(0);
    const results = warmers.map((warm) => warm());
    expect(warmers.map((warm) => warm())).toEqual(results);
    expect(toFactIndex(bundle).eventPositionsByPlace.get('moscow')).toHaveLength(6);
  });
});

describe('toVisibleEventTest', () => {
  const bundle = makeSmallBundle();

  it.each([
    ['', 11],
    ['?types=meeting', 3],
    ['?place=red-square', 1],
  ])('accepts exactly the visible events of %s', (search, count) => {
    const visible = toVisibleFacts(bundle, filtersOf(search));
    const isVisible = toVisibleEventTest(bundle, visible);
    expect(bundle.events.filter(isVisible)).toEqual(visible.events);
    expect(visible.events).toHaveLength(count);
  });
});

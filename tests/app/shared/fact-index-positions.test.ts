import { describe, expect, it } from 'vitest';
import type { FactsBundle } from '../../../schema/bundle';
import { toFactIndex, toIndexWarmers } from '../../../src/shared/filters/fact-index';
import { toVisibleFacts } from '../../../src/shared/filters/visible-facts';
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
    const warmed = toFactIndex(bundle).eventSearchTexts;
    const fresh = toFactIndex(makeLargeBundle(13_000)).eventSearchTexts;
    expect(warmed).toHaveLength(bundle.events.length);
    expect(warmed).toEqual(fresh);
  });
});

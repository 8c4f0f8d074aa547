/**
 * Which facts pass the dashboard's filters. One pure function that every view
 * uses, so the map, the timeline and the procurement panel always agree.
 */
import type { FactsEvent, FactsBundle, FactsPlace, FactsProcurementItem } from '../../../schema/bundle';
import type { DashboardState } from '../state/dashboard-state';
import { SEARCH_RECORD_SEPARATOR, SEARCH_TEXT_SEPARATOR, toFactIndex, toReferencedMarks } from './fact-index';
import type { FactIndex, SearchChunk } from './fact-index';

export interface VisibleFacts {
  events: readonly FactsEvent[];
  items: readonly FactsProcurementItem[];
  places: readonly FactsPlace[];
  /**
   * The bundle positions of the visible events, ascending (as `events`); null when every event is visible.
   * Views that prepare something per event once per bundle pick the visible entries by position.
   */
  eventPositions: readonly number[] | null;
}

export type FilterState = Pick<DashboardState, 'place' | 'from' | 'to' | 'q' | 'types' | 'statuses' | 'categories'>;

/** True when the event's dates overlap the inclusive range; undated events pass only an open range. */
export function overlapsRange(event: Pick<FactsEvent, 'start' | 'end'>, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  if (!event.start || !event.end) return false;
  return (!from || event.end >= from) && (!to || event.start <= to);
}

/** Whether a search text (fields lower-cased, joined by SEARCH_TEXT_SEPARATOR) holds the needle within one field. */
function matchesSearchText(searchText: string | undefined, needle: string): boolean {
  return Boolean(searchText?.includes(needle)) && !needle.includes(SEARCH_TEXT_SEPARATOR);
}

function isUnfiltered(filters: FilterState): boolean {
  return !filters.place && !filters.from && !filters.to && !filters.q.trim() && filters.types.length === 0 && filters.statuses.length === 0 && filters.categories.length === 0;
}

/**
 * The positions of the only events that can pass, ascending, when a place or type filter narrows them
 * (a place's events, or those of the chosen types): the filter then tests those instead of every event.
 * Null when every event must be tested.
 */
function toCandidatePositions(index: FactIndex, filters: FilterState): readonly number[] | null {
  if (filters.place) return index.eventPositionsByPlace.get(filters.place) ?? [];
  if (filters.types.length === 0) return null;
  const lists = filters.types.map((type) => index.eventPositionsByType.get(type) ?? []);
  const [only] = lists;
  return lists.length === 1 && only ? only : lists.flat().sort((a, b) => a - b);
}

/** A mark per event of the bundle, set at the given positions. */
function toPositionMarks(positions: readonly number[], eventCount: number): Uint8Array {
  const marks = new Uint8Array(eventCount);
  for (const position of positions) marks[position] = 1;
  return marks;
}

/**
 * The index of the last start at or before `offset` (starts ascending, the first 0), looking on from `from`, an index
 * at or before it: matches come in text order, so each search goes on from the last one, and a chunk's starts are
 * passed over once in all instead of once per match.
 */
function lastStartAtOrBefore(starts: readonly number[], offset: number, from: number): number {
  let index = from;
  while ((starts[index + 1] ?? Infinity) <= offset) index += 1;
  return index;
}

/**
 * The bundle positions of the events whose search text contains `needle` (lower-case), ascending.
 * Each chunk is scanned with indexOf, which skips non-matching text natively; in script, only the matches and one pass over
 * the chunk's starts cost steps.
 */
export function toMatchingPositions(chunks: readonly SearchChunk[], needle: string): number[] {
  // A term holding a separator would match across two fields or two events; no single field holds one.
  if (!needle || needle.includes(SEARCH_TEXT_SEPARATOR) || needle.includes(SEARCH_RECORD_SEPARATOR)) return [];
  const positions: number[] = [];
  for (const { text, first, starts } of chunks) {
    let offset = text.indexOf(needle);
    let index = 0;
    while (offset >= 0) {
      index = lastStartAtOrBefore(starts, offset, index);
      positions.push(first + index);
      // One match per event: go on from the next event's text.
      const next = starts[index + 1];
      if (next === undefined) break;
      offset = text.indexOf(needle, next);
    }
  }
  return positions;
}

function computeVisibleFacts(bundle: FactsBundle, filters: FilterState): VisibleFacts {
  // The first view and every "Reset all": everything passes, so skip building sets over 40,000 events.
  if (isUnfiltered(filters)) return { events: bundle.events, items: bundle.procurement, places: bundle.places, eventPositions: null };
  const index = toFactIndex(bundle);
  const needle = filters.q.trim().toLowerCase();
  const types = new Set(filters.types);
  const matchingPositions = needle ? toMatchingPositions(index.eventSearchChunks, needle) : null;
  const matching = matchingPositions ? toPositionMarks(matchingPositions, bundle.events.length) : null;
  const passes = (event: FactsEvent, position: number) =>
    overlapsRange(event, filters.from, filters.to) && (types.size === 0 || types.has(event.type)) && (!matching || matching[position] === 1);

  const events: FactsEvent[] = [];
  const eventPositions: number[] = [];
  const keep = (event: FactsEvent, position: number) => {
    if (!passes(event, position)) return;
    events.push(event);
    eventPositions.push(position);
  };
  // A search alone tests only the events it matched.
  const candidates = toCandidatePositions(index, filters) ?? matchingPositions;
  if (candidates) {
    for (const position of candidates) {
      const event = bundle.events[position];
      if (event) keep(event, position);
    }
  } else {
    bundle.events.forEach(keep);
  }

  const dateOrPlaceFilterActive = Boolean(filters.from || filters.to || filters.place);
  // Only a date, place or text filter narrows the items to those of the visible events.
  const itemsOfEvents = dateOrPlaceFilterActive || needle ? toReferencedMarks(index.eventItemPositions, eventPositions, bundle.procurement.length) : null;
  const items = bundle.procurement.filter(
    (item, position) =>
      (filters.statuses.length === 0 || filters.statuses.includes(item.status)) &&
      (filters.categories.length === 0 || filters.categories.includes(item.category)) &&
      (!dateOrPlaceFilterActive || itemsOfEvents?.[position] === 1) &&
      (!needle || itemsOfEvents?.[position] === 1 || matchesSearchText(index.itemSearchTexts[position], needle)),
  );

  const anyFilterActive = dateOrPlaceFilterActive || Boolean(needle) || filters.types.length > 0;
  if (!anyFilterActive) return { events, items, places: bundle.places, eventPositions };
  const placesOfEvents = toReferencedMarks(index.eventPlacePositions, eventPositions, bundle.places.length);
  const places = bundle.places.filter((_place, position) => placesOfEvents[position] === 1 || (Boolean(needle) && matchesSearchText(index.placeSearchTexts[position], needle)));

  return { events, items, places, eventPositions };
}

const filterKeys = new WeakMap<FilterState, string>();

/** Two filter states with this key select the same facts. Kept per filter object: every panel asks on every render. */
export function toFilterKey(filters: FilterState): string {
  let key = filterKeys.get(filters);
  if (key === undefined) {
    key = JSON.stringify([filters.place, filters.from, filters.to, filters.q.trim().toLowerCase(), filters.types, filters.statuses, filters.categories]);
    filterKeys.set(filters, key);
  }
  return key;
}

/** Enough for every panel's variant of the current filters and the previous ones, so Back is instant too. */
const CACHED_FILTER_STATES = 12;
const cache = new WeakMap<FactsBundle, Map<string, VisibleFacts>>();

/**
 * The events, items and places that pass every active filter. Several panels
 * ask for the same filters on each change, so results are kept per bundle for
 * the last few filter states (treat them as read-only).
 */
export function toVisibleFacts(bundle: FactsBundle, filters: FilterState): VisibleFacts {
  const key = toFilterKey(filters);
  const results = cache.get(bundle) ?? new Map<string, VisibleFacts>();
  cache.set(bundle, results);
  const cached = results.get(key);
  if (cached) return cached;
  const visible = computeVisibleFacts(bundle, filters);
  results.set(key, visible);
  const oldest = results.keys().next();
  if (results.size > CACHED_FILTER_STATES && !oldest.done) results.delete(oldest.value);
  return visible;
}

const membershipTests = new WeakMap<VisibleFacts, (event: FactsEvent) => boolean>();

/**
 * Whether an event of the bundle is among the visible ones.
 */
export function toVisibleEventTest(bundle: FactsBundle, visible: VisibleFacts): (event: FactsEvent) => boolean {
  let test = membershipTests.get(visible);
  if (!test) {
    // Visible events are a subset of the bundle's: the same count means all of them.
    const shown = visible.events.length === bundle.events.length ? null : new Set(visible.events);
    test = shown ? (event) => shown.has(event) : () => true;
    membershipTests.set(visible, test);
  }
  return test;
}

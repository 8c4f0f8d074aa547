/**
 * Which facts pass the dashboard's filters. One pure function that every view
 * uses, so the map, the timeline and the procurement panel always agree.
 */
import type { FactsEvent, FactsBundle, FactsPlace, FactsProcurementItem } from '../../../schema/bundle';
import type { DashboardState } from '../state/dashboard-state';
import { SEARCH_TEXT_SEPARATOR, toFactIndex } from './fact-index';

export interface VisibleFacts {
  events: readonly FactsEvent[];
  items: readonly FactsProcurementItem[];
  places: readonly FactsPlace[];
}

export type FilterState = Pick<DashboardState, 'place' | 'from' | 'to' | 'q' | 'types' | 'statuses' | 'categories'>;

/** True when the event's dates overlap the inclusive range; undated events pass only an open range. */
export function overlapsRange(event: Pick<FactsEvent, 'start' | 'end'>, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  if (!event.start || !event.end) return false;
  return (!from || event.end >= from) && (!to || event.start <= to);
}

function matchesText(needle: string, ...haystacks: (string | null | undefined)[]): boolean {
  return haystacks.some((haystack) => haystack?.toLowerCase().includes(needle));
}

function isUnfiltered(filters: FilterState): boolean {
  return !filters.place && !filters.from && !filters.to && !filters.q.trim() && filters.types.length === 0 && filters.statuses.length === 0 && filters.categories.length === 0;
}

function computeVisibleFacts(bundle: FactsBundle, filters: FilterState): VisibleFacts {
  // The first view and every "Reset all": everything passes, so skip building sets over 40,000 events.
  if (isUnfiltered(filters)) return { events: bundle.events, items: bundle.procurement, places: bundle.places };
  const index = toFactIndex(bundle);
  const needle = filters.q.trim().toLowerCase();
  // A term holding the separator would match across two fields of an event; no single field holds it.
  const searchesEvents = !needle.includes(SEARCH_TEXT_SEPARATOR);
  const types = new Set(filters.types);
  // A place filter starts from that place's events instead of scanning every event.
  const candidates = filters.place ? (index.eventsByPlace.get(filters.place) ?? []) : bundle.events;

  const events = candidates.filter(
    (event) =>
      overlapsRange(event, filters.from, filters.to) &&
      (types.size === 0 || types.has(event.type)) &&
      (!needle || (searchesEvents && (index.eventSearchText.get(event) ?? '').includes(needle))),
  );

  const dateOrPlaceFilterActive = Boolean(filters.from || filters.to || filters.place);
  const itemIdsOfEvents = new Set(events.flatMap((event) => event.itemIds));
  const items = bundle.procurement.filter(
    (item) =>
      (filters.statuses.length === 0 || filters.statuses.includes(item.status)) &&
      (filters.categories.length === 0 || filters.categories.includes(item.category)) &&
      (!dateOrPlaceFilterActive || itemIdsOfEvents.has(item.id)) &&
      (!needle || itemIdsOfEvents.has(item.id) || matchesText(needle, item.name, item.category, ...item.aliases)),
  );

  const placeIdsOfEvents = new Set(events.flatMap((event) => event.placeIds));
  const anyFilterActive = dateOrPlaceFilterActive || Boolean(needle) || filters.types.length > 0;
  const places = bundle.places.filter(
    (place) => !anyFilterActive || placeIdsOfEvents.has(place.id) || (Boolean(needle) && matchesText(needle, place.name)),
  );

  return { events, items, places };
}

/** Two filter states with this key select the same facts. */
export function toFilterKey(filters: FilterState): string {
  return JSON.stringify([filters.place, filters.from, filters.to, filters.q.trim().toLowerCase(), filters.types, filters.statuses, filters.categories]);
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
 * Whether an event of the bundle is among the visible ones: for views that
 * precompute something per event once per bundle and then only filter it.
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

/**
 * Which facts pass the dashboard's filters. One pure function that every view
 * uses, so the map, the timeline and the procurement panel always agree.
 */
import type { FactsEvent, FactsBundle, FactsPlace, FactsProcurementItem } from '../../../schema/bundle';
import type { DashboardState } from '../state/dashboard-state';

export interface VisibleFacts {
  events: FactsEvent[];
  items: FactsProcurementItem[];
  places: FactsPlace[];
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

/** The events, items and places that pass every active filter. */
export function toVisibleFacts(bundle: FactsBundle, filters: FilterState): VisibleFacts {
  const needle = filters.q.trim().toLowerCase();
  const placeNames = new Map(bundle.places.map((place) => [place.id, place.name]));
  const itemNames = new Map(bundle.procurement.map((item) => [item.id, item.name]));

  const events = bundle.events.filter(
    (event) =>
      overlapsRange(event, filters.from, filters.to) &&
      (filters.types.length === 0 || filters.types.includes(event.type)) &&
      (!filters.place || event.placeIds.some((id) => id === filters.place)) &&
      (!needle ||
        matchesText(
          needle,
          event.title,
          event.dateText,
          ...event.placeIds.map((id) => placeNames.get(id)),
          ...event.itemIds.map((id) => itemNames.get(id)),
        )),
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

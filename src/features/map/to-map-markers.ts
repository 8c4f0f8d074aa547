/** Which places the map draws, how big and in what colour: a pure view of the visible facts. */
import { EVENT_TYPES } from '../../../schema/bundle';
import type { FactsEvent, EventType, FactsBundle, PlaceKind } from '../../../schema/bundle';
import { eventsAt, toFactIndex } from '../../shared/filters/fact-index';
import { toVisibleFacts } from '../../shared/filters/visible-facts';
import type { FilterState, VisibleFacts } from '../../shared/filters/visible-facts';

export interface MarkerEvent {
  id: string;
  title: string;
  type: EventType;
  start: string | null;
}

export interface MarkerItem {
  id: string;
  name: string;
}

export interface MapMarker {
  placeId: string;
  name: string;
  kind: PlaceKind;
  lat: number;
  lon: number;
  /** Seas, straits and regions are areas, drawn as such rather than as a city pin. */
  isArea: boolean;
  events: MarkerEvent[];
  items: MarkerItem[];
  /** Events plus items: what the marker's size and badge show. */
  factCount: number;
  /** Events per type, in schema order (see toTypeCounts): a cluster sums its members' counts rather than recounting their events. */
  typeCounts: readonly number[];
  /** The most frequent event type here (ties go to the earlier type); null with no events. */
  dominantType: EventType | null;
}

const AREA_KINDS: readonly PlaceKind[] = ['water', 'region'];

const LANE_OF_TYPE = new Map<EventType, number>(EVENT_TYPES.map((type, lane) => [type, lane]));

/** How many of the events have each type, in schema order of the types. */
export function toTypeCounts(events: readonly Pick<FactsEvent, 'type'>[]): number[] {
  const counts = new Array<number>(EVENT_TYPES.length).fill(0);
  for (const event of events) {
    const lane = LANE_OF_TYPE.get(event.type) ?? 0;
    counts[lane] = (counts[lane] ?? 0) + 1;
  }
  return counts;
}

/** The type with the highest count (see toTypeCounts); ties go to the type listed first in the schema. */
export function toDominantTypeOfCounts(counts: readonly number[]): EventType | null {
  let best: EventType | null = null;
  let bestCount = 0;
  for (const [lane, type] of EVENT_TYPES.entries()) {
    const count = counts[lane] ?? 0;
    if (count > bestCount) {
      best = type;
      bestCount = count;
    }
  }
  return best;
}

/** The most frequent type among the events; ties go to the type listed first in the schema. */
export function toDominantType(events: readonly Pick<FactsEvent, 'type'>[]): EventType | null {
  return toDominantTypeOfCounts(toTypeCounts(events));
}

/** Marker radius in pixels: area grows with the fact count, clamped so one busy city cannot cover a country. */
export function toMarkerRadius(factCount: number): number {
  const radius = 6 + 2 * Math.sqrt(Math.max(0, factCount));
  return Math.round(Math.min(24, radius));
}

interface SortableEvent {
  marker: MarkerEvent;
  /** The title lower-cased, so ties sort case-blind with plain string comparison. */
  titleKey: string;
}

function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

// Plain comparisons, not Intl collation: sorting 40,000 events by collator took a fifth of a second at load.
function byStartThenTitle(a: SortableEvent, b: SortableEvent): number {
  return compareStrings(a.marker.start ?? '9999', b.marker.start ?? '9999') || compareStrings(a.titleKey, b.titleKey) || compareStrings(a.marker.title, b.marker.title);
}

/** The bundle's items in name order (a marker lists its items so) and each item's place in that order. */
interface RankedItems {
  byRank: readonly MarkerItem[];
  rankOf: ReadonlyMap<string, number>;
}

const rankedItemsOfBundles = new WeakMap<FactsBundle, RankedItems>();

function toRankedItems(bundle: FactsBundle): RankedItems {
  const cached = rankedItemsOfBundles.get(bundle);
  if (cached) return cached;
  const byRank = [...bundle.procurement].sort((a, b) => a.name.localeCompare(b.name)).map((item) => ({ id: item.id, name: item.name }));
  const ranked = { byRank, rankOf: new Map(byRank.map((item, rank) => [String(item.id), rank])) };
  rankedItemsOfBundles.set(bundle, ranked);
  return ranked;
}

interface PlaceEvent {
  marker: MarkerEvent;
  /** The event type's index in schema order (see toTypeCounts). */
  lane: number;
  /** The ranks (see RankedItems) of the event's items: numbers, so a marker's item list is built without string sets. */
  itemRanks: readonly number[];
  /** Position in popup order (by start, then title) among all the bundle's events. */
  order: number;
  /** The event's places, each once. */
  placeIds: readonly string[];
}

interface SortedPlaceEvents {
  byPlace: ReadonlyMap<string, readonly PlaceEvent[]>;
  /** Each event's entry at its position in the bundle. */
  atPosition: readonly PlaceEvent[];
}

const placeEventsOfBundles = new WeakMap<FactsBundle, SortedPlaceEvents>();

/** Shared by the many events that involve no item. */
const NO_ITEM_RANKS: readonly number[] = [];

function pushToGroups<T>(groups: Map<string, T[]>, keys: readonly string[], value: T): void {
  for (const key of keys) {
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
}

/** Each place's events in popup order (by start, then title): sorted once per bundle, so a filter change only regroups. */
function toSortedPlaceEvents(bundle: FactsBundle): SortedPlaceEvents {
  const cached = placeEventsOfBundles.get(bundle);
  if (cached) return cached;
  const { rankOf } = toRankedItems(bundle);
  const atPosition = bundle.events.map((event) => ({
    // The event itself is its marker entry (it has the fields a MarkerEvent names): no copy per event of the bundle.
    marker: event,
    lane: LANE_OF_TYPE.get(event.type) ?? 0,
    titleKey: event.title.toLowerCase(),
    itemRanks: event.itemIds.length === 0 ? NO_ITEM_RANKS : event.itemIds.flatMap((id) => rankOf.get(id) ?? []),
    order: 0,
    placeIds: event.placeIds.length > 1 ? [...new Set(event.placeIds)] : event.placeIds,
  }));
  const entries = [...atPosition].sort(byStartThenTitle);
  const byPlace = new Map<string, PlaceEvent[]>();
  for (const [order, entry] of entries.entries()) {
    entry.order = order;
    pushToGroups(byPlace, entry.placeIds, entry);
  }
  const sorted = { byPlace, atPosition };
  placeEventsOfBundles.set(bundle, sorted);
  return sorted;
}

/**
 * The visible events of each place, in popup order, by place id. A filter leaves a fraction of the events:
 * grouping those few (by place position, see FactIndex.eventPlacePositions) and sorting each place's short
 * list costs less than filtering every place's full list.
 */
function toVisiblePlaceEvents(bundle: FactsBundle, visible: VisibleFacts): (placeId: string) => readonly PlaceEvent[] {
  const { byPlace, atPosition } = toSortedPlaceEvents(bundle);
  if (visible.eventPositions === null) return (placeId) => byPlace.get(placeId) ?? [];
  const { eventPlacePositions, placePositions } = toFactIndex(bundle);
  const { starts, values } = eventPlacePositions;
  const groups = Array.from(bundle.places, (): PlaceEvent[] => []);
  for (const position of visible.eventPositions) {
    const entry = atPosition[position];
    const end = starts[position + 1] ?? 0;
    for (let index = starts[position] ?? 0; entry && index < end; index += 1) groups[values[index] ?? -1]?.push(entry);
  }
  for (const group of groups) if (group.length > 1) group.sort((a, b) => a.order - b.order);
  return (placeId) => groups[placePositions.get(placeId) ?? -1] ?? [];
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function sameMarker(a: MapMarker, b: MapMarker): boolean {
  return (
    a.placeId === b.placeId &&
    a.name === b.name &&
    a.lat === b.lat &&
    a.lon === b.lon &&
    a.dominantType === b.dominantType &&
    sameList(a.events, b.events) &&
    sameList(a.items, b.items)
  );
}

const previousMarkers = new WeakMap<FactsBundle, ReadonlyMap<string, MapMarker>>();

/**
 * One marker per visible place, with the visible events there and the items
 * those events involve. The map ignores the place filter itself (selecting a
 * place highlights it rather than hiding the others), so pass filters accordingly.
 * A place whose marker did not change keeps the previous marker object, so the
 * map redraws only the markers a filter change touched.
 */
export function toMapMarkers(bundle: FactsBundle, filters: FilterState): MapMarker[] {
  const visible = toVisibleFacts(bundle, filters);
  let markers = markersOfVisibleFacts.get(visible);
  if (!markers) {
    markers = toMarkersOfVisibleFacts(bundle, visible);
    markersOfVisibleFacts.set(visible, markers);
  }
  return markers;
}

// Kept as long as toVisibleFacts keeps the filtered facts, so going back to earlier filters (or clearing them) redraws at once.
const markersOfVisibleFacts = new WeakMap<VisibleFacts, MapMarker[]>();

function toMarkersOfVisibleFacts(bundle: FactsBundle, visible: VisibleFacts): MapMarker[] {
  const { byRank, rankOf } = toRankedItems(bundle);
  const visibleRanks = new Uint8Array(byRank.length);
  for (const item of visible.items) {
    const rank = rankOf.get(item.id);
    if (rank !== undefined) visibleRanks[rank] = 1;
  }
  // The place that last listed each item: dedupes a place's items with one number per item instead of a set per place.
  const listedFor = new Int32Array(byRank.length).fill(-1);
  const placeEvents = toVisiblePlaceEvents(bundle, visible);
  const previous = previousMarkers.get(bundle);
  const markers = visible.places.map((place, placeNumber) => {
    const ranks: number[] = [];
    const events: MarkerEvent[] = [];
    // Counted here, by the lane each entry carries: a busy place lists thousands of events.
    const typeCounts = new Array<number>(EVENT_TYPES.length).fill(0);
    for (const { marker, lane, itemRanks } of placeEvents(place.id)) {
      events.push(marker);
      typeCounts[lane] = (typeCounts[lane] ?? 0) + 1;
      for (const rank of itemRanks) {
        if (listedFor[rank] === placeNumber) continue;
        listedFor[rank] = placeNumber;
        if (visibleRanks[rank]) ranks.push(rank);
      }
    }
    const items = ranks.sort((a, b) => a - b).flatMap((rank) => byRank[rank] ?? []);
    const marker: MapMarker = {
      placeId: place.id,
      name: place.name,
      kind: place.kind,
      lat: place.lat,
      lon: place.lon,
      isArea: AREA_KINDS.includes(place.kind),
      events,
      items,
      factCount: events.length + items.length,
      typeCounts,
      dominantType: toDominantTypeOfCounts(typeCounts),
    };
    const before = previous?.get(place.id);
    return before && sameMarker(before, marker) ? before : marker;
  });
  previousMarkers.set(bundle, new Map(markers.map((marker) => [marker.placeId, marker])));
  return markers;
}

export interface Selection {
  place: string | null;
  event: string | null;
  item: string | null;
}

/** The places to highlight for a selection: the place itself, an event's places, or the places of an item's events. */
export function toHighlightedPlaceIds(bundle: FactsBundle, selection: Selection): Set<string> {
  const index = toFactIndex(bundle);
  const ids = new Set<string>();
  if (selection.place) ids.add(selection.place);
  const event = selection.event ? index.eventsById.get(selection.event) : undefined;
  const itemEvents = selection.item ? eventsAt(bundle, index.eventPositionsByItem.get(selection.item) ?? []) : [];
  for (const selected of event ? [event, ...itemEvents] : itemEvents) selected.placeIds.forEach((id) => ids.add(id));
  return ids;
}

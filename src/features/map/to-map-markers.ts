/** Which places the map draws, how big and in what colour: a pure view of the visible facts. */
import { EVENT_TYPES } from '../../../schema/bundle';
import type { FactsEvent, EventType, FactsBundle, PlaceKind } from '../../../schema/bundle';
import { toVisibleFacts } from '../../shared/filters/visible-facts';
import type { FilterState } from '../../shared/filters/visible-facts';

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
  /** The most frequent event type here (ties go to the earlier type); null with no events. */
  dominantType: EventType | null;
}

const AREA_KINDS: readonly PlaceKind[] = ['water', 'region'];

/** The most frequent type among the events; ties go to the type listed first in the schema. */
export function toDominantType(events: readonly Pick<FactsEvent, 'type'>[]): EventType | null {
  let best: EventType | null = null;
  let bestCount = 0;
  for (const type of EVENT_TYPES) {
    const count = events.filter((event) => event.type === type).length;
    if (count > bestCount) {
      best = type;
      bestCount = count;
    }
  }
  return best;
}

/** Marker radius in pixels: area grows with the fact count, clamped so one busy city cannot cover a country. */
export function toMarkerRadius(factCount: number): number {
  const radius = 6 + 2 * Math.sqrt(Math.max(0, factCount));
  return Math.round(Math.min(24, radius));
}

function byStartThenTitle(a: MarkerEvent, b: MarkerEvent): number {
  return (a.start ?? '9999').localeCompare(b.start ?? '9999') || a.title.localeCompare(b.title);
}

/**
 * One marker per visible place, with the visible events there and the items
 * those events involve. The map ignores the place filter itself (selecting a
 * place highlights it rather than hiding the others), so pass filters accordingly.
 */
export function toMapMarkers(bundle: FactsBundle, filters: FilterState): MapMarker[] {
  const visible = toVisibleFacts(bundle, filters);
  const visibleItems = new Map(visible.items.map((item) => [item.id, item]));
  const eventsByPlace = new Map<string, FactsEvent[]>();
  for (const event of visible.events) {
    for (const placeId of event.placeIds) {
      const list = eventsByPlace.get(placeId) ?? [];
      list.push(event);
      eventsByPlace.set(placeId, list);
    }
  }
  return visible.places.map((place) => {
    const placeEvents = eventsByPlace.get(place.id) ?? [];
    const itemIds = new Set(placeEvents.flatMap((event) => event.itemIds));
    const items = [...itemIds]
      .flatMap((id) => {
        const item = visibleItems.get(id);
        return item ? [{ id: item.id, name: item.name }] : [];
      })
      .sort((a, b) => a.name.localeCompare(b.name));
    const events = placeEvents
      .map((event) => ({ id: event.id, title: event.title, type: event.type, start: event.start }))
      .sort(byStartThenTitle);
    return {
      placeId: place.id,
      name: place.name,
      kind: place.kind,
      lat: place.lat,
      lon: place.lon,
      isArea: AREA_KINDS.includes(place.kind),
      events,
      items,
      factCount: events.length + items.length,
      dominantType: toDominantType(placeEvents),
    };
  });
}

export interface Selection {
  place: string | null;
  event: string | null;
  item: string | null;
}

/** The places to highlight for a selection: the place itself, an event's places, or the places of an item's events. */
export function toHighlightedPlaceIds(bundle: FactsBundle, selection: Selection): Set<string> {
  const ids = new Set<string>();
  if (selection.place) ids.add(selection.place);
  for (const event of bundle.events) {
    const selected = event.id === selection.event || (event.itemIds.some((id) => id === selection.item));
    if (selected) event.placeIds.forEach((id) => ids.add(id));
  }
  return ids;
}

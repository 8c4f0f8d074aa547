/**
 * Lookups every view needs, built once per bundle (each on first use, so the
 * first paint does not wait for them): at 10,000 articles a selection or
 * filter change must not scan 40,000 events or 10,000 articles to find one
 * record, or lower-case every title again for a search.
 */
import type { ArticleSummary, FactsBundle, FactsEvent, FactsPlace, FactsProcurementItem } from '../../../schema/bundle';

export interface FactIndex {
  placesById: ReadonlyMap<string, FactsPlace>;
  itemsById: ReadonlyMap<string, FactsProcurementItem>;
  eventsById: ReadonlyMap<string, FactsEvent>;
  articlesById: ReadonlyMap<string, ArticleSummary>;
  /** The events at each place, in bundle order. */
  eventsByPlace: ReadonlyMap<string, readonly FactsEvent[]>;
  /** The events involving each item, in bundle order. */
  eventsByItem: ReadonlyMap<string, readonly FactsEvent[]>;
  /**
   * Per event: its title, date words, place names and item names, lower-cased and joined by
   * SEARCH_TEXT_SEPARATOR, so the text search makes one substring test per event.
   */
  eventSearchText: ReadonlyMap<FactsEvent, string>;
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

function groupEvents(events: readonly FactsEvent[], keysOf: (event: FactsEvent) => readonly string[]): Map<string, FactsEvent[]> {
  const groups = new Map<string, FactsEvent[]>();
  for (const event of events) {
    for (const key of new Set(keysOf(event))) {
      const group = groups.get(key);
      if (group) group.push(event);
      else groups.set(key, [event]);
    }
  }
  return groups;
}

/** Between the fields of an event's search text: no search term contains it, so no match spans two fields. */
export const SEARCH_TEXT_SEPARATOR = '\u0000';

function toSearchText(texts: readonly (string | null | undefined)[]): string {
  return texts.flatMap((text) => (text ? [text.toLowerCase()] : [])).join(SEARCH_TEXT_SEPARATOR);
}

function toEventSearchText(bundle: FactsBundle, placesById: ReadonlyMap<string, FactsPlace>, itemsById: ReadonlyMap<string, FactsProcurementItem>): Map<FactsEvent, string> {
  return new Map(
    bundle.events.map((event) => [
      event,
      toSearchText([
        event.title,
        event.dateText,
        ...event.placeIds.map((id) => placesById.get(id)?.name),
        ...event.itemIds.map((id) => itemsById.get(id)?.name),
      ]),
    ]),
  );
}

/** A value worked out on first use: most lookups are needed only once a reader filters, searches or selects. */
function lazy<T>(compute: () => T): () => T {
  let value: { computed: T } | null = null;
  return () => {
    value ??= { computed: compute() };
    return value.computed;
  };
}

function buildFactIndex(bundle: FactsBundle): FactIndex {
  const placesById = lazy(() => byId(bundle.places));
  const itemsById = lazy(() => byId(bundle.procurement));
  const eventsById = lazy(() => byId(bundle.events));
  const articlesById = lazy(() => byId(bundle.articles));
  const eventsByPlace = lazy(() => groupEvents(bundle.events, (event) => event.placeIds));
  const eventsByItem = lazy(() => groupEvents(bundle.events, (event) => event.itemIds));
  const eventSearchText = lazy(() => toEventSearchText(bundle, placesById(), itemsById()));
  return {
    get placesById() {
      return placesById();
    },
    get itemsById() {
      return itemsById();
    },
    get eventsById() {
      return eventsById();
    },
    get articlesById() {
      return articlesById();
    },
    get eventsByPlace() {
      return eventsByPlace();
    },
    get eventsByItem() {
      return eventsByItem();
    },
    get eventSearchText() {
      return eventSearchText();
    },
  };
}

const indexes = new WeakMap<FactsBundle, FactIndex>();

/** The bundle's lookups, built on first use and kept as long as the bundle is. */
export function toFactIndex(bundle: FactsBundle): FactIndex {
  let index = indexes.get(bundle);
  if (!index) {
    index = buildFactIndex(bundle);
    indexes.set(bundle, index);
  }
  return index;
}

/** Builds each lookup of the bundle's index in turn; for idle time after the first paint, so the first filter or selection finds them ready. */
export function toIndexWarmers(bundle: FactsBundle): (() => void)[] {
  const index = toFactIndex(bundle);
  return [
    () => index.eventsByPlace,
    () => index.eventsByItem,
    () => index.eventsById,
    () => index.articlesById,
    () => index.eventSearchText,
  ];
}

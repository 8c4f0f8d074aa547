/**
 * Lookups every view needs, built once per bundle: at 10,000 articles a
 * selection or filter change must not scan 40,000 events or 10,000 articles
 * to find one record, or lower-case every title again for a search.
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
  /** Per event: its title, date words, place names and item names, lower-cased, for the text search. */
  eventSearchText: ReadonlyMap<FactsEvent, readonly string[]>;
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

function lowerCased(texts: readonly (string | null | undefined)[]): string[] {
  return texts.flatMap((text) => (text ? [text.toLowerCase()] : []));
}

function buildFactIndex(bundle: FactsBundle): FactIndex {
  const placesById = byId(bundle.places);
  const itemsById = byId(bundle.procurement);
  const eventSearchText = new Map(
    bundle.events.map((event) => [
      event,
      lowerCased([
        event.title,
        event.dateText,
        ...event.placeIds.map((id) => placesById.get(id)?.name),
        ...event.itemIds.map((id) => itemsById.get(id)?.name),
      ]),
    ]),
  );
  return {
    placesById,
    itemsById,
    eventsById: byId(bundle.events),
    articlesById: byId(bundle.articles),
    eventsByPlace: groupEvents(bundle.events, (event) => event.placeIds),
    eventsByItem: groupEvents(bundle.events, (event) => event.itemIds),
    eventSearchText,
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

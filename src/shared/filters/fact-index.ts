/**
 * Lookups every view needs, built once per bundle (each on first use, so the
 * first paint does not wait for them): at 10,000 articles a selection or
 * filter change must not scan 40,000 events or 10,000 articles to find one
 * record, or lower-case every title again for a search.
 */
import type { ArticleSummary, EventType, FactsBundle, FactsEvent, FactsPlace, FactsProcurementItem } from '../../../schema/bundle';

export interface FactIndex {
  placesById: ReadonlyMap<string, FactsPlace>;
  itemsById: ReadonlyMap<string, FactsProcurementItem>;
  eventsById: ReadonlyMap<string, FactsEvent>;
  articlesById: ReadonlyMap<string, ArticleSummary>;
  /** The positions in `bundle.events` of the events at each place, ascending: filters mark positions, not sets of events. */
  eventPositionsByPlace: ReadonlyMap<string, readonly number[]>;
  /** The positions in `bundle.events` of the events of each type, ascending. */
  eventPositionsByType: ReadonlyMap<EventType, readonly number[]>;
  /** The positions in `bundle.events` of the events involving each item, ascending. */
  eventPositionsByItem: ReadonlyMap<string, readonly number[]>;
  /**
   * The events' search texts (title, date words, place names and item names, lower-cased, fields joined by
   * SEARCH_TEXT_SEPARATOR), in bundle order, as a few long strings: a search scans each with indexOf
   * instead of testing every event's text (see toMatchingPositions).
   */
  eventSearchChunks: readonly SearchChunk[];
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

function pushToGroup<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const group = groups.get(key);
  if (group) group.push(value);
  else groups.set(key, [value]);
}

function pushToGroups(groups: Map<string, number[]>, keys: readonly string[], position: number): void {
  for (const key of keys.length > 1 ? new Set(keys) : keys) pushToGroup(groups, key, position);
}

/** The positions of the events of each type, ascending: a pass cheap enough to come first, for the first type filter. */
function groupPositionsByType(events: readonly FactsEvent[]): Map<EventType, number[]> {
  const groups = new Map<EventType, number[]>();
  events.forEach((event, position) => pushToGroup(groups, event.type, position));
  return groups;
}

interface PlaceAndItemPositions {
  byPlace: Map<string, number[]>;
  byItem: Map<string, number[]>;
}

/** The positions of the events per place and per item (each event once per key), ascending: one pass over the events. */
function groupPositionsByPlaceAndItem(events: readonly FactsEvent[]): PlaceAndItemPositions {
  const groups: PlaceAndItemPositions = { byPlace: new Map(), byItem: new Map() };
  events.forEach((event, position) => {
    pushToGroups(groups.byPlace, event.placeIds, position);
    pushToGroups(groups.byItem, event.itemIds, position);
  });
  return groups;
}

/** The events at these positions of the bundle, in the same order. */
export function eventsAt(bundle: FactsBundle, positions: readonly number[]): FactsEvent[] {
  return positions.flatMap((position) => bundle.events[position] ?? []);
}

/** Between the fields of an event's search text: no search term contains it, so no match spans two fields. */
export const SEARCH_TEXT_SEPARATOR = '\u0000';
/** After each event's search text in a chunk: no search term contains it, so no match spans two events. */
export const SEARCH_RECORD_SEPARATOR = '\u0001';

/** The search texts of consecutive events, each followed by SEARCH_RECORD_SEPARATOR. */
export interface SearchChunk {
  text: string;
  /** The bundle position of the chunk's first event. */
  first: number;
  /** Where each event's text starts in `text`, ascending. */
  starts: readonly number[];
}

function toLowerNames(records: readonly { id: string; name: string }[]): Map<string, string> {
  return new Map(records.map((record) => [record.id, record.name.toLowerCase()]));
}

/** Events whose search texts one idle slice builds: the whole list at 60,000 events would hold up an interaction. */
const SEARCH_CHUNK_EVENTS = 6_000;

/**
 * The events' search chunks, built one at a time (`warmChunk`) or all at once on first use (`all`).
 * Place and item names are lower-cased once each, not once per event that mentions them.
 */
function toSearchChunks(bundle: FactsBundle): { all: () => SearchChunk[]; warmChunk: () => void } {
  const chunks: SearchChunk[] = [];
  let built = 0;
  let names: { places: Map<string, string>; items: Map<string, string> } | null = null;
  const warmChunk = () => {
    if (built >= bundle.events.length) return;
    names ??= { places: toLowerNames(bundle.places), items: toLowerNames(bundle.procurement) };
    const { places, items } = names;
    const first = built;
    const end = Math.min(bundle.events.length, first + SEARCH_CHUNK_EVENTS);
    const texts: string[] = [];
    const starts: number[] = [];
    let offset = 0;
    for (const event of bundle.events.slice(first, end)) {
      // Appended field by field, not joined from an array per event: this runs for every event of the bundle.
      let text = event.title.toLowerCase();
      if (event.dateText) text += SEARCH_TEXT_SEPARATOR + event.dateText.toLowerCase();
      for (const id of event.placeIds) text += SEARCH_TEXT_SEPARATOR + (places.get(id) ?? '');
      for (const id of event.itemIds) text += SEARCH_TEXT_SEPARATOR + (items.get(id) ?? '');
      text += SEARCH_RECORD_SEPARATOR;
      starts.push(offset);
      texts.push(text);
      offset += text.length;
    }
    chunks.push({ text: texts.join(''), first, starts });
    built = end;
  };
  return {
    all: () => {
      while (built < bundle.events.length) warmChunk();
      return chunks;
    },
    warmChunk,
  };
}

/** A value worked out on first use: most lookups are needed only once a reader filters, searches or selects. */
function lazy<T>(compute: () => T): () => T {
  let value: { computed: T } | null = null;
  return () => {
    value ??= { computed: compute() };
    return value.computed;
  };
}

interface IndexBuild {
  index: FactIndex;
  /** Steps that build the index's lookups ahead of use, each short enough for an idle slice. */
  warmers: (() => void)[];
}

function buildFactIndex(bundle: FactsBundle): IndexBuild {
  const placesById = lazy(() => byId(bundle.places));
  const itemsById = lazy(() => byId(bundle.procurement));
  const eventsById = lazy(() => byId(bundle.events));
  const articlesById = lazy(() => byId(bundle.articles));
  const positionsByType = lazy(() => groupPositionsByType(bundle.events));
  const placeAndItemPositions = lazy(() => groupPositionsByPlaceAndItem(bundle.events));
  const searchChunks = toSearchChunks(bundle);
  const eventSearchChunks = lazy(searchChunks.all);
  const index: FactIndex = {
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
    get eventPositionsByPlace() {
      return placeAndItemPositions().byPlace;
    },
    get eventPositionsByType() {
      return positionsByType();
    },
    get eventPositionsByItem() {
      return placeAndItemPositions().byItem;
    },
    get eventSearchChunks() {
      return eventSearchChunks();
    },
  };
  // In the order a reader tends to need them: filters first, then selections, then search.
  // One step runs per idle period, so the cheap lookups share a step and no step is much longer than another.
  const warmers = [
    positionsByType,
    placeAndItemPositions,
    () => {
      placesById();
      articlesById();
      itemsById();
      searchChunks.warmChunk();
    },
    ...Array.from({ length: Math.ceil(bundle.events.length / SEARCH_CHUNK_EVENTS) - 1 }, () => searchChunks.warmChunk),
    eventsById,
  ];
  return { index, warmers };
}

const builds = new WeakMap<FactsBundle, IndexBuild>();

function toIndexBuild(bundle: FactsBundle): IndexBuild {
  let build = builds.get(bundle);
  if (!build) {
    build = buildFactIndex(bundle);
    builds.set(bundle, build);
  }
  return build;
}

/** The bundle's lookups, built on first use and kept as long as the bundle is. */
export function toFactIndex(bundle: FactsBundle): FactIndex {
  return toIndexBuild(bundle).index;
}

/**
 * Steps that build the lookups of the bundle's index, each a few milliseconds; for idle time after the
 * first paint, so the first filter or selection finds them ready and no step holds up an interaction.
 */
export function toIndexWarmers(bundle: FactsBundle): (() => void)[] {
  return [...toIndexBuild(bundle).warmers];
}

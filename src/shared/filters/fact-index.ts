/**
 * Lookups every view needs, built once per bundle (each on first use, so the
 * first paint does not wait for them): at 10,000 articles a selection or
 * filter change must not scan 40,000 events or 10,000 articles to find one
 * record, or lower-case every title again for a search.
 */
import type { ArticleSummary, EventType, FactsBundle, FactsEvent, FactsPlace, FactsProcurementItem, FactsSource } from '../../../schema/bundle';

export interface FactIndex {
  placesById: ReadonlyMap<string, FactsPlace>;
  itemsById: ReadonlyMap<string, FactsProcurementItem>;
  eventsById: ReadonlyMap<string, FactsEvent>;
  articlesById: ReadonlyMap<string, ArticleSummary>;
  /** The articles oldest publication first, undated last, ties by id: a place cited by thousands of articles lists its first few in this order. */
  articlesInReadingOrder: readonly ArticleSummary[];
  /** Each article's position in `articlesInReadingOrder`, by id: a list of sources is put in reading order by comparing numbers. */
  articleReadingRanks: ReadonlyMap<string, number>;
  /** The positions in `bundle.events` of the events at each of the bundle's places, ascending: filters mark positions, not sets of events. */
  eventPositionsByPlace: ReadonlyMap<string, readonly number[]>;
  /** The positions in `bundle.events` of the events of each type, ascending. */
  eventPositionsByType: ReadonlyMap<EventType, readonly number[]>;
  /** The positions in `bundle.events` of the events involving each of the bundle's items, ascending. */
  eventPositionsByItem: ReadonlyMap<string, readonly number[]>;
  /**
   * Per event, the positions in `bundle.places` of its places, each once (ids the bundle lacks left out): a filter marks
   * the places of thousands of events in a typed array instead of collecting their ids in a set.
   */
  eventPlacePositions: PositionLists;
  /** Per event, the positions in `bundle.procurement` of its items, each once, likewise. */
  eventItemPositions: PositionLists;
  /** Each place's position in `bundle.places`, by id. */
  placePositions: ReadonlyMap<string, number>;
  /** The distinct articles behind a list of sources, by reading rank: kept per list, and built ahead for the most-cited places. */
  articlesOfSources: (sources: readonly FactsSource[]) => SourceArticles;
  /** Each item's name, category and aliases, lower-cased, joined by SEARCH_TEXT_SEPARATOR, at its position in `bundle.procurement`. */
  itemSearchTexts: readonly string[];
  /** Each place's name, lower-cased, at its position in `bundle.places`. */
  placeSearchTexts: readonly string[];
  /**
   * The events' search texts (title, date words, place names and item names, lower-cased, fields joined by
   * SEARCH_TEXT_SEPARATOR), in bundle order, as a few long strings: a search scans each with indexOf
   * instead of testing every event's text (see toMatchingPositions).
   */
  eventSearchChunks: readonly SearchChunk[];
}

/** A list of positions per event, flattened: event `e`'s are `values[starts[e]]` up to `values[starts[e + 1]]`. */
export interface PositionLists {
  starts: Int32Array;
  values: Int32Array;
}

/** The positions of each event's ids (`idsOf`) among the records, each once: one flat pass, no array per event. */
function toPositionLists(events: readonly FactsEvent[], idsOf: (event: FactsEvent) => readonly string[], positions: ReadonlyMap<string, number>): PositionLists {
  const starts = new Int32Array(events.length + 1);
  const values: number[] = [];
  events.forEach((event, index) => {
    const first = values.length;
    for (const id of idsOf(event)) {
      const position = positions.get(id);
      if (position !== undefined && !values.includes(position, first)) values.push(position);
    }
    starts[index + 1] = values.length;
  });
  return { starts, values: Int32Array.from(values) };
}

/**
 * A mark (1) at the position of every record the events at `eventPositions` refer to in `lists`,
 * for `recordCount` records; all events when `eventPositions` is null.
 */
export function toReferencedMarks(lists: PositionLists, eventPositions: readonly number[] | null, recordCount: number): Uint8Array {
  const marks = new Uint8Array(recordCount);
  const { starts, values } = lists;
  const mark = (event: number) => {
    const end = starts[event + 1] ?? 0;
    for (let index = starts[event] ?? 0; index < end; index += 1) marks[values[index] ?? 0] = 1;
  };
  if (eventPositions) for (const event of eventPositions) mark(event);
  else for (let event = 0; event < starts.length - 1; event += 1) mark(event);
  return marks;
}

function toPositionsById(records: readonly { id: string }[]): Map<string, number> {
  return new Map(records.map((record, position) => [record.id, position]));
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

function pushToGroup<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const group = groups.get(key);
  if (group) group.push(value);
  else groups.set(key, [value]);
}

/** The positions of the events of each type, ascending: a pass cheap enough to come first, for the first type filter. */
function groupPositionsByType(events: readonly FactsEvent[]): Map<EventType, number[]> {
  const groups = new Map<EventType, number[]>();
  events.forEach((event, position) => pushToGroup(groups, event.type, position));
  return groups;
}

/**
 * The positions of the events referring to each record (see PositionLists), ascending, by the record's id;
 * records no event refers to are left out. Inverted from the per-event lists with numbers only: no id is looked up again.
 */
function toEventPositionsByRecord({ starts, values }: PositionLists, records: readonly { id: string }[]): Map<string, number[]> {
  const groups = Array.from(records, (): number[] => []);
  for (let event = 0; event < starts.length - 1; event += 1) {
    const end = starts[event + 1] ?? 0;
    for (let index = starts[event] ?? 0; index < end; index += 1) groups[values[index] ?? -1]?.push(event);
  }
  const groupsById = new Map<string, number[]>();
  records.forEach((record, position) => {
    const group = groups[position];
    if (group && group.length > 0) groupsById.set(record.id, group);
  });
  return groupsById;
}

/** The articles behind a list of sources, in reading-rank terms (see FactIndex.articleReadingRanks). */
export interface SourceArticles {
  /** Per source: its article's reading rank, or -1 when the bundle lacks the article. */
  sourceRanks: Int32Array;
  /** The ranks of the distinct articles, ascending: the articles in reading order. */
  ranks: Int32Array;
  /** The ids of the distinct articles the bundle lacks. */
  missing: readonly string[];
}

function toSourceArticles(sources: readonly FactsSource[], readingRanks: ReadonlyMap<string, number>): SourceArticles {
  const seen = new Uint8Array(readingRanks.size);
  const sourceRanks = new Int32Array(sources.length);
  const ranks: number[] = [];
  const missing = new Set<string>();
  sources.forEach((source, index) => {
    const articleId = String(source.articleId);
    const rank = readingRanks.get(articleId) ?? -1;
    sourceRanks[index] = rank;
    if (rank < 0) missing.add(articleId);
    else if (!seen[rank]) {
      seen[rank] = 1;
      ranks.push(rank);
    }
  });
  // Typed arrays sort numerically, natively.
  return { sourceRanks, ranks: Int32Array.from(ranks).sort(), missing: [...missing] };
}

/**
 * Places cited this often have their sources' articles ranked ahead, in idle time: the pass over thousands
 * of sources, run once and cold, would otherwise hold up selecting them. Shorter lists are ranked on selection.
 */
const PREPARED_SOURCE_COUNT = 1_000;

/** The day an undated article sorts under: after every publication day. */
export const UNDATED_READING_DAY = '9999';

const articleIdOrder = new Intl.Collator();

interface ArticleReadingOrder {
  articles: ArticleSummary[];
  ranks: Map<string, number>;
}

/**
 * The articles oldest publication first, undated last, ties by id in collation order. Grouped by day first,
 * so the (slow) collator only orders the few articles of one day; each id is ranked once.
 */
function toArticleReadingOrder(articles: readonly ArticleSummary[]): ArticleReadingOrder {
  const byDay = new Map<string, ArticleSummary[]>();
  for (const article of articles) pushToGroup(byDay, article.published ? String(article.published) : UNDATED_READING_DAY, article);
  const order: ArticleReadingOrder = { articles: [], ranks: new Map() };
  // ISO days sort as plain strings.
  for (const day of [...byDay.keys()].sort()) {
    for (const article of byDay.get(day)?.sort((a, b) => articleIdOrder.compare(a.id, b.id)) ?? []) {
      if (order.ranks.has(article.id)) continue;
      order.ranks.set(article.id, order.articles.length);
      order.articles.push(article);
    }
  }
  return order;
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

function toItemSearchText(item: FactsProcurementItem): string {
  return [item.name, item.category, ...item.aliases].join(SEARCH_TEXT_SEPARATOR).toLowerCase();
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
  const articleReadingOrder = lazy(() => toArticleReadingOrder(bundle.articles));
  const sourceArticles = new WeakMap<readonly FactsSource[], SourceArticles>();
  const articlesOfSources = (sources: readonly FactsSource[]) => {
    let articles = sourceArticles.get(sources);
    if (!articles) {
      articles = toSourceArticles(sources, articleReadingOrder().ranks);
      sourceArticles.set(sources, articles);
    }
    return articles;
  };
  const positionsByType = lazy(() => groupPositionsByType(bundle.events));
  const itemSearchTexts = lazy(() => bundle.procurement.map(toItemSearchText));
  const placeSearchTexts = lazy(() => bundle.places.map((place) => place.name.toLowerCase()));
  const searchChunks = toSearchChunks(bundle);
  const eventSearchChunks = lazy(searchChunks.all);
  const placePositions = lazy(() => toPositionsById(bundle.places));
  const eventPlacePositions = lazy(() => toPositionLists(bundle.events, (event) => event.placeIds, placePositions()));
  const eventItemPositions = lazy(() => toPositionLists(bundle.events, (event) => event.itemIds, toPositionsById(bundle.procurement)));
  const eventPositionsByPlace = lazy(() => toEventPositionsByRecord(eventPlacePositions(), bundle.places));
  const eventPositionsByItem = lazy(() => toEventPositionsByRecord(eventItemPositions(), bundle.procurement));
  const index: FactIndex = {
    articlesOfSources,
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
    get articlesInReadingOrder() {
      return articleReadingOrder().articles;
    },
    get articleReadingRanks() {
      return articleReadingOrder().ranks;
    },
    get eventPositionsByPlace() {
      return eventPositionsByPlace();
    },
    get eventPositionsByType() {
      return positionsByType();
    },
    get eventPositionsByItem() {
      return eventPositionsByItem();
    },
    get itemSearchTexts() {
      return itemSearchTexts();
    },
    get placeSearchTexts() {
      return placeSearchTexts();
    },
    get eventSearchChunks() {
      return eventSearchChunks();
    },
    get eventPlacePositions() {
      return eventPlacePositions();
    },
    get eventItemPositions() {
      return eventItemPositions();
    },
    get placePositions() {
      return placePositions();
    },
  };
  // In the order a reader tends to need them: filters first, then selections, then search.
  // One step runs per idle period, so the cheap lookups share a step and no step is much longer than another.
  const warmers = [
    positionsByType,
    eventPlacePositions,
    eventItemPositions,
    () => {
      eventPositionsByPlace();
      eventPositionsByItem();
    },
    () => {
      itemSearchTexts();
      placeSearchTexts();
    },
    articleReadingOrder,
    ...bundle.places
      .filter((place) => place.sources.length >= PREPARED_SOURCE_COUNT)
      .sort((a, b) => b.sources.length - a.sources.length)
      .map((place) => () => articlesOfSources(place.sources)),
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

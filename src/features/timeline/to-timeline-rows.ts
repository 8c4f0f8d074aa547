/** The timeline's rows: visible events placed on a time axis, one lane per event type. */
import { EVENT_TYPES } from '../../../schema/bundle';
import type { FactsEvent, EventStatus, EventType, FactsBundle, Precision } from '../../../schema/bundle';
import { eventsAt, toFactIndex } from '../../shared/filters/fact-index';
import { toVisibleEventTest, toVisibleFacts } from '../../shared/filters/visible-facts';
import type { FilterState, VisibleFacts } from '../../shared/filters/visible-facts';

export const DAY_MS = 86_400_000;

export interface TimelineEvent {
  id: string;
  type: EventType;
  title: string;
  status: EventStatus;
  disputed: boolean;
  /** The event's own list, shared: rows are made for every event of the bundle at load. */
  itemIds: readonly string[];
}

export interface TimelineRow extends TimelineEvent {
  /** Lane index, in schema order of the event types. */
  lane: number;
  start: string;
  end: string;
  /** Start of the first day, UTC. */
  startMs: number;
  /** End of the last day (exclusive), UTC: a one-day event is one day wide. */
  endMs: number;
  precision: Precision;
  /** The source's own words for the date, e.g. "by the end of 2021". */
  dateText: string | null;
}

export interface TimelineRows {
  dated: TimelineRow[];
  undated: TimelineEvent[];
}

/** Milliseconds since the epoch for the start of an ISO day (UTC). */
export function toDayMs(isoDay: string): number {
  return Date.parse(`${isoDay}T00:00:00Z`);
}

const isoDaysOfMidnights = new Map<number, string>();

/**
 * The ISO day containing a UTC instant. Kept per midnight: every bucket's label names its first and
 * last day, hundreds of buckets are redrawn on each filter change, and the data spans a few thousand days.
 */
export function toIsoDay(ms: number): string {
  if (ms % DAY_MS !== 0) return new Date(ms).toISOString().slice(0, 10);
  let day = isoDaysOfMidnights.get(ms);
  if (day === undefined) {
    day = new Date(ms).toISOString().slice(0, 10);
    isoDaysOfMidnights.set(ms, day);
  }
  return day;
}

export function laneOf(type: EventType): number {
  return EVENT_TYPES.indexOf(type);
}

function toTimelineEvent(event: FactsEvent): TimelineEvent {
  return {
    id: event.id,
    type: event.type,
    title: event.title,
    status: event.status,
    disputed: event.disputes.length > 0,
    itemIds: event.itemIds,
  };
}

function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function byStartThenId(a: TimelineRow, b: TimelineRow): number {
  return a.startMs - b.startMs || a.endMs - b.endMs || compareIds(a.id, b.id);
}

/** toDayMs parsing each distinct day once: tens of thousands of events share a few thousand days. */
function toCachedDayMs(): (isoDay: string) => number {
  const cache = new Map<string, number>();
  return (isoDay) => {
    let ms = cache.get(isoDay);
    if (ms === undefined) {
      ms = toDayMs(isoDay);
      cache.set(isoDay, ms);
    }
    return ms;
  };
}

function toRow(event: FactsEvent, start: string, dayMsOf: (isoDay: string) => number): TimelineRow {
  const end = event.end && event.end >= start ? event.end : start;
  // One object literal, not toTimelineEvent spread into one: V8 gave the spread-then-extended rows of a
  // 60,000-event bundle a slow layout, about 200 ms to build in Node and slower to read afterwards.
  return {
    id: event.id,
    type: event.type,
    title: event.title,
    status: event.status,
    disputed: event.disputes.length > 0,
    itemIds: event.itemIds,
    lane: laneOf(event.type),
    start,
    end,
    startMs: dayMsOf(start),
    endMs: dayMsOf(end) + DAY_MS,
    precision: event.precision ?? 'day',
    dateText: event.dateText,
  };
}

interface SortedRows extends TimelineRows {
  /** Per bundle position: the event's index in `dated`, or for an undated event -1 minus its index in `undated`. */
  indexAt: Int32Array;
}

const sortedRowsOfBundles = new WeakMap<FactsBundle, SortedRows>();

/** Every event of the bundle as a row, in timeline order: made and sorted once, so a filter change only picks rows. */
function toSortedRows(bundle: FactsBundle): SortedRows {
  const cached = sortedRowsOfBundles.get(bundle);
  if (cached) return cached;
  const dated: { position: number; row: TimelineRow }[] = [];
  const undated: { position: number; row: TimelineEvent }[] = [];
  const dayMsOf = toCachedDayMs();
  bundle.events.forEach((event, position) => {
    if (event.start) dated.push({ position, row: toRow(event, event.start, dayMsOf) });
    else undated.push({ position, row: toTimelineEvent(event) });
  });
  dated.sort((a, b) => byStartThenId(a.row, b.row));
  undated.sort((a, b) => a.row.title.localeCompare(b.row.title));
  const indexAt = new Int32Array(bundle.events.length);
  dated.forEach(({ position }, index) => {
    indexAt[position] = index;
  });
  undated.forEach(({ position }, index) => {
    indexAt[position] = -1 - index;
  });
  const sorted = { dated: dated.map(({ row }) => row), undated: undated.map(({ row }) => row), indexAt };
  sortedRowsOfBundles.set(bundle, sorted);
  return sorted;
}

/** The rows of the visible events in timeline order: their indices in the sorted rows, sorted, so a filter costs its own events only. */
function toVisibleRows(sorted: SortedRows, positions: readonly number[]): TimelineRows {
  const datedIndices = new Int32Array(positions.length);
  const undatedIndices = new Int32Array(positions.length);
  let datedCount = 0;
  let undatedCount = 0;
  for (const position of positions) {
    const index = sorted.indexAt[position] ?? 0;
    if (index >= 0) datedIndices[datedCount++] = index;
    else undatedIndices[undatedCount++] = -1 - index;
  }
  // Typed arrays sort numerically, natively; the rows are then picked in one loop, with no array per row.
  const pick = <Row>(indices: Int32Array, rows: readonly Row[]): Row[] => {
    const picked: Row[] = [];
    for (const index of indices.sort()) {
      const row = rows[index];
      if (row) picked.push(row);
    }
    return picked;
  };
  return { dated: pick(datedIndices.subarray(0, datedCount), sorted.dated), undated: pick(undatedIndices.subarray(0, undatedCount), sorted.undated) };
}

const rowsOfVisibleFacts = new WeakMap<VisibleFacts, TimelineRows>();

/**
 * Visible events as timeline rows, sorted by start; events with no date are kept apart to be listed.
 * Kept per filtered result, so the chart and the overview share the rows when no date range is set.
 */
export function toTimelineRows(bundle: FactsBundle, filters: FilterState): TimelineRows {
  const visible = toVisibleFacts(bundle, filters);
  let rows = rowsOfVisibleFacts.get(visible);
  if (!rows) {
    const sorted = toSortedRows(bundle);
    rows = visible.eventPositions === null ? { dated: sorted.dated, undated: sorted.undated } : toVisibleRows(sorted, visible.eventPositions);
    rowsOfVisibleFacts.set(visible, rows);
  }
  return rows;
}

/** The first and the last start of the bundle's dated events, filters aside; null with none. */
export function toRecordSpan(bundle: FactsBundle): readonly [number, number] | null {
  const { dated } = toSortedRows(bundle);
  const first = dated[0];
  const last = dated.at(-1);
  return first && last ? [first.startMs, last.startMs] : null;
}

/** The visible events a selection highlights: their ids, and the dated ones placed as rows for counting per bucket. */
export interface HighlightedEvents {
  ids: ReadonlySet<string>;
  dated: Pick<TimelineRow, 'id' | 'type' | 'lane' | 'startMs'>[];
}

const NOTHING_HIGHLIGHTED: HighlightedEvents = { ids: new Set(), dated: [] };

/**
 * The visible events to highlight: the selected event, or every event involving the selected item.
 * Found through the bundle's index, not by scanning every row for the item.
 */
export function toHighlightedEvents(bundle: FactsBundle, filters: FilterState, selection: { event: string | null; item: string | null }): HighlightedEvents {
  if (!selection.event && !selection.item) return NOTHING_HIGHLIGHTED;
  const index = toFactIndex(bundle);
  const event = selection.event ? index.eventsById.get(selection.event) : undefined;
  const itemEvents = selection.item ? eventsAt(bundle, index.eventPositionsByItem.get(selection.item) ?? []) : [];
  const isVisible = toVisibleEventTest(bundle, toVisibleFacts(bundle, filters));
  const ids = new Set<string>();
  const dated: HighlightedEvents['dated'] = [];
  for (const selected of event ? [event, ...itemEvents] : itemEvents) {
    if (!isVisible(selected) || ids.has(selected.id)) continue;
    ids.add(selected.id);
    if (selected.start) dated.push({ id: selected.id, type: selected.type, lane: laneOf(selected.type), startMs: toDayMs(selected.start) });
  }
  return { ids, dated };
}

/** The timeline's rows: visible events placed on a time axis, one lane per event type. */
import { EVENT_TYPES } from '../../../schema/bundle';
import type { FactsEvent, EventStatus, EventType, FactsBundle, Precision } from '../../../schema/bundle';
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

/** The ISO day containing a UTC instant. */
export function toIsoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
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
  return {
    ...toTimelineEvent(event),
    lane: laneOf(event.type),
    start,
    end,
    startMs: dayMsOf(start),
    endMs: dayMsOf(end) + DAY_MS,
    precision: event.precision ?? 'day',
    dateText: event.dateText,
  };
}

interface SortedRows {
  dated: { event: FactsEvent; row: TimelineRow }[];
  undated: { event: FactsEvent; row: TimelineEvent }[];
}

const sortedRowsOfBundles = new WeakMap<FactsBundle, SortedRows>();

/** Every event of the bundle as a row, in timeline order: made and sorted once, so a filter change only filters. */
function toSortedRows(bundle: FactsBundle): SortedRows {
  const cached = sortedRowsOfBundles.get(bundle);
  if (cached) return cached;
  const dated: SortedRows['dated'] = [];
  const undated: SortedRows['undated'] = [];
  const dayMsOf = toCachedDayMs();
  for (const event of bundle.events) {
    if (event.start) dated.push({ event, row: toRow(event, event.start, dayMsOf) });
    else undated.push({ event, row: toTimelineEvent(event) });
  }
  dated.sort((a, b) => byStartThenId(a.row, b.row));
  undated.sort((a, b) => a.row.title.localeCompare(b.row.title));
  const sorted = { dated, undated };
  sortedRowsOfBundles.set(bundle, sorted);
  return sorted;
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
    const isVisible = toVisibleEventTest(bundle, visible);
    const keep = ({ event }: { event: FactsEvent }) => isVisible(event);
    rows = { dated: sorted.dated.filter(keep).map(({ row }) => row), undated: sorted.undated.filter(keep).map(({ row }) => row) };
    rowsOfVisibleFacts.set(visible, rows);
  }
  return rows;
}

/** The event ids to highlight: the selected event, or every event involving the selected item. */
export function toHighlightedEventIds(rows: readonly TimelineEvent[], selection: { event: string | null; item: string | null }): Set<string> {
  if (!selection.event && !selection.item) return new Set();
  return new Set(
    rows
      .filter((row) => row.id === selection.event || (selection.item !== null && row.itemIds.includes(selection.item)))
      .map((row) => row.id),
  );
}

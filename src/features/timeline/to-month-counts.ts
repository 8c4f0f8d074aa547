/** The overview strip under the timeline: events per month over the whole (undated-range) span. */
import { toBucketEnd, toBucketStart } from './to-lane-buckets';
import { toIsoDay } from './to-timeline-rows';
import type { TimelineRow } from './to-timeline-rows';

export interface MonthCount {
  /** YYYY-MM, for the brush's labels. */
  month: string;
  startMs: number;
  endMs: number;
  count: number;
}

const monthCountsOfRows = new WeakMap<readonly Pick<TimelineRow, 'startMs'>[], { span: readonly [number, number] | null; months: MonthCount[] }>();

/**
 * Every month from the first event's to the last's, empty months included, with its event count; from the
 * month of `span`'s start to that of its end instead when given (the whole record, so the strip keeps its
 * months while filters change its counts). Kept per rows list (the timeline's rows are cached per filter
 * state), so clearing a filter or going back recounts nothing.
 */
export function toMonthCounts(rows: readonly Pick<TimelineRow, 'startMs'>[], span: readonly [number, number] | null = null): MonthCount[] {
  const cached = monthCountsOfRows.get(rows);
  if (cached && cached.span?.[0] === span?.[0] && cached.span?.[1] === span?.[1]) return cached.months;
  const months = countMonths(rows, span);
  monthCountsOfRows.set(rows, { span, months });
  return months;
}

function countMonths(rows: readonly Pick<TimelineRow, 'startMs'>[], span: readonly [number, number] | null): MonthCount[] {
  if (rows.length === 0 && !span) return [];
  // Tens of thousands of events share a few thousand days: count per day, then fold the days into months.
  const dayCounts = new Map<number, number>();
  for (const row of rows) dayCounts.set(row.startMs, (dayCounts.get(row.startMs) ?? 0) + 1);
  const counts = new Map<number, number>();
  for (const [dayMs, count] of dayCounts) {
    const month = toBucketStart(dayMs, 'month');
    counts.set(month, (counts.get(month) ?? 0) + count);
  }
  const first = span ? toBucketStart(span[0], 'month') : Math.min(...counts.keys());
  const last = span ? toBucketStart(span[1], 'month') : Math.max(...counts.keys());
  const months: MonthCount[] = [];
  for (let startMs = first; startMs <= last; startMs = toBucketEnd(startMs, 'month')) {
    const endMs = toBucketEnd(startMs, 'month');
    months.push({ month: toIsoDay(startMs).slice(0, 7), startMs, endMs, count: counts.get(startMs) ?? 0 });
  }
  return months;
}

/** Where a brush handle can sit: the start of a month, or the end of the last month. */
export interface MonthBoundary {
  /** YYYY-MM of the month starting here, for the handle's label. */
  month: string;
  startMs: number;
}

let lastBoundaries: { first: number | undefined; count: number; boundaries: MonthBoundary[] } = { first: undefined, count: 0, boundaries: [] };

/**
 * The brush's positions: one boundary before each month and one after the last,
 * so the handles sit between months and a range of whole months, even a single
 * one, shows as the months between them. Months run without a gap, so the first
 * and their count name them: the list is kept for the last span asked, and a filter
 * that changes only the counts gets the same list (the brush's chart keeps its data).
 */
export function toMonthBoundaries(months: readonly MonthCount[]): MonthBoundary[] {
  const first = months[0]?.startMs;
  if (first === lastBoundaries.first && months.length === lastBoundaries.count) return lastBoundaries.boundaries;
  const last = months.at(-1);
  const boundaries = months.map((month) => ({ month: month.month, startMs: month.startMs }));
  lastBoundaries = { first, count: months.length, boundaries: last ? [...boundaries, { month: toIsoDay(last.endMs).slice(0, 7), startMs: last.endMs }] : boundaries };
  return lastBoundaries.boundaries;
}

/** The brush handles (month boundaries) around a date range: before the month of `from`, after the month of `to`. */
export function toBrushIndices(months: readonly MonthCount[], from: string | null, to: string | null): { startIndex: number; endIndex: number } {
  const fromMonth = from?.slice(0, 7);
  const toMonth = to?.slice(0, 7);
  const firstAfter = fromMonth ? months.findIndex((month) => month.month >= fromMonth) : 0;
  const startIndex = firstAfter < 0 ? Math.max(0, months.length - 1) : firstAfter;
  const endIndex = toMonth ? months.findLastIndex((month) => month.month <= toMonth) + 1 : months.length;
  return { startIndex, endIndex: Math.max(endIndex, startIndex + 1) };
}

/** The date range between two handles: whole months, at least one; a handle left at either end leaves that side open. */
export function toBrushRange(months: readonly MonthCount[], startIndex: number, endIndex: number): { from: string | null; to: string | null } {
  const start = Math.min(startIndex, months.length - 1);
  const end = Math.max(endIndex, start + 1);
  const first = start > 0 ? months[start] : undefined;
  const last = end < months.length ? months[end - 1] : undefined;
  return { from: first ? toIsoDay(first.startMs) : null, to: last ? toIsoDay(last.endMs - 1) : null };
}

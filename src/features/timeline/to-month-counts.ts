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

/** Every month from the first event's to the last's, empty months included, with its event count. */
export function toMonthCounts(rows: readonly Pick<TimelineRow, 'startMs'>[]): MonthCount[] {
  if (rows.length === 0) return [];
  const counts = new Map<number, number>();
  for (const row of rows) {
    const month = toBucketStart(row.startMs, 'month');
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  const months: MonthCount[] = [];
  for (let startMs = first; startMs <= last; startMs = toBucketEnd(startMs, 'month')) {
    const endMs = toBucketEnd(startMs, 'month');
    months.push({ month: toIsoDay(startMs).slice(0, 7), startMs, endMs, count: counts.get(startMs) ?? 0 });
  }
  return months;
}

/** The brush handles for a date range: the months containing `from` and `to`, or the whole span. */
export function toBrushIndices(months: readonly MonthCount[], from: string | null, to: string | null): { startIndex: number; endIndex: number } {
  const lastIndex = Math.max(0, months.length - 1);
  const fromMonth = from?.slice(0, 7);
  const toMonth = to?.slice(0, 7);
  const startIndex = fromMonth ? months.findIndex((month) => month.month >= fromMonth) : 0;
  const endIndex = toMonth ? months.findLastIndex((month) => month.month <= toMonth) : lastIndex;
  return {
    startIndex: startIndex < 0 ? lastIndex : startIndex,
    endIndex: endIndex < 0 ? 0 : Math.max(endIndex, startIndex < 0 ? lastIndex : startIndex),
  };
}

/** The date range a brush selection stands for; a handle left at either end leaves that side open. */
export function toBrushRange(months: readonly MonthCount[], startIndex: number, endIndex: number): { from: string | null; to: string | null } {
  const first = startIndex > 0 ? months[startIndex] : undefined;
  const last = endIndex < months.length - 1 ? months[endIndex] : undefined;
  return { from: first ? toIsoDay(first.startMs) : null, to: last ? toIsoDay(last.endMs - 1) : null };
}

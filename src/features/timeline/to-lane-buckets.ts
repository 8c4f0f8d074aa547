/** Aggregation for large timelines: counts per lane per week or month instead of thousands of overlapping bars. */
import type { EventType } from '../../../schema/bundle';
import { DAY_MS } from './to-timeline-rows';
import type { TimelineRow } from './to-timeline-rows';

export type BucketSize = 'week' | 'month';

export interface LaneBucket {
  type: EventType;
  lane: number;
  startMs: number;
  /** Exclusive end: the start of the next bucket. */
  endMs: number;
  count: number;
  /** How many of the bucket's events are highlighted (the selected event, or the selected item's events). */
  highlightedCount: number;
}

/** Beyond this many bars in view, lanes show counts per bucket instead. */
export const MAX_INDIVIDUAL_BARS = 300;

/** Weekly buckets while a week stays wide enough to see; monthly beyond about three years. */
const MAX_WEEKS_IN_VIEW = 160;

/** Whether to draw individual bars (null) or counts per week or month for this many rows over this span. */
export function toBucketSize(rowCount: number, domain: readonly [number, number]): BucketSize | null {
  if (rowCount <= MAX_INDIVIDUAL_BARS) return null;
  const weeks = (domain[1] - domain[0]) / (7 * DAY_MS);
  return weeks <= MAX_WEEKS_IN_VIEW ? 'week' : 'month';
}

/** Start of the bucket containing `ms` (UTC): Monday of its ISO week, or the first of its month. */
export function toBucketStart(ms: number, size: BucketSize): number {
  const date = new Date(ms);
  if (size === 'month') return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const daysSinceMonday = (date.getUTCDay() + 6) % 7;
  return day - daysSinceMonday * DAY_MS;
}

/** Start of the bucket after the one starting at `bucketStart`. */
export function toBucketEnd(bucketStart: number, size: BucketSize): number {
  if (size === 'week') return bucketStart + 7 * DAY_MS;
  const date = new Date(bucketStart);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

/** Events counted by lane and by the bucket their start falls in, sorted by lane then time. */
export function toLaneBuckets(rows: readonly Pick<TimelineRow, 'id' | 'type' | 'lane' | 'startMs'>[], size: BucketSize, highlighted: ReadonlySet<string> = new Set()): LaneBucket[] {
  // Number keys, one map per lane: tens of thousands of rows, so no key string per row.
  const lanes = new Map<number, Map<number, LaneBucket>>();
  // Rows come sorted by start, so a row almost always falls in its lane's latest bucket: check that before any map.
  const latestOfLane = new Map<number, LaneBucket>();
  let dayMs = Number.NaN;
  let startMs = Number.NaN;
  for (const row of rows) {
    // Thousands of events share a few hundred days: work out a day's bucket once per run of that day.
    if (row.startMs !== dayMs) {
      dayMs = row.startMs;
      startMs = toBucketStart(dayMs, size);
    }
    let bucket = latestOfLane.get(row.lane);
    if (bucket?.startMs !== startMs) {
      let lane = lanes.get(row.lane);
      if (!lane) {
        lane = new Map();
        lanes.set(row.lane, lane);
      }
      bucket = lane.get(startMs);
      if (!bucket) {
        bucket = { type: row.type, lane: row.lane, startMs, endMs: toBucketEnd(startMs, size), count: 0, highlightedCount: 0 };
        lane.set(startMs, bucket);
      }
      latestOfLane.set(row.lane, bucket);
    }
    bucket.count += 1;
    if (highlighted.size > 0 && highlighted.has(row.id)) bucket.highlightedCount += 1;
  }
  return [...lanes.values()].flatMap((lane) => [...lane.values()]).sort((a, b) => a.lane - b.lane || a.startMs - b.startMs);
}

const laneBucketsOfRows = new WeakMap<readonly Pick<TimelineRow, 'id' | 'type' | 'lane' | 'startMs'>[], Map<BucketSize, LaneBucket[]>>();

/**
 * toLaneBuckets without highlights, kept per rows list and bucket size: the timeline's rows are cached
 * per filter state, so clearing a filter or going back reuses the counts. Treat the buckets as read-only.
 */
export function toCachedLaneBuckets(rows: readonly Pick<TimelineRow, 'id' | 'type' | 'lane' | 'startMs'>[], size: BucketSize): readonly LaneBucket[] {
  const bySize = laneBucketsOfRows.get(rows) ?? new Map<BucketSize, LaneBucket[]>();
  laneBucketsOfRows.set(rows, bySize);
  let buckets = bySize.get(size);
  if (!buckets) {
    buckets = toLaneBuckets(rows, size);
    bySize.set(size, buckets);
  }
  return buckets;
}

function bucketKey(bucket: Pick<LaneBucket, 'lane' | 'startMs'>): string {
  return `${bucket.lane}:${bucket.startMs}`;
}

/**
 * The same buckets with their highlighted counts, counted over the highlighted rows only (`highlightedRows`,
 * among `buckets`' rows): a selection then costs a pass over a few events, not a recount of tens of thousands.
 * Buckets without a highlighted event are returned as they were.
 */
export function toHighlightedBuckets(buckets: readonly LaneBucket[], highlightedRows: readonly Pick<TimelineRow, 'id' | 'type' | 'lane' | 'startMs'>[], size: BucketSize): readonly LaneBucket[] {
  if (highlightedRows.length === 0) return buckets;
  const counts = new Map(toLaneBuckets(highlightedRows, size).map((bucket) => [bucketKey(bucket), bucket.count]));
  return buckets.map((bucket) => {
    const highlightedCount = counts.get(bucketKey(bucket));
    return highlightedCount ? { ...bucket, highlightedCount } : bucket;
  });
}

import { memo } from 'react';
import type { KeyboardEvent } from 'react';
import { EVENT_TYPES } from '../../../schema/bundle';
import { LANE_LABELS, toEventAriaLabel } from './event-labels';
import type { LaneBucket } from './to-lane-buckets';
import { DAY_MS, toIsoDay } from './to-timeline-rows';
import type { TimelineRow } from './to-timeline-rows';
import { toTracks } from './to-tracks';

/** Overlapping events in one lane stack on up to this many tracks. */
const TRACKS_PER_LANE = 3;
const MIN_BAR_WIDTH = 4;
const MAX_BAR_HEIGHT = 16;

export type HoverTarget = { kind: 'event'; row: TimelineRow; x: number; y: number } | { kind: 'bucket'; bucket: LaneBucket; x: number; y: number };

/** Where the marks go: time (ms) to x, and each lane's centre and height, in the chart's pixels. */
export interface TimelineScales {
  x: (ms: number) => number;
  laneCentre: (lane: number) => number;
  laneHeight: number;
}

export interface TimelineMarksProps {
  rows: readonly TimelineRow[];
  /** Counts per lane per bucket, drawn instead of the rows when there are too many to tell apart. */
  buckets: readonly LaneBucket[] | null;
  domain: readonly [number, number];
  scales: TimelineScales;
  highlighted: ReadonlySet<string>;
  onSelectEvent: (eventId: string) => void;
  onZoom: (fromMs: number, toMs: number) => void;
  onHover: (target: HoverTarget | null) => void;
}

function onActivate(action: () => void) {
  return (event: KeyboardEvent<SVGGElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    action();
  };
}

/** Hatch patterns for uncertain dates, one per lane colour. */
export function HatchPatterns() {
  return (
    <defs>
      {EVENT_TYPES.map((type) => (
        <pattern key={type} id={`dossier-timeline-hatch-${type}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" className={`timeline-hatch-bg timeline-hatch--${type}`} />
          <line x1="0" y1="0" x2="0" y2="6" className={`timeline-hatch-line timeline-hatch--${type}`} strokeWidth="3" />
        </pattern>
      ))}
    </defs>
  );
}

interface BucketGeometry {
  x0: number;
  width: number;
  y: number;
  height: number;
  opacity: number;
}

interface BucketMarkProps extends BucketGeometry {
  bucket: LaneBucket;
  index: number;
  highlighted: boolean;
}

/** Wide enough for its count to be written on it. */
const MIN_COUNTED_WIDTH = 18;

/**
 * One bucket: a single focusable rect (its count beside it when wide enough), handled by its group (see BucketMarks).
 * Memoised, and dimmed by a class on the group rather than on each bucket: a selection re-renders only the buckets
 * it highlights or releases, and a filter mounts one element per bucket, not a group of two or three.
 */
const BucketMark = memo(function BucketMark({ bucket, index, x0, width, y, height, opacity, highlighted }: BucketMarkProps) {
  const selected = bucket.highlightedCount > 0 ? ` (${bucket.highlightedCount} selected)` : '';
  const label = `${bucket.count} ${LANE_LABELS[bucket.type].toLowerCase()}${selected} from ${toIsoDay(bucket.startMs)} to ${toIsoDay(bucket.endMs - DAY_MS)}; press Enter to zoom in`;
  const highlightClass = highlighted ? ' timeline-bar--highlighted' : '';
  return (
    <>
      <rect
        className={`timeline-bucket timeline-bar--${bucket.type}${highlightClass}`}
        data-lane={bucket.type}
        data-bucket={index}
        role="button"
        tabIndex={0}
        aria-label={label}
        x={x0}
        y={y}
        width={width}
        height={height}
        fillOpacity={opacity}
      />
      {width >= MIN_COUNTED_WIDTH ? (
        <text x={x0 + width / 2} y={y + height / 2} className={`timeline-bucket__count${highlightClass}`} textAnchor="middle" dominantBaseline="central" aria-hidden="true">
          {bucket.count}
        </text>
      ) : null}
    </>
  );
});

interface BucketMarksProps {
  buckets: readonly LaneBucket[];
  geometry: readonly BucketGeometry[];
  onZoom: (fromMs: number, toMs: number) => void;
  onHover: (target: HoverTarget | null) => void;
}

/** The bucket under an event's target, by its data-bucket index. */
function bucketIndexOf(target: EventTarget): number | null {
  if (!(target instanceof Element)) return null;
  const index = target.closest('[data-bucket]')?.getAttribute('data-bucket');
  return index ? Number(index) : null;
}

/** The buckets, with one set of handlers on their group for all of them (hundreds of buckets, no closures each). */
function BucketMarks({ buckets, geometry, onZoom, onHover }: BucketMarksProps) {
  const anyBucketHighlighted = buckets.some((bucket) => bucket.highlightedCount > 0);
  const withBucket = (target: EventTarget, action: (bucket: LaneBucket, shape: BucketGeometry) => void) => {
    const index = bucketIndexOf(target);
    const bucket = index === null ? undefined : buckets[index];
    const shape = index === null ? undefined : geometry[index];
    if (bucket && shape) action(bucket, shape);
  };
  const zoom = (target: EventTarget) => withBucket(target, (bucket) => onZoom(bucket.startMs, bucket.endMs - 1));
  const hover = (target: EventTarget) => withBucket(target, (bucket, shape) => onHover({ kind: 'bucket', bucket, x: shape.x0 + shape.width / 2, y: shape.y }));
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    if (bucketIndexOf(event.target) === null) return;
    event.preventDefault();
    zoom(event.target);
  };
  return (
    <g
      className={`timeline-buckets${anyBucketHighlighted ? ' timeline-buckets--dimmed' : ''}`}
      onClick={(event) => zoom(event.target)}
      onKeyDown={onKeyDown}
      onMouseOver={(event) => hover(event.target)}
      onMouseOut={() => onHover(null)}
      onFocus={(event) => hover(event.target)}
      onBlur={() => onHover(null)}
    >
      {buckets.map((bucket, index) => {
        const shape = geometry[index];
        return shape ? <BucketMark key={`${bucket.lane}:${bucket.startMs}`} bucket={bucket} index={index} {...shape} highlighted={bucket.highlightedCount > 0} /> : null;
      })}
    </g>
  );
}

/**
 * The bars (or bucket counts) of the timeline, drawn with the chart's scales
 * so they line up with its axes and grid.
 */
export function TimelineMarks({ rows, buckets, domain, scales, highlighted, onSelectEvent, onZoom, onHover }: TimelineMarksProps) {
  const clampMs = (ms: number) => Math.min(domain[1], Math.max(domain[0], ms));
  const x = (ms: number) => scales.x(clampMs(ms));
  const { laneCentre, laneHeight } = scales;
  const bandHeight = laneHeight * 0.8;

  if (buckets) {
    const maxCount = Math.max(1, ...buckets.map((bucket) => bucket.count));
    const geometry = buckets.map((bucket) => {
      const x0 = x(bucket.startMs);
      return { x0, width: Math.max(2, x(bucket.endMs) - x0 - 1), y: laneCentre(bucket.lane) - bandHeight / 2, height: bandHeight, opacity: 0.25 + (0.75 * bucket.count) / maxCount };
    });
    return <BucketMarks buckets={buckets} geometry={geometry} onZoom={onZoom} onHover={onHover} />;
  }

  const spans = rows.map((row) => {
    const x0 = x(row.startMs);
    return { x0, x1: Math.max(x(row.endMs), x0 + MIN_BAR_WIDTH) };
  });
  const tracks = new Array<number>(rows.length).fill(0);
  const trackCounts = new Map<number, number>();
  for (const [lane, type] of EVENT_TYPES.entries()) {
    const indices = rows.flatMap((row, index) => (row.type === type ? [index] : []));
    const laneTracks = toTracks(
      indices.map((index) => spans[index] ?? { x0: 0, x1: 0 }),
      TRACKS_PER_LANE,
    );
    indices.forEach((rowIndex, position) => {
      tracks[rowIndex] = laneTracks[position] ?? 0;
    });
    trackCounts.set(lane, Math.max(1, ...laneTracks.map((track) => track + 1)));
  }
  // A lane's bars share its height; a lane without overlaps gets one thick bar, capped so it still reads as a bar.
  const trackHeightOf = (lane: number) => Math.min(MAX_BAR_HEIGHT, bandHeight / (trackCounts.get(lane) ?? 1));
  const anyHighlighted = highlighted.size > 0;
  return (
    <g className="timeline-bars">
      {rows.map((row, index) => {
        const span = spans[index] ?? { x0: 0, x1: 0 };
        const trackHeight = trackHeightOf(row.lane);
        const stackHeight = trackHeight * (trackCounts.get(row.lane) ?? 1);
        const y = laneCentre(row.lane) - stackHeight / 2 + (tracks[index] ?? 0) * trackHeight;
        const height = trackHeight - 2;
        const width = span.x1 - span.x0;
        const classes = [
          'timeline-bar',
          `timeline-bar--${row.type}`,
          `timeline-bar--${row.status}`,
          row.precision === 'day' ? '' : 'timeline-bar--band',
          row.disputed ? 'timeline-bar--disputed' : '',
          highlighted.has(row.id) ? 'timeline-bar--highlighted' : anyHighlighted ? 'timeline-bar--dimmed' : '',
        ].filter(Boolean);
        const select = () => onSelectEvent(row.id);
        const hover = () => onHover({ kind: 'event', row, x: span.x0 + width / 2, y });
        return (
          <g
            key={row.id}
            className={classes.join(' ')}
            data-event-id={row.id}
            data-lane={row.type}
            data-precision={row.precision}
            role="button"
            tabIndex={0}
            aria-label={toEventAriaLabel(row)}
            onClick={select}
            onKeyDown={onActivate(select)}
            onMouseEnter={hover}
            onMouseLeave={() => onHover(null)}
            onFocus={hover}
            onBlur={() => onHover(null)}
          >
            <rect
              x={span.x0}
              y={y}
              width={width}
              height={height}
              rx={2}
              className="timeline-bar__body"
              style={row.precision === 'day' ? undefined : { fill: `url(#dossier-timeline-hatch-${row.type})` }}
            />
            {row.status === 'cancelled' ? <line x1={span.x0 - 2} x2={span.x1 + 2} y1={y + height / 2} y2={y + height / 2} className="timeline-bar__strike" /> : null}
            {row.disputed ? (
              <text x={span.x0 - 3} y={y + height / 2} textAnchor="end" dominantBaseline="central" className="timeline-bar__disputed" aria-hidden="true">
                !
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
}

import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { CartesianGrid, ResponsiveContainer, ScatterChart, XAxis, YAxis } from 'recharts';
import type { XAxisTickContentProps } from 'recharts';
import { EVENT_TYPES } from '../../../schema/bundle';
import { LANE_LABELS, STATUS_LABELS, describePrecision, formatSpan } from './event-labels';
import { HatchPatterns, TimelineMarks } from './timeline-marks';
import type { HoverTarget, TimelineMarksProps } from './timeline-marks';
import { formatTick, toMaxTicks, toTickUnit, toTimeTicks } from './to-time-scale';
import { toIsoDay } from './to-timeline-rows';

export const CHART_MARGIN = { top: 8, right: 24, bottom: 4, left: 8 };
const Y_AXIS_WIDTH = 96;
const LANE_TICKS = EVENT_TYPES.map((_, index) => index);

export interface TimelineChartProps extends Omit<TimelineMarksProps, 'onHover'> {
  height: number;
  /** Fixed width for environments without layout (tests); the chart fills its container otherwise. */
  initialWidth?: number;
}

function laneLabel(lane: number): string {
  const type = EVENT_TYPES[lane];
  return type ? LANE_LABELS[type] : '';
}

function TimelineTooltip({ target }: { target: HoverTarget }) {
  const style = { left: target.x, top: target.y };
  if (target.kind === 'bucket') {
    const { bucket } = target;
    return (
      <div className="timeline-tooltip" style={style} role="presentation">
        <strong>
          {bucket.count} {LANE_LABELS[bucket.type].toLowerCase()}
        </strong>
        <div>
          {toIsoDay(bucket.startMs)} – {toIsoDay(bucket.endMs - 1)}
        </div>
        <div className="timeline-tooltip__hint">Click to zoom in</div>
      </div>
    );
  }
  const { row } = target;
  return (
    <div className="timeline-tooltip" style={style} role="presentation">
      <strong>{row.title}</strong>
      <div title={row.start === row.end ? row.start : `${row.start} – ${row.end}`}>{formatSpan(row)}</div>
      {row.precision !== 'day' || row.dateText ? <div>Date: {describePrecision(row)}</div> : null}
      <div>Status: {STATUS_LABELS[row.status]}</div>
      {row.disputed ? <div className="timeline-tooltip__disputed">! Sources disagree about this event</div> : null}
    </div>
  );
}

// The marks reach TimelineMarks through a context, not as props of the chart: a selection then
// re-renders the marks alone, while recharts' axes, grid and layout (the memoised chart element) stay.
const MarksContext = createContext<TimelineMarksProps | null>(null);

function ContextMarks() {
  const marks = useContext(MarksContext);
  return marks ? <TimelineMarks {...marks} /> : null;
}

const Y_DOMAIN = [-0.5, EVENT_TYPES.length - 0.5];

/** The element's width in pixels, followed as it resizes; `fallback` where there is no layout (jsdom). */
function useElementWidth(fallback: number): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const measure = () => setWidth(element.clientWidth || fallback);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return function stopFollowingWidth() {
      observer.disconnect();
    };
  }, [fallback]);
  return [ref, width];
}

/**
 * A time tick's label as plain SVG text, as recharts draws it (hung below the axis, centred).
 * Recharts' own label component measures every label it has not seen in the DOM, and a new
 * time span brings new labels: a forced layout in the middle of a filter change.
 */
function renderTimeTick({ x, y, payload, index, tickFormatter, className }: XAxisTickContentProps) {
  const label = tickFormatter ? tickFormatter(payload.value, index) : String(payload.value);
  return (
    <text x={x} y={y} dy="0.71em" textAnchor="middle" className={className}>
      {label}
    </text>
  );
}

/** Lanes of event types against time, with a tooltip for the bar under the pointer or focus. */
export function TimelineChart({ height, initialWidth = 800, rows, buckets, domain, highlighted, onSelectEvent, onZoom }: TimelineChartProps) {
  const [hover, setHover] = useState<HoverTarget | null>(null);
  // After a zoom or filter the hovered mark may be gone while the pointer has not moved: drop its tooltip.
  const shownHover = hover && (hover.kind === 'event' ? rows.includes(hover.row) : (buckets?.includes(hover.bucket) ?? false)) ? hover : null;
  const [chartRef, width] = useElementWidth(initialWidth);
  const maxTicks = toMaxTicks(width - Y_AXIS_WIDTH - CHART_MARGIN.left - CHART_MARGIN.right);
  // Keyed by the domain's values, not its identity: a filter that leaves the time span as it was keeps recharts' axes and grid.
  const [start, end] = domain;
  const unit = toTickUnit(domain);
  const ticks = useMemo(() => toTimeTicks([start, end], maxTicks), [start, end, maxTicks]);
  const xDomain = useMemo(() => [start, end], [start, end]);
  const formatXTick = useCallback((ms: number) => formatTick(ms, unit), [unit]);
  const marks = useMemo<TimelineMarksProps>(
    () => ({ rows, buckets, domain, highlighted, onSelectEvent, onZoom, onHover: setHover }),
    [rows, buckets, domain, highlighted, onSelectEvent, onZoom],
  );
  const chart = useMemo(
    () => (
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: initialWidth, height }}>
        <ScatterChart margin={CHART_MARGIN} accessibilityLayer={false}>
          <HatchPatterns />
          <CartesianGrid vertical horizontal={false} className="timeline-grid" />
          <XAxis type="number" dataKey="x" domain={xDomain} allowDataOverflow ticks={ticks} interval={0} tick={renderTimeTick} tickFormatter={formatXTick} height={24} />
          <YAxis type="number" dataKey="y" domain={Y_DOMAIN} ticks={LANE_TICKS} interval={0} reversed tickFormatter={laneLabel} width={Y_AXIS_WIDTH} allowDataOverflow />
          <ContextMarks />
        </ScatterChart>
      </ResponsiveContainer>
    ),
    [height, initialWidth, xDomain, ticks, formatXTick],
  );
  return (
    <div className="timeline-chart" style={{ height }} ref={chartRef}>
      <MarksContext.Provider value={marks}>{chart}</MarksContext.Provider>
      {shownHover ? <TimelineTooltip target={shownHover} /> : null}
    </div>
  );
}

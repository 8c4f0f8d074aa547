import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { EVENT_TYPES } from '../../../schema/bundle';
import { LANE_LABELS, STATUS_LABELS, describePrecision, formatSpan } from './event-labels';
import { HatchPatterns, TimelineMarks } from './timeline-marks';
import type { HoverTarget, TimelineMarksProps, TimelineScales } from './timeline-marks';
import { formatTick, toMaxTicks, toTickUnit, toTimeTicks } from './to-time-scale';
import type { TickUnit } from './to-time-scale';
import { DAY_MS, toIsoDay } from './to-timeline-rows';

const CHART_MARGIN = { top: 8, right: 24, bottom: 4, left: 8 };
const Y_AXIS_WIDTH = 96;
const X_AXIS_HEIGHT = 24;
const TICK_SIZE = 6;
const TICK_MARGIN = 2;

export interface TimelineChartProps extends Omit<TimelineMarksProps, 'onHover' | 'scales'> {
  height: number;
  /** Fixed width for environments without layout (tests); the chart fills its container otherwise. */
  initialWidth?: number;
}

/** The plot area inside the axes, in the chart's pixels. */
interface PlotArea {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The plot area of a chart this wide and high: the lane labels on the left, the time axis below. */
export function toPlotArea(width: number, height: number): PlotArea {
  const left = CHART_MARGIN.left + Y_AXIS_WIDTH;
  return { left, right: Math.max(left + 1, width - CHART_MARGIN.right), top: CHART_MARGIN.top, bottom: height - CHART_MARGIN.bottom - X_AXIS_HEIGHT };
}

/** Time to x and lane to y over the plot area: the lanes split its height evenly, the first lane on top. */
export function toTimelineScales(plot: PlotArea, domain: readonly [number, number]): TimelineScales {
  const [start, end] = domain;
  const span = Math.max(1, end - start);
  const laneHeight = (plot.bottom - plot.top) / EVENT_TYPES.length;
  return {
    x: (ms) => plot.left + ((ms - start) / span) * (plot.right - plot.left),
    laneCentre: (lane) => plot.top + (lane + 0.5) * laneHeight,
    laneHeight,
  };
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
          {toIsoDay(bucket.startMs)} – {toIsoDay(bucket.endMs - DAY_MS)}
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

interface TimeAxesProps {
  plot: PlotArea;
  ticks: readonly number[];
  unit: TickUnit;
  scales: TimelineScales;
}

/**
 * The lane labels, the time axis with its labels and the vertical grid, drawn as plain SVG: a chart
 * library's axes re-ran its layout store and measured each new label in the DOM on every filter change.
 * Memoised, so a selection that leaves the time span redraws none of it.
 */
const TimeAxes = memo(function TimeAxes({ plot, ticks, unit, scales }: TimeAxesProps) {
  return (
    <g className="timeline-axes">
      <g className="timeline-grid-lines">
        {ticks.map((tick) => (
          <line key={tick} className="timeline-grid" x1={scales.x(tick)} x2={scales.x(tick)} y1={plot.top} y2={plot.bottom} />
        ))}
      </g>
      <g className="timeline-axis timeline-axis--lanes">
        <line className="timeline-axis__line" x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} />
        {EVENT_TYPES.map((type, lane) => (
          <g key={type} className="timeline-axis__tick">
            <line className="timeline-axis__line" x1={plot.left - TICK_SIZE} x2={plot.left} y1={scales.laneCentre(lane)} y2={scales.laneCentre(lane)} />
            <text className="timeline-axis__label" x={plot.left - TICK_SIZE - TICK_MARGIN} y={scales.laneCentre(lane)} dy="0.355em" textAnchor="end">
              {LANE_LABELS[type]}
            </text>
          </g>
        ))}
      </g>
      <g className="timeline-axis timeline-axis--time">
        <line className="timeline-axis__line" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
        {ticks.map((tick) => (
          <g key={tick} className="timeline-axis__tick">
            <line className="timeline-axis__line" x1={scales.x(tick)} x2={scales.x(tick)} y1={plot.bottom} y2={plot.bottom + TICK_SIZE} />
            <text className="timeline-axis__label" x={scales.x(tick)} y={plot.bottom + TICK_SIZE + TICK_MARGIN} dy="0.71em" textAnchor="middle">
              {formatTick(tick, unit)}
            </text>
          </g>
        ))}
      </g>
    </g>
  );
});

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

/** Lanes of event types against time, with a tooltip for the bar under the pointer or focus. */
export function TimelineChart({ height, initialWidth = 800, rows, buckets, domain, highlighted, onSelectEvent, onZoom }: TimelineChartProps) {
  const [hover, setHover] = useState<HoverTarget | null>(null);
  // After a zoom or filter the hovered mark may be gone while the pointer has not moved: drop its tooltip.
  const shownHover = hover && (hover.kind === 'event' ? rows.includes(hover.row) : (buckets?.includes(hover.bucket) ?? false)) ? hover : null;
  const [chartRef, width] = useElementWidth(initialWidth);
  const plot = useMemo(() => toPlotArea(width, height), [width, height]);
  // Keyed by the domain's values, not its identity: a change that leaves the time span as it was keeps the axes.
  const [start, end] = domain;
  const scales = useMemo(() => toTimelineScales(plot, [start, end]), [plot, start, end]);
  const unit = toTickUnit(domain);
  const ticks = useMemo(() => toTimeTicks([start, end], toMaxTicks(plot.right - plot.left)), [start, end, plot]);
  return (
    <div className="timeline-chart" style={{ height }} ref={chartRef}>
      <svg className="timeline-chart__svg" width={width} height={height}>
        <HatchPatterns />
        <TimeAxes plot={plot} ticks={ticks} unit={unit} scales={scales} />
        <TimelineMarks rows={rows} buckets={buckets} domain={domain} scales={scales} highlighted={highlighted} onSelectEvent={onSelectEvent} onZoom={onZoom} onHover={setHover} />
      </svg>
      {shownHover ? <TimelineTooltip target={shownHover} /> : null}
    </div>
  );
}

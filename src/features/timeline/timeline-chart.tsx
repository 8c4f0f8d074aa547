import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import { CartesianGrid, ResponsiveContainer, ScatterChart, XAxis, YAxis } from 'recharts';
import { EVENT_TYPES } from '../../../schema/bundle';
import { LANE_LABELS, STATUS_LABELS, describePrecision, formatSpan } from './event-labels';
import { HatchPatterns, TimelineMarks } from './timeline-marks';
import type { HoverTarget, TimelineMarksProps } from './timeline-marks';
import { formatTick, toTickUnit, toTimeTicks } from './to-time-scale';
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

/** Lanes of event types against time, with a tooltip for the bar under the pointer or focus. */
export function TimelineChart({ height, initialWidth = 800, rows, buckets, domain, highlighted, onSelectEvent, onZoom }: TimelineChartProps) {
  const [hover, setHover] = useState<HoverTarget | null>(null);
  // After a zoom or filter the hovered mark may be gone while the pointer has not moved: drop its tooltip.
  const shownHover = hover && (hover.kind === 'event' ? rows.includes(hover.row) : (buckets?.includes(hover.bucket) ?? false)) ? hover : null;
  const unit = toTickUnit(domain);
  const ticks = useMemo(() => toTimeTicks(domain), [domain]);
  const xDomain = useMemo(() => [domain[0], domain[1]], [domain]);
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
          <XAxis type="number" dataKey="x" domain={xDomain} allowDataOverflow ticks={ticks} tickFormatter={formatXTick} height={24} />
          <YAxis type="number" dataKey="y" domain={Y_DOMAIN} ticks={LANE_TICKS} interval={0} reversed tickFormatter={laneLabel} width={Y_AXIS_WIDTH} allowDataOverflow />
          <ContextMarks />
        </ScatterChart>
      </ResponsiveContainer>
    ),
    [height, initialWidth, xDomain, ticks, formatXTick],
  );
  return (
    <div className="timeline-chart" style={{ height }}>
      <MarksContext.Provider value={marks}>{chart}</MarksContext.Provider>
      {shownHover ? <TimelineTooltip target={shownHover} /> : null}
    </div>
  );
}

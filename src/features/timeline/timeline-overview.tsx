import { memo, useEffect, useMemo, useRef } from 'react';
import { BarChart, Brush, ResponsiveContainer } from 'recharts';
import { toBrushIndices, toBrushRange, toMonthBoundaries } from './to-month-counts';
import type { MonthCount } from './to-month-counts';

/** Wait for the handles to settle before writing the URL, so a drag makes one history entry, not fifty. */
const BRUSH_SETTLE_MS = 350;
const TRAVELLER_WIDTH = 10;
const OVERVIEW_HEIGHT = 64;

interface MonthBarsProps {
  months: readonly MonthCount[];
  /** Set by the brush, which draws its panorama with its own geometry. */
  x?: number;
  y?: number;
  width?: number;
  height?: number;
}

/**
 * The brush's panorama: one bar per month, drawn between the handle positions
 * that bound it (the brush places handle i at x + i * (width - traveller) / months),
 * so a selected range covers exactly its months' bars.
 */
function MonthBars({ months, x = 0, y = 0, width = 0, height = 0 }: MonthBarsProps) {
  const step = (width - TRAVELLER_WIDTH) / Math.max(1, months.length);
  const maxCount = Math.max(1, ...months.map((month) => month.count));
  return (
    <g className="timeline-overview__bars">
      {months.map((month, index) => {
        const barHeight = (height * month.count) / maxCount;
        return month.count > 0 ? (
          <rect key={month.month} className="timeline-overview__bar" x={x + TRAVELLER_WIDTH / 2 + index * step + 0.5} y={y + height - barHeight} width={Math.max(1, step - 1)} height={barHeight} />
        ) : null;
      })}
    </g>
  );
}

export interface TimelineOverviewProps {
  months: MonthCount[];
  from: string | null;
  to: string | null;
  onRange: (range: { from: string | null; to: string | null }) => void;
  initialWidth?: number;
}

/**
 * Events per month over the whole span, with a brush that selects the date range for every view.
 * Memoised: a selection never changes it, and recharts would otherwise redraw it on every one.
 */
export const TimelineOverview = memo(function TimelineOverview({ months, from, to, onRange, initialWidth = 800 }: TimelineOverviewProps) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const boundaries = useMemo(() => toMonthBoundaries(months), [months]);
  useEffect(
    () =>
      function cancelPendingRange() {
        if (timer.current) clearTimeout(timer.current);
      },
    [],
  );
  if (months.length < 2) return null;
  const { startIndex, endIndex } = toBrushIndices(months, from, to);
  const onChange = (range: { startIndex?: number; endIndex?: number }) => {
    if (timer.current) clearTimeout(timer.current);
    const nextStart = range.startIndex ?? startIndex;
    const nextEnd = range.endIndex ?? endIndex;
    if (nextStart === startIndex && nextEnd === endIndex) return;
    timer.current = setTimeout(() => onRange(toBrushRange(months, nextStart, nextEnd)), BRUSH_SETTLE_MS);
  };
  return (
    <div className="timeline-overview" role="group" aria-label="Date range: drag the handles to filter every view by date">
      <ResponsiveContainer width="100%" height={OVERVIEW_HEIGHT} initialDimension={{ width: initialWidth, height: OVERVIEW_HEIGHT }}>
        {/* The outer chart only hosts the brush; its positions are the month boundaries, its panorama the month bars. */}
        <BarChart data={boundaries} margin={{ top: 0, right: 24, bottom: 0, left: 104 }}>
          {/* Keyed by the number of boundaries: recharts drew a brush kept across a change in the number of months once with NaN coordinates. */}
          <Brush key={boundaries.length} dataKey="month" height={OVERVIEW_HEIGHT - 4} startIndex={startIndex} endIndex={endIndex} onChange={onChange} travellerWidth={TRAVELLER_WIDTH} fill="transparent" className="timeline-overview__brush">
            <MonthBars months={months} />
          </Brush>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
});

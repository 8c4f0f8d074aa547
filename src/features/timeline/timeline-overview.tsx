import { memo, useCallback, useEffect, useRef } from 'react';
import { BarChart, Brush, ResponsiveContainer } from 'recharts';
import { toBrushIndices, toBrushRange, toMonthBoundaries } from './to-month-counts';
import type { MonthBoundary, MonthCount } from './to-month-counts';

/** Wait for the handles to settle before writing the URL, so a drag makes one history entry, not fifty. */
const BRUSH_SETTLE_MS = 350;
const TRAVELLER_WIDTH = 10;
const OVERVIEW_HEIGHT = 64;

/** Where recharts puts the brush in the strip: inside the chart's margins, below its top offset. */
const BRUSH_MARGIN = { top: 0, right: 24, bottom: 0, left: 104 };
const BRUSH_HEIGHT = OVERVIEW_HEIGHT - 4;

/**
 * The brush's panorama, drawn under the brush rather than inside it: one bar per month between the handle
 * positions that bound it (the brush places handle i at i * (width - traveller) / months past its left edge),
 * so a selected range covers exactly its months' bars. Outside the chart, a change of counts alone (a new
 * filter over the same months) redraws these bars and leaves the chart and its brush as they are.
 */
function MonthBars({ months }: { months: readonly MonthCount[] }) {
  const maxCount = Math.max(1, ...months.map((month) => month.count));
  return (
    <div
      className="timeline-overview__bars"
      aria-hidden="true"
      style={{ left: BRUSH_MARGIN.left + TRAVELLER_WIDTH / 2, right: BRUSH_MARGIN.right + TRAVELLER_WIDTH / 2, top: OVERVIEW_HEIGHT - BRUSH_HEIGHT, height: BRUSH_HEIGHT }}
    >
      {months.map((month) => (
        <span key={month.month} className="timeline-overview__bar" style={{ height: `${(100 * month.count) / maxCount}%` }} />
      ))}
    </div>
  );
}

interface BrushStripProps {
  boundaries: readonly MonthBoundary[];
  startIndex: number;
  endIndex: number;
  onChange: (range: { startIndex?: number; endIndex?: number }) => void;
  initialWidth: number;
}

/** The chart that hosts the brush: its positions are the month boundaries. Memoised: a filter that keeps the months keeps it. */
const BrushStrip = memo(function BrushStrip({ boundaries, startIndex, endIndex, onChange, initialWidth }: BrushStripProps) {
  return (
    <ResponsiveContainer width="100%" height={OVERVIEW_HEIGHT} initialDimension={{ width: initialWidth, height: OVERVIEW_HEIGHT }}>
      <BarChart data={boundaries} margin={BRUSH_MARGIN}>
        {/* Keyed by the number of boundaries: recharts drew a brush kept across a change in the number of months once with NaN coordinates. */}
        <Brush key={boundaries.length} dataKey="month" height={BRUSH_HEIGHT} startIndex={startIndex} endIndex={endIndex} onChange={onChange} travellerWidth={TRAVELLER_WIDTH} fill="transparent" className="timeline-overview__brush" />
      </BarChart>
    </ResponsiveContainer>
  );
});

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
  // The same list while the months are the same: a filter that only changes the counts leaves the brush's chart as it is.
  const boundaries = toMonthBoundaries(months);
  const { startIndex, endIndex } = toBrushIndices(months, from, to);
  // Read when the handles settle, so the brush's handler stays the same while the months do.
  const latest = useRef({ months, startIndex, endIndex, onRange });
  useEffect(() => {
    latest.current = { months, startIndex, endIndex, onRange };
  });
  const onChange = useCallback((range: { startIndex?: number; endIndex?: number }) => {
    if (timer.current) clearTimeout(timer.current);
    const current = latest.current;
    const nextStart = range.startIndex ?? current.startIndex;
    const nextEnd = range.endIndex ?? current.endIndex;
    if (nextStart === current.startIndex && nextEnd === current.endIndex) return;
    timer.current = setTimeout(() => current.onRange(toBrushRange(current.months, nextStart, nextEnd)), BRUSH_SETTLE_MS);
  }, []);
  useEffect(
    () =>
      function cancelPendingRange() {
        if (timer.current) clearTimeout(timer.current);
      },
    [],
  );
  if (months.length < 2) return null;
  return (
    <div className="timeline-overview" role="group" aria-label="Date range: drag the handles to filter every view by date">
      <MonthBars months={months} />
      <BrushStrip boundaries={boundaries} startIndex={startIndex} endIndex={endIndex} onChange={onChange} initialWidth={initialWidth} />
    </div>
  );
});

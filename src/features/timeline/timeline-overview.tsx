import { memo, useEffect, useRef } from 'react';
import { Bar, BarChart, Brush, ResponsiveContainer } from 'recharts';
import { toBrushIndices, toBrushRange } from './to-month-counts';
import type { MonthCount } from './to-month-counts';

/** Wait for the handles to settle before writing the URL, so a drag makes one history entry, not fifty. */
const BRUSH_SETTLE_MS = 350;

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
      <ResponsiveContainer width="100%" height={64} initialDimension={{ width: initialWidth, height: 64 }}>
        {/* The brush's own panorama shows every month; the outer chart only hosts the brush. */}
        <BarChart data={months} margin={{ top: 0, right: 24, bottom: 0, left: 104 }}>
          <Brush dataKey="month" height={60} startIndex={startIndex} endIndex={endIndex} onChange={onChange} travellerWidth={10} fill="transparent" className="timeline-overview__brush">
            <BarChart data={months} barCategoryGap={0}>
              <Bar dataKey="count" className="timeline-overview__bar" isAnimationActive={false} />
            </BarChart>
          </Brush>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
});

import { memo } from 'react';
import { EVENT_TYPES } from '../../../schema/bundle';
import { LANE_LABELS } from './event-labels';

function Sample({ className, band = false }: { className: string; band?: boolean }) {
  return (
    <svg width="28" height="12" aria-hidden="true" className={`timeline-bar timeline-bar--other ${className}`}>
      <rect x="2" y="2" width="24" height="8" rx="2" className="timeline-bar__body" style={band ? { fill: 'url(#dossier-timeline-hatch-other)' } : undefined} />
      {className === 'timeline-bar--cancelled' ? <line x1="0" x2="28" y1="6" y2="6" className="timeline-bar__strike" /> : null}
    </svg>
  );
}

/** What the colours, outlines, hatching and marks mean; the status is never told by colour alone. */
export const TimelineLegend = memo(function TimelineLegend() {
  return (
    <div className="timeline-legend" role="group" aria-label="Legend">
      <ul className="timeline-legend__types">
        {EVENT_TYPES.map((type) => (
          <li key={type}>
            <span className={`timeline-legend__swatch timeline-legend__swatch--${type}`} aria-hidden="true" />
            {LANE_LABELS[type]}
          </li>
        ))}
      </ul>
      <ul className="timeline-legend__styles">
        <li>
          <Sample className="timeline-bar--occurred" /> occurred
        </li>
        <li>
          <Sample className="timeline-bar--planned" /> planned (dashed)
        </li>
        <li>
          <Sample className="timeline-bar--cancelled" /> cancelled (struck through)
        </li>
        <li>
          <Sample className="timeline-bar--unknown" /> status unknown (dotted)
        </li>
        <li>
          <Sample className="timeline-bar--occurred" band /> date known to the month, quarter or year (hatched)
        </li>
        <li>
          <span className="timeline-legend__disputed" aria-hidden="true">
            !
          </span>{' '}
          sources disagree
        </li>
      </ul>
    </div>
  );
});

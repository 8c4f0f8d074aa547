import { memo } from 'react';
import type { TimelineEvent } from './to-timeline-rows';

export interface UndatedEventsProps {
  events: readonly TimelineEvent[];
  highlighted: ReadonlySet<string>;
  onSelectEvent: (eventId: string) => void;
}

// Thousands of undated events at scale: a selection re-renders only the entries whose highlight changed.
const UndatedEvent = memo(function UndatedEvent({ event, highlighted, onSelectEvent }: { event: TimelineEvent; highlighted: boolean; onSelectEvent: (eventId: string) => void }) {
  return (
    <li className={highlighted ? 'timeline-undated--highlighted' : undefined}>
      <button type="button" className="timeline-table__select" onClick={() => onSelectEvent(event.id)}>
        {event.title}
      </button>{' '}
      <span className="timeline-undated__meta">
        {event.type}, {event.status}
        {event.disputed ? ', disputed' : ''}
      </span>
    </li>
  );
});

/** Events no source dated: they cannot sit on the axis, so they are listed under it. */
export const UndatedEvents = memo(function UndatedEvents({ events, highlighted, onSelectEvent }: UndatedEventsProps) {
  if (events.length === 0) return null;
  return (
    <details className="timeline-undated">
      <summary>
        {events.length} undated event{events.length === 1 ? '' : 's'}
      </summary>
      <ul>
        {events.map((event) => (
          <UndatedEvent key={event.id} event={event} highlighted={highlighted.has(event.id)} onSelectEvent={onSelectEvent} />
        ))}
      </ul>
    </details>
  );
});

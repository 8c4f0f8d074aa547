import { memo, useState } from 'react';
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

/**
 * Events no source dated: they cannot sit on the axis, so they are listed under it.
 * The list is rendered once opened: at scale it is thousands of entries (most of the page's DOM) that few readers open.
 */
export const UndatedEvents = memo(function UndatedEvents({ events, highlighted, onSelectEvent }: UndatedEventsProps) {
  const [open, setOpen] = useState(false);
  if (events.length === 0) return null;
  return (
    <details className="timeline-undated" open={open} onToggle={(toggle) => setOpen(toggle.currentTarget.open)}>
      <summary>
        {events.length} undated event{events.length === 1 ? '' : 's'}
      </summary>
      {open ? (
        <ul>
          {events.map((event) => (
            <UndatedEvent key={event.id} event={event} highlighted={highlighted.has(event.id)} onSelectEvent={onSelectEvent} />
          ))}
        </ul>
      ) : null}
    </details>
  );
});

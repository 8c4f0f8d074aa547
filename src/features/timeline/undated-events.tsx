import type { TimelineEvent } from './to-timeline-rows';

export interface UndatedEventsProps {
  events: readonly TimelineEvent[];
  highlighted: ReadonlySet<string>;
  onSelectEvent: (eventId: string) => void;
}

/** Events no source dated: they cannot sit on the axis, so they are listed under it. */
export function UndatedEvents({ events, highlighted, onSelectEvent }: UndatedEventsProps) {
  if (events.length === 0) return null;
  return (
    <details className="timeline-undated">
      <summary>
        {events.length} undated event{events.length === 1 ? '' : 's'}
      </summary>
      <ul>
        {events.map((event) => (
          <li key={event.id} className={highlighted.has(event.id) ? 'timeline-undated--highlighted' : undefined}>
            <button type="button" className="timeline-table__select" onClick={() => onSelectEvent(event.id)}>
              {event.title}
            </button>{' '}
            <span className="timeline-undated__meta">
              {event.type}, {event.status}
              {event.disputed ? ', disputed' : ''}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}

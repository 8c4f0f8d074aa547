import { useState } from 'react';
import { LANE_LABELS, STATUS_LABELS, describePrecision } from './event-labels';
import { formatDay } from './to-time-scale';
import type { TimelineEvent, TimelineRow } from './to-timeline-rows';

const PAGE_SIZE = 100;

export interface TimelineTableProps {
  dated: readonly TimelineRow[];
  undated: readonly TimelineEvent[];
  highlighted: ReadonlySet<string>;
  onSelectEvent: (eventId: string) => void;
}

function isDated(row: TimelineRow | TimelineEvent): row is TimelineRow {
  return 'start' in row;
}

function DateCell({ iso }: { iso: string }) {
  return <time dateTime={iso} title={iso}>{formatDay(iso)}</time>;
}

/** The timeline as a plain table (the accessible alternative to the chart), a page at a time. */
export function TimelineTable({ dated, undated, highlighted, onSelectEvent }: TimelineTableProps) {
  const [page, setPage] = useState(0);
  const rows: (TimelineRow | TimelineEvent)[] = [...dated, ...undated];
  const pageCount = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pageCount - 1);
  const visible = rows.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  return (
    <div className="timeline-table">
      <table>
        <caption className="visually-hidden">Events in the timeline, by start date; undated events last</caption>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Type</th>
            <th scope="col">Start</th>
            <th scope="col">End</th>
            <th scope="col">Date certainty</th>
            <th scope="col">Status</th>
            <th scope="col">Disputed</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((row) => (
            <tr key={row.id} className={highlighted.has(row.id) ? 'timeline-table__row--highlighted' : undefined}>
              <th scope="row">
                <button type="button" className="timeline-table__select" onClick={() => onSelectEvent(row.id)}>
                  {row.title}
                </button>
              </th>
              <td>{LANE_LABELS[row.type]}</td>
              <td>{isDated(row) ? <DateCell iso={row.start} /> : 'undated'}</td>
              <td>{isDated(row) ? <DateCell iso={row.end} /> : ''}</td>
              <td>{isDated(row) ? describePrecision(row) : ''}</td>
              <td>{STATUS_LABELS[row.status]}</td>
              <td>{row.disputed ? 'yes' : 'no'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pageCount > 1 ? (
        <nav className="timeline-table__pages" aria-label="Table pages">
          <button type="button" onClick={() => setPage(current - 1)} disabled={current === 0}>
            Previous page
          </button>
          <span>
            Page {current + 1} of {pageCount} ({rows.length} events)
          </span>
          <button type="button" onClick={() => setPage(current + 1)} disabled={current === pageCount - 1}>
            Next page
          </button>
        </nav>
      ) : null}
    </div>
  );
}

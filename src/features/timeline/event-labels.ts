/** Words for what the timeline draws: lane names, statuses and accessible labels. */
import type { EventStatus, EventType, Precision } from '../../../schema/bundle';
import { formatDay } from './to-time-scale';
import type { TimelineRow } from './to-timeline-rows';

export const LANE_LABELS: Readonly<Record<EventType, string>> = {
  visit: 'Visits',
  meeting: 'Meetings',
  exercise: 'Exercises',
  parade: 'Parades',
  exhibition: 'Exhibitions',
  delivery: 'Deliveries',
  agreement: 'Agreements',
  incident: 'Incidents',
  other: 'Other',
};

export const STATUS_LABELS: Readonly<Record<EventStatus, string>> = {
  planned: 'planned',
  occurred: 'occurred',
  cancelled: 'cancelled',
  unknown: 'status unknown',
};

const PRECISION_LABELS: Readonly<Record<Precision, string>> = {
  day: 'exact day',
  month: 'some time in the month',
  quarter: 'some time in the quarter',
  year: 'some time in the year',
};

/** "22 June 2020" for one day, "2 – 4 September 2020"-style ranges otherwise (locale-dependent). */
export function formatSpan(row: Pick<TimelineRow, 'start' | 'end'>, locale?: string): string {
  return row.start === row.end ? formatDay(row.start, locale) : `${formatDay(row.start, locale)} – ${formatDay(row.end, locale)}`;
}

/** How sure the date is, in words: the precision and the source's own phrase. */
export function describePrecision(row: Pick<TimelineRow, 'precision' | 'dateText'>): string {
  const words = row.dateText ? ` (“${row.dateText}”)` : '';
  return `${PRECISION_LABELS[row.precision]}${words}`;
}

/** Everything a screen reader needs about a bar: title, dates, certainty, status and dispute. */
export function toEventAriaLabel(row: TimelineRow, locale?: string): string {
  const parts = [row.title, formatSpan(row, locale)];
  if (row.precision !== 'day') parts.push(describePrecision(row));
  parts.push(STATUS_LABELS[row.status]);
  if (row.disputed) parts.push('disputed by sources');
  return parts.join(', ');
}

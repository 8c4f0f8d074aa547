/**
 * The timeline as an RFC 5545 iCalendar file: one all-day VEVENT per dated
 * event (DTEND is exclusive, so the day after the last day), with the date's
 * precision and original words in DESCRIPTION because a month- or
 * quarter-precise event is not really a month-long event.
 */
import type { FactsEvent, EventStatus, FactsBundle } from '../../../schema/bundle';

const MAX_LINE_OCTETS = 75;
const UID_DOMAIN = 'dossier.local';

const ICAL_STATUS: Record<EventStatus, string | null> = {
  planned: 'TENTATIVE',
  occurred: 'CONFIRMED',
  cancelled: 'CANCELLED',
  unknown: null,
};

/** A TEXT value with backslash, semicolon, comma and newlines escaped. */
export function escapeICalText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * A content line folded so no physical line exceeds 75 octets of UTF-8,
 * never splitting a multi-byte character; continuation lines start with a space.
 */
export function foldICalLine(line: string): string {
  const encoder = new TextEncoder();
  const physical: string[] = [];
  let current = '';
  let currentOctets = 0;
  for (const character of line) {
    const octets = encoder.encode(character).length;
    const limit = physical.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (currentOctets + octets > limit) {
      physical.push(current);
      current = '';
      currentOctets = 0;
    }
    current += character;
    currentOctets += octets;
  }
  physical.push(current);
  return physical.join('\r\n ');
}

/** "2020-06-22" -> "20200622". */
function toICalDate(isoDay: string): string {
  return isoDay.replaceAll('-', '');
}

/** The day after an ISO day, for the exclusive DTEND of an all-day event. */
export function nextIsoDay(isoDay: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** "2026-01-01T00:00:00.000Z" -> "20260101T000000Z". */
function toICalTimestamp(isoDateTime: string): string {
  return isoDateTime.replace(/[-:]/g, '').replace(/\.\d+/, '');
}

function toDescription(event: FactsEvent): string {
  const precision = event.precision ?? 'day';
  const words = event.dateText ? ` ("${event.dateText}")` : '';
  const disputed = event.disputes.length > 0 ? ` Disputed: ${event.disputes.map((dispute) => dispute.field).join(', ')}.` : '';
  return `Date precision: ${precision}${words}. Status: ${event.status}. Type: ${event.type}. Sources: ${event.sources.length}.${disputed}`;
}

function toVEventLines(event: FactsEvent & { start: string; end: string }, placeNames: Map<string, string>, stamp: string): string[] {
  const status = ICAL_STATUS[event.status];
  const location = event.placeIds.map((id) => placeNames.get(id) ?? id).join(', ');
  return [
    'BEGIN:VEVENT',
    `UID:${event.id}@${UID_DOMAIN}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${toICalDate(event.start)}`,
    `DTEND;VALUE=DATE:${toICalDate(nextIsoDay(event.end))}`,
    `SUMMARY:${escapeICalText(event.title)}`,
    `DESCRIPTION:${escapeICalText(toDescription(event))}`,
    ...(location ? [`LOCATION:${escapeICalText(location)}`] : []),
    `CATEGORIES:${escapeICalText(event.type)}`,
    ...(status ? [`STATUS:${status}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

function isDated(event: FactsEvent): event is FactsEvent & { start: string; end: string } {
  return event.start !== null && event.end !== null;
}

/**
 * A VCALENDAR of the dated events (undated ones cannot be placed on a calendar).
 * UIDs derive from event ids and DTSTAMP from the bundle's generation time, so
 * re-exporting the same data gives the same file and calendars update in place.
 */
export function toICalendar(events: readonly FactsEvent[], bundle: Pick<FactsBundle, 'places' | 'generatedAt'>): string {
  const placeNames = new Map<string, string>(bundle.places.map((place) => [place.id, place.name]));
  const stamp = toICalTimestamp(bundle.generatedAt);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Dossier//Dossier timeline export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Dossier timeline',
    ...events.filter(isDated).flatMap((event) => toVEventLines(event, placeNames, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${foldICalLine(line)}\r\n`).join('');
}

/**
 * Independent readers for the exported formats, used by the unit tests and
 * the browser download tests: a file is only correct if it reads back.
 */
import type { FeatureCollection } from 'geojson';

/** Parses RFC 4180 CSV (after stripping a BOM) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < source.length; index += 1) {
    const character = source[index];
    if (quoted) {
      if (character === '"' && source[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else cell += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      row.push(cell);
      cell = '';
    } else if (character === '\r' && source[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index += 1;
    } else cell += character;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** Problems that make a document invalid RFC 7946 GeoJSON; empty when it is valid. */
export function geoJsonProblems(collection: FeatureCollection | unknown): string[] {
  const problems: string[] = [];
  if (typeof collection !== 'object' || collection === null || !('type' in collection) || collection.type !== 'FeatureCollection') {
    return ['not a FeatureCollection'];
  }
  if ('crs' in collection) problems.push('RFC 7946 removed the "crs" member');
  const features = 'features' in collection && Array.isArray(collection.features) ? collection.features : null;
  if (!features) return [...problems, 'features is not an array'];
  const isPosition = (value: unknown): boolean =>
    Array.isArray(value) &&
    value.length >= 2 &&
    typeof value[0] === 'number' &&
    typeof value[1] === 'number' &&
    Math.abs(value[0]) <= 180 &&
    Math.abs(value[1]) <= 90;
  features.forEach((feature: unknown, index) => {
    if (typeof feature !== 'object' || feature === null || !('type' in feature) || feature.type !== 'Feature') {
      problems.push(`feature ${index} is not a Feature`);
      return;
    }
    if (!('properties' in feature)) problems.push(`feature ${index} has no properties member`);
    if ('id' in feature && typeof feature.id !== 'string' && typeof feature.id !== 'number') problems.push(`feature ${index} id is not a string or number`);
    const geometry = 'geometry' in feature ? feature.geometry : undefined;
    if (geometry === undefined) problems.push(`feature ${index} has no geometry member`);
    else if (geometry !== null) {
      const type = typeof geometry === 'object' && 'type' in geometry ? geometry.type : null;
      const coordinates = typeof geometry === 'object' && 'coordinates' in geometry ? geometry.coordinates : null;
      if (type === 'Point' && !isPosition(coordinates)) problems.push(`feature ${index} Point has a bad position`);
      else if (type === 'MultiPoint' && !(Array.isArray(coordinates) && coordinates.length > 0 && coordinates.every(isPosition)))
        problems.push(`feature ${index} MultiPoint has a bad position`);
      else if (type !== 'Point' && type !== 'MultiPoint') problems.push(`feature ${index} has unexpected geometry ${String(type)}`);
    }
  });
  return problems;
}

export interface ICalEvent {
  [property: string]: string;
}

/** Unfolds content lines (RFC 5545 3.1) and returns the VEVENTs' properties (name incl. parameters -> value). */
export function parseICalEvents(text: string): ICalEvent[] {
  const events: ICalEvent[] = [];
  let current: ICalEvent | null = null;
  for (const line of text.replace(/\r\n[ \t]/g, '').split('\r\n')) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return events;
}

/** Problems that make a document an invalid iCalendar file for our purposes; empty when it is valid. */
export function iCalendarProblems(text: string): string[] {
  const problems: string[] = [];
  if (!text.startsWith('BEGIN:VCALENDAR\r\n')) problems.push('does not start with BEGIN:VCALENDAR');
  if (!text.endsWith('END:VCALENDAR\r\n')) problems.push('does not end with END:VCALENDAR CRLF');
  if (/(^|[^\r])\n/.test(text)) problems.push('has a bare LF line ending');
  const encoder = new TextEncoder();
  text.split('\r\n').forEach((line, index) => {
    if (encoder.encode(line).length > 75) problems.push(`line ${index + 1} is longer than 75 octets`);
  });
  const unfolded = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  for (const required of ['VERSION:2.0', 'PRODID:']) {
    if (!unfolded.some((line) => line.startsWith(required))) problems.push(`missing ${required}`);
  }
  const begins = unfolded.filter((line) => line === 'BEGIN:VEVENT').length;
  const ends = unfolded.filter((line) => line === 'END:VEVENT').length;
  if (begins !== ends) problems.push('unbalanced VEVENT blocks');
  const uids = new Set<string>();
  parseICalEvents(text).forEach((event, index) => {
    for (const required of ['UID', 'DTSTAMP', 'DTSTART;VALUE=DATE', 'DTEND;VALUE=DATE', 'SUMMARY']) {
      if (!(required in event)) problems.push(`VEVENT ${index} lacks ${required}`);
    }
    const uid = event.UID ?? '';
    if (uids.has(uid)) problems.push(`duplicate UID ${uid}`);
    uids.add(uid);
    const start = event['DTSTART;VALUE=DATE'] ?? '';
    const end = event['DTEND;VALUE=DATE'] ?? '';
    if (!/^\d{8}$/.test(start) || !/^\d{8}$/.test(end) || end <= start) problems.push(`VEVENT ${index} has bad dates ${start}..${end}`);
  });
  return problems;
}

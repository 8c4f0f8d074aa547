import * as chrono from 'chrono-node';
import type { IsoDay } from '../../schema/bundle';
import { isIsoDay, toIsoDay } from '../dates/iso-day';

export interface PublicationDate {
  published: IsoDay | null;
  from: 'header' | 'text' | null;
  warnings: string[];
}

export interface DateHeader {
  /** The date as written after "date", e.g. "2020-13-45". */
  written: string;
  /** Offset just past the header and the blanks after it: where the prose starts. */
  end: number;
}

const DATE_HEADER = /^\uFEFF?[ \t]*date[ \t]+(\d[\d./-]{0,11})(?=\s|$)[ \t]*\n?/;

/** The leading " date YYYY-MM-DD" line prefix a corpus may carry, valid or not. */
export function findDateHeader(text: string): DateHeader | null {
  const match = DATE_HEADER.exec(text.slice(0, 40));
  if (match === null) return null;
  return { written: match[1] ?? '', end: match[0].length };
}

/** How far from the top and bottom of the body a byline is looked for. */
const BYLINE_WINDOW = 2000;

/** A label opens a line or follows a separator ("By PTI | Updated: ..."); in running prose "published" is just a verb. */
const BYLINE_LABEL =
  /(?<=^|\n|[|•·])[ \t]*(?:first published|last updated|published(?: on| at)?|updated(?: on| at)?|posted(?: on| at)?|dated)\s*(?:[:|–—-]\s*)?/gi;

/** "NEW DELHI, Sept 3, 2020 (PTI) —" or "Moscow, September 3, 2020:" at the start of the body. */
const DATELINE = /^[ \t]*\p{Lu}[\p{L} .'-]{1,40}?,\s+([^\n:—–(]{6,40}?)\s*(?:\([\p{L} ]{2,20}\)\s*)?[:—–-]/u;

/**
 * Finds the article's publication date: the " date YYYY-MM-DD" header, checked
 * against an explicit byline ("Published - September 04, 2020", "Updated: Sep 03,
 * 2020 07:05 IST") or a dateline at the start of the body. A byline that
 * disagrees with the header wins: a re-post keeps its original byline but gets
 * a new date line. Embedded tweets ("— ANI (@ANI) September 2, 2020") are not
 * bylines. Never guesses: no date found gives nulls.
 */
export function findPublicationDate(text: string, bodyStart: number): PublicationDate {
  const warnings: string[] = [];
  const header = findDateHeader(text);
  let headerDay: IsoDay | null = null;
  if (header !== null) {
    if (isIsoDay(header.written)) headerDay = header.written;
    else warnings.push(`date line '${header.written}' is not a valid date`);
  }
  const bylineDay = findBylineDay(text, bodyStart);
  if (bylineDay === null) return { published: headerDay, from: headerDay === null ? null : 'header', warnings };
  if (headerDay === null || headerDay === bylineDay) {
    return { published: bylineDay, from: headerDay === null ? 'text' : 'header', warnings };
  }
  warnings.push(`date line says ${headerDay} but the article's byline says ${bylineDay}; using the byline`);
  return { published: bylineDay, from: 'text', warnings };
}

function findBylineDay(text: string, bodyStart: number): IsoDay | null {
  const body = text.slice(bodyStart);
  const top = body.slice(0, BYLINE_WINDOW);
  const bottomStart = Math.max(BYLINE_WINDOW, body.length - BYLINE_WINDOW);
  const labelled = [...labelledDays(top), ...labelledDays(body.slice(bottomStart))];
  const published = labelled.find((found) => !found.isUpdate) ?? labelled[0];
  return published?.day ?? datelineDay(top);
}

interface LabelledDay {
  day: IsoDay;
  isUpdate: boolean;
}

function labelledDays(window: string): LabelledDay[] {
  const found: LabelledDay[] = [];
  for (const match of window.matchAll(BYLINE_LABEL)) {
    const after = match.index + match[0].length;
    const day = fullDayAt(window.slice(after, after + 40));
    if (day !== null) found.push({ day, isUpdate: /updated/i.test(match[0]) && !/first/i.test(match[0]) });
  }
  return found;
}

function datelineDay(top: string): IsoDay | null {
  const match = DATELINE.exec(top.slice(0, 160));
  return match === null ? null : fullDayAt(match[1] ?? '');
}

/** A date with day, month and year written right at the start of `words`. */
function fullDayAt(words: string): IsoDay | null {
  const [first] = chrono.strict.parse(words, new Date(2000, 0, 1, 12));
  if (first === undefined || first.index > 1) return null;
  const { start } = first;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  return toIsoDay(start.get('year') ?? 0, start.get('month') ?? 0, start.get('day') ?? 0);
}

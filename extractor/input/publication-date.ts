import * as chrono from 'chrono-node';
import type { IsoDay } from '../../schema/bundle';
import { isIsoDay, toIsoDay } from '../dates/iso-day';
import { nearestYear } from '../dates/nearest-year';
import { DATELINE } from '../text/dateline';

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

/** A time of day and its zone, which a date-only line may carry: "07:05 IST", "10:15 pm". */
const TIME_OF_DAY = /,?\s*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:\(?[A-Z]{2,4}\)?)?/gi;

/** How many lines from the top a bare date line ("Sep 3, 2020, 19:05 IST") counts as the publication date. */
const DATE_LINE_SCAN = 12;

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
  const bylineDay = findBylineDay(text, bodyStart, headerDay);
  if (bylineDay === null) return { published: headerDay, from: headerDay === null ? null : 'header', warnings };
  if (headerDay === null || headerDay === bylineDay) {
    return { published: bylineDay, from: headerDay === null ? 'text' : 'header', warnings };
  }
  warnings.push(`date line says ${headerDay} but the article's byline says ${bylineDay}; using the byline`);
  return { published: bylineDay, from: 'text', warnings };
}

function findBylineDay(text: string, bodyStart: number, headerDay: IsoDay | null): IsoDay | null {
  const body = text.slice(bodyStart);
  const top = body.slice(0, BYLINE_WINDOW);
  const bottomStart = Math.max(BYLINE_WINDOW, body.length - BYLINE_WINDOW);
  const labelled = [...labelledDays(top), ...labelledDays(body.slice(bottomStart))];
  const published = labelled.find((found) => !found.isUpdate) ?? labelled[0];
  return published?.day ?? datelineDay(top, headerDay) ?? bareDateLineDay(top);
}

interface LabelledDay {
  day: IsoDay;
  isUpdate: boolean;
}

function labelledDays(window: string): LabelledDay[] {
  const found: LabelledDay[] = [];
  for (const match of window.matchAll(BYLINE_LABEL)) {
    const after = match.index + match[0].length;
    const day = fullDayAt(window.slice(after, after + 40), null)?.day;
    if (day !== undefined) found.push({ day, isUpdate: /updated/i.test(match[0]) && !/first/i.test(match[0]) });
  }
  return found;
}

/** How many lines from the top a dateline may open (it often follows the headline and a byline). */
const DATELINE_SCAN = 6;

/** The dateline's day; a year-less one ("NEW DELHI, Sept 3 (PTI)") takes the year nearest the header's day. */
function datelineDay(top: string, headerDay: IsoDay | null): IsoDay | null {
  for (const line of top.split('\n', DATELINE_SCAN)) {
    const match = DATELINE.exec(line.slice(0, 160));
    const day = match === null ? null : (fullDayAt(match[1] ?? '', headerDay)?.day ?? null);
    if (day !== null) return day;
  }
  return null;
}

/**
 * A numeric day-first date opening a line, after a time if any: "16:05
 * 20.07.2021 (updated: 18:41 20.07.2021)" (RIA Novosti, Interfax). The dotted
 * form is day-first wherever it is used; chrono reads it as a time of day.
 */
const DOTTED_DATE_LINE = /^\s*(?:\d{1,2}:\d{2}\s+)?(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\d.])/;

function dottedDay(line: string): IsoDay | null {
  const match = DOTTED_DATE_LINE.exec(line);
  return match ? toIsoDay(Number(match[3]), Number(match[2]), Number(match[1])) : null;
}

/** A line near the top that is nothing but a date (and time), or such a part of a "|"-separated line. */
function bareDateLineDay(top: string): IsoDay | null {
  for (const line of top.split('\n', DATE_LINE_SCAN)) {
    const dotted = dottedDay(line);
    if (dotted !== null) return dotted;
    for (const part of line.split('|')) {
      const words = part.replace(TIME_OF_DAY, '').replace(/^[\s,.;-]+|[\s,.;-]+$/g, '');
      const found = words.length >= 8 && words.length <= 40 ? fullDayAt(words, null) : null;
      if (found !== null && found.length >= words.length - 1) return found.day;
    }
  }
  return null;
}

interface FoundDay {
  day: IsoDay;
  /** How many characters of the words the date took. */
  length: number;
}

/**
 * A date with day, month and year written right at the start of `words`; with
 * `yearNear`, a date without a year takes the year that puts it nearest that day.
 */
function fullDayAt(words: string, yearNear: IsoDay | null): FoundDay | null {
  const [first] = chrono.strict.parse(words, new Date(2000, 0, 1, 12));
  if (first === undefined || first.index > 1) return null;
  const { start } = first;
  if (!start.isCertain('month') || !start.isCertain('day')) return null;
  const month = start.get('month') ?? 0;
  const day = start.get('day') ?? 0;
  const year = start.isCertain('year') ? start.get('year') : yearNear && nearestYear(yearNear, 'unknown', month, day, day);
  const found = year ? toIsoDay(year, month, day) : null;
  return found && { day: found, length: first.index + first.text.length };
}

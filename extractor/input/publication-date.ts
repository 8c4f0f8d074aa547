import * as chrono from 'chrono-node';
import type { IsoDay } from '../../schema/bundle';
import { isIsoDay, toIsoDay } from '../dates/iso-day';
import { nearestYear } from '../dates/nearest-year';
import { DATELINE } from '../text/dateline';
import type { DateStamp } from './date-stamps';
import { findDateStamps } from './date-stamps';
import { isOtherStoryLine } from './page-noise';

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

/** How many lines from the top a bare date line ("Sep 3, 2020, 19:05 IST") counts as the publication date. */
const DATE_LINE_SCAN = 12;

/** Longer lines are prose, whatever dates they mention. */
const MAX_BYLINE_LINE = 200;

/**
 * Finds the article's publication date: the " date YYYY-MM-DD" header, checked
 * against an explicit byline ("Published - September 04, 2020", "Updated: Sep 03,
 * 2020 07:05 IST") or a dateline at the start of the body. A byline that
 * disagrees with the header wins: a re-post keeps its original byline but gets
 * a new date line. Embedded tweets ("— ANI (@ANI) September 2, 2020"),
 * related-story links and photo captions are not bylines. Never guesses: no
 * date found gives nulls.
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

interface PlacedStamp extends DateStamp {
  /** The stamp's line: its index among the top lines, or far below them for the bottom lines. */
  line: number;
}

/** How many lines apart a bare date line and an update may be to count as one byline ("Jun 22 2020, 22:15 ist" over "updated: Jun 23 2020"). */
const BYLINE_LINES = 2;

/**
 * The day of the article's own byline. First publication beats everything;
 * then, in order, a bare date line beside an update (the first publication,
 * updated since), a dateline ("NEW DELHI, June 22 (PTI)"), the update, a bare
 * date line near the top; the first of them, unless one agrees with the
 * header (a date line confirmed needs no warning).
 */
function findBylineDay(text: string, bodyStart: number, headerDay: IsoDay | null): IsoDay | null {
  const body = text.slice(bodyStart);
  const top = body.slice(0, BYLINE_WINDOW);
  const bottomStart = Math.max(BYLINE_WINDOW, body.length - BYLINE_WINDOW);
  const stamps = [...stampsOfLines(top, 0), ...stampsOfLines(body.slice(bottomStart), BYLINE_WINDOW)];
  const published = stamps.find((stamp) => stamp.kind === 'published');
  if (published !== undefined) return published.day;
  const bare = stamps.filter((stamp) => stamp.kind === 'bare' && stamp.line < DATE_LINE_SCAN);
  const updated = stamps.find((stamp) => stamp.kind === 'updated');
  const original = updated && bare.find((stamp) => Math.abs(stamp.line - updated.line) <= BYLINE_LINES && stamp.day < updated.day);
  const candidates = [original?.day, datelineDay(top, headerDay ?? updated?.day ?? null), updated?.day, bare[0]?.day].filter(
    (day): day is IsoDay => day !== undefined && day !== null,
  );
  return candidates.find((day) => day === headerDay) ?? candidates[0] ?? null;
}

/** The date stamps of the byline-like lines of a window, skipping other stories' links and photo captions. */
function stampsOfLines(window: string, firstLine: number): PlacedStamp[] {
  const lines = window.split('\n');
  return lines.flatMap((line, index) => {
    const stamps = line.length <= MAX_BYLINE_LINE ? findDateStamps(line) : [];
    return stamps.length === 0 || isOtherStoryLine(lines, index) ? [] : stamps.map((stamp) => ({ ...stamp, line: firstLine + index }));
  });
}

/** How many lines from the top a dateline may open (it often follows the headline and a byline). */
const DATELINE_SCAN = 6;

/**
 * A dateline the shared pattern leaves out: a place and a year-less day alone
 * on their line above the story ("New Delhi, June 22", Tribune), or closed by
 * full stops and the agency ("Moscow. June 22. INTERFAX -"). Group 1 is the date.
 */
const BARE_DATELINE =
  /^[ \t]*\p{Lu}[\p{L}.'-]*(?:[ \t]+\p{Lu}[\p{L}.'-]*){0,3}[,.][ \t]+(\p{Lu}\p{L}{2,8}\.?[ \t]+\d{1,2})(?:[ \t]*$|\.[ \t]+(?:INTERFAX|Interfax)\b)/u;

/** The dateline's date as written ("Sept 3", "December 6, 2021"), or undefined when the top has none. */
function datelineWritten(top: string): string | undefined {
  for (const line of top.split('\n', DATELINE_SCAN)) {
    const head = line.slice(0, 160);
    const written = DATELINE.exec(head)?.[1] ?? BARE_DATELINE.exec(head)?.[1];
    if (written !== undefined) return written;
  }
  return undefined;
}

/** The dateline's day; a year-less one ("NEW DELHI, Sept 3 (PTI)") takes the year nearest `yearNear` (the header's day or the update's). */
function datelineDay(top: string, yearNear: IsoDay | null): IsoDay | null {
  const written = datelineWritten(top);
  return written === undefined ? null : fullDayAt(written, yearNear);
}

/**
 * The month and day ("06-23") of a dateline without a year, in an article
 * with no date: the day it was filed, whose year only other reports can tell.
 */
export function findYearlessDatelineDay(text: string, bodyStart: number): string | null {
  const written = datelineWritten(text.slice(bodyStart, bodyStart + BYLINE_WINDOW));
  const [parsed] = written === undefined ? [] : chrono.strict.parse(written, new Date(2000, 0, 1, 12));
  if (parsed === undefined || parsed.start.isCertain('year') || !parsed.start.isCertain('day')) return null;
  return toIsoDay(2000, parsed.start.get('month') ?? 0, parsed.start.get('day') ?? 0)?.slice(5) ?? null;
}

/**
 * The day of a date written right at the start of `words`; with `yearNear`, a
 * date without a year takes the year that puts it nearest that day.
 */
function fullDayAt(words: string, yearNear: IsoDay | null): IsoDay | null {
  const [first] = chrono.strict.parse(words, new Date(2000, 0, 1, 12));
  if (first === undefined || first.index > 1) return null;
  const { start } = first;
  if (!start.isCertain('month') || !start.isCertain('day')) return null;
  const month = start.get('month') ?? 0;
  const day = start.get('day') ?? 0;
  const year = start.isCertain('year') ? start.get('year') : yearNear && nearestYear(yearNear, 'unknown', month, day, day);
  return year ? toIsoDay(year, month, day) : null;
}

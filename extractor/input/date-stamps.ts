import type { IsoDay } from '../../schema/bundle';
import { toIsoDay } from '../dates/iso-day';

/** What a byline says of its date: first publication, a later update, or nothing ("June 22, 2020 / 7:41 PM"). */
export type StampKind = 'published' | 'updated' | 'bare';

export interface DateStamp {
  day: IsoDay;
  kind: StampKind;
}

const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?`;
const YEAR = String.raw`((?:19|20)\d\d)\b`;
/** A year that a copied page may glue to its time ("June 22, 20207:41 PM UTCUpdated 2 years ago", Reuters). */
const GLUED_YEAR = String.raw`((?:19|20)\d\d)(?:\b|(?=\d{1,2}:\d\d))`;
const ORDINAL = String.raw`(?:st|nd|rd|th)?`;

/**
 * A date with its day, month and year, as bylines write it: "June 22, 2020",
 * "22nd June, 2020", "Jun 22 2020", "24-Jun-2020", "22/Jun/2020",
 * "2020-06-22T16:41:00+05:30", "2020/06/22", and day-first numbers "22-06-2020", "22.06.2020"
 * (the order of Indian, Russian, Chinese and European outlets; "06/22/2020",
 * impossible day-first, is read month-first). The written day is kept whatever the zone: the
 * outlet's own day is the one its "on Monday" counts from.
 */
const FULL_DATE = [
  String.raw`\b${MONTH}\s+(\d{1,2})${ORDINAL},?\s+${GLUED_YEAR}`,
  String.raw`\b(\d{1,2})${ORDINAL}\s+(?:of\s+)?${MONTH},?\s+${YEAR}`,
  String.raw`\b(\d{1,2})[-/]${MONTH}[-/]${YEAR}`,
  String.raw`\b((?:19|20)\d\d)[-/.](\d\d?)[-/.](\d\d?)(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?\b`,
  String.raw`\b(\d{1,2})[./-](\d{1,2})[./-]${YEAR}`,
].join('|');

const LABEL = String.raw`(first published|first uploaded|last updated|last modified|published|updated|uploaded|posted|issued|edited|modified|dated|upd\.)(?:\s+(?:on|at|time))?\s*[:|–—-]?`;
const TIME = String.raw`\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\b\.?)?`;
/** A zone may be glued to the label after it ("UTCUpdated"): copied pages lose the space. */
const ZONE = String.raw`\(?\b(?:IST|GMT|UTC|ET|EST|EDT|PT|PST|PDT|MSK|CST|PKT|BST|CET|CEST|JST|HKT|SGT|AEST)(?:\b|(?=[A-Z][a-z]))\)?`;
const WEEKDAY = String.raw`\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b`;

/** One pass over a byline finds its dates, labels, times, zones and weekdays; the words left between them must read like a byline. */
const STAMP_TOKEN = new RegExp(`(?:${FULL_DATE})|${LABEL}|${TIME}|${ZONE}|${WEEKDAY}`, 'gi');
const FULL_DATE_GROUPS = 15;
const LABEL_GROUP = FULL_DATE_GROUPS + 1;

/** Parts of a byline line: "By PTI | Jun 22, 2020", "June 22, 2020 / 7:41 PM / Updated 2 hours ago", "2 min read . Updated: ...". */
const SEGMENT_BREAK = /\s+[/·•.]\s+|\|/;

/** Lower-case words a byline may hold beside names: "of" in "Press Trust of India", "2 min read", "Defense News staff". */
const BYLINE_LOWER_WORDS: ReadonlySet<string> = new Set([
  'of', 'the', 'and', 'for', 'by', 'at', 'de', 'da', 'del', 'van', 'von', 'bin', 'al', 'min', 'mins', 'read', 'ago',
  'hour', 'hours', 'hrs', 'minute', 'minutes', 'day', 'days', 'year', 'years', 'about', 'staff', 'desk', 'bureau', 'correspondent', 'reporter', 'online', 'news', 'service',
]);

/** A date right after one of these words is told by a sentence, not stamped by a byline. */
const PREPOSITION_BEFORE = /\b(?:on|in|at|by|from|since|until|till|to|before|after|and|or|dated|of)[\s,]*$/i;

/** A byline's names before its date: "Source: China Military Online Editor: Huang Panyue". */
const MAX_LEAD_CHARS = 60;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthNumber(written: string): number {
  return MONTHS.indexOf(written.slice(0, 3).toLowerCase()) + 1;
}

/** A numeric date is day-first unless that day cannot exist and the month-first one can ("06/22/2020"). */
function numericDay(year: number, first: number, second: number): IsoDay | null {
  return toIsoDay(year, second, first) ?? toIsoDay(year, first, second);
}

/** The day a FULL_DATE match names, whichever of its forms matched. */
function dayOfMatch(match: RegExpExecArray): IsoDay | null {
  const group = (index: number) => match[index] ?? '';
  if (match[1] !== undefined) return toIsoDay(Number(group(3)), monthNumber(group(1)), Number(group(2)));
  if (match[4] !== undefined) return toIsoDay(Number(group(6)), monthNumber(group(5)), Number(group(4)));
  if (match[7] !== undefined) return toIsoDay(Number(group(9)), monthNumber(group(8)), Number(group(7)));
  if (match[10] !== undefined) return toIsoDay(Number(group(10)), Number(group(11)), Number(group(12)));
  if (match[13] !== undefined) return numericDay(Number(group(15)), Number(group(13)), Number(group(14)));
  return null;
}

function isDateMatch(match: RegExpExecArray): boolean {
  return match.slice(1, FULL_DATE_GROUPS + 1).some((group) => group !== undefined);
}

function labelKind(label: string): StampKind {
  return /updated|modified|edited|upd\./i.test(label) && !/first/i.test(label) ? 'updated' : 'published';
}

/** A name after its role may be written in lower case: "Editor: huaxia". */
const NAMED_ROLE = /\b(?:source|editor|author|reporter)\s*:\s*[^\s:|]+/gi;

/** Before a stamp: names, outlets, places, a read time ("FP Staff", "New Delhi, UPDATED:"); no handle, no prose. */
function isBylineLead(words: string): boolean {
  if (words.includes('@') || words.replace(/\s+/g, ' ').trim().length > MAX_LEAD_CHARS) return false;
  return wordsOf(words.replace(NAMED_ROLE, ' ')).every((word) => /^\p{Lu}/u.test(word) || BYLINE_LOWER_WORDS.has(word.toLowerCase()));
}

/** A date after a preposition is told by a sentence ("Talks Held On June 22, 2020"), unless the line is a byline ("By Web Desk On Jun 22, 2020"). */
function isToldDate(segment: string, dateAt: number): boolean {
  return !/^\s*by\b/i.test(segment) && PREPOSITION_BEFORE.test(segment.slice(0, dateAt));
}

/** After a bare date only lower-case byline words may follow ("at 11:50 PM", "2 hours ago"); a capital starts a headline or a sentence. */
function isBareDateTail(words: string): boolean {
  return wordsOf(words).every((word) => BYLINE_LOWER_WORDS.has(word));
}

function wordsOf(text: string): string[] {
  return text.match(/\p{L}[\p{L}'’.-]*/gu) ?? [];
}

/**
 * The stamps of one part of a byline line. A label counts after a byline lead
 * only ("The report, published on June 5" is prose); a bare date also needs
 * nothing but times, zones and a few lower-case words after it
 * ("Timeline: June 15, 2020 – Galwan Valley clash" is a heading).
 */
function stampsOfSegment(segment: string): DateStamp[] {
  const stamps: DateStamp[] = [];
  let label: StampKind | null = null;
  let lead = '';
  let tailOfBare: string | null = null;
  let lastEnd = 0;
  for (const match of segment.matchAll(STAMP_TOKEN)) {
    const gap = segment.slice(lastEnd, match.index);
    lastEnd = match.index + match[0].length;
    if (/[\p{L}\d]/u.test(gap)) label = null;
    lead += ` ${gap}`;
    if (tailOfBare !== null) tailOfBare += ` ${gap}`;
    if (match[LABEL_GROUP] !== undefined) {
      label = isBylineLead(lead) ? labelKind(match[LABEL_GROUP]) : null;
    } else if (isDateMatch(match)) {
      if (tailOfBare !== null && !isBareDateTail(tailOfBare)) stamps.pop();
      const isBare = label === null;
      const day = dayOfMatch(match);
      if (isBare && (!isBylineLead(lead) || isToldDate(segment, match.index))) return stamps;
      if (day !== null) stamps.push({ day, kind: label ?? 'bare' });
      tailOfBare = isBare && day !== null ? '' : null;
      label = null;
      lead = '';
    }
  }
  if (tailOfBare !== null && !isBareDateTail(`${tailOfBare} ${segment.slice(lastEnd)}`)) stamps.pop();
  return stamps;
}

/**
 * The dates a byline or date line stamps on its article, in line order:
 * "By PTI | Jun 22, 2020, 10:15 PM IST", "Updated: June 23, 2020, 08:10 IST
 * First Published: June 22, 2020", "FP Staff June 22, 2020 22:15:41 IST".
 * A line of prose that mentions a date ("Singh left on June 22, 2020.") or an
 * embedded tweet's signature stamps nothing.
 */
export function findDateStamps(line: string): DateStamp[] {
  if (!/(?:19|20)\d\d/.test(line)) return [];
  return line.split(SEGMENT_BREAK).flatMap(stampsOfSegment);
}

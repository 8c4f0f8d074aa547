import type { IsoDay } from '../../schema/bundle';

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD ("2020-02-30" is not one). */
export function isIsoDay(value: string): value is IsoDay {
  const match = ISO_DAY.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The day for a year, month (1-12) and day of month, or null when no such day exists. */
export function toIsoDay(year: number, month: number, day: number): IsoDay | null {
  const text = `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
  return isCalendarDay(text, year, month, day) ? text : null;
}

/** Checks the numbers `text` was built from, which is cheaper than parsing the text back. */
function isCalendarDay(_text: string, year: number, month: number, day: number): _text is IsoDay {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  const isLeap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && isLeap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

export interface DayParts {
  year: number;
  month: number;
  day: number;
}

export function toDayParts(day: IsoDay): DayParts {
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)) };
}

/** Days since 1970-01-01, for arithmetic that is immune to time zones. */
export function toEpochDay(day: IsoDay): number {
  const parts = toDayParts(day);
  return Math.round(Date.UTC(parts.year, parts.month - 1, parts.day) / DAY_MS);
}

export function fromEpochDay(epochDay: number): IsoDay {
  const date = new Date(epochDay * DAY_MS);
  const day = toIsoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  if (day === null) throw new RangeError(`day ${epochDay} is outside the years 1000-9999`);
  return day;
}

/** The day's noon in UTC: the reference instant chrono resolves against, safe from time-zone shifts. */
export function toNoonInstant(day: IsoDay): Date {
  return new Date(toEpochDay(day) * DAY_MS + DAY_MS / 2);
}

/** The UTC day an instant falls on. */
export function dayOfInstant(instant: Date): IsoDay {
  return fromEpochDay(Math.floor(instant.getTime() / DAY_MS));
}

export function addDays(day: IsoDay, days: number): IsoDay {
  return fromEpochDay(toEpochDay(day) + days);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(day: IsoDay): number {
  return (((toEpochDay(day) + 4) % 7) + 7) % 7;
}

export interface DaySpan {
  startDay: IsoDay;
  endDay: IsoDay;
}

/** First and last day of a month, or null when the year is out of range. */
export function monthSpan(year: number, month: number): DaySpan | null {
  const startDay = toIsoDay(year, month, 1);
  const endDay = toIsoDay(year, month, daysInMonth(year, month));
  return startDay && endDay ? { startDay, endDay } : null;
}

/** First and last day of the months `firstMonth`..`lastMonth` of a year. */
export function monthRangeSpan(year: number, firstMonth: number, lastMonth: number): DaySpan | null {
  const first = monthSpan(year, firstMonth);
  const last = monthSpan(year, lastMonth);
  return first && last ? { startDay: first.startDay, endDay: last.endDay } : null;
}

/** The time axis: its domain, its ticks and how a tick is labelled. */
import { DAY_MS } from './to-timeline-rows';

export type TickUnit = 'year' | 'quarter' | 'month' | 'week' | 'day';

/** Shown around a single day or a short span, so one event is not a full-width bar. */
const MIN_SPAN_MS = 30 * DAY_MS;

/**
 * The visible time range: the selected dates when set, otherwise the rows'
 * extent with a little margin. A lone event gets a month of context.
 */
export function toTimeDomain(rows: readonly { startMs: number; endMs: number }[], from: number | null, to: number | null): [number, number] {
  if (from !== null && to !== null) return [from, to];
  // A loop, not Math.min(...spread): tens of thousands of rows would overflow the argument stack.
  let first = Infinity;
  let last = -Infinity;
  for (const row of rows) {
    first = Math.min(first, row.startMs);
    last = Math.max(last, row.endMs);
  }
  const start = from ?? (Number.isFinite(first) ? first : Date.UTC(2020, 0, 1));
  const end = to ?? (Number.isFinite(last) ? last : start + 365 * DAY_MS);
  const span = Math.max(end - start, MIN_SPAN_MS);
  const margin = from === null && to === null ? span * 0.03 : 0;
  const middle = (start + end) / 2;
  return end - start < MIN_SPAN_MS
    ? [from ?? middle - span / 2 - margin, to ?? middle + span / 2 + margin]
    : [from ?? start - margin, to ?? end + margin];
}

/** The coarsest tick unit that still gives at least `minTicks` ticks over the span. */
export function toTickUnit(domain: readonly [number, number], minTicks = 4): TickUnit {
  const days = (domain[1] - domain[0]) / DAY_MS;
  if (days / 365 >= minTicks) return 'year';
  if (days / 91 >= minTicks) return 'quarter';
  if (days / 30 >= minTicks) return 'month';
  if (days / 7 >= minTicks) return 'week';
  return 'day';
}

function nextTick(ms: number, unit: TickUnit): number {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  switch (unit) {
    case 'year':
      return Date.UTC(year + 1, 0, 1);
    case 'quarter':
      return Date.UTC(year, month + 3, 1);
    case 'month':
      return Date.UTC(year, month + 1, 1);
    case 'week':
      return ms + 7 * DAY_MS;
    case 'day':
      return ms + DAY_MS;
  }
}

function firstTick(ms: number, unit: TickUnit): number {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const day = Date.UTC(year, month, date.getUTCDate());
  const aligned = {
    year: Date.UTC(year, 0, 1),
    quarter: Date.UTC(year, month - (month % 3), 1),
    month: Date.UTC(year, month, 1),
    week: day - ((date.getUTCDay() + 6) % 7) * DAY_MS,
    day,
  }[unit];
  return aligned < ms ? nextTick(aligned, unit) : aligned;
}

/** Room for the widest tick label ("Sep 2020" at 12px is about 52px) and a gap. */
const MIN_TICK_SPACING_PX = 72;
const MAX_TICKS = 10;

/**
 * How many tick labels fit on a plot this many pixels wide without overlapping, between 2 and 10.
 * The axis then shows every tick it is given: letting the chart library drop overlapping labels
 * measured each new label in the DOM, a forced layout in the middle of every filter change.
 */
export function toMaxTicks(plotWidth: number): number {
  return Math.max(2, Math.min(MAX_TICKS, Math.floor(plotWidth / MIN_TICK_SPACING_PX)));
}

/** Calendar-aligned ticks inside the domain, thinned to at most `maxTicks`. */
export function toTimeTicks(domain: readonly [number, number], maxTicks = MAX_TICKS): number[] {
  const unit = toTickUnit(domain);
  const ticks: number[] = [];
  for (let tick = firstTick(domain[0], unit); tick <= domain[1]; tick = nextTick(tick, unit)) ticks.push(tick);
  const stride = Math.ceil(ticks.length / maxTicks);
  return ticks.filter((_, index) => index % stride === 0);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Building an Intl formatter costs far more than using one, and a timeline formats thousands of dates. */
function formatterFor(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A short label for a tick in the reader's locale, e.g. "2021", "Q3 2020", "Jun 2020" or "22 Jun". */
export function formatTick(ms: number, unit: TickUnit, locale?: string): string {
  const date = new Date(ms);
  switch (unit) {
    case 'year':
      return String(date.getUTCFullYear());
    case 'quarter':
      return `Q${Math.floor(date.getUTCMonth() / 3) + 1} ${date.getUTCFullYear()}`;
    case 'month':
      return formatterFor(locale, { month: 'short', year: 'numeric' }).format(date);
    case 'week':
    case 'day':
      return formatterFor(locale, { day: 'numeric', month: 'short' }).format(date);
  }
}

/** An ISO day in the reader's locale, e.g. "22 June 2020" or "June 22, 2020". */
export function formatDay(isoDay: string, locale?: string): string {
  return formatterFor(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${isoDay}T00:00:00Z`));
}

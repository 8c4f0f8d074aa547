/** Dates are days without a time zone: format them in UTC so no reader sees the day before. */
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** A YYYY-MM-DD day in the reader's locale, e.g. "3 Sept 2020" or "Sep 3, 2020". */
export function toReadableDay(isoDay: string): string {
  const time = Date.parse(`${isoDay}T00:00:00Z`);
  return Number.isNaN(time) ? isoDay : dayFormat.format(time);
}

/** A day formatted for the reader, with the ISO date in the tooltip and the machine-readable attribute. */
export function FormattedDay({ day }: { day: string }) {
  return (
    <time dateTime={day} title={day}>
      {toReadableDay(day)}
    </time>
  );
}

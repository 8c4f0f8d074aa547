import { escapeICalText, foldICalLine, nextIsoDay, toICalendar } from '../../../src/features/export/to-icalendar';
import { makeSmallBundle } from '../../fixtures/fixture-bundles';
import { iCalendarProblems, parseICalEvents } from './export-validators';

describe('escapeICalText', () => {
  it.each([
    ['plain', 'INDRA naval exercise', 'INDRA naval exercise'],
    ['commas', 'Moscow, Russia', 'Moscow\\, Russia'],
    ['semicolons', 'a;b', 'a\\;b'],
    ['backslashes first', 'a\\b,c', 'a\\\\b\\,c'],
    ['newlines', 'one\ntwo\r\nthree', 'one\\ntwo\\nthree'],
  ])('escapes %s', (_kind, input, expected) => {
    expect(escapeICalText(input)).toBe(expected);
  });
});

describe('foldICalLine', () => {
  const octets = (text: string) => new TextEncoder().encode(text).length;

  it.each([
    ['a short line', 'SUMMARY:short'],
    ['an ASCII line of 200 characters', `DESCRIPTION:${'x'.repeat(200)}`],
    ['a line of multi-byte characters', `SUMMARY:${'Ü—ä'.repeat(60)}`],
    ['a line of four-byte characters', `SUMMARY:${'🛰'.repeat(40)}`],
  ])('folds %s into lines of at most 75 octets that unfold to the original', (_kind, line) => {
    const folded = foldICalLine(line);
    expect(folded.split('\r\n').every((physical) => octets(physical) <= 75)).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});

describe('nextIsoDay', () => {
  it.each([
    ['2020-06-24', '2020-06-25'],
    ['2020-12-31', '2021-01-01'],
    ['2020-02-28', '2020-02-29'],
    ['2021-02-28', '2021-03-01'],
  ])('the day after %s is %s', (day, next) => {
    expect(nextIsoDay(day)).toBe(next);
  });
});

describe('toICalendar', () => {
  const bundle = makeSmallBundle();
  const text = toICalendar(bundle.events, bundle);
  const events = parseICalEvents(text);
  const byUid = (uid: string) => events.find((event) => event.UID === uid);

  it('is structurally valid (CRLF, folded, balanced, required properties)', () => {
    expect(iCalendarProblems(text)).toEqual([]);
  });

  it('has one VEVENT per dated event', () => {
    expect(events).toHaveLength(bundle.events.filter((event) => event.start && event.end).length);
  });

  it('gives the same file for the same data (stable UIDs and DTSTAMP)', () => {
    expect(toICalendar(bundle.events, bundle)).toBe(text);
    expect(byUid('e-visit-2020-06@dossier.local')?.DTSTAMP).toBe('20260101T000000Z');
  });

  it.each([
    ['a one-day event', 'e-parade-2020-06-24@dossier.local', '20200624', '20200625'],
    ['a three-day visit', 'e-visit-2020-06@dossier.local', '20200622', '20200625'],
    ['a quarter-precise delivery', 'e-s400-delivery-2021@dossier.local', '20211001', '20220101'],
  ])('writes %s as all-day with an exclusive end', (_kind, uid, start, end) => {
    expect(byUid(uid)?.['DTSTART;VALUE=DATE']).toBe(start);
    expect(byUid(uid)?.['DTEND;VALUE=DATE']).toBe(end);
  });

  it('notes the precision and the original words in the description', () => {
    expect(byUid('e-s400-delivery-2021@dossier.local')?.DESCRIPTION).toContain('Date precision: quarter ("by the end of 2021")');
  });

  it.each([
    ['planned', 'e-indra-2020-09@dossier.local', 'TENTATIVE'],
    ['occurred', 'e-parade-2020-06-24@dossier.local', 'CONFIRMED'],
  ])('maps the %s status', (_status, uid, expected) => {
    expect(byUid(uid)?.STATUS).toBe(expected);
  });

  it('escapes place names in LOCATION', () => {
    expect(byUid('e-parade-2020-06-24@dossier.local')?.LOCATION).toBe('Red Square\\, Moscow');
  });
});

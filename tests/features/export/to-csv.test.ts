import { EVENTS_CSV_HEADER, PROCUREMENT_CSV_HEADER, toCsv, toCsvCell, toEventsCsv, toProcurementCsv } from '../../../src/features/export/to-csv';
import { makeSmallBundle } from '../../fixtures/fixture-bundles';
import { parseCsv } from './export-validators';

describe('toCsvCell', () => {
  it.each([
    ['plain text stays as is', 'S-400 Triumf', 'S-400 Triumf'],
    ['null becomes an empty cell', null, ''],
    ['numbers are written plainly', 5200000000, '5200000000'],
    ['a comma forces quotes', 'Moscow, Russia', '"Moscow, Russia"'],
    ['quotes are doubled inside quotes', 'the "Triumf"', '"the ""Triumf"""'],
    ['a line break forces quotes', 'line one\nline two', '"line one\nline two"'],
    ['= is neutralised', '=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+ is neutralised', '+1 555', "'+1 555"],
    ['- is neutralised', '-2+3', "'-2+3"],
    ['@ is neutralised', '@SUM(A1)', "'@SUM(A1)"],
    ['a leading tab is neutralised', '\t=1', "'\t=1"],
    ['a leading CR is neutralised and quoted', '\r=1', `"'\r=1"`],
    ['a trigger later in the text is harmless', 'S-400 = air defence', 'S-400 = air defence'],
  ])('%s', (_behaviour, input, expected) => {
    expect(toCsvCell(input)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 byte-order mark and ends every row with CRLF', () => {
    expect(toCsv([['a', 'b'], ['c', null]])).toBe('\uFEFFa,b\r\nc,\r\n');
  });

  it('reads back to the same cells, apart from the neutralising apostrophe', () => {
    const rows = [['Quote "x"', 'a,b', 'multi\r\nline', 'Ünïcödé — 5,2 млрд']];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});

describe('toProcurementCsv', () => {
  const bundle = makeSmallBundle();
  const rows = parseCsv(toProcurementCsv(bundle.procurement));

  it('writes a header and one row per item', () => {
    expect(rows[0]).toEqual(PROCUREMENT_CSV_HEADER);
    expect(rows.slice(1).map((row) => row[0])).toEqual(bundle.procurement.map((item) => item.id));
  });

  it.each([
    ['designation', 'S-400 Triumf'],
    ['aliases', 'S-400'],
    ['supplier', 'RU'],
    ['recipient', 'IN'],
    ['status', 'delivery-pending'],
    ['value_amount', '5200000000'],
    ['value_currency', 'USD'],
    ['expected_delivery_precision', 'quarter'],
    ['expected_delivery_text', 'by the end of 2021'],
    ['sources', '3'],
  ])('fills the %s column of the S-400 row', (column, expected) => {
    const s400 = rows.find((row) => row[0] === 's-400') ?? [];
    expect(s400[PROCUREMENT_CSV_HEADER.indexOf(column)]).toBe(expected);
  });

  it('leaves unknown values empty', () => {
    const ak = rows.find((row) => row[0] === 'ak-203') ?? [];
    expect(ak[PROCUREMENT_CSV_HEADER.indexOf('value_amount')]).toBe('');
    expect(ak[PROCUREMENT_CSV_HEADER.indexOf('expected_delivery_start')]).toBe('');
  });
});

describe('toEventsCsv', () => {
  const bundle = makeSmallBundle();
  const rows = parseCsv(toEventsCsv(bundle.events, bundle));
  const column = (row: string[] | undefined, name: string) => row?.[EVENTS_CSV_HEADER.indexOf(name)];

  it('writes a header and one row per event', () => {
    expect(rows[0]).toEqual(EVENTS_CSV_HEADER);
    expect(rows).toHaveLength(bundle.events.length + 1);
  });

  it('resolves place and item names', () => {
    const parade = rows.find((row) => row[0] === 'e-parade-2020-06-24');
    expect(column(parade, 'places')).toBe('Red Square; Moscow');
    const visit = rows.find((row) => row[0] === 'e-visit-2020-09');
    expect(column(visit, 'items')).toBe('AK-203; S-400 Triumf');
  });

  it('keeps the precision and the original words of an uncertain date', () => {
    const delivery = rows.find((row) => row[0] === 'e-s400-delivery-2021');
    expect([column(delivery, 'start'), column(delivery, 'end'), column(delivery, 'precision'), column(delivery, 'date_text')]).toEqual([
      '2021-10-01',
      '2021-12-31',
      'quarter',
      'by the end of 2021',
    ]);
  });

  it('leaves the dates of an undated event empty', () => {
    const undated = rows.find((row) => row[0] === 'e-multilateral-exercise');
    expect(column(undated, 'start')).toBe('');
  });
});

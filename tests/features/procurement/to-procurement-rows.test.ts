import { DateSpanSchema, MoneySchema } from '../../../schema/bundle';
import {
  toCategories,
  toCountryName,
  toDeliveryLabel,
  toLinkedItemIds,
  toProcurementRows,
  toSortedRows,
  toVisibleSortedRows,
  toValueLabel,
} from '../../../src/features/procurement/to-procurement-rows';
import type { SortDirection, SortKey } from '../../../src/features/procurement/to-procurement-rows';
import { makeDisputedBundle, makeLargeBundle, makeSmallBundle } from '../../fixtures/fixture-bundles';

describe('toDeliveryLabel', () => {
  it.each([
    ['2021-10-01', '2021-12-31', 'quarter', 'Q4 2021'],
    ['2021-01-01', '2021-03-31', 'quarter', 'Q1 2021'],
    ['2021-12-01', '2021-12-31', 'month', 'Dec 2021'],
    ['2021-01-01', '2021-12-31', 'year', '2021'],
    ['2020-09-03', '2020-09-03', 'day', '3 Sep 2020'],
    ['2020-09-02', '2020-09-04', 'day', '2020-09-02 – 2020-09-04'],
  ])('%s..%s at %s precision reads "%s"', (start, end, precision, expected) => {
    expect(toDeliveryLabel(DateSpanSchema.parse({ start, end, precision, text: '' }))).toBe(expected);
  });
});

describe('toCountryName', () => {
  it.each([
    ['RU', 'Russia'],
    ['IN', 'India'],
    ['fr', 'France'],
    [null, null],
  ])('%s -> %s', (code, expected) => {
    expect(toCountryName(code)).toBe(expected);
  });
});

describe('toValueLabel', () => {
  it.each([
    [{ amount: 5_200_000_000, currency: 'USD', text: 'USD 5.2 billion' }, '$5.2B'],
    [{ amount: 39_000_000_000, currency: 'INR', text: 'Rs 3,900 crore' }, '₹39B'],
    [{ amount: 1_000, currency: 'ZZZ', text: 'a thousand zorkmids' }, 'ZZZ 1K'],
    [{ amount: 1_000, currency: '$$$', text: 'a thousand of something' }, 'a thousand of something'],
  ])('formats %o compactly as %s', (money, expected) => {
    expect(toValueLabel(MoneySchema.parse(money)).replace(/\u00a0/g, ' ')).toBe(expected);
  });
});

describe('toProcurementRows', () => {
  it('counts distinct corroborating articles, including every side of a dispute', () => {
    const bundle = makeDisputedBundle();
    const rows = toProcurementRows(bundle.procurement, new Set());
    expect(Object.fromEntries(rows.map((row) => [row.id, row.corroboration]))).toEqual({ 's-400': 3, 'ak-203': 3, 'su-30mki': 1, 't-90': 1 });
    expect(rows.find((row) => row.id === 's-400')?.disputedFields).toEqual(['status', 'expectedDelivery']);
  });

  it.each([
    [{ place: null, event: 'e-singh-shoigu-2020-09-03' }, ['ak-203']],
    [{ place: 'moscow', event: null }, ['ak-203', 's-400']],
    [{ place: 'strait-of-malacca', event: null }, []],
    [{ place: null, event: null }, []],
  ])('links the items of the selection %o', (selection, expected) => {
    expect([...toLinkedItemIds(makeSmallBundle(), selection)].sort()).toEqual(expected);
  });
});

describe('toSortedRows', () => {
  const rows = toProcurementRows(makeSmallBundle().procurement, new Set());
  it.each([
    ['name', 'ascending', ['AK-203', 'S-400 Triumf', 'Su-30MKI spares', 'T-90 spares']],
    ['name', 'descending', ['T-90 spares', 'Su-30MKI spares', 'S-400 Triumf', 'AK-203']],
    ['value', 'ascending', ['S-400 Triumf', 'AK-203', 'Su-30MKI spares', 'T-90 spares']],
    ['delivery', 'descending', ['S-400 Triumf', 'AK-203', 'Su-30MKI spares', 'T-90 spares']],
    ['status', 'descending', ['S-400 Triumf', 'AK-203', 'Su-30MKI spares', 'T-90 spares']],
    ['category', 'ascending', ['S-400 Triumf', 'Su-30MKI spares', 'T-90 spares', 'AK-203']],
  ] satisfies [SortKey, SortDirection, string[]][])('sorts by %s %s, rows without a value last', (key, direction, expected) => {
    expect(toSortedRows(rows, key, direction).map((row) => row.name)).toEqual(expected);
  });
});

describe('toVisibleSortedRows', () => {
  const bundle = makeLargeBundle(300);
  it.each([
    ['name', 'ascending', 1],
    ['value', 'descending', 2],
    ['delivery', 'ascending', 3],
    ['corroboration', 'descending', 5],
  ] satisfies [SortKey, SortDirection, number][])('gives the visible items sorted by %s %s, linked ones marked, as sorting them afresh would', (key, direction, every) => {
    const items = bundle.procurement.filter((_, index) => index % every === 0);
    const linked = new Set(items.slice(0, 3).map((item) => String(item.id)));
    expect(toVisibleSortedRows(bundle, items, linked, key, direction)).toEqual(toSortedRows(toProcurementRows(items, linked), key, direction));
  });
});

describe('toSortedRows on numbered designations', () => {
  it('sorts numbers inside names by value, not by character', () => {
    const rows = toProcurementRows(makeLargeBundle(0).procurement.slice(0, 12), new Set());
    expect(toSortedRows(rows, 'name', 'ascending').map((row) => row.name).slice(0, 4)).toEqual(['System 0', 'System 1', 'System 2', 'System 3']);
  });
});

describe('toCategories', () => {
  it('lists each category once, sorted', () => {
    expect(toCategories(makeSmallBundle())).toEqual(['air defence', 'aircraft', 'armoured vehicles', 'small arms']);
  });
});

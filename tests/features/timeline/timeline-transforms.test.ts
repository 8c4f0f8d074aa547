import { describe, expect, it } from 'vitest';
import type { EventType } from '../../../schema/bundle';
import { EMPTY_STATE, parseDashboardState } from '../../../src/shared/state/dashboard-state';
import type { FilterState } from '../../../src/shared/filters/visible-facts';
import { DAY_MS, toDayMs, toHighlightedEvents, toRecordSpan, toTimelineRows } from '../../../src/features/timeline/to-timeline-rows';
import { MAX_INDIVIDUAL_BARS, toBucketEnd, toBucketSize, toBucketStart, toCachedLaneBuckets, toHighlightedBuckets, toLaneBuckets } from '../../../src/features/timeline/to-lane-buckets';
import type { BucketSize } from '../../../src/features/timeline/to-lane-buckets';
import { formatTick, toMaxTicks, toTickUnit, toTimeDomain, toTimeTicks } from '../../../src/features/timeline/to-time-scale';
import { toTracks } from '../../../src/features/timeline/to-tracks';
import { toBrushIndices, toBrushRange, toMonthBoundaries, toMonthCounts } from '../../../src/features/timeline/to-month-counts';
import { makeDisputedBundle, makeEmptyBundle, makeLargeBundle, makeSmallBundle } from '../../fixtures/fixture-bundles';

const ms = (day: string) => toDayMs(day);

describe('toTimelineRows', () => {
  const { dated, undated } = toTimelineRows(makeSmallBundle(), EMPTY_STATE);
  const byId = new Map(dated.map((row) => [row.id, row]));

  it.each([
    ['e-visit-2020-06', 0, '2020-06-22', '2020-06-24', 'day', 3],
    ['e-parade-2020-06-24', 3, '2020-06-24', '2020-06-24', 'day', 1],
    ['e-aero-india-2021', 4, '2021-02-01', '2021-02-28', 'month', 28],
    ['e-s400-delivery-2021', 5, '2021-10-01', '2021-12-31', 'quarter', 92],
    ['e-lac-standoff-2020', 7, '2020-05-05', '2020-09-02', 'day', 121],
  ])('%s sits in lane %i from %s to %s (%s precision, %i days wide)', (id, lane, start, end, precision, days) => {
    const row = byId.get(id);
    expect(row).toMatchObject({ lane, start, end, precision });
    expect(((row?.endMs ?? 0) - (row?.startMs ?? 0)) / DAY_MS).toBe(days);
  });

  it('sorts dated rows by start and keeps undated events apart', () => {
    expect(dated.map((row) => row.start)).toEqual([...dated.map((row) => row.start)].sort());
    expect(undated.map((event) => event.id)).toEqual(['e-multilateral-exercise']);
  });

  it('keeps the source words for the date', () => {
    expect(byId.get('e-s400-delivery-2021')?.dateText).toBe('by the end of 2021');
  });

  it('marks disputed events', () => {
    const rows = toTimelineRows(makeDisputedBundle(), EMPTY_STATE).dated;
    expect(rows.filter((row) => row.disputed).map((row) => row.id)).toEqual(['e-visit-2020-06']);
  });

  it.each([
    [{ place: 'moscow' }, 6],
    [{ from: '2021-01-01', to: null }, 2],
    [{ types: ['meeting'] }, 3],
  ] satisfies [Partial<FilterState>, number][])('applies the shared filters %j', (patch, count) => {
    expect(toTimelineRows(makeSmallBundle(), { ...EMPTY_STATE, ...patch }).dated).toHaveLength(count);
  });
});

describe('toHighlightedEvents', () => {
  const bundle = makeSmallBundle();
  it.each([
    [{ event: null, item: null }, '', []],
    [{ event: 'e-indra-2020-09', item: null }, '', ['e-indra-2020-09']],
    [{ event: null, item: 's-400' }, '', ['e-s400-delivery-2021', 'e-visit-2020-06', 'e-visit-2020-09']],
    [{ event: 'e-indra-2020-09', item: 's-400' }, '', ['e-indra-2020-09', 'e-s400-delivery-2021', 'e-visit-2020-06', 'e-visit-2020-09']],
    [{ event: null, item: 's-400' }, '?types=visit', ['e-visit-2020-06', 'e-visit-2020-09']],
    [{ event: 'e-indra-2020-09', item: null }, '?types=visit', []],
    [{ event: null, item: 'unknown' }, '', []],
  ])('%j with filters "%s" highlights the visible events %j', (selection, search, expected) => {
    expect([...toHighlightedEvents(bundle, parseDashboardState(search), selection).ids].sort()).toEqual(expected);
  });

  it('places the highlighted dated events as the timeline rows of those events', () => {
    const { dated } = toHighlightedEvents(bundle, EMPTY_STATE, { event: null, item: 's-400' });
    const rows = toTimelineRows(bundle, EMPTY_STATE).dated.filter((row) => dated.some((highlighted) => highlighted.id === row.id));
    expect(dated.map(({ id, type, lane, startMs }) => ({ id, type, lane, startMs })).sort((a, b) => a.startMs - b.startMs)).toEqual(rows.map(({ id, type, lane, startMs }) => ({ id, type, lane, startMs })));
  });
});

describe('toBucketStart / toBucketEnd', () => {
  it.each([
    ['2020-06-24', 'week', '2020-06-22', '2020-06-29'],
    ['2020-06-22', 'week', '2020-06-22', '2020-06-29'],
    ['2020-06-28', 'week', '2020-06-22', '2020-06-29'],
    ['2021-01-01', 'week', '2020-12-28', '2021-01-04'],
    ['2020-06-24', 'month', '2020-06-01', '2020-07-01'],
    ['2020-12-31', 'month', '2020-12-01', '2021-01-01'],
  ] satisfies [string, 'week' | 'month', string, string][])('%s falls in the %s starting %s, ending before %s', (day, size, start, end) => {
    const bucketStart = toBucketStart(ms(day), size);
    expect(bucketStart).toBe(ms(start));
    expect(toBucketEnd(bucketStart, size)).toBe(ms(end));
  });
});

describe('toBucketSize', () => {
  const year: [number, number] = [ms('2020-01-01'), ms('2021-01-01')];
  const decade: [number, number] = [ms('2015-01-01'), ms('2025-01-01')];
  it.each([
    [10, year, null],
    [MAX_INDIVIDUAL_BARS, decade, null],
    [MAX_INDIVIDUAL_BARS + 1, year, 'week'],
    [2000, decade, 'month'],
  ] satisfies [number, [number, number], string | null][])('%i rows over the span -> %s', (count, domain, expected) => {
    expect(toBucketSize(count, domain)).toBe(expected);
  });
});

describe('toLaneBuckets', () => {
  it('counts events, and highlighted events, per lane per bucket', () => {
    const visit: EventType = 'visit';
    const meeting: EventType = 'meeting';
    const rows = [
      { id: 'a', type: visit, lane: 0, startMs: ms('2020-06-22') },
      { id: 'b', type: visit, lane: 0, startMs: ms('2020-06-24') },
      { id: 'c', type: visit, lane: 0, startMs: ms('2020-07-01') },
      { id: 'd', type: meeting, lane: 1, startMs: ms('2020-06-23') },
    ];
    expect(toLaneBuckets(rows, 'week', new Set(['b', 'd'])).map((bucket) => [bucket.type, new Date(bucket.startMs).toISOString().slice(0, 10), bucket.count, bucket.highlightedCount])).toEqual([
      ['visit', '2020-06-22', 2, 1],
      ['visit', '2020-06-29', 1, 0],
      ['meeting', '2020-06-22', 1, 1],
    ]);
  });

  it.each([
    ['an item-like selection', ['a', 'b', 'c', 'd']],
    ['one event', ['c']],
    ['nothing', []],
  ])('adds the highlighted counts of %s to the plain buckets as counting them together would', (_name, ids) => {
    const rows = toTimelineRows(makeLargeBundle(500), EMPTY_STATE).dated;
    const highlighted = new Set([...ids, ...rows.slice(0, ids.length * 7).map((row) => row.id)]);
    const plain = toLaneBuckets(rows, 'month');
    expect(toHighlightedBuckets(plain, rows.filter((row) => highlighted.has(row.id)), 'month')).toEqual(toLaneBuckets(rows, 'month', highlighted));
  });

  it.each(['week', 'month'] satisfies BucketSize[])('keeps the %s buckets of a rows list, equal to counting them afresh, so clearing a filter recounts nothing', (size) => {
    const { dated } = toTimelineRows(makeLargeBundle(500), EMPTY_STATE);
    const cached = toCachedLaneBuckets(dated, size);
    expect(cached).toEqual(toLaneBuckets(dated, size));
    expect(toCachedLaneBuckets(dated, size)).toBe(cached);
    expect(toCachedLaneBuckets([...dated], size)).not.toBe(cached);
  });

  it('counts rows that are not in time order as it counts them sorted', () => {
    const { dated } = toTimelineRows(makeLargeBundle(500), EMPTY_STATE);
    const shuffled = dated.map((row, index) => ({ row, key: (index * 7919) % dated.length })).sort((a, b) => a.key - b.key).map(({ row }) => row);
    expect(toLaneBuckets(shuffled, 'week')).toEqual(toLaneBuckets(dated, 'week'));
  });

  it('keeps every event of the 2,000-event bundle in exactly one bucket', () => {
    const { dated } = toTimelineRows(makeLargeBundle(2000), EMPTY_STATE);
    const buckets = toLaneBuckets(dated, 'month');
    expect(buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(dated.length);
    expect(buckets.length).toBeLessThan(9 * 121);
  });
});

describe('toMaxTicks', () => {
  it.each([
    [1200, 10],
    [720, 10],
    [500, 6],
    [150, 2],
    [0, 2],
  ])('fits %i px of plot with %i tick labels', (width, expected) => {
    expect(toMaxTicks(width)).toBe(expected);
  });
});

describe('toTimeDomain', () => {
  it.each([
    ['the selected range, exactly', [{ startMs: ms('2020-01-01'), endMs: ms('2020-02-01') }], ms('2019-01-01'), ms('2022-01-01'), [ms('2019-01-01'), ms('2022-01-01')]],
    ['a lone day widened to a month around it', [{ startMs: ms('2020-06-15'), endMs: ms('2020-06-16') }], null, null, [ms('2020-06-15') + DAY_MS / 2 - 15.9 * DAY_MS, ms('2020-06-15') + DAY_MS / 2 + 15.9 * DAY_MS]],
  ])('%s', (_name, rows, from, to, expected) => {
    const [start, end] = toTimeDomain(rows, from, to);
    expect(start).toBeCloseTo(expected[0] ?? 0, -3);
    expect(end).toBeCloseTo(expected[1] ?? 0, -3);
  });

  it('pads the rows’ extent a little', () => {
    const [start, end] = toTimeDomain([{ startMs: ms('2020-01-01'), endMs: ms('2021-01-01') }], null, null);
    expect(start).toBeLessThan(ms('2020-01-01'));
    expect(end).toBeGreaterThan(ms('2021-01-01'));
    expect(end - start).toBeLessThan(400 * DAY_MS);
  });
});

describe('ticks', () => {
  it.each([
    [['2015-01-01', '2025-01-01'], 'year'],
    [['2020-01-01', '2021-06-01'], 'quarter'],
    [['2020-05-01', '2020-10-01'], 'month'],
    [['2020-06-01', '2020-07-15'], 'week'],
    [['2020-06-01', '2020-06-10'], 'day'],
  ])('%j is ticked by %s', ([from = '', to = ''], unit) => {
    expect(toTickUnit([ms(from), ms(to)])).toBe(unit);
  });

  it('puts month ticks on the first of each month inside the domain', () => {
    const ticks = toTimeTicks([ms('2020-05-15'), ms('2020-10-10')]);
    expect(ticks.map((tick) => new Date(tick).toISOString().slice(0, 10))).toEqual(['2020-06-01', '2020-07-01', '2020-08-01', '2020-09-01', '2020-10-01']);
  });

  it('thins ticks to at most ten', () => {
    expect(toTimeTicks([ms('1900-01-01'), ms('2025-01-01')]).length).toBeLessThanOrEqual(10);
  });

  it.each([
    ['2021-01-01', 'year', '2021'],
    ['2020-07-01', 'quarter', 'Q3 2020'],
    ['2020-06-01', 'month', 'Jun 2020'],
    ['2020-06-22', 'week', '22 Jun'],
  ] satisfies [string, 'year' | 'quarter' | 'month' | 'week', string][])('labels %s as a %s tick "%s"', (day, unit, label) => {
    expect(formatTick(ms(day), unit, 'en-GB')).toBe(label);
  });
});

describe('toTracks', () => {
  it.each([
    ['separate spans share the first track', [{ x0: 0, x1: 10 }, { x0: 20, x1: 30 }], [0, 0]],
    ['overlapping spans stack', [{ x0: 0, x1: 10 }, { x0: 5, x1: 15 }, { x0: 8, x1: 20 }], [0, 1, 2]],
    ['a span reuses the first free track', [{ x0: 0, x1: 10 }, { x0: 5, x1: 15 }, { x0: 13, x1: 20 }], [0, 1, 0]],
    ['beyond the track limit, the earliest-freed track is shared', [{ x0: 0, x1: 10 }, { x0: 1, x1: 20 }, { x0: 2, x1: 30 }, { x0: 3, x1: 40 }], [0, 1, 2, 0]],
    ['spans closer than the gap do not share a track', [{ x0: 0, x1: 10 }, { x0: 11, x1: 20 }], [0, 1]],
  ])('%s', (_name, spans, expected) => {
    expect(toTracks(spans, 3)).toEqual(expected);
  });
});

describe('brush months', () => {
  const months = toMonthCounts([{ startMs: ms('2020-05-05') }, { startMs: ms('2020-06-22') }, { startMs: ms('2020-06-24') }, { startMs: ms('2020-09-02') }]);

  it('counts a large bundle per month as one pass per event would, and keeps the counts per rows list', () => {
    const { dated } = toTimelineRows(makeLargeBundle(2000), EMPTY_STATE);
    const counted = toMonthCounts(dated);
    expect(counted.reduce((sum, month) => sum + month.count, 0)).toBe(dated.length);
    const firstMonth = counted[0];
    expect(firstMonth?.count).toBe(dated.filter((row) => toBucketStart(row.startMs, 'month') === firstMonth?.startMs).length);
    expect(toMonthCounts(dated)).toBe(counted);
  });

  it('counts every month in the span, empty ones included', () => {
    expect(months.map((month) => [month.month, month.count])).toEqual([
      ['2020-05', 1],
      ['2020-06', 2],
      ['2020-07', 0],
      ['2020-08', 0],
      ['2020-09', 1],
    ]);
  });

  it('counts over the months of a given span instead, even with no rows, each rows list kept per span', () => {
    const rows = [{ startMs: ms('2020-06-22') }];
    const span: [number, number] = [ms('2020-04-30'), ms('2020-07-01')];
    const counted = toMonthCounts(rows, span);
    expect(counted.map((month) => [month.month, month.count])).toEqual([
      ['2020-04', 0],
      ['2020-05', 0],
      ['2020-06', 1],
      ['2020-07', 0],
    ]);
    expect(toMonthCounts(rows, [...span])).toBe(counted);
    expect(toMonthCounts(rows).map((month) => month.month)).toEqual(['2020-06']);
    expect(toMonthCounts([], span).map((month) => month.count)).toEqual([0, 0, 0, 0]);
  });

  it('spans the whole record with toRecordSpan, from the first start to the last', () => {
    const bundle = makeLargeBundle(300);
    const starts = toTimelineRows(bundle, EMPTY_STATE).dated.map((row) => row.startMs);
    expect(toRecordSpan(bundle)).toEqual([Math.min(...starts), Math.max(...starts)]);
    expect(toRecordSpan(makeEmptyBundle())).toBeNull();
  });

  it('puts a boundary before every month and one after the last', () => {
    expect(toMonthBoundaries(months).map((boundary) => boundary.month)).toEqual(['2020-05', '2020-06', '2020-07', '2020-08', '2020-09', '2020-10']);
    expect(toMonthBoundaries([])).toEqual([]);
  });

  it('gives the same boundaries for the same months whatever their counts, and new ones for another span', () => {
    const boundaries = toMonthBoundaries(months);
    const otherCounts = toMonthCounts([{ startMs: ms('2020-05-20') }, { startMs: ms('2020-09-30') }]);
    expect(toMonthBoundaries(otherCounts)).toBe(boundaries);
    const later = toMonthCounts([{ startMs: ms('2020-06-01') }, { startMs: ms('2020-10-01') }]);
    expect(toMonthBoundaries(later).map((boundary) => boundary.month)).toEqual(['2020-06', '2020-07', '2020-08', '2020-09', '2020-10', '2020-11']);
  });

  it.each([
    [null, null, 0, 5],
    ['2020-06-01', '2020-08-31', 1, 4],
    ['2020-06-15', null, 1, 5],
    [null, '2020-06-30', 0, 2],
    ['2020-09-01', '2020-09-30', 4, 5],
    ['2020-07-01', '2020-07-31', 2, 3],
    ['2021-01-01', null, 4, 5],
    [null, '2019-12-31', 0, 1],
  ])('from %s to %s puts the handles on boundaries %i..%i', (from, to, startIndex, endIndex) => {
    expect(toBrushIndices(months, from, to)).toEqual({ startIndex, endIndex });
  });

  it.each([
    [0, 5, { from: null, to: null }],
    [1, 4, { from: '2020-06-01', to: '2020-08-31' }],
    [0, 1, { from: null, to: '2020-05-31' }],
    [2, 5, { from: '2020-07-01', to: null }],
    [3, 3, { from: '2020-08-01', to: '2020-08-31' }],
  ])('handles on boundaries %i..%i select %j', (startIndex, endIndex, expected) => {
    expect(toBrushRange(months, startIndex, endIndex)).toEqual(expected);
  });

  it.each([
    ['2020-06-01', '2020-08-31'],
    ['2020-08-01', '2020-08-31'],
    [null, '2020-07-31'],
  ])('handles placed for %s..%s give that range back', (from, to) => {
    const { startIndex, endIndex } = toBrushIndices(months, from, to);
    expect(toBrushRange(months, startIndex, endIndex)).toEqual({ from, to });
  });
});

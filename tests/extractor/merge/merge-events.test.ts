import { describe, expect, it } from 'vitest';
import type { IsoDay } from '../../../schema/bundle';
import { isIsoDay } from '../../../extractor/dates/iso-day';
import type { EventDate, EventMention, PlaceInfo } from '../../../extractor/events/extract-events';
import { blockKeyOf, mergeEvents } from '../../../extractor/merge/merge-events';

function day(value: string): IsoDay {
  if (!isIsoDay(value)) throw new Error(`not a day: ${value}`);
  return value;
}

function mention(articleId: string, start: string | null, overrides: Partial<EventMention> = {}): EventMention {
  return {
    key: 'meeting|jaishankar+wang-yi',
    type: 'meeting',
    title: 'S Jaishankar meets Wang Yi',
    date: start ? { start: day(start), end: day(start), precision: 'day', text: start, startOnly: false } : null,
    status: 'occurred',
    placeIds: ['dushanbe'],
    people: ['s-jaishankar', 'wang-yi'],
    itemIds: [],
    source: { articleId, quote: `quote of ${articleId}`, start: 0, end: 10 },
    published: day('2021-07-16'),
    ...overrides,
  };
}

const noPlaces = () => undefined;

describe('mergeEvents', () => {
  it('merges one event told by several articles into one record with one source per article', () => {
    const [event, ...rest] = mergeEvents([mention('a', '2021-07-14'), mention('b', '2021-07-14'), mention('b', null)], noPlaces);
    expect(rest).toHaveLength(0);
    expect(event?.sources.map((source) => source.articleId)).toEqual(['a', 'b']);
    expect(event?.disputes).toEqual([]);
  });

  it('keeps both days, each with its sources, when outlets disagree on the date', () => {
    const [event] = mergeEvents([mention('hindu', '2021-07-14'), mention('global-times', '2021-07-15')], noPlaces);
    expect(event?.disputes).toEqual([
      {
        field: 'date',
        claims: [
          { value: expect.stringContaining('2021-07-14'), sources: [expect.objectContaining({ articleId: 'hindu' })] },
          { value: expect.stringContaining('2021-07-15'), sources: [expect.objectContaining({ articleId: 'global-times' })] },
        ],
      },
    ]);
  });

  it('keeps visits months apart as separate events', () => {
    const events = mergeEvents([mention('a', '2020-06-22'), mention('b', '2020-09-02')], noPlaces);
    expect(events.map((event) => event.start)).toEqual(['2020-06-22', '2020-09-02']);
  });

  it.each([
    ['two years in a row', ['2024-01-01', '2024-12-31', 'year'], ['2025-01-01', '2025-12-31', 'year']],
    ['two months in a row', ['2020-05-01', '2020-05-31', 'month'], ['2020-06-01', '2020-06-30', 'month']],
    ['the last quarter and the next year', ['2024-10-01', '2024-12-31', 'quarter'], ['2025-01-01', '2025-12-31', 'year']],
  ] satisfies [string, [string, string, EventDate['precision']], [string, string, EventDate['precision']]][])('keeps %s as two events, though their days touch', (_case, first, second) => {
    const dated = ([start, end, precision]: [string, string, EventDate['precision']]) => ({ date: { start: day(start), end: day(end), precision, text: start, startOnly: false } });
    expect(mergeEvents([mention('a', null, dated(first)), mention('b', null, dated(second))], noPlaces)).toHaveLength(2);
  });

  it('reads a coarser date that contains the precise one as agreement, not dispute', () => {
    const june = mention('c', null, { date: { start: day('2020-06-01'), end: day('2020-06-30'), precision: 'month', text: 'in June', startOnly: false } });
    const [event] = mergeEvents([mention('a', '2020-06-24'), june], noPlaces);
    expect([event?.start, event?.precision, event?.disputes]).toEqual(['2020-06-24', 'day', []]);
  });

  it('marks a meeting reported as called off by a later article as disputed, and cancelled', () => {
    const planned = mention('dawn', '2018-09-27', { status: 'planned', published: day('2018-09-20') });
    const calledOff = mention('toi', null, { status: 'cancelled', published: day('2018-09-22') });
    const [event, ...rest] = mergeEvents([planned, calledOff], noPlaces);
    expect(rest).toHaveLength(0);
    expect(event?.status).toBe('cancelled');
    expect(event?.disputes.map((dispute) => dispute.field)).toEqual(['status']);
  });

  it('says a dated event was still planned in an undated report published before it', () => {
    const [event] = mergeEvents([mention('a', '2020-09-04', { status: 'planned', published: day('2020-09-02') }), mention('b', null, { published: day('2020-09-03') })], noPlaces);
    expect(event?.status).toBe('planned');
  });
});

describe('mergeEvents of events told without a trigger word (clause events)', () => {
  const placeKinds: Record<string, { kind: 'city' | 'region' | 'country' }> = { india: { kind: 'country' }, 'hot-springs': { kind: 'region' }, gogra: { kind: 'region' }, ladakh: { kind: 'region' } };
  const placeInfo = (id: string): PlaceInfo | undefined => {
    const place = placeKinds[id];
    return place ? { name: id, kind: place.kind, country: 'IN', lat: 0, lon: 0 } : undefined;
  };
  const clause = (articleId: string, key: string, overrides: Partial<EventMention> = {}): EventMention =>
    mention(articleId, '2022-12-15', { key, type: 'other', title: key, placeIds: [], people: [], itemIds: [], ...overrides });

  it.each([
    ['the same system', clause('pti', 'other|clause|agni-v|carri', { itemIds: ['agni-v'] }), clause('global-times', 'other|clause|agni-v|aim', { itemIds: ['agni-v'] })],
    ['the same place below a country', clause('global-times', 'other|clause|hot-springs|pull', { placeIds: ['hot-springs'] }), clause('ani', 'other|clause|gogra|disengag', { placeIds: ['gogra', 'hot-springs'] })],
    ['what each clause is about', clause('pti', 'incident|clause|pangong-tso|occupi', { type: 'incident' }), clause('hindu', 'incident|clause|pangong-tso|seiz', { type: 'incident' })],
    ['the verb (a squadron resurrected at Ambala, and under Dhanoa)', clause('pti', 'other|clause|ambala|resurrect'), clause('theprint', 'other|clause|bs-dhanoa|resurrect')],
  ])('joins two outlets\' clauses of one type for the same days that share %s into one event citing both', (_case, first, second) => {
    const events = mergeEvents([first, second], placeInfo);
    expect(events).toHaveLength(1);
    expect(events[0]?.sources.map((source) => source.articleId).sort()).toEqual([first.source.articleId, second.source.articleId].sort());
  });

  it.each([
    ['only a country', clause('a', 'other|clause|army|complet', { placeIds: ['india'] }), clause('b', 'other|clause|navy|commission', { placeIds: ['india'] })],
    ['only a person, for events of no more specific type', clause('a', 'other|clause|x|inaugurat', { people: ['rajnath-singh'] }), clause('b', 'other|clause|y|review', { people: ['rajnath-singh'] })],
    ['nothing', clause('a', 'delivery|clause|all-five-squadrons|deliver', { type: 'delivery' }), clause('b', 'delivery|clause|all-four-frigates|join', { type: 'delivery' })],
    ['an anchor, but not the same days', clause('a', 'other|clause|agni-v|carri', { itemIds: ['agni-v'] }), clause('b', 'other|clause|agni-v|aim', { itemIds: ['agni-v'], date: { start: day('2022-12-16'), end: day('2022-12-16'), precision: 'day', text: 'Friday', startOnly: false } })],
    ['an anchor, but one article', clause('a', 'other|clause|agni-v|carri', { itemIds: ['agni-v'] }), clause('a', 'other|clause|agni-v|aim', { itemIds: ['agni-v'], source: { articleId: 'a', quote: 'q', start: 50, end: 60 } })],
  ])('keeps apart two clauses that share %s', (_case, first, second) => {
    expect(mergeEvents([first, second], placeInfo)).toHaveLength(2);
  });

  it('gives the same events whichever order the mentions come in, and whether merged at once or block by block', () => {
    const mentions = [
      clause('c', 'other|clause|agni-v|test', { itemIds: ['agni-v'] }),
      clause('a', 'other|clause|agni-v|carri', { itemIds: ['agni-v'] }),
      clause('b', 'other|clause|odisha|launch', { placeIds: ['ladakh'] }),
      clause('b', 'other|clause|agni-v|aim', { itemIds: ['agni-v'], placeIds: ['ladakh'], source: { articleId: 'b', quote: 'q', start: 50, end: 60 } }),
    ];
    const atOnce = mergeEvents(mentions, placeInfo);
    expect(mergeEvents([...mentions].reverse(), placeInfo)).toEqual(atOnce);
    expect(atOnce.map((event) => event.sources.map((source) => source.articleId))).toEqual([['a', 'b', 'c'], ['b']]);
  });
});

describe('mergeEvents of deliveries and deals keyed by the systems they name', () => {
  const places: Record<string, PlaceInfo> = { india: { name: 'India', kind: 'country', country: 'IN', lat: 0, lon: 0 }, russia: { name: 'Russia', kind: 'country', country: 'RU', lat: 0, lon: 0 }, usa: { name: 'USA', kind: 'country', country: 'US', lat: 0, lon: 0 } };
  const placeInfo = (id: string): PlaceInfo | undefined => places[id];
  const told = (articleId: string, key: string, start: string, overrides: Partial<EventMention> = {}): EventMention =>
    mention(articleId, start, { key, type: key.startsWith('agreement') ? 'agreement' : 'delivery', title: key, placeIds: [], people: [], itemIds: [], ...overrides });

  it.each([
    ['a delivery of two systems and one of the first of them, the same day', told('ani', 'delivery|ah-64e-apache+chinook', '2019-09-03'), told('theprint', 'delivery|ah-64e-apache', '2019-09-03')],
    ['a deal for two systems and one for the first of them, the same month', told('ani', 'agreement|ah-64e-apache+chinook', '2015-09-01'), told('theprint', 'agreement|ah-64e-apache', '2015-09-01')],
    ['a delivery and a clause naming the same system, the same day', told('ani', 'delivery|dhruv', '2010-04-12'), told('theprint', 'delivery|clause|india|gift', '2010-04-12', { itemIds: ['dhruv'] })],
    ['a deal and a clause naming the same system among others, a day apart', told('ani', 'agreement|ah-64e-apache', '2015-09-28'), told('theprint', 'agreement|clause|boeing|sign', '2015-09-29', { itemIds: ['chinook', 'ah-64e-apache'] })],
  ])('joins %s from two outlets into one event citing both', (_case, first, second) => {
    const events = mergeEvents([first, second], placeInfo);
    expect(events.map((event) => event.sources.map((source) => source.articleId))).toEqual([['ani', 'theprint']]);
  });

  it('keeps both days, each with its sources, when the two outlets disagree by a day', () => {
    const [event, ...rest] = mergeEvents([told('ani', 'delivery|ah-64e-apache+chinook', '2019-09-03'), told('theprint', 'delivery|ah-64e-apache', '2019-09-04')], placeInfo);
    expect(rest).toHaveLength(0);
    expect(event?.disputes.map((dispute) => dispute.field)).toEqual(['date']);
  });

  it.each([
    ['they come from one article', told('ani', 'delivery|ah-64e-apache+chinook', '2019-09-03'), told('ani', 'delivery|ah-64e-apache', '2019-09-03', { source: { articleId: 'ani', quote: 'q', start: 80, end: 90 } })],
    ['they are months apart', told('ani', 'delivery|ah-64e-apache+chinook', '2019-09-03'), told('theprint', 'delivery|ah-64e-apache', '2020-03-03')],
    ['their keys list places, not systems', told('a', 'agreement|india+russia', '2021-12-06'), told('b', 'agreement|india+usa', '2021-12-06')],
    ['the clause names another system', told('ani', 'delivery|dhruv', '2010-04-12'), told('theprint', 'delivery|clause|india|gift', '2010-04-12', { itemIds: ['dornier-228'] })],
  ])('keeps two tellings apart when %s', (_case, first, second) => {
    expect(mergeEvents([first, second], placeInfo)).toHaveLength(2);
  });

  it('blocks every telling under one key together, whatever else each names', () => {
    const keys = [told('a', 'delivery|rafale', '2020-07-29', { itemIds: ['rafale'] }), told('b', 'delivery|rafale', '2020-07-29', { itemIds: [] })].map((each) => blockKeyOf(each, placeInfo));
    expect(new Set(keys).size).toBe(1);
  });
});

describe('mergeEvents of incidents and exercises, keyed by their theatre', () => {
  const places: Record<string, PlaceInfo> = {
    india: { name: 'India', kind: 'country', country: 'IN', lat: 21, lon: 78 },
    tawang: { name: 'Tawang', kind: 'city', country: 'IN', lat: 27.59, lon: 91.87 },
    yangtse: { name: 'Yangtse', kind: 'landmark', country: 'IN', lat: 27.8, lon: 91.9 },
    galwan: { name: 'Galwan Valley', kind: 'region', country: 'IN', lat: 34.75, lon: 78.2 },
  };
  const placeInfo = (id: string): PlaceInfo | undefined => places[id];
  // Theatre cells of 5 degrees: Tawang and Yangtse share "5:18", Galwan is "6:15".
  const framed = (articleId: string, start: string, overrides: Partial<EventMention> = {}): EventMention =>
    mention(articleId, start, { key: 'incident|5:18', type: 'incident', title: 'Clash in Tawang', placeIds: ['tawang'], people: [], itemIds: [], ...overrides });
  const clause = (articleId: string, start: string, overrides: Partial<EventMention> = {}): EventMention =>
    mention(articleId, start, { key: 'incident|clause|troops|clash', type: 'incident', title: 'Troops clashed', placeIds: ['yangtse'], people: [], itemIds: [], ...overrides });

  it.each([
    ['a clause naming a place of the same theatre, the same day', framed('pti', '2022-12-09'), clause('reuters', '2022-12-09')],
    ['a clause naming a place of the same theatre, a day apart', framed('pti', '2022-12-09'), clause('reuters', '2022-12-10')],
    ['two clauses with different words in one theatre', clause('pti', '2022-12-09', { key: 'incident|clause|pla|transgress', placeIds: ['tawang'] }), clause('reuters', '2022-12-09')],
  ])('joins %s from two outlets into one event citing both', (_case, first, second) => {
    const events = mergeEvents([first, second], placeInfo);
    expect(events.map((event) => event.sources.map((source) => source.articleId))).toEqual([['pti', 'reuters']]);
  });

  it.each([
    ['they come from one article', framed('pti', '2022-12-09'), clause('pti', '2022-12-09', { source: { articleId: 'pti', quote: 'q', start: 80, end: 90 } })],
    ['they are in different theatres', framed('pti', '2022-12-09'), clause('reuters', '2022-12-09', { placeIds: ['galwan'] })],
    ['they are weeks apart', framed('pti', '2022-12-09'), clause('reuters', '2022-12-30')],
    ['the clause names only a country', framed('pti', '2022-12-09'), clause('reuters', '2022-12-09', { placeIds: ['india'] })],
    ['the clause names places of two theatres', framed('pti', '2022-12-09'), clause('reuters', '2022-12-09', { placeIds: ['yangtse', 'galwan'] })],
    ['one is an exercise', framed('pti', '2022-12-09'), clause('reuters', '2022-12-09', { type: 'exercise', key: 'exercise|clause|troops|drill' })],
  ])('keeps two tellings apart when %s', (_case, first, second) => {
    expect(mergeEvents([first, second], placeInfo)).toHaveLength(2);
  });

  it('gives the same events whichever order the mentions come in', () => {
    const mentions = [framed('a', '2022-12-09'), clause('b', '2022-12-10'), clause('c', '2022-12-09', { placeIds: ['galwan'] }), framed('c', '2022-12-09', { source: { articleId: 'c', quote: 'q', start: 50, end: 60 } })];
    expect(mergeEvents([...mentions].reverse(), placeInfo)).toEqual(mergeEvents(mentions, placeInfo));
  });
});

describe('mergeEvents of parades and shows, one per country and day', () => {
  const places: Record<string, PlaceInfo> = {
    pakistan: { name: 'Pakistan', kind: 'country', country: 'PK', lat: 30, lon: 69 },
    islamabad: { name: 'Islamabad', kind: 'city', country: 'PK', lat: 33.69, lon: 73.05 },
    'new-delhi': { name: 'New Delhi', kind: 'city', country: 'IN', lat: 28.61, lon: 77.21 },
  };
  const placeInfo = (id: string): PlaceInfo | undefined => places[id];
  // Islamabad's theatre cell is "6:14"; New Delhi's is "5:15".
  const parade = (articleId: string, key: string, placeIds: string[], overrides: Partial<EventMention> = {}): EventMention =>
    mention(articleId, '2020-03-23', { key, type: 'parade', title: 'Pakistan Day parade', placeIds, people: [], itemIds: [], ...overrides });

  it('joins a parade told by its country and the same parade told by a city of it, from one article or two, keeping a planned-against-called-off dispute', () => {
    const events = mergeEvents([
      parade('dawn', 'parade|6:14', ['islamabad', 'pakistan']),
      parade('tribune', 'parade|PK', ['pakistan'], { status: 'cancelled' }),
      parade('tribune', 'parade|6:14', ['islamabad'], { status: 'planned', source: { articleId: 'tribune', quote: 'q', start: 80, end: 90 } }),
    ], placeInfo);
    expect(events).toHaveLength(1);
    expect(events[0]?.sources.map((source) => source.articleId)).toEqual(['dawn', 'tribune']);
    expect(events[0]?.disputes.map((dispute) => dispute.field)).toEqual(['status']);
  });

  it.each([
    ['they are in different countries', parade('a', 'parade|PK', ['pakistan']), parade('b', 'parade|5:15', ['new-delhi'])],
    ['they are a month apart', parade('a', 'parade|PK', ['pakistan']), parade('b', 'parade|6:14', ['islamabad'], { date: { start: day('2020-04-23'), end: day('2020-04-23'), precision: 'day', text: 'April 23', startOnly: false } })],
  ])('keeps two parades apart when %s', (_case, first, second) => {
    expect(mergeEvents([first, second], placeInfo)).toHaveLength(2);
  });

  it('names the joined parade the same whichever order the mentions come in', () => {
    const mentions = [parade('a', 'parade|PK', ['pakistan']), parade('b', 'parade|6:14', ['islamabad'])];
    expect(mergeEvents([...mentions].reverse(), placeInfo)).toEqual(mergeEvents(mentions, placeInfo));
  });
});

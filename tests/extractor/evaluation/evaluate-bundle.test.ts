import { describe, expect, it } from 'vitest';
import type { BundleInput, EventInput } from '../../../schema/bundle';
import { BundleSchema, SCHEMA_VERSION } from '../../../schema/bundle';
import type { Truth, TruthInput } from '../../../scripts/evaluate-extractor';
import { TruthSchema, evaluateBundle, toMatchKey } from '../../../scripts/evaluate-extractor';

const SOURCE = { articleId: 'a1', quote: 'q', start: 0, end: 1 };

function bundleOf(parts: Pick<BundleInput, 'places' | 'events' | 'procurement'>): ReturnType<typeof BundleSchema.parse> {
  return BundleSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    generatedAt: '2000-01-01T00:00:00.000Z',
    generator: { name: 'dossier-extractor', version: 'test' },
    articles: ['a1', 'a2'].map((id) => ({ id, file: `${id}.txt`, title: 't', outlet: null, published: '2021-07-14', publishedFrom: 'text', text: 'q', warnings: [] })),
    people: [],
    warnings: [],
    ...parts,
  });
}

function eventOf(fields: Partial<EventInput>): EventInput {
  return {
    id: 'e', type: 'meeting', title: 'm', start: '2021-07-14', end: '2021-07-14', precision: 'day', dateText: 'on Wednesday',
    status: 'occurred', placeIds: [], people: [], itemIds: [], sources: [SOURCE], disputes: [], ...fields,
  };
}

function truthOf(article: Partial<TruthInput['articles'][number]>): Truth {
  return TruthSchema.parse({ about: 'test', articles: [{ file: 'a1.txt', published: '2021-07-14', places: [], items: [], events: [], ...article }] });
}

const SOURCE_2 = { ...SOURCE, articleId: 'a2' };
const DISPUTED = eventOf({
  sources: [SOURCE, SOURCE_2],
  disputes: [{ field: 'date', claims: [{ value: '2021-07-14 (on Wednesday)', sources: [SOURCE] }, { value: '2021-07-15 (on Thursday)', sources: [SOURCE_2] }] }],
});

const MEETING = { type: 'meeting', what: 'talks', start: '2021-07-14', end: '2021-07-14', precision: 'day', status: 'occurred' } satisfies TruthInput['articles'][number]['events'][number];

describe('toMatchKey', () => {
  it.each([
    ['AK 203', 'AK-203'],
    ['k9 vajra', 'K-9 Vajra'],
    ['Su-30 MKI', 'Su-30MKI'],
  ])('folds "%s" and "%s" to one key', (a, b) => {
    expect(toMatchKey(a)).toBe(toMatchKey(b));
  });

  it('keeps MiG-29 and MiG-29K apart', () => {
    expect(toMatchKey('MiG-29')).not.toBe(toMatchKey('MiG-29K'));
  });
});

describe('evaluateBundle', () => {
  it('matches a place by a gazetteer alias within one degree and counts a far one as a miss and a false positive', () => {
    const bundle = bundleOf({
      places: [
        { id: 'pangong-tso', name: 'Pangong Tso', kind: 'water', lat: 33.75, lon: 78.67, country: null, sources: [SOURCE] },
        { id: 'moscow', name: 'Moscow', kind: 'city', lat: 10, lon: 10, country: 'RU', sources: [SOURCE] },
      ],
      events: [],
      procurement: [],
    });
    const truth = truthOf({ places: [{ name: 'Pangong Lake', lat: 33.7, lon: 78.6 }, { name: 'Moscow', lat: 55.76, lon: 37.62 }] });
    const result = evaluateBundle(bundle, truth);
    expect(result.places).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1 });
    expect(result.placeMisses[0]?.message).toContain('found at Moscow');
  });

  it('counts an item right when its canonical name folds to a truth name or alias', () => {
    const item = { aliases: [], category: 'armour', supplier: null, recipient: null, status: 'mentioned', value: null, expectedDelivery: null, sources: [SOURCE], disputes: [] } satisfies Partial<BundleInput['procurement'][number]>;
    const bundle = bundleOf({ places: [], events: [], procurement: [{ ...item, id: 'k9', name: 'K-9 Vajra' }, { ...item, id: 't90', name: 'T-90' }] });
    const result = evaluateBundle(bundle, truthOf({ items: [{ name: 'K9 Vajra' }] }));
    expect(result.items).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 0 });
  });

  it.each([
    ['the event date is exact', eventOf({}), 1, null],
    ['only its side of a date dispute is exact', eventOf({ start: '2021-07-15', end: '2021-07-15', disputes: [{ field: 'date', claims: [{ value: '2021-07-15 (on Thursday)', sources: [{ ...SOURCE, articleId: 'a2' }] }, { value: '2021-07-14 (on Wednesday)', sources: [SOURCE] }] }] }), 1, null],
    ['the date overlaps but is wider', eventOf({ start: '2021-07-01', end: '2021-07-31', precision: 'month' }), 0, 'wrong date'],
    ['the date is exact but the type differs', eventOf({ type: 'visit' }), 0, 'wrong type'],
    ['nothing overlaps', eventOf({ start: '2020-01-01', end: '2020-01-01' }), 0, 'not found'],
  ])('judges a dated event when %s', (_case, event, right, miss) => {
    const result = evaluateBundle(bundleOf({ places: [], events: [event], procurement: [] }), truthOf({ events: [MEETING] }));
    expect(result.eventDates.right).toBe(right);
    expect(result.eventMisses[0]?.message ?? null).toEqual(miss === null ? null : expect.stringContaining(miss));
  });

  it.each([
    ['an unrelated event citing both articles comes first', [eventOf({ id: 'x', type: 'incident', sources: [SOURCE, SOURCE_2] }), DISPUTED], 1],
    ['only an undisputed event of the type cites both', [eventOf({ sources: [SOURCE, SOURCE_2] })], 0],
  ])('judges a dispute on the event matched to the truth key when %s', (_case, events, flagged) => {
    const entry = { ...MEETING, key: 'talks-2021', disputed: true };
    const truth = TruthSchema.parse({
      about: 'test',
      articles: ['a1', 'a2'].map((id) => ({ file: `${id}.txt`, published: '2021-07-14', places: [], items: [], events: [entry] })),
    });
    const result = evaluateBundle(bundleOf({ places: [], events, procurement: [] }), truth);
    expect(result.merges).toEqual({ merged: 1, total: 1, disputesFlagged: flagged, disputesExpected: 1 });
  });

  it.each([
    ['another event of the same type, months away', eventOf({ id: 'other', start: '2021-11-02', end: '2021-11-02', sources: [SOURCE, SOURCE_2] })],
    ['an event of another type on the day', eventOf({ id: 'other', type: 'incident', sources: [SOURCE, SOURCE_2] })],
  ])('does not count a group as merged when the only event citing both articles is %s', (_case, event) => {
    const entry = { ...MEETING, key: 'talks-2021' };
    const truth = TruthSchema.parse({
      about: 'test',
      articles: ['a1', 'a2'].map((id) => ({ file: `${id}.txt`, published: '2021-07-14', places: [], items: [], events: [entry] })),
    });
    const result = evaluateBundle(bundleOf({ places: [], events: [event], procurement: [] }), truth);
    expect(result.merges.merged).toBe(0);
  });

  it('judges a dispute on the event nearest the truth dates when none agrees exactly', () => {
    const entry = { ...MEETING, start: '2021-07-20', end: '2021-07-20', key: 'talks-2021', disputed: true };
    const truth = TruthSchema.parse({
      about: 'test',
      articles: ['a1', 'a2'].map((id) => ({ file: `${id}.txt`, published: '2021-07-14', places: [], items: [], events: [entry] })),
    });
    const olderEdition = eventOf({ id: 'old', start: '2018-07-14', end: '2018-07-14', sources: [SOURCE, SOURCE_2] });
    const result = evaluateBundle(bundleOf({ places: [], events: [olderEdition, DISPUTED], procurement: [] }), truth);
    expect(result.merges.disputesFlagged).toBe(1);
  });
});

import { describeFilters, toAttribution, toCaptionLines, toDateSpan, toExportFileName } from '../../../src/features/export/to-caption';
import { EMPTY_STATE } from '../../../src/shared/state/dashboard-state';
import { makeEmptyBundle, makeSmallBundle } from '../../fixtures/fixture-bundles';

const bundle = makeSmallBundle();

describe('describeFilters', () => {
  it.each([
    ['nothing when no filter is on', {}, []],
    ['the place by name', { place: 'moscow' }, ['place: Moscow']],
    ['the event by title', { event: 'e-indra-2020-09' }, ['event: INDRA naval exercise']],
    ['the item by name', { item: 's-400' }, ['item: S-400 Triumf']],
    ['a closed range', { from: '2020-06-01', to: '2020-12-31' }, ['from 2020-06-01 to 2020-12-31']],
    ['an open-ended range', { to: '2020-12-31' }, ['until 2020-12-31']],
    ['the search text', { q: ' indra ' }, ['search: "indra"']],
    ['types and statuses', { types: ['visit', 'meeting'], statuses: ['delivered'] }, ['types: visit, meeting', 'statuses: delivered']],
    ['an unknown id as is', { place: 'atlantis' }, ['place: atlantis']],
  ] satisfies [string, Partial<typeof EMPTY_STATE>, string[]][])('describes %s', (_behaviour, patch, expected) => {
    expect(describeFilters({ ...EMPTY_STATE, ...patch }, bundle)).toEqual(expected);
  });
});

describe('toDateSpan', () => {
  it.each([
    ['spans the earliest start to the latest end', bundle.events, { start: '2020-05-05', end: '2021-12-31' }],
    ['is null without dated events', [{ start: null, end: null }], null],
  ])('%s', (_behaviour, events, expected) => {
    expect(toDateSpan(events)).toEqual(expected);
  });
});

describe('toAttribution', () => {
  it.each([
    ['counts articles and lists outlets once, sorted', { articles: bundle.articles }, 'Basemap: Natural Earth. Facts extracted from 5 articles (ANI).'],
    ['omits outlets when none is known', { articles: makeEmptyBundle().articles }, 'Basemap: Natural Earth. Facts extracted from 0 articles.'],
  ])('%s', (_behaviour, input, expected) => {
    expect(toAttribution(input)).toBe(expected);
  });
});

describe('toCaptionLines', () => {
  it('gives the title, filters, dates and attribution', () => {
    const lines = toCaptionLines({
      target: 'timeline',
      bundle,
      visibleEvents: bundle.events.filter((event) => event.placeIds.some((id) => id === 'moscow')),
      state: { ...EMPTY_STATE, place: 'moscow' },
      exportedOn: '2026-11-22',
    });
    expect(lines).toEqual([
      'Dossier timeline',
      'Filters: place: Moscow',
      'Events dated 2020-06-22 to 2020-09-10 · data generated 2026-01-01 · exported 2026-11-22',
      'Basemap: Natural Earth. Facts extracted from 5 articles (ANI).',
    ]);
  });
});

describe('toExportFileName', () => {
  it.each([
    ['dashboard', {}, 'png', 'dossier-dashboard.png'],
    ['events', { from: '2020-06-01', to: '2020-12-31' }, 'csv', 'dossier-events-2020-06-01_2020-12-31.csv'],
    ['places', { from: '2020-06-01' }, 'geojson', 'dossier-places-2020-06-01_end.geojson'],
  ] satisfies [Parameters<typeof toExportFileName>[0], Partial<typeof EMPTY_STATE>, string, string][])(
    'names a %s export',
    (target, patch, extension, expected) => {
      expect(toExportFileName(target, { ...EMPTY_STATE, ...patch }, extension)).toBe(expected);
    },
  );
});

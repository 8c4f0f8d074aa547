import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Header } from '../../../src/features/header/header';
import { toActiveFilters } from '../../../src/features/header/to-active-filters';
import { toCorpusSummary } from '../../../src/features/header/to-corpus-summary';
import { parseDashboardState } from '../../../src/shared/state/dashboard-state';
import { currentParams, renderWithData } from '../../app/render-with-data';
import { makeEmptyBundle, makeLargeBundle, makeSmallBundle } from '../../fixtures/fixture-bundles';

describe('toCorpusSummary', () => {
  it.each([
    ['small', makeSmallBundle(), { articles: 5, firstPublished: '2020-06-23', lastPublished: '2020-09-03', places: 4, events: 11, items: 4 }],
    ['empty', makeEmptyBundle(), { articles: 0, firstPublished: null, lastPublished: null, places: 0, events: 0, items: 0 }],
  ])('summarises the %s bundle', (_name, bundle, expected) => {
    expect(toCorpusSummary(bundle)).toEqual(expected);
  });
});

describe('toActiveFilters', () => {
  it.each([
    ['', []],
    ['?place=moscow', ['Place: Moscow']],
    ['?event=e-indra-2020-09&item=s-400', ['Event: INDRA naval exercise', 'Item: S-400 Triumf']],
    ['?place=unknown-id', ['Place: unknown-id']],
    ['?q=%20ak%20', ['Search: “ak”']],
    ['?statuses=delivery-pending,delayed&types=visit', ['Event type: Visit', 'Status: Delivery pending', 'Status: Delayed']],
    ['?categories=small%20arms', ['Category: small arms']],
    ['?theme=dark&embed=1', []],
  ])('lists %s as chips', (search, expected) => {
    expect(toActiveFilters(parseDashboardState(search), makeSmallBundle()).map((filter) => filter.label)).toEqual(expected);
  });

  it('removes only its own value from a multi-value filter', () => {
    const [, delayed] = toActiveFilters(parseDashboardState('?statuses=delivery-pending,delayed'), makeSmallBundle());
    expect(delayed?.remove).toEqual({ statuses: ['delivery-pending'] });
  });
});

describe('Header', () => {
  it('summarises the corpus: articles, date span and counts', async () => {
    renderWithData(<Header />, { facts: { bundle: makeSmallBundle() } });
    expect(await screen.findByText('5 articles')).toBeInTheDocument();
    expect(screen.getByText('11 events')).toBeInTheDocument();
    expect(screen.getByText('4 places')).toBeInTheDocument();
    expect(document.querySelector('time[title="2020-06-23"]')).not.toBeNull();
    expect(document.querySelector('time[title="2020-09-03"]')).not.toBeNull();
  });

  it('formats large counts for the reader', async () => {
    renderWithData(<Header />, { facts: { bundle: makeLargeBundle() } });
    expect(await screen.findByText('2,000 events')).toBeInTheDocument();
  });

  it('commits the search to the URL after typing pauses, as one history entry', async () => {
    renderWithData(<Header />, { facts: { bundle: makeSmallBundle() } });
    const lengthBefore = window.history.length;
    await userEvent.setup().type(screen.getByRole('searchbox', { name: 'Search all facts' }), 'moscow');
    await waitFor(() => expect(currentParams().get('q')).toBe('moscow'));
    expect(window.history.length).toBe(lengthBefore + 1);
  });

  it('removes a filter when its chip is clicked and keeps the others', async () => {
    renderWithData(<Header />, { search: '?place=moscow&statuses=delayed', facts: { bundle: makeSmallBundle() } });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Remove filter Place: Moscow' }));
    expect(currentParams().get('place')).toBeNull();
    expect(currentParams().get('statuses')).toBe('delayed');
    expect(screen.queryByRole('button', { name: 'Remove filter Place: Moscow' })).toBeNull();
  });

  it('resets every filter but keeps the theme', async () => {
    renderWithData(<Header />, { search: '?place=moscow&q=s-400&from=2020-01-01&categories=aircraft&theme=dark', facts: { bundle: makeSmallBundle() } });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Reset all' }));
    expect(window.location.search).toBe('?theme=dark');
    expect(screen.getByText('No filters: showing every fact.')).toBeInTheDocument();
  });

  it('toggles the theme through the URL', async () => {
    renderWithData(<Header />, { facts: { bundle: makeSmallBundle() } });
    const toggle = await screen.findByRole('button', { name: /Dark theme/ });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await userEvent.setup().click(toggle);
    expect(currentParams().get('theme')).toBe('dark');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows a search box whose text follows the URL when a chip clears it', async () => {
    renderWithData(<Header />, { search: '?q=ladakh', facts: { bundle: makeSmallBundle() } });
    const search = screen.getByRole('searchbox', { name: 'Search all facts' });
    expect(search).toHaveValue('ladakh');
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Remove filter Search: “ladakh”' }));
    expect(search).toHaveValue('');
  });
});

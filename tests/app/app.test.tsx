import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/app';
import type { FactsResponse } from './render-with-data';
import { currentParams, makeTestQueryClient, setSearch, stubDataFetch } from './render-with-data';
import { makeEmptyBundle, makeLargeBundle, makeSmallBundle } from '../fixtures/fixture-bundles';

function renderApp(search: string, facts: FactsResponse) {
  setSearch(search);
  const log = stubDataFetch(facts);
  const result = render(<App queryClient={makeTestQueryClient()} />);
  return { ...result, log };
}

function panel(name: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-panel="${name}"]`);
  if (!element) throw new Error(`no ${name} panel`);
  return element;
}

async function waitForPanelsReady(names: readonly string[]) {
  await waitFor(() => {
    for (const name of names) expect(panel(name)).toHaveAttribute('data-render-complete', 'true');
  });
}

afterEach(() => {
  delete document.documentElement.dataset.theme;
});

describe('App', () => {
  it('shows the header and the procurement and sources panels with skeletons while the bundle loads', () => {
    renderApp('', { pending: true });
    expect(screen.getByRole('heading', { level: 1, name: 'Dossier' })).toBeInTheDocument();
    expect(screen.getByText('Loading the corpus…')).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Loading procurement items' })).toBeInTheDocument();
    expect(panel('sources')).toHaveAttribute('data-render-complete', 'false');
  });

  it('lays out the four panels, each with a render-complete signal', async () => {
    renderApp('', { bundle: makeSmallBundle() });
    expect(await screen.findByText('5 articles')).toBeInTheDocument();
    await waitFor(() => expect(document.querySelectorAll('[data-panel]')).toHaveLength(4));
    await waitForPanelsReady(['procurement', 'sources']);
    expect(screen.getByRole('main', { name: 'Dashboard' })).toBeInTheDocument();
  });

  it.each([
    ['missing', { status: 404 }, /The data bundle was not found at .*data\/facts\.json \(HTTP 404\)/],
    ['not JSON', { body: '{"schemaVersion": 1,' }, /is not valid JSON/],
    ['of another version', { body: JSON.stringify({ ...makeSmallBundle(), schemaVersion: 99 }) }, /schema version 99, but this dashboard reads version 1/],
    ['corrupt', { body: JSON.stringify({ ...makeSmallBundle(), events: [{ id: 'broken' }] }) }, /The data bundle is corrupt \(events\.0\./],
  ] satisfies [string, FactsResponse, RegExp][])('explains a %s bundle and how to regenerate it, instead of a blank page', async (_name, facts, message) => {
    renderApp('', facts);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent('npm run extract');
    expect(within(alert).getByRole('heading', { name: 'Dossier cannot show its data' })).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('retries a failed bundle fetch when asked', async () => {
    const { log } = renderApp('', { status: 404 });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(log.requested.filter((path) => path.endsWith('facts.json'))).toHaveLength(2));
  });

  it('renders an empty corpus with empty states, not errors', async () => {
    renderApp('', { bundle: makeEmptyBundle() });
    expect(await screen.findByText('No procurement items in this corpus.')).toBeInTheDocument();
    expect(screen.getByText('0 articles')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('hides the header in embed mode and keeps the panels interactive', async () => {
    renderApp('?embed=1', { bundle: makeSmallBundle() });
    await waitForPanelsReady(['procurement', 'sources']);
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    await userEvent.setup().click(within(panel('procurement')).getByRole('rowheader', { name: /AK-203/ }));
    expect(currentParams().get('item')).toBe('ak-203');
    expect(currentParams().get('embed')).toBe('1');
    expect(await within(panel('sources')).findByRole('heading', { name: 'Item AK-203' })).toBeInTheDocument();
  });

  it.each(['procurement', 'sources'])('shows the %s panel alone with panel=', async (name) => {
    renderApp(`?embed=1&panel=${name}`, { bundle: makeSmallBundle() });
    await waitForPanelsReady([name]);
    expect([...document.querySelectorAll('[data-panel]')].map((element) => element.getAttribute('data-panel'))).toEqual([name]);
  });

  it.each([
    ['?theme=dark', 'dark'],
    ['?theme=light', 'light'],
    ['', undefined],
  ])('applies %s to the document theme', async (search, theme) => {
    renderApp(search, { bundle: makeSmallBundle() });
    await screen.findAllByRole('table');
    expect(document.documentElement.dataset.theme).toBe(theme);
  });

  it('links the views: selecting an item in the table shows its sources and a chip', async () => {
    renderApp('', { bundle: makeSmallBundle() });
    await waitForPanelsReady(['procurement']);
    await userEvent.setup().click(within(panel('procurement')).getByRole('rowheader', { name: /T-90 spares/ }));
    expect(await screen.findByRole('button', { name: 'Remove filter Item: T-90 spares' })).toBeInTheDocument();
    // The quote is cut from the article text, fetched once the selection has painted.
    expect(await within(panel('sources')).findByText('the T-90 battle tanks for the Army', { selector: 'mark' })).toBeInTheDocument();
  });

  it('clears the whole selection when Escape is pressed outside a view that handles it', async () => {
    renderApp('?place=moscow&event=e-visit-2020-09&q=moscow', { bundle: makeSmallBundle() });
    await waitForPanelsReady(['sources']);
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search all facts' }), '{Escape}');
    expect(currentParams().get('place')).toBe('moscow');
    screen.getByRole('searchbox', { name: 'Search all facts' }).blur();
    await user.keyboard('{Escape}');
    expect(currentParams().get('place')).toBeNull();
    expect(currentParams().get('event')).toBeNull();
  });

  it('renders the 2,000-event bundle', async () => {
    renderApp('', { bundle: makeLargeBundle() });
    expect(await screen.findByText('2,000 events')).toBeInTheDocument();
    await waitForPanelsReady(['procurement', 'sources']);
    expect(within(panel('procurement')).getByText('120 of 120 items')).toBeInTheDocument();
    // jsdom lays out the map and the chart for 2,000 events slowly on a shared machine; the browser tests time it for real.
  }, 30_000);

  it('marks the first render and measures an interaction for the benchmarks', async () => {
    performance.clearMarks();
    performance.clearMeasures();
    renderApp('', { bundle: makeSmallBundle() });
    await waitForPanelsReady(['procurement']);
    await waitFor(() => expect(performance.getEntriesByName('dossier:first-render', 'mark')).toHaveLength(1));
    await userEvent.setup().click(within(panel('procurement')).getByRole('rowheader', { name: /AK-203/ }));
    await waitFor(() => expect(performance.getEntriesByName('dossier:interaction', 'measure')).toHaveLength(1));
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { z } from 'zod';
import { FactsBundleSchema } from '../../../schema/bundle';
import { SourcesPanel } from '../../../src/features/sources/sources-panel';
import { currentParams, renderWithData } from '../../app/render-with-data';
import { makeDisputedBundle, makeEmptyBundle, makeSmallBundle } from '../../fixtures/fixture-bundles';

const HOSTILE_TEXT = 'Intro. <script>window.hacked = true</script> said <img src=x onerror="window.hacked = true"> officials. Outro.';
const HOSTILE_QUOTE = '<script>window.hacked = true</script> said <img src=x onerror="window.hacked = true">';

function makeHostileBundle() {
  const start = HOSTILE_TEXT.indexOf(HOSTILE_QUOTE);
  const source = { articleId: 'evil', start, end: start + HOSTILE_QUOTE.length };
  const raw: z.input<typeof FactsBundleSchema> = {
    ...makeEmptyBundle(),
    articles: [{ id: 'evil', file: 'evil.txt', title: '<b>Bold</b> <img src=x onerror=alert(1)>', outlet: '<i>Outlet</i>', published: '2020-09-03', publishedFrom: 'text', warnings: [] }],
    places: [{ id: 'x', name: 'Nowhere', kind: 'other', lat: 0, lon: 0, country: null, sources: [source] }],
  };
  return FactsBundleSchema.parse(raw);
}

describe('SourcesPanel', () => {
  it('asks for a selection when nothing is selected', async () => {
    renderWithData(<SourcesPanel />, { facts: { bundle: makeSmallBundle() } });
    expect(await screen.findByText('Select a place, event or item to see the sentences behind it.')).toBeInTheDocument();
  });

  it('lists each supporting article of the selected place with title, outlet, readable date and the quote', async () => {
    renderWithData(<SourcesPanel />, { search: '?place=moscow', facts: { bundle: makeSmallBundle() } });
    expect(await screen.findByRole('heading', { name: 'Place Moscow' })).toBeInTheDocument();
    const cards = screen.getAllByRole('article');
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
      'Rajnath Singh leaves for Moscow, will attend Victory Day Parade',
      'Rajnath Singh leaves for Moscow to attend SCO Defence Ministers’ meeting',
    ]);
    const first = within(cards[0] ?? document.body);
    expect(first.getByText('ANI')).toBeInTheDocument();
    expect(await first.findByText('three-day visit to Moscow', { selector: 'mark' })).toBeInTheDocument();
    expect(cards[0]?.querySelector('time')).toHaveAttribute('title', '2020-06-23');
  });

  it('cuts the quoted sentence from the fetched article text and highlights it as text only', async () => {
    const text = 'Intro. The <b>frigate</b> & its crew sailed on 3 May. Outro.';
    const quote = 'The <b>frigate</b> & its crew sailed on 3 May.';
    const start = text.indexOf(quote);
    const bundle = FactsBundleSchema.parse({
      ...makeEmptyBundle(),
      articles: [{ id: 'q1', file: 'q1.txt', title: 'Frigate sails', outlet: null, published: '2021-05-03', publishedFrom: 'header', warnings: [] }],
      places: [{ id: 'sea', name: 'Sea', kind: 'water', lat: 0, lon: 0, country: null, sources: [{ articleId: 'q1', start, end: start + quote.length }] }],
    } satisfies z.input<typeof FactsBundleSchema>);
    const { log } = renderWithData(<SourcesPanel />, { search: '?place=sea', facts: { bundle }, texts: { q1: text } });
    expect(await screen.findByRole('status', { name: 'Loading the quote' })).toBeInTheDocument();
    const mark = await screen.findByText(quote, { selector: 'blockquote mark' });
    expect(mark.children).toHaveLength(0);
    expect(log.requested).toEqual(['/data/facts.json', '/data/texts/q1.txt']);
  });

  it('says a quote is unavailable when its article text cannot be fetched', async () => {
    renderWithData(<SourcesPanel />, { search: '?event=e-indra-2020-09', facts: { bundle: makeSmallBundle() }, texts: {} });
    expect(await screen.findByText(/^Quote unavailable: The text of article a004 was not found/)).toBeInTheDocument();
  });

  it('shows the first 20 articles of a much-cited place, fetching only their texts, and more on request', async () => {
    const ids = Array.from({ length: 45 }, (_, index) => `m${String(index).padStart(2, '0')}`);
    const bundle = FactsBundleSchema.parse({
      ...makeEmptyBundle(),
      articles: ids.map((id) => ({ id, file: `${id}.txt`, title: `Article ${id}`, outlet: null, published: '2021-01-01', publishedFrom: 'header', warnings: [] })),
      places: [{ id: 'hub', name: 'Hub', kind: 'city', lat: 0, lon: 0, country: null, sources: ids.map((articleId) => ({ articleId, start: 0, end: 3 })) }],
    } satisfies z.input<typeof FactsBundleSchema>);
    const texts = Object.fromEntries(ids.map((id) => [id, `${id} text`]));
    const { log } = renderWithData(<SourcesPanel />, { search: '?place=hub', facts: { bundle }, texts });
    expect(await screen.findByText('m19', { selector: 'mark' })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(20);
    expect(log.requested.filter((path) => path.includes('/texts/'))).toHaveLength(20);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show more (25 more articles)' }));
    expect(screen.getAllByRole('article')).toHaveLength(40);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show more (5 more articles)' }));
    expect(screen.getAllByRole('article')).toHaveLength(45);
    expect(screen.queryByRole('button', { name: /Show more/ })).toBeNull();
    expect(await screen.findByText('m44', { selector: 'mark' })).toBeInTheDocument();
  });

  it('draws the first screen of cards with a new selection and the rest of the page once it has painted, complete only then', async () => {
    const ids = Array.from({ length: 12 }, (_, index) => `f${String(index).padStart(2, '0')}`);
    const bundle = FactsBundleSchema.parse({
      ...makeEmptyBundle(),
      articles: ids.map((id) => ({ id, file: `${id}.txt`, title: `Article ${id}`, outlet: null, published: '2021-01-01', publishedFrom: 'header', warnings: [] })),
      places: [{ id: 'hub', name: 'Hub', kind: 'city', lat: 0, lon: 0, country: null, sources: ids.map((articleId) => ({ articleId, start: 0, end: 3 })) }],
    } satisfies z.input<typeof FactsBundleSchema>);
    renderWithData(<SourcesPanel />, { search: '?place=hub', facts: { bundle }, texts: Object.fromEntries(ids.map((id) => [id, `${id} text`])) });
    await screen.findByRole('heading', { name: 'Place Hub' });
    const panel = document.querySelector('[data-panel="sources"]');
    expect(screen.getAllByRole('article').map((card) => within(card).getByRole('heading').textContent)).toEqual(['Article f00', 'Article f01', 'Article f02', 'Article f03', 'Article f04']);
    expect(panel).toHaveAttribute('data-render-complete', 'false');
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(12));
    expect(panel).toHaveAttribute('data-render-complete', 'true');
  });

  it('says when an article’s publication date was inferred', async () => {
    renderWithData(<SourcesPanel />, { search: '?item=ak-203', facts: { bundle: makeSmallBundle() } });
    const card = (await screen.findByText('Rajnath Singh leaves for Russia to attend SCO meeting')).closest('article');
    expect(card).toHaveTextContent('(date inferred)');
    expect(card).toHaveTextContent('Outlet not stated');
  });

  it('shows the most specific selection: an item over an event over a place', async () => {
    renderWithData(<SourcesPanel />, { search: '?place=moscow&event=e-visit-2020-09&item=t-90', facts: { bundle: makeSmallBundle() } });
    expect(await screen.findByRole('heading', { name: 'Item T-90 spares' })).toBeInTheDocument();
  });

  it('shows the full article on demand, from the one fetch that gave the quote, with the quoted sentence highlighted', async () => {
    const { log } = renderWithData(<SourcesPanel />, { search: '?event=e-indra-2020-09', facts: { bundle: makeSmallBundle() } });
    const button = await screen.findByRole('button', { name: 'Show full article' });
    expect(screen.queryByLabelText('Full article text')).toBeNull();
    await userEvent.setup().click(button);
    const text = await screen.findByLabelText('Full article text');
    expect(log.requested.filter((path) => path === '/data/texts/a004.txt')).toHaveLength(1);
    expect(text).toHaveTextContent(/^Union Defence Minister Rajnath Singh on Thursday/);
    expect(within(text).getByText(/Indra Naval Exercises/, { selector: 'mark' })).toHaveTextContent(/over the next two days\.$/);
    expect(button).toHaveAttribute('aria-expanded', 'true');
  });

  it('says so when an article text cannot be fetched', async () => {
    renderWithData(<SourcesPanel />, { search: '?event=e-indra-2020-09', facts: { bundle: makeSmallBundle() }, texts: {} });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Show full article' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The text of article a004 was not found (HTTP 404)');
  });

  it('renders quotes, titles and article text as text, never as HTML', async () => {
    renderWithData(<SourcesPanel />, { search: '?place=x', facts: { bundle: makeHostileBundle() }, texts: { evil: HOSTILE_TEXT } });
    expect(await screen.findByText(HOSTILE_QUOTE, { selector: 'mark' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '<b>Bold</b> <img src=x onerror=alert(1)>' })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show full article' }));
    const text = await screen.findByLabelText('Full article text');
    expect(text).toHaveTextContent(HOSTILE_TEXT);
    expect(document.querySelector('[data-panel="sources"] script, [data-panel="sources"] img, [data-panel="sources"] b')).toBeNull();
    expect(Reflect.get(window, 'hacked')).toBeUndefined();
  });

  it('shows each side of a dispute with its own sources', async () => {
    renderWithData(<SourcesPanel />, { search: '?item=s-400', facts: { bundle: makeDisputedBundle() } });
    const status = (await screen.findByRole('heading', { name: /Sources disagree on the status/ })).closest('section');
    expect(status).not.toBeNull();
    const claims = within(status ?? document.body).getAllByRole('listitem').filter((item) => item.classList.contains('dispute__claim'));
    expect(claims.map((claim) => claim.querySelector('.dispute__value')?.textContent)).toEqual(['Claim: Delivery pending (1 source)', 'Claim: Delayed (1 source)']);
    expect(await within(claims[1] ?? document.body).findByText('its delivery is being delayed due to coronavirus COVID-19 pandemic', { selector: 'mark' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Sources disagree on the expected delivery/ })).toBeInTheDocument();
  });

  it('formats a disputed date claim for the reader with the ISO day as tooltip', async () => {
    renderWithData(<SourcesPanel />, { search: '?event=e-visit-2020-06', facts: { bundle: makeDisputedBundle() } });
    await screen.findByRole('heading', { name: /Sources disagree on the date/ });
    expect(document.querySelector('.dispute__value time[title="2020-06-22"]')).not.toBeNull();
  });

  it('offers to clear a selection that is not in the data', async () => {
    renderWithData(<SourcesPanel />, { search: '?event=nope', facts: { bundle: makeSmallBundle() } });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Clear the selection' }));
    await waitFor(() => expect(currentParams().get('event')).toBeNull());
  });
});

import { describe, expect, it, vi, beforeEach, afterEach } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { EventStatus, FactsBundle } from '../../../schema/bundle';
import { TimelinePanel } from '../../../src/features/timeline/timeline-panel';
import { toMonthCounts } from '../../../src/features/timeline/to-month-counts';
import { toRecordSpan, toTimelineRows } from '../../../src/features/timeline/to-timeline-rows';
import { EMPTY_STATE } from '../../../src/shared/state/dashboard-state';
import { makeDisputedBundle, makeEmptyBundle, makeLargeBundle, makeSmallBundle } from '../../fixtures/fixture-bundles';

/** jsdom has no layout and no ResizeObserver: every observed element reports a fixed 800 x 330 size. */
class FixedSizeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const contentRect = { x: 0, y: 0, top: 0, left: 0, right: 800, bottom: 330, width: 800, height: 330, toJSON: () => ({}) };
    this.callback([{ target, contentRect, borderBoxSize: [], contentBoxSize: [], devicePixelContentBoxSize: [] }], this);
  }
  unobserve() {}
  disconnect() {}
}

function stubNetwork(bundle: FactsBundle) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input);
      if (url.endsWith('data/facts.json')) return new Response(JSON.stringify(bundle));
      throw new Error(`unexpected request: ${url}`);
    }),
  );
}

function renderTimeline(bundle: FactsBundle) {
  stubNetwork(bundle);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <TimelinePanel />
    </QueryClientProvider>,
  );
}

async function waitForTimeline(container: HTMLElement) {
  await waitFor(() => expect(container.querySelector('[data-panel="timeline"]')).toHaveAttribute('data-render-complete', 'true'));
}

function bar(container: HTMLElement, eventId: string): Element | null {
  return container.querySelector(`[data-event-id="${eventId}"]`);
}

function search(name: string): string | null {
  return new URLSearchParams(window.location.search).get(name);
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  vi.stubGlobal('ResizeObserver', FixedSizeResizeObserver);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('TimelinePanel', () => {
  it.each([
    ['e-visit-2020-06', 'visit'],
    ['e-parade-2020-06-24', 'parade'],
    ['e-singh-shoigu-2020-09-03', 'meeting'],
    ['e-indra-2020-09', 'exercise'],
    ['e-lac-standoff-2020', 'incident'],
    ['e-aero-india-2021', 'exhibition'],
    ['e-s400-delivery-2021', 'delivery'],
  ])('draws %s in the %s lane', async (eventId, lane) => {
    const { container } = renderTimeline(makeSmallBundle());
    await waitForTimeline(container);
    expect(bar(container, eventId)).toHaveAttribute('data-lane', lane);
  });

  it('puts each lane at its own height, in schema order', async () => {
    const { container } = renderTimeline(makeSmallBundle());
    await waitForTimeline(container);
    const yOf = (eventId: string) => Number(bar(container, eventId)?.querySelector('rect')?.getAttribute('y'));
    expect(yOf('e-visit-2020-06')).toBeLessThan(yOf('e-singh-shoigu-2020-09-03'));
    expect(yOf('e-singh-shoigu-2020-09-03')).toBeLessThan(yOf('e-indra-2020-09'));
    expect(yOf('e-indra-2020-09')).toBeLessThan(yOf('e-lac-standoff-2020'));
  });

  it('draws the month and quarter events as hatched bands, day events solid', async () => {
    const { container } = renderTimeline(makeSmallBundle());
    await waitForTimeline(container);
    for (const eventId of ['e-aero-india-2021', 'e-s400-delivery-2021']) {
      expect(bar(container, eventId)).toHaveClass('timeline-bar--band');
      expect(bar(container, eventId)?.querySelector('rect')?.getAttribute('style')).toContain('url(#dossier-timeline-hatch-');
    }
    expect(bar(container, 'e-visit-2020-06')).not.toHaveClass('timeline-bar--band');
    expect(container.querySelector('pattern#dossier-timeline-hatch-delivery')).not.toBeNull();
  });

  it('says the uncertain date in words in the bar label and tooltip', async () => {
    const { container } = renderTimeline(makeSmallBundle());
    await waitForTimeline(container);
    const delivery = screen.getByRole('button', { name: /^First S-400 batch delivered to India/ });
    expect(delivery).toHaveAccessibleName(expect.stringContaining('“by the end of 2021”'));
    await userEvent.hover(delivery);
    expect(container.querySelector('.timeline-tooltip')).toHaveTextContent('by the end of 2021');
  });

  it('marks status without colour: planned dashed, cancelled struck through', async () => {
    const bundle = makeSmallBundle();
    const cancelled: EventStatus = 'cancelled';
    const withCancelled = { ...bundle, events: bundle.events.map((event) => (event.id === 'e-indra-2020-09' ? { ...event, status: cancelled } : event)) };
    const { container } = renderTimeline(withCancelled);
    await waitForTimeline(container);
    expect(bar(container, 'e-sco-foreign-2020-09-10')).toHaveClass('timeline-bar--planned');
    expect(bar(container, 'e-visit-2020-06')).toHaveClass('timeline-bar--occurred');
    expect(bar(container, 'e-visit-2020-06')?.querySelector('.timeline-bar__strike')).toBeNull();
    expect(bar(container, 'e-indra-2020-09')).toHaveClass('timeline-bar--cancelled');
    expect(bar(container, 'e-indra-2020-09')?.querySelector('.timeline-bar__strike')).not.toBeNull();
    expect(bar(container, 'e-indra-2020-09')).toHaveAccessibleName(expect.stringContaining('cancelled'));
  });

  it('marks disputed events with "!"', async () => {
    const { container } = renderTimeline(makeDisputedBundle());
    await waitForTimeline(container);
    const disputed = bar(container, 'e-visit-2020-06');
    expect(disputed).toHaveClass('timeline-bar--disputed');
    expect(disputed?.querySelector('.timeline-bar__disputed')).toHaveTextContent('!');
    expect(disputed).toHaveAccessibleName(expect.stringContaining('disputed by sources'));
  });

  it('lists undated events under the chart once the list is opened', async () => {
    const user = userEvent.setup();
    const { container } = renderTimeline(makeSmallBundle());
    await waitForTimeline(container);
    expect(screen.queryByRole('button', { name: 'Multilateral exercise in Russia (India withdrew)', hidden: true })).toBeNull();
    await user.click(screen.getByText('1 undated event'));
    expect(await screen.findByRole('button', { name: 'Multilateral exercise in Russia (India withdrew)' })).toBeInTheDocument();
  });

  it('selects an event by click, by Enter, and clears with Escape', async () => {
    const user = userEvent.setup();
    const { container } = renderTimeline(makeSmallBundle());
    await waitForTimeline(container);
    await user.click(screen.getByRole('button', { name: /^INDRA naval exercise/ }));
    expect(search('event')).toBe('e-indra-2020-09');
    screen.getByRole('button', { name: /^Aero India 2021/ }).focus();
    await user.keyboard('{Enter}');
    expect(search('event')).toBe('e-aero-india-2021');
    await user.keyboard('{Escape}');
    expect(search('event')).toBeNull();
  });

  it('highlights the events of the selected item and dims the rest', async () => {
    window.history.replaceState(null, '', '/?item=ak-203');
    const { container } = renderTimeline(makeSmallBundle());
    await waitForTimeline(container);
    expect(bar(container, 'e-visit-2020-09')).toHaveClass('timeline-bar--highlighted');
    expect(bar(container, 'e-singh-shoigu-2020-09-03')).toHaveClass('timeline-bar--highlighted');
    expect(bar(container, 'e-parade-2020-06-24')).toHaveClass('timeline-bar--dimmed');
  });

  it('shows only the selected place’s events', async () => {
    window.history.replaceState(null, '', '/?place=strait-of-malacca');
    const { container } = renderTimeline(makeSmallBundle());
    await waitForTimeline(container);
    expect(container.querySelectorAll('[data-event-id]')).toHaveLength(1);
    expect(bar(container, 'e-indra-2020-09')).not.toBeNull();
  });

  it('lists the same events in the table view', async () => {
    const user = userEvent.setup();
    const { container } = renderTimeline(makeSmallBundle());
    await waitForTimeline(container);
    const chartTitles = [...container.querySelectorAll('[data-event-id]')].map((element) => element.getAttribute('data-event-id'));
    await user.click(screen.getByRole('button', { name: 'Table view' }));
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(chartTitles.length + 1);
    expect(within(table).getByRole('button', { name: 'First S-400 batch delivered to India' })).toBeInTheDocument();
    expect(within(table).getByText('undated')).toBeInTheDocument();
    await user.click(within(table).getByRole('button', { name: 'Aero India 2021' }));
    expect(search('event')).toBe('e-aero-india-2021');
  });

  it('aggregates the 2,000-event bundle into counts per lane, and shows events again when zoomed in', async () => {
    const user = userEvent.setup();
    const { container } = renderTimeline(makeLargeBundle(2000));
    await waitForTimeline(container);
    expect(container.querySelectorAll('[data-event-id]')).toHaveLength(0);
    const buckets = container.querySelectorAll('.timeline-bucket');
    expect(buckets.length).toBeGreaterThan(0);
    expect(buckets.length).toBeLessThan(2000);
    expect(screen.getByText(/counts per month/)).toBeInTheDocument();
    const first = buckets[0];
    if (!first) throw new Error('no bucket');
    await user.click(first);
    expect(search('from')).toMatch(/^\d{4}-\d{2}-01$/);
    await waitFor(() => expect(container.querySelectorAll('[data-event-id]').length).toBeGreaterThan(0));
    expect(container.querySelectorAll('.timeline-bucket')).toHaveLength(0);
  });

  it('zooms into a bucket from the keyboard, and says what the focused bucket holds', async () => {
    const user = userEvent.setup();
    const { container } = renderTimeline(makeLargeBundle(2000));
    await waitForTimeline(container);
    const bucket = screen.getAllByRole('button', { name: /press Enter to zoom in$/ })[1];
    if (!bucket) throw new Error('no bucket');
    act(() => bucket.focus());
    await waitFor(() => expect(container.querySelector('.timeline-tooltip')).toHaveTextContent('Click to zoom in'));
    await user.keyboard('{Enter}');
    expect(search('from')).toMatch(/^\d{4}-\d{2}-01$/);
    expect(search('to')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('marks the buckets holding the selected item’s events when aggregated', async () => {
    window.history.replaceState(null, '', '/?item=item-3');
    const { container } = renderTimeline(makeLargeBundle(2000));
    await waitForTimeline(container);
    const marked = container.querySelectorAll('.timeline-bucket.timeline-bar--highlighted');
    expect(marked.length).toBeGreaterThan(0);
    expect(marked[0]).toHaveAccessibleName(/selected\)/);
    // The others are dimmed by one class on their group.
    expect(container.querySelectorAll('.timeline-buckets--dimmed .timeline-bucket:not(.timeline-bar--highlighted)').length).toBeGreaterThan(marked.length);
  });

  it('draws a brush over the whole record', async () => {
    const { container } = renderTimeline(makeSmallBundle());
    await waitForTimeline(container);
    expect(container.querySelector('.timeline-overview .recharts-brush')).not.toBeNull();
  });

  it('draws one bar per month under the brush, as tall as its count against the busiest month', async () => {
    const bundle = makeLargeBundle(600);
    const { container } = renderTimeline(bundle);
    await waitForTimeline(container);
    const months = toMonthCounts(toTimelineRows(bundle, EMPTY_STATE).dated, toRecordSpan(bundle));
    const busiest = Math.max(...months.map((month) => month.count));
    const heights = [...container.querySelectorAll<HTMLElement>('.timeline-overview__bars .timeline-overview__bar')].map((bar) => bar.style.height);
    expect(heights).toEqual(months.map((month) => `${(100 * month.count) / busiest}%`));
  });

  it('says so when there are no events', async () => {
    const { container } = renderTimeline(makeEmptyBundle());
    await waitForTimeline(container);
    expect(screen.getByText('No events match the current filters.')).toBeInTheDocument();
  });
});

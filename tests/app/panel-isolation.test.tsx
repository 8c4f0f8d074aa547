import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/app';
import { PanelErrorBoundary } from '../../src/shared/ui/panel-error-boundary';
import { makeSmallBundle } from '../fixtures/fixture-bundles';
import { currentParams, makeTestQueryClient, setSearch, stubDataFetch } from './render-with-data';

// The one module mock in the suite: a panel that always throws, to prove the others survive it.
vi.mock('../../src/features/timeline/timeline-panel', () => ({
  TimelinePanel: function BrokenTimeline(): never {
    throw new Error('the chart exploded');
  },
}));

function Exploding(): never {
  throw new Error('boom');
}

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('panel error boundaries', () => {
  it('contain a failure to its panel, with the message, a retry and a render-complete signal', () => {
    render(
      <>
        <PanelErrorBoundary name="map" title="Map">
          <Exploding />
        </PanelErrorBoundary>
        <PanelErrorBoundary name="sources" title="Sources">
          <p>still here</p>
        </PanelErrorBoundary>
      </>,
    );
    const map = document.querySelector('[data-panel="map"]');
    expect(map).toHaveAttribute('data-render-complete', 'true');
    expect(within(map instanceof HTMLElement ? map : document.body).getByRole('alert')).toHaveTextContent('The map panel could not be shown.boom');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByText('still here')).toBeInTheDocument();
  });

  it('keep the rest of the dashboard working when the timeline throws', async () => {
    setSearch('');
    stubDataFetch({ bundle: makeSmallBundle() });
    render(<App queryClient={makeTestQueryClient()} />);
    const timeline = await waitFor(() => {
      const element = document.querySelector('[data-panel="timeline"]');
      if (!(element instanceof HTMLElement)) throw new Error('no timeline panel yet');
      expect(element).toHaveTextContent('the chart exploded');
      return element;
    });
    expect(within(timeline).getByRole('alert')).toHaveTextContent('The timeline panel could not be shown.');
    const procurement = document.querySelector('[data-panel="procurement"]');
    await userEvent.setup().click(within(procurement instanceof HTMLElement ? procurement : document.body).getByRole('rowheader', { name: /AK-203/ }));
    expect(currentParams().get('item')).toBe('ak-203');
    expect(await screen.findByRole('heading', { name: 'Item AK-203' })).toBeInTheDocument();
  });
});

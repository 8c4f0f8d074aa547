import { describe, expect, it, vi, beforeEach, afterEach } from 'vitest';
import { act, render, screen, waitFor, within, fireEvent } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { FactsBundle } from '../../../schema/bundle';
import { makeLargeBundle, makePlaceWithoutEventsBundle, makeSmallBundle } from '../../fixtures/fixture-bundles';

// Leaflet decides at import time whether SVG works; jsdom lacks createSVGRect, so provide it first.
vi.hoisted(() => {
  Object.defineProperty(SVGSVGElement.prototype, 'createSVGRect', { configurable: true, value: () => ({ x: 0, y: 0, width: 0, height: 0 }) });
});

const { MapPanel } = await import('../../../src/features/map/map-panel');

/** A two-country topology: one ordinary, one crossing the date line. */
const TINY_TOPOLOGY = {
  type: 'Topology',
  arcs: [
    [[30, 50], [40, 50], [40, 60], [30, 60], [30, 50]],
    [[175, 60], [-175, 60], [-175, 65], [175, 65], [175, 60]],
  ],
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0]], id: '1', properties: { name: 'Ordinaria' } },
        { type: 'Polygon', arcs: [[1]], id: '2', properties: { name: 'Dateline' } },
      ],
    },
  },
};

/** The 1:50m stand-in: only the ordinary country, so the outlines drawn tell the two scales apart. */
const DETAILED_TOPOLOGY = {
  ...TINY_TOPOLOGY,
  objects: { countries: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], id: '1', properties: { name: 'Ordinaria' } }] } },
};

function stubNetwork(bundle: FactsBundle) {
  const requests: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input);
      requests.push(url);
      if (url.endsWith('data/facts.json')) return new Response(JSON.stringify(bundle));
      if (url.includes('countries-110m')) return new Response(JSON.stringify(TINY_TOPOLOGY));
      if (url.includes('countries-50m')) return new Response(JSON.stringify(DETAILED_TOPOLOGY));
      throw new Error(`unexpected request: ${url}`);
    }),
  );
  return requests;
}

function renderMap(bundle: FactsBundle) {
  const requests = stubNetwork(bundle);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const view = render(
    <QueryClientProvider client={client}>
      <MapPanel />
    </QueryClientProvider>,
  );
  return { ...view, requests };
}

async function waitForMap(container: HTMLElement) {
  await waitFor(() => expect(container.querySelector('[data-panel="map"]')).toHaveAttribute('data-render-complete', 'true'));
}

/** The small bundle without Red Square, which otherwise shares Moscow's cluster at every opening zoom. */
function moscowAloneBundle(): FactsBundle {
  const bundle = makeSmallBundle();
  return { ...bundle, places: bundle.places.filter((place) => place.id !== 'red-square') };
}

function markerNamed(name: RegExp): HTMLElement {
  return screen.getByRole('button', { name });
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  // jsdom has no layout: give the map a fixed 800 x 500 size.
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(500);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('MapPanel', () => {
  it('draws the country outlines and a marker per place (Moscow and Red Square clustered), then reports render-complete', async () => {
    const { container, requests } = renderMap(makeSmallBundle());
    await waitForMap(container);
    expect(container.querySelectorAll('path.map-country')).toHaveLength(2);
    expect(markerNamed(/Moscow, Red Square\): 9 facts/)).toHaveClass('map-marker--cluster');
    expect(markerNamed(/^Eastern Ladakh \(region\)/)).toHaveClass('map-marker--area');
    expect(markerNamed(/^Strait of Malacca \(water\)/)).toHaveClass('map-marker--area');
    expect(screen.getByText(/Natural Earth/)).toBeInTheDocument();
    expect(requests.every((url) => url.startsWith(window.location.origin))).toBe(true);
  });

  it('draws the 1:110m outlines at the opening zoom and the 1:50m ones, fetched then, once zoomed in to a region', async () => {
    const { container, requests } = renderMap(makeSmallBundle());
    await waitForMap(container);
    expect(requests.filter((url) => url.includes('countries-'))).toEqual([expect.stringContaining('countries-110m')]);
    const zoomIn = screen.getByRole('button', { name: 'Zoom in' });
    for (let click = 0; click < 4; click += 1) fireEvent.click(zoomIn);
    await waitFor(() => expect(container.querySelectorAll('path.map-country')).toHaveLength(1));
    expect(requests.some((url) => url.includes('countries-50m'))).toBe(true);
    await waitForMap(container);
  });

  it('shows no marker image: icons are HTML, so nothing is fetched for them', async () => {
    const { container } = renderMap(makeSmallBundle());
    await waitForMap(container);
    expect(container.querySelectorAll('img')).toHaveLength(0);
  });

  it('selects the place in the URL when its marker is clicked and lists its events and items in a popup', async () => {
    const { container } = renderMap(moscowAloneBundle());
    await waitForMap(container);
    fireEvent.click(markerNamed(/^Moscow \(city\)/));
    expect(new URLSearchParams(window.location.search).get('place')).toBe('moscow');
    const popup = await waitFor(() => {
      const element = container.querySelector<HTMLElement>('.map-popup');
      if (!element) throw new Error('no popup yet');
      return element;
    });
    expect(within(popup).getByRole('heading', { name: 'Moscow' })).toBeInTheDocument();
    expect(within(popup).getAllByRole('listitem')).toHaveLength(8);
    expect(within(popup).getByRole('button', { name: 'SCO foreign ministers’ meeting' })).toBeInTheDocument();
    expect(within(popup).getByRole('button', { name: 'S-400 Triumf' })).toBeInTheDocument();
  });

  it.each([
    ['an event', 'Singh and Shoigu hold talks', 'event', 'e-singh-shoigu-2020-09-03'],
    ['an item', 'AK-203', 'item', 'ak-203'],
  ])('selects %s chosen in the popup', async (_kind, label, param, id) => {
    const { container } = renderMap(moscowAloneBundle());
    await waitForMap(container);
    fireEvent.click(markerNamed(/^Moscow \(city\)/));
    await userEvent.click(await screen.findByRole('button', { name: label }));
    expect(new URLSearchParams(window.location.search).get(param)).toBe(id);
  });

  it('selects a place with Enter on its focused marker and clears the selection with Escape', async () => {
    const user = userEvent.setup();
    const { container } = renderMap(makeSmallBundle());
    await waitForMap(container);
    const marker = markerNamed(/^Strait of Malacca/);
    expect(marker).toHaveAttribute('tabindex', '0');
    marker.focus();
    await user.keyboard('{Enter}');
    expect(new URLSearchParams(window.location.search).get('place')).toBe('strait-of-malacca');
    await user.keyboard('{Escape}');
    expect(window.location.search).toBe('');
  });

  it('lists the places of a cluster in its popup and selects the one chosen', async () => {
    const { container } = renderMap(makeSmallBundle());
    await waitForMap(container);
    fireEvent.click(markerNamed(/^Cluster of 2 places/));
    await userEvent.click(await screen.findByRole('button', { name: 'Red Square' }));
    expect(new URLSearchParams(window.location.search).get('place')).toBe('red-square');
  });

  it('highlights the places of the selected event', async () => {
    window.history.replaceState(null, '', '/?event=e-parade-2020-06-24');
    const { container } = renderMap(makeSmallBundle());
    await waitForMap(container);
    const highlighted = [...container.querySelectorAll('.map-marker--highlighted')];
    expect(highlighted.length).toBeGreaterThan(0);
    expect(highlighted.some((element) => /Moscow|Red Square/.test(element.textContent ?? ''))).toBe(true);
    expect(markerNamed(/^Strait of Malacca/)).not.toHaveClass('map-marker--highlighted');
  });

  it('restyles a marker when its place is selected and released, keeping its icon element', async () => {
    const { container } = renderMap(makeSmallBundle());
    await waitForMap(container);
    const strait = markerNamed(/^Strait of Malacca/);
    expect(strait).not.toHaveClass('map-marker--highlighted');
    fireEvent.click(strait);
    await waitFor(() => expect(strait).toHaveClass('map-marker--highlighted'));
    expect(markerNamed(/^Strait of Malacca/)).toBe(strait);
    act(() => {
      window.history.pushState(null, '', '/');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await waitFor(() => expect(strait).not.toHaveClass('map-marker--highlighted'));
  });

  it('keeps a place without events on the map, as a plain dot without a count badge', async () => {
    const { container } = renderMap(makePlaceWithoutEventsBundle());
    await waitForMap(container);
    const marker = markerNamed(/^Vladivostok \(city\): 0 events, 0 items/);
    expect(marker.querySelector('.map-marker__badge')).toBeNull();
  });

  it('clusters overlapping places of the 60-place bundle at the opening zoom', async () => {
    const { container } = renderMap(makeLargeBundle(2000));
    await waitForMap(container);
    const clusters = container.querySelectorAll('.map-marker--cluster');
    const points = container.querySelectorAll('.map-marker--point');
    expect(clusters.length).toBeGreaterThan(0);
    expect(points.length + clusters.length).toBeLessThan(54);
  });
});

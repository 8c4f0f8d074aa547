import 'leaflet/dist/leaflet.css';
import './map.css';
import { useCallback, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { FactsBundle } from '../../../schema/bundle';
import { bundleQueryOptions } from '../../shared/api/bundle-query';
import { useDashboardState } from '../../shared/state/dashboard-state';
import type { FilterState } from '../../shared/filters/visible-facts';
import { PanelFrame } from '../../shared/ui/panel-frame';
import { PanelMessage, PanelSkeleton } from '../../shared/ui/panel-states';
import { basemapQueryOptions } from './basemap';
import { DossierMap } from './dossier-map';
import { toHighlightedPlaceIds, toMapMarkers } from './to-map-markers';

const TITLE = 'Map';
const NOTHING_HIGHLIGHTED: ReadonlySet<string> = new Set();

/** Every place with facts on an offline map, linked to the dashboard's selection and filters. */
export function MapPanel() {
  const [state, update] = useDashboardState();
  const { from, to, q, types, statuses, categories } = state;
  // The map keeps every place in view when one is selected: it highlights rather than filters.
  const filters = useMemo<FilterState>(() => ({ place: null, from, to, q, types, statuses, categories }), [from, to, q, types, statuses, categories]);
  const selectMarkers = useCallback((bundle: FactsBundle) => toMapMarkers(bundle, filters), [filters]);
  const selection = useMemo(() => ({ place: state.place, event: state.event, item: state.item }), [state.place, state.event, state.item]);
  const selectHighlighted = useCallback((bundle: FactsBundle) => toHighlightedPlaceIds(bundle, selection), [selection]);

  const markers = useQuery({ ...bundleQueryOptions(), select: selectMarkers });
  const highlighted = useQuery({ ...bundleQueryOptions(), select: selectHighlighted });
  const basemap = useQuery(basemapQueryOptions());

  const onSelectPlace = useCallback((place: string) => update({ place }), [update]);
  const onSelectEvent = useCallback((event: string) => update({ event }), [update]);
  const onSelectItem = useCallback((item: string) => update({ item }), [update]);
  const onClearSelection = useCallback(() => update({ place: null, event: null, item: null }), [update]);
  const [drawn, setDrawn] = useState(false);
  const onDrawn = useCallback(() => setDrawn(true), []);
  // Reported by the outlines once they are on the map: none while the coarse outlines are still loading.
  const [outlinesSettled, setOutlinesSettled] = useState(false);

  if (markers.isError) {
    return (
      <PanelFrame name="map" title={TITLE} ready>
        <PanelMessage tone="error" title="The map has no data to show.">
          <p>{markers.error.message}</p>
        </PanelMessage>
      </PanelFrame>
    );
  }
  if (!markers.data) {
    return (
      <PanelFrame name="map" title={TITLE} ready={false}>
        <PanelSkeleton label="Loading the map…" />
      </PanelFrame>
    );
  }
  const placeCount = markers.data.length;
  return (
    <PanelFrame
      name="map"
      title={TITLE}
      subtitle={`${placeCount} place${placeCount === 1 ? '' : 's'}`}
      ready={drawn && (basemap.isError || (basemap.isSuccess && outlinesSettled))}
    >
      <DossierMap
        markers={markers.data}
        highlighted={highlighted.data ?? NOTHING_HIGHLIGHTED}
        basemap={basemap.data ?? null}
        onOutlinesSettled={setOutlinesSettled}
        onSelectPlace={onSelectPlace}
        onSelectEvent={onSelectEvent}
        onSelectItem={onSelectItem}
        onClearSelection={onClearSelection}
        onDrawn={onDrawn}
      />
      {placeCount === 0 ? <p className="map-note" role="status">No places match the current filters.</p> : null}
      {basemap.isError ? <p className="map-note" role="status">Country outlines unavailable: {basemap.error.message}</p> : null}
    </PanelFrame>
  );
}

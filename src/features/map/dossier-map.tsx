import { useEffect, useState } from 'react';
import { MapContainer, TileLayer, useMap } from 'react-leaflet';
import { latLngBounds } from 'leaflet';
import type { LatLngBounds } from 'leaflet';
import type { Basemap } from './basemap';
import { CountryOutlines } from './country-outlines';
import { PlaceMarkers } from './place-markers';
import type { PlaceMarkersProps } from './place-markers';
import type { MapMarker } from './to-map-markers';
import { tileLayerConfig } from './tile-layer-config';

export interface DossierMapProps extends PlaceMarkersProps {
  /** The coarse country outlines (see basemap.ts); the map loads the detailed ones itself when zoomed in. */
  basemap: Basemap | null;
  /** See CountryOutlinesProps. */
  onOutlinesSettled: (settled: boolean) => void;
  onClearSelection: () => void;
  /** Called once the map and its markers are on screen. */
  onDrawn: () => void;
}

const WORLD_BOUNDS: [[number, number], [number, number]] = [
  [-50, -150],
  [70, 160],
];

/** Half the smallest span the map opens on, in degrees: one place alone still shows its region. */
const MIN_HALF_SPAN = 4;

/** The bounds that show every marker, never smaller than a region; the whole world when there is none. */
export function toDataBounds(markers: readonly Pick<MapMarker, 'lat' | 'lon'>[]): LatLngBounds {
  if (markers.length === 0) return latLngBounds(WORLD_BOUNDS);
  const bounds = latLngBounds(markers.map((marker) => [marker.lat, marker.lon]));
  const center = bounds.getCenter();
  return bounds
    .extend([center.lat - MIN_HALF_SPAN, center.lng - MIN_HALF_SPAN])
    .extend([center.lat + MIN_HALF_SPAN, center.lng + MIN_HALF_SPAN])
    .pad(0.15);
}

function ClearSelectionOnEscape({ onClearSelection }: { onClearSelection: () => void }) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      map.closePopup();
      onClearSelection();
    };
    container.addEventListener('keydown', onKeyDown);
    return function removeEscapeHandler() {
      container.removeEventListener('keydown', onKeyDown);
    };
  }, [map, onClearSelection]);
  return null;
}

function ReportDrawn({ onDrawn }: { onDrawn: () => void }) {
  useEffect(() => onDrawn(), [onDrawn]);
  return null;
}

/**
 * The Leaflet map: vector country outlines (no tiles unless a tile server is
 * configured at build time), fitted to the data when it opens.
 */
export function DossierMap({ basemap, onOutlinesSettled, markers, highlighted, onSelectPlace, onSelectEvent, onSelectItem, onClearSelection, onDrawn }: DossierMapProps) {
  // Fitted once, when the map opens: later filter changes must not yank the view away from the reader.
  const [initialBounds] = useState(() => toDataBounds(markers));
  const tiles = tileLayerConfig(import.meta.env);
  return (
    <MapContainer className="dossier-map" bounds={initialBounds} minZoom={1} maxZoom={16} worldCopyJump={false} keyboard>
      {tiles ? <TileLayer url={tiles.url} attribution={tiles.attribution} /> : null}
      {basemap ? <CountryOutlines coarse={basemap} onSettled={onOutlinesSettled} /> : null}
      <PlaceMarkers markers={markers} highlighted={highlighted} onSelectPlace={onSelectPlace} onSelectEvent={onSelectEvent} onSelectItem={onSelectItem} />
      <ClearSelectionOnEscape onClearSelection={onClearSelection} />
      <ReportDrawn onDrawn={onDrawn} />
    </MapContainer>
  );
}

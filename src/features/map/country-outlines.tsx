import { useEffect, useState } from 'react';
import { GeoJSON, useMap, useMapEvents } from 'react-leaflet';
import type { PathOptions } from 'leaflet';
import { useQuery } from '@tanstack/react-query';
import { BASEMAP_ATTRIBUTION, basemapQueryOptions, toBasemapDetail } from './basemap';
import type { Basemap } from './basemap';

const COUNTRY_STYLE: PathOptions = { className: 'map-country', weight: 0.6, interactive: false };

export interface CountryOutlinesProps {
  coarse: Basemap;
  /**
   * Told whether the outlines the zoom calls for are drawn: false while the detailed ones load, so the
   * panel does not report itself rendered (to an export, say) with coarse outlines at a regional zoom.
   */
  onSettled: (settled: boolean) => void;
}

/**
 * The country outlines at the scale the zoom calls for: the coarse ones the panel loaded, swapped for the
 * detailed ones once the reader zooms in and they have arrived (the coarse stay until then, or if they fail).
 */
export function CountryOutlines({ coarse, onSettled }: CountryOutlinesProps) {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const wantsDetail = toBasemapDetail(zoom) === 'detailed';
  const detailed = useQuery({ ...basemapQueryOptions('detailed'), enabled: wantsDetail });
  const shown = wantsDetail && detailed.data ? detailed.data : coarse;
  const settled = !wantsDetail || !detailed.isPending;
  useEffect(() => onSettled(settled), [onSettled, settled]);
  // Keyed by the outlines shown: react-leaflet's GeoJSON reads its data only when it is created.
  return <GeoJSON key={shown === coarse ? 'coarse' : 'detailed'} data={shown} style={COUNTRY_STYLE} attribution={BASEMAP_ATTRIBUTION} />;
}

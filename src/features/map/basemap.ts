/// <reference types="vite/client" />
/**
 * The offline basemap: Natural Earth country outlines (world-atlas) shipped as
 * same-origin static assets, fetched after first paint rather than bundled
 * into the JavaScript, and converted to GeoJSON in the browser. Two scales:
 * 1:110m for the world and continents, 1:50m once the reader zooms in.
 */
import { queryOptions } from '@tanstack/react-query';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import coarseCountriesUrl from 'world-atlas/countries-110m.json?url';
import detailedCountriesUrl from 'world-atlas/countries-50m.json?url';
import { fixAntimeridian } from './fix-antimeridian';

export type CountriesTopology = Topology<{ countries: GeometryCollection }>;
export type Basemap = FeatureCollection<Geometry>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Checks the outer shape we rely on; the asset ships with the app, so the arcs themselves are trusted. */
export function isCountriesTopology(json: unknown): json is CountriesTopology {
  if (!isRecord(json) || json.type !== 'Topology' || !Array.isArray(json.arcs) || !isRecord(json.objects)) return false;
  const countries = json.objects.countries;
  return isRecord(countries) && countries.type === 'GeometryCollection' && Array.isArray(countries.geometries);
}

/** Country outlines as GeoJSON, with date-line-crossing countries made drawable. */
export function toBasemap(topology: CountriesTopology): Basemap {
  const countries = feature(topology, topology.objects.countries);
  return { ...countries, features: countries.features.map(fixAntimeridian) };
}

/** 'coarse' is Natural Earth's 1:110m outlines, 'detailed' its 1:50m ones. */
export type BasemapDetail = 'coarse' | 'detailed';

const COUNTRIES_URLS: Record<BasemapDetail, string> = { coarse: coarseCountriesUrl, detailed: detailedCountriesUrl };

/**
 * From this zoom on the map draws the 1:50m outlines. Below it the whole world or a continent is in
 * view, where the 1:110m outlines look the same and, with a seventh of the points, take about 100 ms
 * less of the first full render at 10,000 articles to convert, project and draw.
 */
export const DETAILED_BASEMAP_ZOOM = 4;

/** The outlines' scale for a map zoom level. */
export function toBasemapDetail(zoom: number): BasemapDetail {
  return zoom >= DETAILED_BASEMAP_ZOOM ? 'detailed' : 'coarse';
}

export async function fetchBasemap(detail: BasemapDetail): Promise<Basemap> {
  const response = await fetch(new URL(COUNTRIES_URLS[detail], document.baseURI));
  if (!response.ok) throw new Error(`The map outlines could not be loaded (HTTP ${response.status}).`);
  const json: unknown = await response.json();
  if (!isCountriesTopology(json)) throw new Error('The map outlines file is not a TopoJSON country collection.');
  return toBasemap(json);
}

/** The outlines ship with the app and never change while it is open: fetched once per scale, kept. */
export function basemapQueryOptions(detail: BasemapDetail = 'coarse') {
  return queryOptions({ queryKey: ['basemap', detail], queryFn: () => fetchBasemap(detail), staleTime: Infinity, gcTime: Infinity });
}

export const BASEMAP_ATTRIBUTION = 'Country outlines: <a href="https://www.naturalearthdata.com/">Natural Earth</a>';

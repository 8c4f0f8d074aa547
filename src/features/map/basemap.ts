/// <reference types="vite/client" />
/**
 * The offline basemap: Natural Earth country outlines (world-atlas) shipped as
 * a same-origin static asset, fetched after first paint rather than bundled
 * into the JavaScript, and converted to GeoJSON in the browser.
 */
import { queryOptions } from '@tanstack/react-query';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import countriesUrl from 'world-atlas/countries-50m.json?url';
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

export async function fetchBasemap(): Promise<Basemap> {
  const response = await fetch(new URL(countriesUrl, document.baseURI));
  if (!response.ok) throw new Error(`The map outlines could not be loaded (HTTP ${response.status}).`);
  const json: unknown = await response.json();
  if (!isCountriesTopology(json)) throw new Error('The map outlines file is not a TopoJSON country collection.');
  return toBasemap(json);
}

/** The outlines ship with the app and never change while it is open: fetched once, kept. */
export function basemapQueryOptions() {
  return queryOptions({ queryKey: ['basemap'], queryFn: fetchBasemap, staleTime: Infinity, gcTime: Infinity });
}

export const BASEMAP_ATTRIBUTION = 'Country outlines: <a href="https://www.naturalearthdata.com/">Natural Earth</a>';

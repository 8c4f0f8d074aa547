/**
 * Places and events as an RFC 7946 GeoJSON FeatureCollection: positions are
 * [longitude, latitude] in WGS 84, no "crs" member. Events are located at
 * their places (a MultiPoint when there are several, no geometry when none).
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { FactsEvent, FactsPlace } from '../../../schema/bundle';

export interface DossierFeatureProperties {
  featureType: 'place' | 'event';
  name: string;
  [key: string]: string | number | string[] | null;
}

function toPlaceFeature(place: FactsPlace, eventIds: string[]): Feature<Geometry, DossierFeatureProperties> {
  return {
    type: 'Feature',
    id: `place:${place.id}`,
    geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
    properties: {
      featureType: 'place',
      id: place.id,
      name: place.name,
      kind: place.kind,
      country: place.country,
      eventIds,
      sources: place.sources.length,
    },
  };
}

function toEventGeometry(event: FactsEvent, placesById: Map<string, FactsPlace>): Geometry | null {
  const positions = event.placeIds
    .map((id) => placesById.get(id))
    .filter((place): place is FactsPlace => place !== undefined)
    .map((place) => [place.lon, place.lat]);
  const [first] = positions;
  if (!first) return null;
  return positions.length === 1 ? { type: 'Point', coordinates: first } : { type: 'MultiPoint', coordinates: positions };
}

function toEventFeature(event: FactsEvent, placesById: Map<string, FactsPlace>): Feature<Geometry | null, DossierFeatureProperties> {
  return {
    type: 'Feature',
    id: `event:${event.id}`,
    geometry: toEventGeometry(event, placesById),
    properties: {
      featureType: 'event',
      id: event.id,
      name: event.title,
      eventType: event.type,
      status: event.status,
      start: event.start,
      end: event.end,
      precision: event.precision,
      dateText: event.dateText,
      placeIds: event.placeIds,
      itemIds: event.itemIds,
      sources: event.sources.length,
    },
  };
}

/** The places (as points) and events (at their places) of the current view. */
export function toGeoJson(
  places: readonly FactsPlace[],
  events: readonly FactsEvent[],
): FeatureCollection<Geometry | null, DossierFeatureProperties> {
  const placesById = new Map(places.map((place) => [place.id, place]));
  const eventIdsByPlace = new Map<string, string[]>();
  for (const event of events) {
    for (const placeId of event.placeIds) eventIdsByPlace.set(placeId, [...(eventIdsByPlace.get(placeId) ?? []), event.id]);
  }
  return {
    type: 'FeatureCollection',
    features: [
      ...places.map((place) => toPlaceFeature(place, eventIdsByPlace.get(place.id) ?? [])),
      ...events.map((event) => toEventFeature(event, placesById)),
    ],
  };
}

import type { PlaceInput } from '../../schema/bundle';
import type { PlaceFact } from '../article/extract-article';
import type { PlaceInfo } from '../events/extract-events';
import { compareStrings, groupBy, onePerArticle } from './sources';

export interface GazetteerRecord extends PlaceInfo {
  id: string;
  lat: number;
  lon: number;
}

/** One place per gazetteer entry mentioned anywhere, with one source per article that names it. */
export function mergePlaces(facts: readonly PlaceFact[], lookup: (id: string) => GazetteerRecord | undefined): PlaceInput[] {
  const places: PlaceInput[] = [];
  for (const [placeId, group] of groupBy(facts, (fact) => fact.placeId)) {
    const entry = lookup(placeId);
    if (!entry) continue;
    places.push({
      id: entry.id,
      name: entry.name,
      kind: entry.kind,
      lat: entry.lat,
      lon: entry.lon,
      country: entry.country,
      sources: onePerArticle(group.map((fact) => fact.source)),
    });
  }
  return places.sort((a, b) => compareStrings(a.id, b.id));
}

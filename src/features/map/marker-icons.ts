/** Leaflet div icons for places and clusters: HTML and CSS only, so no marker image is ever requested. */
import { divIcon } from 'leaflet';
import type { DivIcon } from 'leaflet';
import type { EventType } from '../../../schema/bundle';
import type { MapMarker } from './to-map-markers';
import { toMarkerRadius } from './to-map-markers';

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Place names come from articles: escape them before they go into icon HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** What a screen reader hears for a place marker, e.g. "Moscow (city): 6 events, 2 items". */
export function toMarkerLabel(marker: Pick<MapMarker, 'name' | 'kind' | 'events' | 'items'>): string {
  return `${marker.name} (${marker.kind}): ${plural(marker.events.length, 'event')}, ${plural(marker.items.length, 'item')}`;
}

/** Set on a marker's icon element while its place is highlighted (see useHighlightClass): a restyle, not a new icon. */
export const HIGHLIGHTED_MARKER_CLASS = 'map-marker--highlighted';

/** Areas (seas, regions) are a translucent labelled disc; other places a solid dot with a count badge. */
export function toPlaceIcon(marker: MapMarker): DivIcon {
  const radius = marker.isArea ? toMarkerRadius(marker.factCount) + 10 : toMarkerRadius(marker.factCount);
  const classes = [
    'map-marker',
    marker.isArea ? 'map-marker--area' : 'map-marker--point',
    `map-marker--${marker.dominantType ?? 'none'}`,
  ];
  const label = marker.isArea ? `<span class="map-marker__name" aria-hidden="true">${escapeHtml(marker.name)}</span>` : '';
  return divIcon({
    className: classes.join(' '),
    iconSize: [radius * 2, radius * 2],
    iconAnchor: [radius, radius],
    popupAnchor: [0, -radius],
    html: `${countBadge(marker.factCount)}${label}<span class="visually-hidden">${escapeHtml(toMarkerLabel(marker))}</span>`,
  });
}

/** A place only mentioned (no event or item there) is a plain dot: a "0" badge reads as an error. */
function countBadge(count: number): string {
  return count > 0 ? `<span class="map-marker__badge" aria-hidden="true">${count}</span>` : '';
}

/** A cluster of nearby places: total facts in the badge; activating it lists the places. */
export function toClusterIcon(names: readonly string[], factCount: number, dominantType: EventType | null): DivIcon {
  const radius = toMarkerRadius(factCount) + 2;
  const label = `Cluster of ${plural(names.length, 'place')} (${names.join(', ')}): ${plural(factCount, 'fact')}`;
  return divIcon({
    className: `map-marker map-marker--cluster map-marker--${dominantType ?? 'none'}`,
    iconSize: [radius * 2, radius * 2],
    iconAnchor: [radius, radius],
    html: `${countBadge(factCount)}<span class="visually-hidden">${escapeHtml(label)}</span>`,
  });
}

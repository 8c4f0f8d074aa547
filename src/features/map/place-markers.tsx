import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { Marker, Popup, useMap, useMapEvents } from 'react-leaflet';
import { latLngBounds } from 'leaflet';
import type { DivIcon, LatLng, LeafletKeyboardEvent, Marker as LeafletMarker } from 'leaflet';
import { HIGHLIGHTED_MARKER_CLASS, toClusterIcon, toPlaceIcon } from './marker-icons';
import { ClusterPopup, PlacePopup } from './place-popup';
import { toClusters } from './to-clusters';
import { toDominantTypeOfCounts } from './to-map-markers';
import type { MapMarker } from './to-map-markers';

/** Places closer than this on screen merge into one cluster marker. */
const CLUSTER_RADIUS_PX = 44;

export interface PlaceMarkersProps {
  markers: MapMarker[];
  highlighted: ReadonlySet<string>;
  onSelectPlace: (placeId: string) => void;
  onSelectEvent: (eventId: string) => void;
  onSelectItem: (itemId: string) => void;
}

function isEnter(event: LeafletKeyboardEvent): boolean {
  return event.originalEvent.key === 'Enter';
}

/**
 * Restyles the marker's icon element when its highlight changes, and after the icon is replaced: a selection
 * sets a class rather than building a new icon (a cluster's holds the names of all its places).
 */
function useHighlightClass(markerRef: RefObject<LeafletMarker | null>, icon: DivIcon, highlighted: boolean): void {
  useEffect(() => {
    markerRef.current?.getElement()?.classList.toggle(HIGHLIGHTED_MARKER_CLASS, highlighted);
  }, [markerRef, icon, highlighted]);
}

// Memoised, like ClusterMarker: a selection re-renders (and restyles) only the markers whose highlight changed, not all 800.
const PlaceMarker = memo(function PlaceMarker({ marker, highlighted, onSelectPlace, onSelectEvent, onSelectItem }: Omit<PlaceMarkersProps, 'markers' | 'highlighted'> & { marker: MapMarker; highlighted: boolean }) {
  const markerRef = useRef<LeafletMarker>(null);
  const icon = useMemo(() => toPlaceIcon(marker), [marker]);
  useHighlightClass(markerRef, icon, highlighted);
  const position = useMemo<[number, number]>(() => [marker.lat, marker.lon], [marker.lat, marker.lon]);
  const handlers = useMemo(
    () => ({
      click: () => onSelectPlace(marker.placeId),
      keypress: (event: LeafletKeyboardEvent) => {
        if (isEnter(event)) onSelectPlace(marker.placeId);
      },
    }),
    [marker.placeId, onSelectPlace],
  );
  return (
    <Marker ref={markerRef} position={position} icon={icon} keyboard title={marker.name} eventHandlers={handlers} zIndexOffset={highlighted ? 1000 : 0}>
      <Popup>
        <PlacePopup marker={marker} onSelectEvent={onSelectEvent} onSelectItem={onSelectItem} />
      </Popup>
    </Marker>
  );
});

const ClusterMarker = memo(function ClusterMarker({ position, members, highlighted, onSelectPlace }: { position: LatLng; members: MapMarker[]; highlighted: boolean; onSelectPlace: (placeId: string) => void }) {
  const map = useMap();
  const factCount = members.reduce((sum, marker) => sum + marker.factCount, 0);
  const names = useMemo(() => members.map((marker) => marker.name), [members]);
  const dominantType = useMemo(() => toDominantTypeOfCounts(toSummedCounts(members.map((marker) => marker.typeCounts))), [members]);
  const markerRef = useRef<LeafletMarker>(null);
  const icon = useMemo(() => toClusterIcon(names, factCount, dominantType), [names, factCount, dominantType]);
  useHighlightClass(markerRef, icon, highlighted);
  const zoomToMembers = useCallback(() => {
    map.closePopup();
    map.fitBounds(latLngBounds(members.map((marker) => [marker.lat, marker.lon])), { padding: [48, 48], maxZoom: map.getZoom() + 3 });
  }, [map, members]);
  return (
    <Marker ref={markerRef} position={position} icon={icon} keyboard title={names.join(', ')} zIndexOffset={highlighted ? 1000 : 0}>
      <Popup>
        <ClusterPopup members={members} onSelectPlace={onSelectPlace} onZoomIn={zoomToMembers} />
      </Popup>
    </Marker>
  );
});

/** Element-wise sums of equally long count lists. */
function toSummedCounts(countLists: readonly (readonly number[])[]): number[] {
  const sums = new Array<number>(countLists[0]?.length ?? 0).fill(0);
  for (const counts of countLists) {
    for (let index = 0; index < counts.length; index += 1) sums[index] = (sums[index] ?? 0) + (counts[index] ?? 0);
  }
  return sums;
}

interface MarkerGroup {
  key: string;
  position: LatLng;
  members: MapMarker[];
}

function sameMembers(a: readonly MapMarker[], b: readonly MapMarker[]): boolean {
  return a.length === b.length && a.every((marker, index) => marker === b[index]);
}

/**
 * The place markers, clustered on screen: recomputed on every zoom, because
 * which places overlap depends on the scale.
 */
export function PlaceMarkers({ markers, highlighted, onSelectPlace, onSelectEvent, onSelectItem }: PlaceMarkersProps) {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });

  // Memoised per zoom and data, so a selection change keeps every cluster's props (and its focused icon) intact;
  // a filter change keeps the groups whose members did not change, so only their markers are redrawn.
  const previousGroups = useRef<ReadonlyMap<string, MarkerGroup>>(new Map());
  // The groups of each markers list at each zoom: markers are kept per filter state, so clearing a filter
  // or going back to one finds its clusters instead of projecting and clustering every place again.
  const groupsOfMarkers = useRef(new WeakMap<readonly MapMarker[], Map<number, MarkerGroup[]>>());
  const groups = useMemo(() => {
    const byZoom = groupsOfMarkers.current.get(markers) ?? new Map<number, MarkerGroup[]>();
    groupsOfMarkers.current.set(markers, byZoom);
    const cached = byZoom.get(zoom);
    if (cached) return cached;
    const byId = new Map(markers.map((marker) => [marker.placeId, marker]));
    const points = markers.map((marker) => {
      const point = map.project([marker.lat, marker.lon], zoom);
      return { id: marker.placeId, x: point.x, y: point.y, weight: marker.factCount + 1 };
    });
    const clustered = toClusters(points, CLUSTER_RADIUS_PX).map((cluster) => {
      const key = cluster.ids.join('|');
      const members = cluster.ids.flatMap((id) => byId.get(id) ?? []);
      const previous = previousGroups.current.get(key);
      if (previous && sameMembers(previous.members, members)) return previous;
      return { key, position: map.unproject([cluster.x, cluster.y], zoom), members };
    });
    byZoom.set(zoom, clustered);
    return clustered;
  }, [markers, map, zoom]);
  useEffect(() => {
    previousGroups.current = new Map(groups.map((group) => [group.key, group]));
  }, [groups]);

  return (
    <>
      {groups.map(({ key, position, members }) => {
        const [only] = members;
        if (members.length === 1 && only) {
          return <PlaceMarker key={key} marker={only} highlighted={highlighted.has(only.placeId)} onSelectPlace={onSelectPlace} onSelectEvent={onSelectEvent} onSelectItem={onSelectItem} />;
        }
        return <ClusterMarker key={key} position={position} members={members} highlighted={members.some((marker) => highlighted.has(marker.placeId))} onSelectPlace={onSelectPlace} />;
      })}
    </>
  );
}

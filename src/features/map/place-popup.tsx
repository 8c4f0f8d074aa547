import type { MapMarker } from './to-map-markers';

export interface PlacePopupProps {
  marker: MapMarker;
  onSelectEvent: (eventId: string) => void;
  onSelectItem: (itemId: string) => void;
}

/** The events and items at a place; choosing one selects it in every view. */
export function PlacePopup({ marker, onSelectEvent, onSelectItem }: PlacePopupProps) {
  return (
    <div className="map-popup">
      <h3 className="map-popup__title">{marker.name}</h3>
      {marker.events.length === 0 && marker.items.length === 0 ? <p>No events or items here.</p> : null}
      {marker.events.length > 0 ? (
        <>
          <h4 className="map-popup__heading">Events</h4>
          <ul className="map-popup__list">
            {marker.events.map((event) => (
              <li key={event.id}>
                <button type="button" className="map-popup__link" onClick={() => onSelectEvent(event.id)}>
                  {event.title}
                </button>{' '}
                <span className="map-popup__meta">
                  {event.type}
                  {event.start ? ` · ${event.start}` : ' · undated'}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {marker.items.length > 0 ? (
        <>
          <h4 className="map-popup__heading">Items</h4>
          <ul className="map-popup__list">
            {marker.items.map((item) => (
              <li key={item.id}>
                <button type="button" className="map-popup__link" onClick={() => onSelectItem(item.id)}>
                  {item.name}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

export interface ClusterPopupProps {
  members: readonly MapMarker[];
  onSelectPlace: (placeId: string) => void;
  onZoomIn: () => void;
}

/** The places inside a cluster: pick one directly, or zoom in to pull them apart. */
export function ClusterPopup({ members, onSelectPlace, onZoomIn }: ClusterPopupProps) {
  return (
    <div className="map-popup">
      <h3 className="map-popup__title">{members.length} places</h3>
      <ul className="map-popup__list">
        {members.map((marker) => (
          <li key={marker.placeId}>
            <button type="button" className="map-popup__link" onClick={() => onSelectPlace(marker.placeId)}>
              {marker.name}
            </button>{' '}
            <span className="map-popup__meta">
              {marker.events.length} events · {marker.items.length} items
            </span>
          </li>
        ))}
      </ul>
      <button type="button" className="map-popup__zoom" onClick={onZoomIn}>
        Zoom in
      </button>
    </div>
  );
}

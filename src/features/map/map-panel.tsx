/** Placeholder until the map lands: the app shell can import and lazy-load it now. */
export function MapPanel() {
  return <section data-panel="map" aria-label="Map" />;
}

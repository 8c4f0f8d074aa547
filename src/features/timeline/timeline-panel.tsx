/** Placeholder until the timeline lands: the app shell can import and lazy-load it now. */
export function TimelinePanel() {
  return <section data-panel="timeline" aria-label="Timeline" />;
}

/** Stacking within a lane, so events that overlap on screen do not hide each other. */

export interface PixelSpan {
  x0: number;
  x1: number;
}

/**
 * A track index per span (spans sorted by x0): each goes on the first track
 * that is free by then, with `gap` pixels to spare. When every track is busy,
 * the span shares the track that frees up first.
 */
export function toTracks(spans: readonly PixelSpan[], maxTracks: number, gap = 2): number[] {
  const trackEnds: number[] = [];
  return spans.map((span) => {
    const free = trackEnds.findIndex((end) => end + gap <= span.x0);
    if (free >= 0) {
      trackEnds[free] = span.x1;
      return free;
    }
    if (trackEnds.length < maxTracks) {
      trackEnds.push(span.x1);
      return trackEnds.length - 1;
    }
    const earliest = trackEnds.indexOf(Math.min(...trackEnds));
    trackEnds[earliest] = Math.max(trackEnds[earliest] ?? 0, span.x1);
    return earliest;
  });
}

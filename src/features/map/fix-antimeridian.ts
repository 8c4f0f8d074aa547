/**
 * Leaflet draws longitude as a plain x coordinate, so a ring that crosses the
 * antimeridian (Russia's Chukotka, Fiji) jumps from +180 to -180 and smears a
 * band across the whole map. These functions unwrap such rings so they are
 * continuous, then add a copy shifted by 360 degrees so the polygon shows on
 * both sides of the date line.
 */
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

/** The ring with each longitude moved by a multiple of 360 so no step is longer than 180 degrees. */
export function unwrapRing(ring: readonly Position[]): Position[] {
  const unwrapped: Position[] = [];
  let previous: number | null = null;
  for (const [lon = 0, lat = 0, ...rest] of ring) {
    let next = lon;
    if (previous !== null) {
      while (next - previous > 180) next -= 360;
      while (next - previous < -180) next += 360;
    }
    unwrapped.push([next, lat, ...rest]);
    previous = next;
  }
  return unwrapped;
}

function longitudes(ring: readonly Position[]): number[] {
  return ring.map(([lon = 0]) => lon);
}

/**
 * A ring around a pole (Antarctica) legitimately runs the full 360 degrees:
 * after unwrapping, it does not come back to its starting longitude.
 */
function isPolarRing(unwrapped: readonly Position[]): boolean {
  const lons = longitudes(unwrapped);
  const first = lons[0] ?? 0;
  const last = lons[lons.length - 1] ?? 0;
  return Math.abs(last - first) > 180;
}

function shiftRing(ring: readonly Position[], degrees: number): Position[] {
  return ring.map(([lon = 0, lat = 0, ...rest]) => [lon + degrees, lat, ...rest]);
}

/** True when some step of the ring jumps more than half the globe: the cheap test that spares most rings any copying. */
function jumpsAcrossDateLine(ring: readonly Position[]): boolean {
  for (let index = 1; index < ring.length; index += 1) {
    if (Math.abs((ring[index]?.[0] ?? 0) - (ring[index - 1]?.[0] ?? 0)) > 180) return true;
  }
  return false;
}

/**
 * A crossing polygon's rings made continuous plus a 360-degree-shifted twin,
 * or null when the polygon does not cross the date line (or circles a pole).
 */
export function fixPolygon(rings: readonly Position[][]): Position[][][] | null {
  if (!rings.some(jumpsAcrossDateLine)) return null;
  const unwrapped = rings.map(unwrapRing);
  const crosses = unwrapped.some((ring) => longitudes(ring).some((lon) => lon > 180 || lon < -180));
  if (!crosses || unwrapped.some(isPolarRing)) return null;
  const outerStart = unwrapped[0]?.[0]?.[0] ?? 0;
  // A hole unwrapped on its own may land a full turn away from its outer ring.
  const aligned = unwrapped.map((ring) => {
    const start = ring[0]?.[0] ?? 0;
    return shiftRing(ring, Math.round((outerStart - start) / 360) * 360);
  });
  const allLons = aligned.flatMap(longitudes);
  const twinShift = Math.max(...allLons) > 180 ? -360 : 360;
  return [aligned, aligned.map((ring) => shiftRing(ring, twinShift))];
}

function toFixedGeometry(geometry: Polygon | MultiPolygon): MultiPolygon | Polygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const fixes = polygons.map(fixPolygon);
  if (fixes.every((fix) => fix === null)) return geometry;
  return { type: 'MultiPolygon', coordinates: polygons.flatMap((polygon, index) => fixes[index] ?? [polygon]) };
}

/** The feature with any antimeridian-crossing polygon made drawable in a flat (Web Mercator) map. */
export function fixAntimeridian<P>(feature: Feature<Geometry, P>): Feature<Geometry, P> {
  const { geometry } = feature;
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return feature;
  const fixed = toFixedGeometry(geometry);
  return fixed === geometry ? feature : { ...feature, geometry: fixed };
}

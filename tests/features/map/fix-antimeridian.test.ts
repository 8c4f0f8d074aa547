import { describe, expect, it } from 'vitest';
import type { Feature, Geometry } from 'geojson';
import { fixAntimeridian, fixPolygon, unwrapRing } from '../../../src/features/map/fix-antimeridian';

const square = (west: number, east: number): number[][] => [
  [west, 60],
  [east, 60],
  [east, 70],
  [west, 70],
  [west, 60],
];

describe('unwrapRing', () => {
  it.each([
    ['a ring away from the date line stays put', square(10, 20), square(10, 20)],
    ['a ring crossing eastwards continues past 180', square(170, -170), square(170, 190)],
    ['a ring crossing westwards continues past -180', [[-170, 0], [170, 0], [170, 1], [-170, 0]], [[-170, 0], [-190, 0], [-190, 1], [-170, 0]]],
  ])('%s', (_name, ring, expected) => {
    expect(unwrapRing(ring)).toEqual(expected);
  });
});

describe('fixPolygon', () => {
  it('leaves a polygon that does not cross alone', () => {
    expect(fixPolygon([square(10, 20)])).toBeNull();
  });

  it('makes a crossing polygon continuous and adds a twin on the other side', () => {
    expect(fixPolygon([square(170, -170)])).toEqual([[square(170, 190)], [square(-190, -170)]]);
  });

  it('leaves a ring around the pole (Antarctica) alone', () => {
    const antarctica = [[-180, -80], [-90, -75], [0, -70], [90, -75], [180, -80], [180, -90], [-180, -90], [-180, -80]];
    expect(fixPolygon([antarctica])).toBeNull();
  });

  it('keeps a hole on the same side as its outer ring', () => {
    const hole = [[-178, 62], [179, 62], [179, 65], [-178, 62]];
    const fixed = fixPolygon([square(170, -170), hole]);
    expect(fixed?.[0]?.[1]).toEqual([[182, 62], [179, 62], [179, 65], [182, 62]]);
  });
});

describe('fixAntimeridian', () => {
  const feature = (geometry: Geometry): Feature<Geometry, { name: string }> => ({ type: 'Feature', properties: { name: 'x' }, geometry });

  it('returns the same feature when nothing crosses', () => {
    const input = feature({ type: 'Polygon', coordinates: [square(10, 20)] });
    expect(fixAntimeridian(input)).toBe(input);
  });

  it('turns a crossing polygon into a multipolygon with both halves, keeping properties', () => {
    const fixed = fixAntimeridian(feature({ type: 'Polygon', coordinates: [square(175, -175)] }));
    expect(fixed.properties).toEqual({ name: 'x' });
    expect(fixed.geometry).toEqual({ type: 'MultiPolygon', coordinates: [[square(175, 185)], [square(-185, -175)]] });
  });

  it('fixes only the crossing parts of a multipolygon (Russia: Chukotka crosses, Moscow does not)', () => {
    const fixed = fixAntimeridian(feature({ type: 'MultiPolygon', coordinates: [[square(30, 40)], [square(178, -172)]] }));
    expect(fixed.geometry).toEqual({ type: 'MultiPolygon', coordinates: [[square(30, 40)], [square(178, 188)], [square(-182, -172)]] });
  });

  it('ignores non-polygon geometries', () => {
    const input = feature({ type: 'Point', coordinates: [179, 0] });
    expect(fixAntimeridian(input)).toBe(input);
  });
});

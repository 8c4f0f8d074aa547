import { describe, expect, it } from 'vitest';
import { DETAILED_BASEMAP_ZOOM, toBasemapDetail } from '../../../src/features/map/basemap';

describe('toBasemapDetail', () => {
  it.each([
    [1, 'coarse'],
    [DETAILED_BASEMAP_ZOOM - 1, 'coarse'],
    [DETAILED_BASEMAP_ZOOM, 'detailed'],
    [16, 'detailed'],
  ])('draws zoom %i with the %s outlines', (zoom, detail) => {
    expect(toBasemapDetail(zoom)).toBe(detail);
  });
});

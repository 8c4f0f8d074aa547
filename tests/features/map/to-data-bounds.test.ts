import { describe, expect, it } from 'vitest';
import { toDataBounds } from '../../../src/features/map/dossier-map';

describe('toDataBounds', () => {
  it.each([
    ['one place alone', [{ lat: 55.75, lon: 37.62 }]],
    ['two places 400 m apart', [{ lat: 55.7558, lon: 37.6173 }, { lat: 55.7539, lon: 37.6208 }]],
  ])('opens on a region, never a point, for %s', (_name, markers) => {
    const bounds = toDataBounds(markers);
    expect(bounds.getNorth() - bounds.getSouth()).toBeGreaterThanOrEqual(8);
    expect(bounds.getEast() - bounds.getWest()).toBeGreaterThanOrEqual(8);
    expect(bounds.contains([markers[0]?.lat ?? 0, markers[0]?.lon ?? 0])).toBe(true);
  });

  it('shows Moscow, eastern Ladakh and the Strait of Malacca together', () => {
    const bounds = toDataBounds([
      { lat: 55.75, lon: 37.62 },
      { lat: 34.2, lon: 77.6 },
      { lat: 2.5, lon: 101.2 },
    ]);
    for (const point of [[55.75, 37.62], [34.2, 77.6], [2.5, 101.2]] as const) expect(bounds.contains([...point])).toBe(true);
  });
});

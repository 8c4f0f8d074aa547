import { describe, expect, it } from 'vitest';
import { tileLayerConfig } from '../../../src/features/map/tile-layer-config';

describe('tileLayerConfig', () => {
  it.each([
    ['no tile URL: offline, no tile layer', {}, null],
    ['a blank tile URL: still offline', { VITE_TILE_URL: '  ' }, null],
    ['a tile URL without attribution', { VITE_TILE_URL: 'https://tiles.example/{z}/{x}/{y}.png' }, { url: 'https://tiles.example/{z}/{x}/{y}.png', attribution: '' }],
    ['a tile URL with attribution', { VITE_TILE_URL: 'https://t/{z}/{x}/{y}.png', VITE_TILE_ATTRIBUTION: '© OSM' }, { url: 'https://t/{z}/{x}/{y}.png', attribution: '© OSM' }],
    ['a non-string value is ignored', { VITE_TILE_URL: true }, null],
  ])('%s', (_name, env, expected) => {
    expect(tileLayerConfig(env)).toEqual(expected);
  });
});

/** An optional online tile server, configured at build time; the map is offline when none is set. */
export interface TileLayerConfig {
  url: string;
  attribution: string;
}

/** Reads `VITE_TILE_URL` / `VITE_TILE_ATTRIBUTION`; null (no tile requests at all) unless a URL is set. */
export function tileLayerConfig(env: Record<string, unknown>): TileLayerConfig | null {
  const url = env.VITE_TILE_URL;
  const attribution = env.VITE_TILE_ATTRIBUTION;
  if (typeof url !== 'string' || url.trim() === '') return null;
  return { url, attribution: typeof attribution === 'string' ? attribution : '' };
}

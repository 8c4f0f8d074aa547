/** Screen-space clustering of markers: cheap enough to redo on every zoom for thousands of places. */

export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
  /** Heavier points seed clusters first, so a cluster sits on its busiest place. */
  weight: number;
}

export interface Cluster {
  ids: string[];
  x: number;
  y: number;
  weight: number;
}

function cellKey(column: number, row: number): string {
  return `${column}:${row}`;
}

/**
 * Groups points closer than `radius` pixels to a heavier seed. Greedy and
 * grid-indexed (only neighbouring cells are searched), so it stays linear in
 * the number of points; the result is deterministic for a given input.
 */
export function toClusters(points: readonly ScreenPoint[], radius: number): Cluster[] {
  const grid = new Map<string, ScreenPoint[]>();
  for (const point of points) {
    const key = cellKey(Math.floor(point.x / radius), Math.floor(point.y / radius));
    const cell = grid.get(key);
    if (cell) cell.push(point);
    else grid.set(key, [point]);
  }
  const seeds = [...points].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
  const taken = new Set<string>();
  const clusters: Cluster[] = [];
  for (const seed of seeds) {
    if (taken.has(seed.id)) continue;
    const column = Math.floor(seed.x / radius);
    const row = Math.floor(seed.y / radius);
    const members: ScreenPoint[] = [];
    for (let dc = -1; dc <= 1; dc += 1) {
      for (let dr = -1; dr <= 1; dr += 1) {
        for (const point of grid.get(cellKey(column + dc, row + dr)) ?? []) {
          if (!taken.has(point.id) && Math.hypot(point.x - seed.x, point.y - seed.y) <= radius) members.push(point);
        }
      }
    }
    members.forEach((point) => taken.add(point.id));
    clusters.push({
      ids: members.map((point) => point.id).sort(),
      x: seed.x,
      y: seed.y,
      weight: members.reduce((sum, point) => sum + point.weight, 0),
    });
  }
  return clusters;
}

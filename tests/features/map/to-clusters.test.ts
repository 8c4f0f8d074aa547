import { describe, expect, it } from 'vitest';
import { toClusters } from '../../../src/features/map/to-clusters';

const point = (id: string, x: number, y: number, weight = 1) => ({ id, x, y, weight });

describe('toClusters', () => {
  it.each([
    ['no points', [], []],
    ['one point', [point('a', 0, 0)], [['a']]],
    ['two far-apart points', [point('a', 0, 0), point('b', 100, 0)], [['a'], ['b']]],
    ['two overlapping points', [point('a', 0, 0), point('b', 10, 10)], [['a', 'b']]],
    ['a chain: the heavier seed takes only its neighbours', [point('a', 0, 0), point('b', 30, 0, 5), point('c', 60, 0)], [['a', 'b', 'c']]],
    ['a chain longer than the radius', [point('a', 0, 0, 5), point('b', 30, 0), point('c', 70, 0)], [['a', 'b'], ['c']]],
    ['points across a grid-cell edge', [point('a', 35, 35), point('b', 37, 37)], [['a', 'b']]],
  ])('%s', (_name, points, expected) => {
    expect(toClusters(points, 36).map((cluster) => cluster.ids)).toEqual(expected);
  });

  it('sits on the heaviest member and sums the weights', () => {
    const [cluster] = toClusters([point('a', 0, 0, 1), point('b', 10, 0, 9)], 36);
    expect(cluster).toEqual({ ids: ['a', 'b'], x: 10, y: 0, weight: 10 });
  });

  it('assigns every point to exactly one cluster', () => {
    const points = Array.from({ length: 500 }, (_, index) => point(`p${index}`, (index * 37) % 400, (index * 91) % 300, index % 7));
    const ids = toClusters(points, 36).flatMap((cluster) => cluster.ids);
    expect(ids.sort()).toEqual(points.map((p) => p.id).sort());
  });
});

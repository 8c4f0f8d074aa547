import {
  formatChunkSizes,
  formatLinearity,
  formatSummary,
  formatTable,
  formatThroughput,
  toLinearityRows,
} from '../../../scripts/bench/format-report';
import type { ThroughputResult } from '../../../scripts/bench/format-report';
import { mapSummary, summarise } from '../../../scripts/bench/summary';

function throughput(articles: number, seconds: number[]): ThroughputResult {
  const time = summarise(seconds);
  return {
    articles,
    megabytes: articles * 0.0037,
    seconds: time,
    cpuSeconds: articles === 1000 ? null : summarise(seconds.map((value) => value * 1.5)),
    articlesPerSecond: mapSummary(time, (value) => articles / value),
    megabytesPerSecond: mapSummary(time, (value) => (articles * 0.0037) / value),
    peakRssMegabytes: summarise([400, 420, 410]),
  };
}

describe('summarise', () => {
  it.each([
    [[3], { median: 3, min: 3, max: 3, runs: 1 }],
    [[5, 1, 3], { median: 3, min: 1, max: 5, runs: 3 }],
    [[4, 1, 2, 3], { median: 2.5, min: 1, max: 4, runs: 4 }],
  ])('summarises %j', (values, expected) => {
    expect(summarise(values)).toEqual(expected);
  });

  it('keeps min below max when mapping through a decreasing function', () => {
    expect(mapSummary(summarise([1, 2, 4]), (seconds) => 100 / seconds)).toEqual({ median: 50, min: 25, max: 100, runs: 3 });
  });
});

describe('formatSummary', () => {
  it.each([
    [summarise([2.345]), 2, '2.35'],
    [summarise([1, 2, 3]), 1, '2.0 (1.0–3.0)'],
  ])('prints the median and, for several runs, the range', (summary, digits, expected) => {
    expect(formatSummary(summary, digits)).toBe(expected);
  });
});

describe('formatTable', () => {
  it('aligns columns under a rule, numbers to the right', () => {
    const table = formatTable([{ header: 'name' }, { header: 'n', align: 'right' }], [['a', '1'], ['longer', '100']]);
    expect(table.split('\n')).toEqual(['name      n', '------  ---', 'a         1', 'longer  100']);
  });
});

describe('formatThroughput', () => {
  it('prints one row per corpus size with rates and peak memory', () => {
    const table = formatThroughput([throughput(1000, [1, 1.2, 0.8]), throughput(10_000, [8])]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/articles\s+MB\s+wall s\s+CPU s\s+articles\/s\s+MB\/s\s+peak RSS MB\s+runs/);
    expect(lines[2]).toMatch(/1,000\s+3\.7\s+1\.00 \(0\.80–1\.20\)\s+n\/a\s+1000 \(833–1250\)/);
    expect(lines[3]).toMatch(/10,000\s+37\.0\s+8\.00\s+12\.00\s+1250\s+4\.63\s+410 \(400–420\)\s+1$/);
  });
});

describe('linearity', () => {
  it('compares each size with the previous one', () => {
    const rows = toLinearityRows([throughput(5000, [5]), throughput(1000, [1.25]), throughput(10_000, [10])]);
    expect(rows).toEqual([
      { from: 1000, to: 5000, sizeRatio: 5, timeRatio: 4, perArticleRatio: 0.8 },
      { from: 5000, to: 10_000, sizeRatio: 2, timeRatio: 2, perArticleRatio: 1 },
    ]);
    expect(formatLinearity(rows).split('\n')[2]).toMatch(/^1,000 → 5,000\s+5\.00\s+4\.00\s+0\.80$/);
  });
});

describe('formatChunkSizes', () => {
  it('lists initial chunks first and totals initial and lazy JS', () => {
    const table = formatChunkSizes([
      { file: 'assets/map.js', initial: false, bytes: 2048, gzipBytes: 1024 },
      { file: 'assets/index.js', initial: true, bytes: 10_240, gzipBytes: 4096 },
    ]);
    const lines = table.split('\n');
    expect(lines[2]).toMatch(/^assets\/index\.js\s+initial\s+10\.0\s+4\.0$/);
    expect(lines[3]).toMatch(/^assets\/map\.js\s+lazy\s+2\.0\s+1\.0$/);
    expect(lines[4]).toMatch(/^total initial \(1 files\)\s+10\.0\s+4\.0$/);
    expect(lines[5]).toMatch(/^total lazy \(1 files\)\s+2\.0\s+1\.0$/);
  });
});

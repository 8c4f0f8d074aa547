/**
 * Pure formatting of benchmark results as plain-text tables, so the output can
 * be pasted into docs/performance.md unchanged and tested without timing anything.
 */
import type { Summary } from './summary';

export type Align = 'left' | 'right';

export interface Column {
  header: string;
  align?: Align;
}

/** A text table with a header rule; numbers are usually right-aligned. */
export function formatTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((column, index) => Math.max(column.header.length, ...rows.map((row) => (row[index] ?? '').length)));
  const line = (cells: readonly string[]) =>
    columns
      .map((column, index) => {
        const cell = cells[index] ?? '';
        const width = widths[index] ?? 0;
        return column.align === 'right' ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(columns.map((column) => column.header)), rule, ...rows.map(line)].join('\n');
}

/** "12.3 (11.9–12.8)": the median with the range; a single run shows just its value. */
export function formatSummary(summary: Summary, digits = 1): string {
  const median = summary.median.toFixed(digits);
  if (summary.runs < 2) return median;
  return `${median} (${summary.min.toFixed(digits)}–${summary.max.toFixed(digits)})`;
}

export interface ThroughputResult {
  articles: number;
  megabytes: number;
  seconds: Summary;
  cpuSeconds: Summary | null;
  articlesPerSecond: Summary;
  megabytesPerSecond: Summary;
  peakRssMegabytes: Summary | null;
}

export function formatThroughput(results: readonly ThroughputResult[]): string {
  return formatTable(
    [
      { header: 'articles', align: 'right' },
      { header: 'MB', align: 'right' },
      { header: 'wall s', align: 'right' },
      { header: 'CPU s', align: 'right' },
      { header: 'articles/s', align: 'right' },
      { header: 'MB/s', align: 'right' },
      { header: 'peak RSS MB', align: 'right' },
      { header: 'runs', align: 'right' },
    ],
    results.map((result) => [
      result.articles.toLocaleString('en-US'),
      result.megabytes.toFixed(1),
      formatSummary(result.seconds, 2),
      result.cpuSeconds ? formatSummary(result.cpuSeconds, 2) : 'n/a',
      formatSummary(result.articlesPerSecond, 0),
      formatSummary(result.megabytesPerSecond, 2),
      result.peakRssMegabytes ? formatSummary(result.peakRssMegabytes, 0) : 'n/a',
      String(result.seconds.runs),
    ]),
  );
}

export interface LinearityRow {
  from: number;
  to: number;
  sizeRatio: number;
  timeRatio: number;
  /** timeRatio / sizeRatio: 1.0 is perfectly linear, above 1 grows faster than the corpus. */
  perArticleRatio: number;
}

/** Ratios of median wall time between consecutive corpus sizes. */
export function toLinearityRows(results: readonly ThroughputResult[]): LinearityRow[] {
  const sorted = [...results].sort((a, b) => a.articles - b.articles);
  return sorted.slice(1).map((result, index) => {
    const previous = sorted[index] ?? result;
    const sizeRatio = result.articles / previous.articles;
    const timeRatio = result.seconds.median / previous.seconds.median;
    return { from: previous.articles, to: result.articles, sizeRatio, timeRatio, perArticleRatio: timeRatio / sizeRatio };
  });
}

export function formatLinearity(rows: readonly LinearityRow[]): string {
  return formatTable(
    [{ header: 'sizes' }, { header: 'size ×', align: 'right' }, { header: 'time ×', align: 'right' }, { header: 'per-article cost ×', align: 'right' }],
    rows.map((row) => [
      `${row.from.toLocaleString('en-US')} → ${row.to.toLocaleString('en-US')}`,
      row.sizeRatio.toFixed(2),
      row.timeRatio.toFixed(2),
      row.perArticleRatio.toFixed(2),
    ]),
  );
}

export interface ChunkSize {
  file: string;
  initial: boolean;
  bytes: number;
  gzipBytes: number;
}

function kilobytes(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

/** One row per JS chunk (initial first, then by size), then the initial and lazy totals. */
export function formatChunkSizes(chunks: readonly ChunkSize[]): string {
  const sorted = [...chunks].sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzipBytes - a.gzipBytes);
  const total = (initial: boolean) => {
    const selected = chunks.filter((chunk) => chunk.initial === initial);
    const sum = (pick: (chunk: ChunkSize) => number) => selected.reduce((acc, chunk) => acc + pick(chunk), 0);
    return [`total ${initial ? 'initial' : 'lazy'} (${selected.length} files)`, '', kilobytes(sum((c) => c.bytes)), kilobytes(sum((c) => c.gzipBytes))];
  };
  return formatTable(
    [{ header: 'chunk' }, { header: 'loaded' }, { header: 'raw KB', align: 'right' }, { header: 'gzip KB', align: 'right' }],
    [
      ...sorted.map((chunk) => [chunk.file, chunk.initial ? 'initial' : 'lazy', kilobytes(chunk.bytes), kilobytes(chunk.gzipBytes)]),
      total(true),
      total(false),
    ],
  );
}

export interface TimingRow {
  name: string;
  milliseconds: Summary;
  target: string;
}

export function formatTimings(rows: readonly TimingRow[]): string {
  return formatTable(
    [{ header: 'measure' }, { header: 'ms', align: 'right' }, { header: 'target' }],
    rows.map((row) => [row.name, formatSummary(row.milliseconds, 0), row.target]),
  );
}

/** A titled section; a skipped measurement prints its reason instead of a table. */
export function formatSection(title: string, body: string): string {
  return `## ${title}\n\n${body}\n`;
}

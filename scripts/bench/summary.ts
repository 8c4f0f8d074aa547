/** Median, min and max of repeated measurements: the form every benchmark figure is reported in. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** Summarises one or more measurements; the median of an even count is the mean of the middle two. */
export function summarise(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('summarise() needs at least one value');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  const median = sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0, runs: sorted.length };
}

/** Applies a function to each statistic, e.g. turning seconds into articles per second. */
export function mapSummary(summary: Summary, toValue: (value: number) => number): Summary {
  const candidates = [toValue(summary.min), toValue(summary.max)];
  return {
    median: toValue(summary.median),
    min: Math.min(...candidates),
    max: Math.max(...candidates),
    runs: summary.runs,
  };
}

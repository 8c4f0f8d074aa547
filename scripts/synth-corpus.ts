/**
 * npm run corpus:synth -- --count 10000 --out DIR [--seed 42]
 * Writes a deterministic synthetic article corpus for benchmarks (not committed as data).
 */
import { parseArgs } from 'node:util';
import { writeCorpus } from './bench/write-corpus';

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`--${name} must be a non-negative integer, got "${value}"`);
  return parsed;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      count: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  if (!values.out) throw new Error('usage: npm run corpus:synth -- --count 10000 --out DIR [--seed 42]');
  const count = positiveInteger('count', values.count, 10_000);
  const seed = positiveInteger('seed', values.seed, 42);
  const startedAt = performance.now();
  const marker = writeCorpus({ dir: values.out, count, seed });
  const seconds = (performance.now() - startedAt) / 1000;
  const kinds = Object.entries(marker.kinds).map(([kind, n]) => `${kind} ${n}`).join(', ');
  console.log(`wrote ${count} files (${(marker.bytes / 1e6).toFixed(1)} MB) to ${values.out} in ${seconds.toFixed(1)} s, seed ${seed}: ${kinds}`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}

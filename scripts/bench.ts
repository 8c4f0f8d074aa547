/**
 * npm run bench -- [--sizes 1000,5000,10000,20000] [--runs 3] [--skip-browser] [--seed 42]
 *
 * Prints, as tables: extractor throughput and peak memory per corpus size with
 * the linearity ratios, the incremental re-run time, the app's JS sizes and
 * the dashboard's load and interaction times at the largest size. Corpora and
 * outputs go to bench-corpus/ (gitignored). A script, not a test.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { cachedArticleCount, detectCacheFlags, ranIncrementally } from './bench/cache-flags';
import type { CacheFlags } from './bench/cache-flags';
import {
  formatChunkSizes,
  formatLinearity,
  formatSection,
  formatThroughput,
  formatTimings,
  toLinearityRows,
} from './bench/format-report';
import type { ThroughputResult, TimingRow } from './bench/format-report';
import { buildApp, measureChunkSizes } from './bench/measure-app-size';
import { measureDashboard } from './bench/measure-dashboard';
import { PROJECT_ROOT, extractorCliExists, extractorHelp, runExtractor, startWatchingExtractor } from './bench/run-extractor';
import { mapSummary, summarise } from './bench/summary';
import type { Summary } from './bench/summary';
import { ensureCorpus } from './bench/write-corpus';

const BENCH_DIR = join(PROJECT_ROOT, 'bench-corpus');
const INITIAL_JS_TARGET_KB = 250;

interface BenchOptions {
  sizes: number[];
  runs: number;
  seed: number;
  skipBrowser: boolean;
}

function parseOptions(): BenchOptions {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,5000,10000,20000' },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: '42' },
      'skip-browser': { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`--sizes must be positive integers, got "${values.sizes}"`);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got "${values.runs}"`);
  return { sizes: [...new Set(sizes)].sort((a, b) => a - b), runs, seed, skipBrowser: values['skip-browser'] };
}

function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

function gitRevision(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function machineLine(): string {
  const model = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${model}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${process.platform}`;
}

/** Other work on the machine inflates wall times; the 1-minute load average says how much there was. */
function loadLine(): string {
  return loadavg().map((load) => load.toFixed(1)).join(' / ');
}

const corpusDir = (size: number, seed: number) => join(BENCH_DIR, `corpus-${size}-seed${seed}`);
const outputDir = (size: number) => join(BENCH_DIR, `out-${size}`);

/** Flags that make a run cold: the cache off, or a fresh cache folder the bench deletes first. */
function coldRunFlags(cache: CacheFlags | null, size: number): string[] {
  if (!cache) return [];
  if (cache.disable) return [cache.disable];
  if (cache.directory) {
    const dir = join(BENCH_DIR, `cache-cold-${size}`);
    rmSync(dir, { recursive: true, force: true });
    return [cache.directory, dir];
  }
  return [];
}

async function extractOrThrow(input: string, output: string, extraFlags: string[]) {
  const run = await runExtractor(['--input', input, '--output', join(output, 'bundle.json'), ...extraFlags]);
  if (run.exitCode !== 0) throw new Error(`extractor exited with ${String(run.exitCode)} on ${input}:\n${run.outputTail}`);
  return run;
}

async function measureThroughput(options: BenchOptions, cache: CacheFlags | null): Promise<ThroughputResult[]> {
  const results: ThroughputResult[] = [];
  for (const size of options.sizes) {
    const { marker, reused } = ensureCorpus({ dir: corpusDir(size, options.seed), count: size, seed: options.seed });
    progress(`${reused ? 'reusing' : 'generated'} corpus of ${size} articles (${(marker.bytes / 1e6).toFixed(1)} MB)`);
    const seconds: number[] = [];
    const cpuSeconds: number[] = [];
    const peaks: number[] = [];
    for (let run = 1; run <= options.runs; run += 1) {
      const result = await extractOrThrow(corpusDir(size, options.seed), outputDir(size), coldRunFlags(cache, size));
      progress(`  ${size} articles, run ${run}/${options.runs}: ${result.seconds.toFixed(2)} s wall, ${result.cpuSeconds?.toFixed(2) ?? 'n/a'} s CPU, peak RSS ${result.peakRssBytes === null ? 'n/a' : `${(result.peakRssBytes / 2 ** 20).toFixed(0)} MB`}`);
      seconds.push(result.seconds);
      if (result.cpuSeconds !== null) cpuSeconds.push(result.cpuSeconds);
      if (result.peakRssBytes !== null) peaks.push(result.peakRssBytes / 2 ** 20);
    }
    const time = summarise(seconds);
    const megabytes = marker.bytes / 1e6;
    results.push({
      articles: size,
      megabytes,
      seconds: time,
      cpuSeconds: cpuSeconds.length > 0 ? summarise(cpuSeconds) : null,
      articlesPerSecond: mapSummary(time, (value) => size / value),
      megabytesPerSecond: mapSummary(time, (value) => megabytes / value),
      peakRssMegabytes: peaks.length > 0 ? summarise(peaks) : null,
    });
  }
  return results;
}

const FactsCountsSchema = z.object({
  articles: z.array(z.unknown()),
  places: z.array(z.unknown()),
  events: z.array(z.unknown()),
  procurement: z.array(z.unknown()),
  people: z.array(z.unknown()),
  warnings: z.array(z.unknown()),
});

/** What the largest run produced, so a fast but empty bundle cannot pass unnoticed. */
function bundleCounts(size: number): string {
  const facts = FactsCountsSchema.safeParse(JSON.parse(readFileSync(join(outputDir(size), 'facts.json'), 'utf8')));
  if (!facts.success) return `facts.json of the ${size}-article run did not have the expected arrays`;
  const { articles, places, events, procurement, people, warnings } = facts.data;
  return `Bundle at ${size.toLocaleString('en-US')} articles: ${articles.length} articles, ${events.length} events, ${places.length} places, ${procurement.length} procurement items, ${people.length} people, ${warnings.length} warnings.`;
}

/** A text file of the corpus to edit: the first article with a byline (bad files and duplicates are rarely first). */
function articleToEdit(corpus: string): string | null {
  const names = readdirSync(corpus).filter((name) => name.endsWith('.txt')).sort();
  const name = names.find((candidate) => /\n(Published - |Updated: )/.test(readFileSync(join(corpus, candidate), 'utf8')));
  return name ? join(corpus, name) : null;
}

interface IncrementalResult {
  size: number;
  seconds: Summary;
  /** The same edit with `extract --watch` left running (as the dev server runs it): from the edit to the summary line, and the run's own seconds from its line. */
  watch: { seconds: Summary; runSeconds: Summary } | string;
  /** Articles the CLI reported as taken from its cache, per run: a low count means the cache was invalidated. */
  fromCache: (number | null)[];
  /** User + system CPU seconds per run, which other work on the machine inflates far less than wall time. */
  cpuSeconds: (number | null)[];
}

async function measureIncremental(options: BenchOptions, cache: CacheFlags | null): Promise<IncrementalResult | string> {
  if (!cache) return 'Skipped: the extractor CLI has no cache flag yet (nothing about a cache in `--help`).';
  const size = options.sizes.includes(10_000) ? 10_000 : (options.sizes.at(-1) ?? 10_000);
  const corpus = corpusDir(size, options.seed);
  const flags = cache.directory ? [cache.directory, join(BENCH_DIR, `cache-warm-${size}`)] : [];
  const file = articleToEdit(corpus);
  if (!file) return 'Skipped: no article to edit in the corpus.';
  progress(`incremental: warming the cache on ${size} articles`);
  await extractOrThrow(corpus, outputDir(size), flags);
  const original = readFileSync(file);
  const seconds: number[] = [];
  const fromCache: (number | null)[] = [];
  const cpuSeconds: (number | null)[] = [];
  try {
    const editAndRun = async (revision: string) => {
      writeFileSync(file, Buffer.concat([original, Buffer.from(`\n\nOfficials confirmed the schedule again on Monday (revision ${revision}).`)]));
      const result = await extractOrThrow(corpus, outputDir(size), flags);
      return { seconds: result.seconds, cpuSeconds: result.cpuSeconds, cached: cachedArticleCount(result.summaryLine), incremental: ranIncrementally(result.summaryLine) };
    };
    for (let run = 1; run <= options.runs; run += 1) {
      let measured = await editAndRun(String(run));
      // An edit to the extractor since the last run changes its fingerprint: that run extracted and merged everything again and left a fresh cache and state, so time one more.
      if (!measured.incremental || (measured.cached !== null && measured.cached < size / 2)) {
        progress(`  incremental run ${run}/${options.runs}: ran in full with ${measured.cached ?? '?'} articles from cache (the extractor changed), timing it again`);
        measured = await editAndRun(`${run}b`);
      }
      progress(`  incremental run ${run}/${options.runs}: ${measured.seconds.toFixed(2)} s, ${measured.cpuSeconds?.toFixed(2) ?? '?'} s CPU, ${measured.cached ?? '?'} articles from cache`);
      seconds.push(measured.seconds);
      fromCache.push(measured.cached);
      cpuSeconds.push(measured.cpuSeconds);
    }
  } finally {
    writeFileSync(file, original);
  }
  const watch = await measureWatchedReruns(options.runs, corpus, outputDir(size), file, flags).catch((error: unknown) => `Failed: ${messageOf(error)}`);
  return { size, seconds: summarise(seconds), fromCache, cpuSeconds, watch };
}

/** The summary line's "in 1.23 s": the run's own time, from the change seen to the bundle written. */
function runSecondsOf(line: string): number {
  return Number(/ in ([\d.]+) s /.exec(line)?.[1] ?? Number.NaN);
}

/**
 * Re-runs with the CLI left running in watch mode: each edit is seen by the
 * file watcher and re-extracted from the state the last run kept in memory,
 * as the dev server does. Timed from the write to the summary line, which
 * includes the watcher's quiet period.
 */
async function measureWatchedReruns(runs: number, corpus: string, output: string, file: string, flags: string[]): Promise<{ seconds: Summary; runSeconds: Summary }> {
  progress('incremental: the same edits with extract --watch left running');
  const original = readFileSync(file);
  const watcher = startWatchingExtractor(['--input', corpus, '--output', join(output, 'bundle.json'), ...flags]);
  const seconds: number[] = [];
  const runSeconds: number[] = [];
  try {
    await watcher.nextSummary();
    for (let run = 1; run <= runs; run += 1) {
      const startedAt = performance.now();
      writeFileSync(file, Buffer.concat([original, Buffer.from(`\n\nOfficials confirmed the schedule again on Monday (watched revision ${run}).`)]));
      const line = await watcher.nextSummary();
      seconds.push((performance.now() - startedAt) / 1000);
      runSeconds.push(runSecondsOf(line));
      progress(`  watched re-run ${run}/${runs}: ${seconds.at(-1)?.toFixed(2) ?? '?'} s from the edit, ${runSeconds.at(-1)?.toFixed(2) ?? '?'} s in the run`);
      // Past the watcher's quiet period and the state's save, so the next edit is a run of its own.
      await new Promise((resolveWait) => setTimeout(resolveWait, 1000));
    }
  } finally {
    await watcher.stop();
    writeFileSync(file, original);
  }
  return { seconds: summarise(seconds), runSeconds: summarise(runSeconds) };
}

function appSizeSection(): string {
  const appDir = join(BENCH_DIR, 'app-dist');
  progress('building the app (vite build --manifest)');
  buildApp(appDir);
  const chunks = measureChunkSizes(appDir);
  const initialGzip = chunks.filter((chunk) => chunk.initial).reduce((sum, chunk) => sum + chunk.gzipBytes, 0) / 1024;
  const verdict = initialGzip <= INITIAL_JS_TARGET_KB ? 'within' : 'OVER';
  return `${formatChunkSizes(chunks)}\n\nInitial JS ${initialGzip.toFixed(1)} KB gzip: ${verdict} the ${INITIAL_JS_TARGET_KB} KB target.`;
}

function targetFor(name: string): string {
  if (name.startsWith('dossier:load') || name.startsWith('panels ready')) return '≤ 2000 ms';
  if (name.startsWith('interaction')) return '≤ 100 ms';
  return '';
}

async function dashboardSection(options: BenchOptions): Promise<string> {
  if (options.skipBrowser) return 'Skipped (--skip-browser).';
  const size = options.sizes.includes(10_000) ? 10_000 : (options.sizes.at(-1) ?? 10_000);
  const appDir = join(BENCH_DIR, 'app-dist');
  if (!existsSync(join(outputDir(size), 'facts.json'))) return `Skipped: no facts.json from the ${size}-article run.`;
  if (!existsSync(join(appDir, 'index.html'))) return 'Skipped: the app build failed.';
  progress(`dashboard: ${options.runs} page loads with the ${size}-article bundle in headless Chromium`);
  const result = await measureDashboard({ appDir, dataDir: outputDir(size), runs: options.runs });
  if ('skipped' in result) return `Skipped: ${result.skipped}`;
  const rows: TimingRow[] = [...result.samples.entries()].map(([name, values]) => ({ name, milliseconds: summarise(values), target: targetFor(name) }));
  const note = result.instrumented ? '' : '\n\nThe app emits no `dossier:*` performance entries: not instrumented yet (only the bench-observed figure is real).';
  return `With the ${size.toLocaleString('en-US')}-article bundle:\n\n${formatTimings(rows)}${note}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
}

/** Runs one part of the benchmark; a failure is reported in its section so the other figures still print. */
async function section(title: string, body: () => Promise<string> | string): Promise<void> {
  let text: string;
  try {
    text = await body();
  } catch (error) {
    text = `Failed: ${messageOf(error)}`;
  }
  console.log(formatSection(title, text));
}

function incrementalText(incremental: Awaited<ReturnType<typeof measureIncremental>>): string {
  if (typeof incremental === 'string') return incremental;
  const name = `re-run after editing 1 of ${incremental.size.toLocaleString('en-US')} articles`;
  const toMs = (summary: Summary) => mapSummary(summary, (seconds) => seconds * 1000);
  const watchRows = typeof incremental.watch === 'string' ? [] : [
    { name: 'the same with extract --watch running: edit to bundle written', milliseconds: toMs(incremental.watch.seconds), target: '≤ 1000 ms' },
    { name: '  of which the run itself (its summary line)', milliseconds: toMs(incremental.watch.runSeconds), target: '' },
  ];
  const table = formatTimings([{ name, milliseconds: toMs(incremental.seconds), target: '≤ 1000 ms' }, ...watchRows]);
  const watchNote = typeof incremental.watch === 'string' ? `\n\nWatch mode: ${incremental.watch}` : '';
  const counts = incremental.fromCache.map((count) => (count === null ? '?' : String(count))).join(', ');
  const cpu = incremental.cpuSeconds.map((seconds) => (seconds === null ? '?' : seconds.toFixed(2))).join(', ');
  return `${table}\n\nCPU seconds (user + system) of each run: ${cpu}. Articles the CLI took from its cache in each run: ${counts} (a run that found the cache emptied by an extractor edit, or that ran in full, is timed once more; a low count here means the extractor changed again).${watchNote}`;
}

/** Prints each section as soon as it is measured, so a long run shows its figures as it goes. */
async function main(): Promise<void> {
  const options = parseOptions();
  const flags = `--sizes ${options.sizes.join(',')} --runs ${options.runs} --seed ${options.seed}${options.skipBrowser ? ' --skip-browser' : ''}`;
  console.log(`# Dossier benchmark\n\nDate: ${new Date().toISOString()}\nCommit: ${gitRevision()}\nMachine: ${machineLine()}\nLoad average at start (1/5/15 min): ${loadLine()}\nCommand: npm run bench -- ${flags}\n`);
  if (!extractorCliExists()) {
    console.log(formatSection('Extractor', 'Skipped: extractor/cli.ts does not exist yet.'));
  } else {
    const cache = detectCacheFlags(extractorHelp());
    await section('Extractor throughput (wall time of `npm run extract` as a child process, median (min–max))', async () => {
      const throughput = await measureThroughput(options, cache);
      const coldNote = cache?.disable ? ` Cold runs (${cache.disable}).` : '';
      const linearity = throughput.length > 1 ? `\n\nLinearity (median wall time ratios):\n\n${formatLinearity(toLinearityRows(throughput))}` : '';
      return `${formatThroughput(throughput)}\n\n${bundleCounts(options.sizes.at(-1) ?? 0)}${coldNote}${linearity}`;
    });
    await section('Incremental re-run (one article changed)', async () => incrementalText(await measureIncremental(options, cache)));
  }
  await section('App JavaScript (vite build)', appSizeSection);
  await section('Dashboard in headless Chromium', () => dashboardSection(options));
  console.log(`Load average at the end (1/5/15 min): ${loadLine()}; on a ${cpus().length}-core machine a load above ${cpus().length} means the figures include waiting for a core.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});

/**
 * `npm run extract -- --input DIR --output FILE`: the command-line shell
 * around the extractor. Exit code 1 only when no bundle could be written.
 */
import { watch } from 'node:fs';
import { parseArgs } from 'node:util';
import type { RunSummary } from './node/run-extraction';
import { createExtractionSession, ExtractionFailure } from './node/run-extraction';
import { createProgress } from './node/progress';

export const DEFAULT_INPUT = 'data/articles';
export const DEFAULT_OUTPUT = 'public/data/bundle.json';

const USAGE = `Usage: npm run extract -- [--input DIR] [--output FILE] [--quiet]
  --input DIR     folder of .txt/.md/.html articles (default ${DEFAULT_INPUT})
  --output FILE   bundle path; facts.json and texts/ are written beside it (default ${DEFAULT_OUTPUT})
  --jobs N        worker threads for extraction (default: one per core)
  --no-cache      extract every article again instead of reusing unchanged ones
  --quiet         print only the summary line (warnings are always in the bundle)
  --timings       print the wall and CPU seconds of each stage (read, extract, merge, write...) and the RSS at its end to stderr
  --watch         after the first run, run again whenever a file in the input folder changes (Ctrl-C stops)`;

/** Edits arrive as bursts of events (an editor writes, renames, touches): one run once the folder is quiet this long. */
const WATCH_QUIET_MS = 50;

const MAX_WARNINGS_SHOWN = 50;

function printWarnings(warnings: readonly { file: string; message: string }[]): void {
  for (const warning of warnings.slice(0, MAX_WARNINGS_SHOWN)) console.warn(`warning: ${warning.file} ${warning.message}`);
  if (warnings.length > MAX_WARNINGS_SHOWN) console.warn(`... and ${warnings.length - MAX_WARNINGS_SHOWN} more warnings in the bundle's "warnings"`);
}

function reasonOf(error: unknown): string {
  return error instanceof ExtractionFailure || error instanceof Error ? error.message : String(error);
}

function summaryLine(summary: RunSummary, output: string): string {
  const { counts } = summary;
  return `dossier: ${counts.articles} articles (${(summary.bytes / 1e6).toFixed(1)} MB) -> ${counts.places} places, ${counts.events} events, ${counts.procurement} items, ${counts.people} people, ${summary.warnings.length} warnings in ${summary.seconds.toFixed(2)} s (${summary.cached} from cache)${summary.incremental ? ', re-merged only what changed' : ''}; wrote ${output}`;
}

/**
 * Runs once, then again after each burst of changes in the folder, one run at
 * a time, until the process is stopped. The folder is watched from before the
 * first run, so a change made while it runs, or right after its summary line,
 * is never missed.
 */
async function watchFolder(input: string, runOnce: () => Promise<void>): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const first = runOnce();
  let queue = first.catch(() => undefined);
  const watcher = watch(input, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      queue = queue.then(runOnce).catch((error: unknown) => console.error(`dossier: no bundle written: ${reasonOf(error)}`));
    }, WATCH_QUIET_MS);
  });
  try {
    await first;
  } catch (error) {
    watcher.close();
    clearTimeout(timer);
    throw error;
  }
  console.error(`dossier: watching ${input} (Ctrl-C stops)`);
  return new Promise((resolve) => {
    process.once('SIGINT', () => {
      watcher.close();
      clearTimeout(timer);
      void queue.then(() => resolve(0));
    });
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      input: { type: 'string', default: DEFAULT_INPUT },
      output: { type: 'string', default: DEFAULT_OUTPUT },
      quiet: { type: 'boolean', default: false },
      jobs: { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      timings: { type: 'boolean', default: false },
      watch: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  // On a terminal: progress and the warnings; in CI, a pipe or with --quiet: one summary line (warnings stay in the bundle).
  const interactive = Boolean(process.stderr.isTTY) && !process.env.CI && !values.quiet;
  const progress = createProgress({ interactive });
  const session = createExtractionSession({
    inputDir: values.input,
    outputFile: values.output,
    generatedAt: process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000).toISOString() : undefined,
    jobs: values.jobs ? Number(values.jobs) : undefined,
    cacheDir: values['no-cache'] ? null : undefined,
    onProgress: progress.update,
    onStage: values.timings ? (stage, seconds, cpuSeconds) => console.error(`dossier: ${stage} ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU, ${Math.round(process.memoryUsage().rss / 1e6)} MB RSS`) : undefined,
  });
  const runOnce = async () => {
    const summary = await session.run();
    progress.done();
    if (interactive) printWarnings(summary.warnings);
    console.log(summaryLine(summary, values.output));
  };
  try {
    if (values.watch) return await watchFolder(values.input, runOnce);
    await runOnce();
    return 0;
  } finally {
    await session.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`dossier: no bundle written: ${reasonOf(error)}`);
    process.exitCode = 1;
  },
);

/**
 * Runs the pure per-article step over many files on worker threads. Small
 * corpora stay on the main thread: starting a worker costs more than a few
 * articles do.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IsoDay } from '../../schema/bundle';
import type { ArticleFacts, ArticleResult } from '../article/extract-article';
import { extractArticle, reextractFacts, withoutQuotes } from '../article/extract-article';
import type { InputFile } from '../types';

/** Below this many articles the work stays on the main thread. */
export const PARALLEL_THRESHOLD = 400;
const BATCH_SIZE = 50;

export type WorkerTask = { kind: 'extract'; file: InputFile } | { kind: 'reextract'; file: InputFile; published: IsoDay };
export type WorkerResult = { kind: 'extract'; result: ArticleResult } | { kind: 'reextract'; file: string; facts: ArticleFacts };

function withoutQuotesIn(result: ArticleResult): ArticleResult {
  return { ...result, facts: withoutQuotes(result.facts) };
}

export function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/** One task, on whichever thread runs it. The functions are passed in so the worker and the main thread share this code. */
export function runTask(
  task: WorkerTask,
  extract: typeof extractArticle,
  reextract: typeof reextractFacts,
): WorkerResult {
  // Quotes are dropped before results cross threads: withQuotes restores them as slices of the text.
  return task.kind === 'extract'
    ? { kind: 'extract', result: withoutQuotesIn(extract(task.file)) }
    : { kind: 'reextract', file: task.file.name, facts: withoutQuotes(reextract(task.file, task.published)) };
}

function startWorker(): Worker {
  // A JavaScript entry registers tsx in the worker, which then loads the TypeScript sources.
  return new Worker(new URL('./extract-worker-entry.mjs', import.meta.url));
}

function isResultList(value: unknown): value is WorkerResult[] {
  return Array.isArray(value);
}

async function runInWorkers(tasks: WorkerTask[], jobs: number, onProgress?: (done: number) => void): Promise<WorkerResult[]> {
  if (jobs <= 1 || tasks.length < PARALLEL_THRESHOLD) {
    return tasks.map((task, index) => {
      const result = runTask(task, extractArticle, reextractFacts);
      onProgress?.(index + 1);
      return result;
    });
  }
  const batches: WorkerTask[][] = [];
  for (let start = 0; start < tasks.length; start += BATCH_SIZE) batches.push(tasks.slice(start, start + BATCH_SIZE));
  const results: WorkerResult[][] = new Array(batches.length);
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: Math.min(jobs, batches.length) }, startWorker);
  const feed = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let current = -1;
      const sendNext = () => {
        if (next >= batches.length) {
          resolve();
          return;
        }
        current = next;
        next += 1;
        worker.postMessage(batches[current]);
      };
      worker.on('message', (message: unknown) => {
        if (!isResultList(message)) {
          reject(new Error('a worker sent an unexpected message'));
          return;
        }
        results[current] = message;
        done += message.length;
        onProgress?.(done);
        sendNext();
      });
      worker.on('error', reject);
      sendNext();
    });
  try {
    await Promise.all(workers.map(feed));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results.flat();
}

/** Extracts every file, in input order, using up to `jobs` worker threads. */
export async function extractInParallel(
  files: readonly InputFile[],
  jobs: number,
  onProgress?: (done: number) => void,
): Promise<ArticleResult[]> {
  const results = await runInWorkers(files.map((file) => ({ kind: 'extract', file })), jobs, onProgress);
  return results.flatMap((result) => (result.kind === 'extract' ? [result.result] : []));
}

/** Re-extracts undated files against their inferred publication days, in parallel. */
export async function reextractInParallel(
  files: readonly { file: InputFile; published: IsoDay }[],
  jobs: number,
): Promise<Map<string, ArticleFacts>> {
  const results = await runInWorkers(files.map(({ file, published }) => ({ kind: 'reextract', file, published })), jobs);
  return new Map(results.flatMap((result) => (result.kind === 'reextract' ? [[result.file, result.facts] as const] : [])));
}

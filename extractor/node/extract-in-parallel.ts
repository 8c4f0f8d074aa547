/**
 * Runs the pure per-article step over many files on worker threads. Small
 * corpora stay on the main thread: starting a worker costs more than a few
 * articles do.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IsoDay } from '../../schema/bundle';
import type { ArticleFacts, ArticleResult, DayFreeMentions } from '../article/extract-article';
import { extractArticle, redatedFacts, withoutQuotes } from '../article/extract-article';
import type { ReadArticle } from '../input/read-article';
import type { InputFile } from '../types';

/** Below this many articles the work stays on the main thread. */
export const PARALLEL_THRESHOLD = 400;
const BATCH_SIZE = 50;

export interface RedateTask {
  /** The undated article as the first round read it: its text is not decoded again. */
  read: ReadArticle;
  published: IsoDay;
  mentions: DayFreeMentions;
}
export type WorkerTask = { kind: 'extract'; file: InputFile } | ({ kind: 'reextract' } & RedateTask);
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
  redate: typeof redatedFacts,
): WorkerResult {
  // Quotes are dropped before results cross threads: withQuotes restores them as slices of the text.
  return task.kind === 'extract'
    ? { kind: 'extract', result: withoutQuotesIn(extract(task.file)) }
    : { kind: 'reextract', file: task.read.file, facts: withoutQuotes(redate(task.read, task.published, task.mentions)) };
}

function startWorker(): Worker {
  // A JavaScript entry registers tsx in the worker, which then loads the TypeScript sources.
  return new Worker(new URL('./extract-worker-entry.mjs', import.meta.url));
}

function isResultList(value: unknown): value is WorkerResult[] {
  return Array.isArray(value);
}

/** Runs tasks on the main thread, in order. */
function runHere(tasks: readonly WorkerTask[], onProgress?: (done: number) => void): WorkerResult[] {
  return tasks.map((task, index) => {
    const result = runTask(task, extractArticle, redatedFacts);
    onProgress?.(index + 1);
    return result;
  });
}

/** Sends batches to the workers as each finishes its last one, and collects the results in task order. */
async function runOnWorkers(workers: readonly Worker[], tasks: readonly WorkerTask[], onProgress?: (done: number) => void): Promise<WorkerResult[]> {
  const batches: WorkerTask[][] = [];
  for (let start = 0; start < tasks.length; start += BATCH_SIZE) batches.push(tasks.slice(start, start + BATCH_SIZE));
  const results: WorkerResult[][] = new Array(batches.length);
  let next = 0;
  let done = 0;
  const feed = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let current = -1;
      const stop = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      const sendNext = () => {
        if (next >= batches.length) {
          stop();
          resolve();
          return;
        }
        current = next;
        next += 1;
        worker.postMessage(batches[current]);
      };
      const onMessage = (message: unknown) => {
        if (!isResultList(message)) {
          stop();
          reject(new Error('a worker sent an unexpected message'));
          return;
        }
        results[current] = message;
        done += message.length;
        onProgress?.(done);
        sendNext();
      };
      const onError = (error: unknown) => {
        stop();
        reject(error);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      sendNext();
    });
  await Promise.all(workers.map(feed));
  return results.flat();
}

/**
 * The per-article step on up to `jobs` worker threads, started on first use
 * and kept for later rounds (the re-reading of undated articles), since each
 * start loads the whole extractor again. Close it when done.
 */
export interface ExtractionPool {
  /** Extracts every file, in input order. */
  extract: (files: readonly InputFile[], onProgress?: (done: number) => void) => Promise<ArticleResult[]>;
  /** Re-extracts undated articles against their inferred publication days, reusing what their first reading found that does not depend on the day. */
  reextract: (articles: readonly RedateTask[]) => Promise<Map<string, ArticleFacts>>;
  close: () => Promise<void>;
}

export function createExtractionPool(jobs: number): ExtractionPool {
  let workers: Worker[] = [];
  const run = (tasks: WorkerTask[], onProgress?: (done: number) => void): Promise<WorkerResult[]> | WorkerResult[] => {
    // Once started, the workers take any round, however small: they are idle otherwise.
    if (jobs <= 1 || (workers.length === 0 && tasks.length < PARALLEL_THRESHOLD)) return runHere(tasks, onProgress);
    if (workers.length === 0) workers = Array.from({ length: jobs }, startWorker);
    return runOnWorkers(workers, tasks, onProgress);
  };
  return {
    async extract(files, onProgress) {
      const results = await run(files.map((file) => ({ kind: 'extract', file })), onProgress);
      return results.flatMap((result) => (result.kind === 'extract' ? [result.result] : []));
    },
    async reextract(articles) {
      const results = await run(articles.map((task) => ({ kind: 'reextract', ...task })));
      return new Map(results.flatMap((result): [string, ArticleFacts][] => (result.kind === 'reextract' ? [[result.file, result.facts]] : [])));
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
      workers = [];
    },
  };
}

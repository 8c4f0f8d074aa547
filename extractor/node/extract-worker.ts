/**
 * Worker-thread entry: runs the per-article step on the batches it is sent
 * and posts the results back. The step is pure, so workers share nothing but
 * messages.
 */
import { parentPort } from 'node:worker_threads';
import { extractArticle, redatedFacts } from '../article/extract-article';
import type { WorkerTask } from './extract-in-parallel';
import { runTask } from './extract-in-parallel';

parentPort?.on('message', (tasks: WorkerTask[]) => {
  parentPort?.postMessage(tasks.map((task) => runTask(task, extractArticle, redatedFacts)));
});

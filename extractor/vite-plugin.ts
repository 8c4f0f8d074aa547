/**
 * Keeps the dashboard's data fresh: extracts the articles when the dev server
 * or a build starts, and during development re-extracts and reloads the page
 * whenever an article is added, edited or removed. Same library as the CLI.
 */
import { extname, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { ARTICLE_EXTENSIONS, createExtractionSession } from './node/run-extraction';

export interface DossierDataOptions {
  inputDir: string;
  outputFile: string;
}

function isArticle(path: string, inputDir: string): boolean {
  return resolve(path).startsWith(inputDir) && ARTICLE_EXTENSIONS.has(extname(path).toLowerCase());
}

export function dossierData(options: DossierDataOptions): Plugin {
  const inputDir = resolve(options.inputDir);
  // One session for the server's life: each re-run starts from the state the last one kept in memory.
  const session = createExtractionSession({ inputDir, outputFile: resolve(options.outputFile) });
  const extract = async (log: (message: string) => void) => {
    const summary = await session.run();
    log(`dossier: ${summary.counts.articles} articles -> ${summary.counts.events} events, ${summary.counts.places} places, ${summary.counts.procurement} items (${summary.warnings.length} warnings) in ${summary.seconds.toFixed(2)} s`);
  };
  let queued: Promise<void> = Promise.resolve();

  function reextractOnArticleChange(server: ViteDevServer) {
    server.watcher.add(inputDir);
    const onChange = (path: string) => {
      if (!isArticle(path, inputDir)) return;
      queued = queued
        .then(() => extract((message) => server.config.logger.info(message)))
        .then(() => server.ws.send({ type: 'full-reload' }))
        .catch((error: unknown) => server.config.logger.error(`dossier: extraction failed: ${String(error)}`));
    };
    server.watcher.on('add', onChange);
    server.watcher.on('change', onChange);
    server.watcher.on('unlink', onChange);
  }

  return {
    name: 'dossier-data',
    // Vitest runs Vite in "test" mode: tests bring their own fixtures. Builds
    // started from a test (the browser tests build the app) still extract.
    apply: (_config, { mode }) => mode !== 'test',
    async buildStart() {
      await extract((message) => this.info(message));
    },
    async buildEnd() {
      await session.close();
    },
    configureServer(server) {
      reextractOnArticleChange(server);
    },
  };
}

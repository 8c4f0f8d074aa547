/**
 * The file-system shell around the pure extractor, shared by the CLI and the
 * Vite plugin: read a folder, extract, validate, write the bundle files.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Bundle } from '../../schema/bundle';
import { BUNDLE_FILES, FactsBundleSchema } from '../../schema/bundle';
import type { IsoDay } from '../../schema/bundle';
import type { ArticleFacts, ArticleResult } from '../article/extract-article';
import type { InferredDate } from '../publication/infer-publication-dates';
import { assembleBundle, planInferredDates } from '../extract-bundle';
import type { InputFile } from '../types';
import type { ArticleCache } from './article-cache';
import { contentHash, openArticleCache } from './article-cache';
import { defaultJobs, extractInParallel, reextractInParallel } from './extract-in-parallel';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

export interface RunOptions {
  inputDir: string;
  /** Path of the full bundle; facts.json and texts/ are written beside it. */
  outputFile: string;
  generatedAt?: string;
  /** Worker threads for the per-article step (default: one per core). */
  jobs?: number;
  /** Folder of the per-article cache; null turns caching off. */
  cacheDir?: string | null;
  /** Called as articles are extracted, for progress display. */
  onProgress?: (done: number, total: number) => void;
}

export const DEFAULT_CACHE_DIR = 'node_modules/.cache/dossier';

export interface RunSummary {
  bundle: Bundle;
  articles: number;
  files: number;
  bytes: number;
  /** Articles taken from the cache instead of being extracted again. */
  cached: number;
  warnings: number;
  seconds: number;
}

/** A problem that means no bundle could be written at all. */
export class ExtractionFailure extends Error {
  readonly name = 'ExtractionFailure';
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Article files of a folder, sorted by name, plus a warning for each file that is not an article. */
export async function listArticleFiles(inputDir: string): Promise<{ files: string[]; skipped: string[] }> {
  let names: string[];
  try {
    names = (await readdir(inputDir, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);
  } catch (error) {
    throw new ExtractionFailure(`cannot read the input folder ${inputDir}: ${reasonOf(error)}`);
  }
  const visible = names.filter((name) => !name.startsWith('.')).sort();
  return {
    files: visible.filter((name) => ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())),
    skipped: visible.filter((name) => !ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())),
  };
}

function unreadable(file: string, error: unknown): ArticleResult {
  return {
    file,
    article: null,
    bodyStart: 0,
    published: null,
    facts: { places: [], people: [], items: [], events: [] },
    warnings: [`could not be read: ${reasonOf(error)}`],
  };
}

/** Two-space JSON with a trailing newline: regenerating the same articles gives the same bytes. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Writes via a temporary name so a server never hands out a half-written file. */
async function writeAtomically(path: string, contents: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, contents);
  await rename(temporary, path);
}

/** One-line JSON for facts.json: a machine artefact the app parses, where indentation would only add bytes. */
export function toCompactJson(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

/**
 * Writes bundle.json, facts.json and one text file per article. facts.json
 * holds neither texts nor quotes (the schema strips both; the app cuts a quote
 * from the text by its offsets), which keeps the first load small at scale.
 */
export async function writeBundleFiles(bundle: Bundle, outputFile: string): Promise<void> {
  const outputDir = dirname(outputFile);
  const textsDir = join(outputDir, BUNDLE_FILES.textsDir);
  await mkdir(outputDir, { recursive: true });
  await rm(textsDir, { recursive: true, force: true });
  await mkdir(textsDir, { recursive: true });
  for (const article of bundle.articles) await writeFile(join(textsDir, `${article.id}.txt`), article.text);
  const facts = FactsBundleSchema.parse(bundle);
  await writeAtomically(join(outputDir, BUNDLE_FILES.facts), toCompactJson(facts));
  await writeAtomically(resolve(outputFile), toJson(bundle));
}

const READ_CONCURRENCY = 64;

/** Reads the files in bounded parallel batches; a file that cannot be read becomes a warning. */
async function readInputs(inputDir: string, files: string[]): Promise<{ inputs: InputFile[]; failures: ArticleResult[]; bytes: number }> {
  const inputs: InputFile[] = [];
  const failures: ArticleResult[] = [];
  let bytes = 0;
  for (let start = 0; start < files.length; start += READ_CONCURRENCY) {
    const batch = files.slice(start, start + READ_CONCURRENCY);
    const read = await Promise.allSettled(batch.map((file) => readFile(join(inputDir, file))));
    read.forEach((outcome, index) => {
      const name = batch[index] ?? '';
      if (outcome.status === 'rejected') {
        failures.push(unreadable(name, outcome.reason));
        return;
      }
      bytes += outcome.value.byteLength;
      inputs.push({ name, bytes: new Uint8Array(outcome.value.buffer, outcome.value.byteOffset, outcome.value.byteLength) });
    });
  }
  return { inputs, failures, bytes };
}

/**
 * Plans the inferred days of undated articles and re-reads those articles
 * against them, on workers, reusing cached re-readings of unchanged articles.
 */
async function redateUndated(
  results: readonly ArticleResult[],
  inputs: readonly InputFile[],
  hashes: ReadonlyMap<string, string>,
  cache: ArticleCache | null,
  jobs: number,
): Promise<{ plan: Map<string, InferredDate>; reextracted: Map<string, ArticleFacts> }> {
  const inputsByName = new Map(inputs.map((input) => [input.name, input]));
  const plan = planInferredDates(results);
  const reextracted = new Map<string, ArticleFacts>();
  const toReextract: { file: InputFile; published: IsoDay }[] = [];
  for (const [file, inferred] of plan) {
    const input = inputsByName.get(file);
    if (!input) continue;
    const cached = cache?.lookupRedated(file, hashes.get(file) ?? '', inferred.published);
    if (cached) reextracted.set(file, cached);
    else toReextract.push({ file: input, published: inferred.published });
  }
  for (const [file, facts] of await reextractInParallel(toReextract, jobs)) {
    reextracted.set(file, facts);
    const published = plan.get(file)?.published;
    if (published) cache?.rememberRedated(file, hashes.get(file) ?? '', published, facts);
  }
  return { plan, reextracted };
}

/** Reads every article of a folder, extracts (from cache where unchanged), validates and writes the bundle files. */
export async function runExtraction(options: RunOptions): Promise<RunSummary> {
  const started = performance.now();
  const { files, skipped } = await listArticleFiles(options.inputDir);
  const notArticles: ArticleResult[] = skipped.map((file) => ({
    ...unreadable(file, null),
    warnings: [`was skipped: only ${[...ARTICLE_EXTENSIONS].join(', ')} files are read`],
  }));
  const { inputs, failures, bytes } = await readInputs(options.inputDir, files);

  const cacheDir = options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;
  const cache = cacheDir ? await openArticleCache(cacheDir, options.inputDir) : null;
  const hashes = new Map(inputs.map((input) => [input.name, contentHash(input.bytes)]));
  const fromCache: ArticleResult[] = [];
  const toExtract: InputFile[] = [];
  for (const input of inputs) {
    const hit = cache?.lookup(input.name, hashes.get(input.name) ?? '');
    if (hit) fromCache.push(hit);
    else toExtract.push(input);
  }
  const jobs = options.jobs ?? defaultJobs();
  const extracted = await extractInParallel(toExtract, jobs, (done) =>
    options.onProgress?.(fromCache.length + done, inputs.length),
  );
  extracted.forEach((result) => cache?.remember(result.file, hashes.get(result.file) ?? '', result));

  const results = [...notArticles, ...failures, ...fromCache, ...extracted];
  if (files.length === 0) {
    results.push({ ...unreadable(basename(options.inputDir), null), warnings: ['contains no article files (.txt, .md, .html)'] });
  }
  const { plan, reextracted } = await redateUndated(results, inputs, hashes, cache, jobs);
  await cache?.save();
  const bundle = assembleBundle(results, { generatedAt: options.generatedAt ?? new Date().toISOString(), reextracted, plan });
  try {
    await writeBundleFiles(bundle, options.outputFile);
  } catch (error) {
    throw new ExtractionFailure(`cannot write the bundle to ${options.outputFile}: ${reasonOf(error)}`);
  }
  return {
    bundle,
    articles: bundle.articles.length,
    files: files.length,
    bytes,
    cached: fromCache.length,
    warnings: bundle.warnings.length,
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * The file-system shell around the pure extractor, shared by the CLI and the
 * Vite plugin: read a folder, extract, validate, write the bundle files.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Bundle } from '../../schema/bundle';
import { BUNDLE_FILES } from '../../schema/bundle';
import type { ArticleFacts, ArticleResult } from '../article/extract-article';
import { readArticleOf } from '../article/extract-article';
import type { InferredDate } from '../publication/infer-publication-dates';
import { assembleBundle, planInferredDates } from '../extract-bundle';
import type { InputFile } from '../types';
import type { ArticleCache } from './article-cache';
import { contentHash, openArticleCache } from './article-cache';
import type { ExtractionPool, RedateTask } from './extract-in-parallel';
import { createExtractionPool, defaultJobs } from './extract-in-parallel';
import { toFactsBundle } from './to-facts-bundle';
import { writeJsonFile } from './write-json';

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
  /**
   * Called as each stage ends ('read', 'extract', 'write-bundle'...) with its
   * wall seconds and the CPU seconds of the whole process (worker threads
   * included), which a busy machine inflates far less.
   */
  onStage?: (stage: string, seconds: number, cpuSeconds: number) => void;
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
    mentions: null,
    warnings: [`could not be read: ${reasonOf(error)}`],
  };
}

/** Two-space JSON with a trailing newline: regenerating the same articles gives the same bytes. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function sameBytes(path: string, bytes: Uint8Array): boolean {
  try {
    return readFileSync(path).equals(bytes);
  } catch {
    return false;
  }
}

/** A text's UTF-8 bytes in a scratch buffer reused for every text (a buffer per text kept the garbage collector busy). */
function encoderInto(): (text: string) => Uint8Array {
  let scratch = Buffer.allocUnsafe(1 << 16);
  return (text) => {
    // A UTF-16 code unit never takes more than three bytes in UTF-8.
    if (text.length * 3 > scratch.length) scratch = Buffer.allocUnsafe(text.length * 3);
    return scratch.subarray(0, scratch.write(text));
  };
}

/**
 * One file per article text, rewriting only those that differ and removing
 * the rest: on ext4, deleting ten thousand files and creating them again
 * costs seconds, reading and comparing them a tenth of one. Synchronous calls
 * because thousands of small awaited ones cost far more in round trips.
 */
function writeTexts(textsDir: string, articles: readonly { id: string; text: string }[]): void {
  mkdirSync(textsDir, { recursive: true });
  const wanted = new Set<string>();
  const encode = encoderInto();
  for (const article of articles) {
    const name = `${article.id}.txt`;
    const path = join(textsDir, name);
    const bytes = encode(article.text);
    wanted.add(name);
    if (!sameBytes(path, bytes)) writeFileSync(path, bytes);
  }
  for (const entry of readdirSync(textsDir, { withFileTypes: true })) {
    if (!wanted.has(entry.name)) rmSync(join(textsDir, entry.name), { recursive: true, force: true });
  }
}

/**
 * Writes bundle.json, facts.json and one text file per article. facts.json
 * holds neither texts nor quotes (the app cuts a quote from the text by its
 * offsets), which keeps the first load small at scale. Both JSON files are
 * written piece by piece, never as one string.
 */
export async function writeBundleFiles(bundle: Bundle, outputFile: string, finished: (stage: string) => void = () => undefined): Promise<void> {
  const outputDir = dirname(outputFile);
  await mkdir(outputDir, { recursive: true });
  writeTexts(join(outputDir, BUNDLE_FILES.textsDir), bundle.articles);
  finished('write-texts');
  writeJsonFile(join(outputDir, BUNDLE_FILES.facts), toFactsBundle(bundle), 0);
  finished('write-facts');
  writeJsonFile(resolve(outputFile), bundle, 2);
  finished('write-bundle');
}

/** Reads the files one after the other (synchronous reads of small files beat thousands of awaited ones); a file that cannot be read becomes a warning. */
function readInputs(inputDir: string, files: readonly string[]): { inputs: InputFile[]; failures: ArticleResult[]; bytes: number } {
  const inputs: InputFile[] = [];
  const failures: ArticleResult[] = [];
  let bytes = 0;
  for (const name of files) {
    try {
      const read = readFileSync(join(inputDir, name));
      bytes += read.byteLength;
      inputs.push({ name, bytes: new Uint8Array(read.buffer, read.byteOffset, read.byteLength) });
    } catch (error) {
      failures.push(unreadable(name, error));
    }
  }
  return { inputs, failures, bytes };
}

/**
 * Plans the inferred days of undated articles and re-reads those articles
 * against them, on workers, reusing cached re-readings of unchanged articles.
 */
async function redateUndated(
  results: readonly ArticleResult[],
  hashes: ReadonlyMap<string, string>,
  cache: ArticleCache | null,
  pool: ExtractionPool,
): Promise<{ plan: Map<string, InferredDate>; reextracted: Map<string, ArticleFacts> }> {
  const resultsByName = new Map(results.map((result) => [result.file, result]));
  const plan = planInferredDates(results);
  const reextracted = new Map<string, ArticleFacts>();
  const toReextract: RedateTask[] = [];
  for (const [file, inferred] of plan) {
    const result = resultsByName.get(file);
    const read = result ? readArticleOf(result) : null;
    if (!read || !result?.mentions) continue;
    const cached = cache?.lookupRedated(file, hashes.get(file) ?? '', inferred.published);
    if (cached) reextracted.set(file, cached);
    else toReextract.push({ read, published: inferred.published, mentions: result.mentions });
  }
  for (const [file, facts] of await pool.reextract(toReextract)) {
    reextracted.set(file, facts);
    const published = plan.get(file)?.published;
    if (published) cache?.rememberRedated(file, hashes.get(file) ?? '', published, facts);
  }
  return { plan, reextracted };
}

function cpuSecondsSoFar(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** Calls `onStage` with the wall and CPU seconds since the previous call (or since it was made). */
function stageClock(onStage: RunOptions['onStage']): (stage: string) => void {
  let last = performance.now();
  let lastCpu = cpuSecondsSoFar();
  return (stage) => {
    const now = performance.now();
    const cpu = cpuSecondsSoFar();
    onStage?.(stage, (now - last) / 1000, cpu - lastCpu);
    last = now;
    lastCpu = cpu;
  };
}

/**
 * Reads, extracts (from cache where unchanged), merges and validates. A
 * function of its own so that the per-article results, a large share of the
 * heap at scale, are garbage once the bundle exists and while it is written.
 */
async function buildBundle(
  options: RunOptions,
  finished: (stage: string) => void,
): Promise<{ bundle: Bundle; files: number; bytes: number; cached: number }> {
  const { files, skipped } = await listArticleFiles(options.inputDir);
  const notArticles: ArticleResult[] = skipped.map((file) => ({
    ...unreadable(file, null),
    warnings: [`was skipped: only ${[...ARTICLE_EXTENSIONS].join(', ')} files are read`],
  }));
  const { inputs, failures, bytes } = readInputs(options.inputDir, files);
  const hashes = new Map(inputs.map((input) => [input.name, contentHash(input.bytes)]));
  finished('read');

  const cacheDir = options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;
  const cache = cacheDir ? await openArticleCache(cacheDir, options.inputDir) : null;
  const fromCache: ArticleResult[] = [];
  const toExtract: InputFile[] = [];
  for (const input of inputs) {
    const hit = cache?.lookup(input.name, hashes.get(input.name) ?? '');
    if (hit) fromCache.push(hit);
    else toExtract.push(input);
  }
  const cached = fromCache.length;
  finished('cache-load');

  const pool = createExtractionPool(options.jobs ?? defaultJobs());
  let plan: Map<string, InferredDate>;
  let reextracted: Map<string, ArticleFacts>;
  const results = [...notArticles, ...failures, ...fromCache];
  try {
    const extracted = await pool.extract(toExtract, (done) => options.onProgress?.(cached + done, inputs.length));
    extracted.forEach((result) => cache?.remember(result.file, hashes.get(result.file) ?? '', result));
    results.push(...extracted);
    finished('extract');
    if (files.length === 0) {
      results.push({ ...unreadable(basename(options.inputDir), null), warnings: ['contains no article files (.txt, .md, .html)'] });
    }
    ({ plan, reextracted } = await redateUndated(results, hashes, cache, pool));
  } finally {
    await pool.close();
  }
  finished('redate');
  await cache?.save();
  finished('cache-save');

  const bundle = assembleBundle(results, { generatedAt: options.generatedAt ?? new Date().toISOString(), reextracted, plan });
  finished('merge+validate');
  return { bundle, files: files.length, bytes, cached };
}

/** Reads every article of a folder, extracts (from cache where unchanged), validates and writes the bundle files. */
export async function runExtraction(options: RunOptions): Promise<RunSummary> {
  const started = performance.now();
  const finished = stageClock(options.onStage);
  const { bundle, files, bytes, cached } = await buildBundle(options, finished);
  try {
    await writeBundleFiles(bundle, options.outputFile, finished);
  } catch (error) {
    throw new ExtractionFailure(`cannot write the bundle to ${options.outputFile}: ${reasonOf(error)}`);
  }
  return {
    bundle,
    articles: bundle.articles.length,
    files,
    bytes,
    cached,
    warnings: bundle.warnings.length,
    seconds: (performance.now() - started) / 1000,
  };
}

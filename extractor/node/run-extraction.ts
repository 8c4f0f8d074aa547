/**
 * The file-system shell around the pure extractor, shared by the CLI and the
 * Vite plugin: read a folder, extract, validate, write the bundle files.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { BundleWarning } from '../../schema/bundle';
import { BUNDLE_FILES, SCHEMA_VERSION } from '../../schema/bundle';
import type { ArticleFacts, ArticleResult } from '../article/extract-article';
import { readArticleOf } from '../article/extract-article';
import type { InferredDate } from '../publication/infer-publication-dates';
import type { ArticleOutline, MergedSections } from '../extract-bundle';
import { mergeSections, outlineOf, planInferredDates, settleResults, warningsOf } from '../extract-bundle';
import { articleIdsOf } from '../input/article-ids';
import type { InputFile } from '../types';
import { EXTRACTOR_VERSION } from '../version';
import type { ArticleCache } from './article-cache';
import { contentHash, extractorFingerprint, openArticleCache } from './article-cache';
import { ExtractionFailure, listArticleFiles, reasonOf, skippedFile, unreadable, updateTexts, withoutArticle } from './article-files';
import type { ExtractionPool, RedateTask } from './extract-in-parallel';
import { createExtractionPool, defaultJobs } from './extract-in-parallel';
import type { KeptState, RunState, RunStore } from './run-state';
import { openRunStore, outputIdentities } from './run-state';
import type { HashedFile, StateDraft, UpdateSummary, WrittenRanges } from './update-bundle';
import { bodyHash, completeState, draftState, updateBundle } from './update-bundle';
import type { ValidRecord } from './validated-records';
import { VALID_RECORD, validArticle, validHeader, validWarning } from './validated-records';
import { RecordsFile } from './write-json';

export { ARTICLE_EXTENSIONS, ExtractionFailure, listArticleFiles } from './article-files';

export interface RunOptions {
  inputDir: string;
  /** Path of the full bundle; facts.json and texts/ are written beside it. */
  outputFile: string;
  generatedAt?: string;
  /** Worker threads for the per-article step (default: one per core). */
  jobs?: number;
  /** Folder of the per-article cache; null turns caching off. */
  cacheDir?: string | null;
  /**
   * What the cache and the run state are valid for; by default a hash of the
   * extractor's sources, so any edit to them starts both afresh. Tests pin it
   * so that edits made meanwhile do not turn a re-run into a full run.
   */
  fingerprint?: string;
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
  /** Records written, by section of the bundle. */
  counts: UpdateSummary['counts'];
  warnings: BundleWarning[];
  files: number;
  bytes: number;
  /** Articles taken from the cache instead of being extracted again. */
  cached: number;
  /** True when the previous run's state let this one re-merge only what changed. */
  incremental: boolean;
  /** Records a re-run patched with the changed articles' sources instead of merging them again (see update-bundle.ts). */
  patched: number;
  seconds: number;
}

/** Two-space JSON with a trailing newline: regenerating the same articles gives the same bytes. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function* validRecords<R>(records: readonly { record: R }[], valid: (record: unknown) => ValidRecord): Generator<ValidRecord> {
  for (const { record } of records) yield valid(record);
}

function* validArticles(results: readonly ArticleResult[]): Generator<ValidRecord> {
  for (const result of results) if (result.article) yield validArticle(result.article);
}

/**
 * Validates the bundle record by record (see validated-records.ts) and
 * writes bundle.json and facts.json side by side as it goes, then one text
 * file per article. facts.json holds neither texts nor quotes (the app cuts
 * a quote from the text by its offsets), which keeps the first load small
 * at scale. No second copy of the bundle is ever held, and nothing is
 * renamed into place unless every record passed.
 */
function writeValidatedBundle(
  settled: readonly ArticleResult[],
  sections: MergedSections,
  generatedAt: string,
  outputFile: string,
  finished: (stage: string) => void,
): { ranges: WrittenRanges; counts: RunSummary['counts']; warnings: BundleWarning[] } {
  const outputDir = dirname(outputFile);
  mkdirSync(outputDir, { recursive: true });
  const full = new RecordsFile(resolve(outputFile), 2);
  const facts = new RecordsFile(join(outputDir, BUNDLE_FILES.facts), 0);
  const both = (key: string, records: Iterable<ValidRecord>) => {
    full.startArray(key);
    facts.startArray(key);
    let count = 0;
    for (const record of records) {
      full.record(record.full);
      facts.record(record.facts);
      count += 1;
    }
    full.endArray();
    facts.endArray();
    return count;
  };
  let counts: RunSummary['counts'];
  let warnings: BundleWarning[];
  try {
    const header = validHeader({ schemaVersion: SCHEMA_VERSION, generatedAt, generator: { name: 'dossier-extractor', version: EXTRACTOR_VERSION } });
    for (const [key, value] of Object.entries(header)) {
      full.member(key, value);
      facts.member(key, value);
    }
    counts = {
      articles: both('articles', validArticles(settled)),
      places: both('places', validRecords(sections.places.records, VALID_RECORD.places)),
      events: both('events', validRecords(sections.events.records, VALID_RECORD.events)),
      procurement: both('procurement', validRecords(sections.procurement.records, VALID_RECORD.procurement)),
      people: both('people', validRecords(sections.people.records, VALID_RECORD.people)),
    };
    warnings = warningsOf(settled).map(validWarning);
    both('warnings', warnings.map((warning) => ({ full: warning, facts: warning })));
  } catch (error) {
    full.abandon();
    facts.abandon();
    throw error;
  }
  const ranges = { facts: facts.commit(), bundle: full.commit() };
  finished('validate+write');
  const articles = settled.flatMap((result) => (result.article ? [result.article] : []));
  updateTexts(join(outputDir, BUNDLE_FILES.textsDir), articles, articles.map((article) => article.id));
  finished('write-texts');
  return { ranges, counts, warnings };
}

/** Reads the files one after the other (synchronous reads of small files beat thousands of awaited ones); a file that cannot be read becomes a warning. */
function readInputs(inputDir: string, files: readonly string[]): { inputs: InputFile[]; hashed: Map<string, HashedFile>; failures: ArticleResult[]; bytes: number } {
  const ids = articleIdsOf(files);
  const inputs: InputFile[] = [];
  const hashed = new Map<string, HashedFile>();
  const failures: ArticleResult[] = [];
  let bytes = 0;
  for (const name of files) {
    try {
      const path = join(inputDir, name);
      // Stat before reading: a file changed in between is then read again next time.
      const { size, mtimeMs } = statSync(path);
      const read = readFileSync(path);
      const view = new Uint8Array(read.buffer, read.byteOffset, read.byteLength);
      bytes += read.byteLength;
      inputs.push({ name, bytes: view, id: ids.get(name) });
      hashed.set(name, { hash: contentHash(view), size, mtimeMs });
    } catch (error) {
      failures.push(unreadable(name, error));
    }
  }
  return { inputs, hashed, failures, bytes };
}

/**
 * Plans the inferred days of undated articles and re-reads those articles
 * against them, on workers, reusing cached re-readings of unchanged articles.
 */
async function redateUndated(
  results: readonly ArticleResult[],
  hashed: ReadonlyMap<string, HashedFile>,
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
    const cached = cache?.lookupRedated(file, hashed.get(file)?.hash ?? '', inferred.published);
    if (cached) reextracted.set(file, cached);
    else toReextract.push({ read, published: inferred.published, mentions: result.mentions });
  }
  for (const [file, facts] of await pool.reextract(toReextract)) {
    reextracted.set(file, facts);
    const published = plan.get(file)?.published;
    if (published) cache?.rememberRedated(file, hashed.get(file)?.hash ?? '', published, facts);
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

interface FullRunInput {
  options: RunOptions;
  listing: { files: string[]; skipped: string[] };
  cache: ArticleCache | null;
  pool: ExtractionPool;
  /** Where to keep this run's state for the next; null when caching is off. */
  store: RunStore | null;
  finished: (stage: string) => void;
}

interface Extraction {
  results: ArticleResult[];
  hashed: Map<string, HashedFile>;
  failures: number;
  bytes: number;
  cached: number;
  plan: Map<string, InferredDate>;
  reextracted: Map<string, ArticleFacts>;
}

/** Reads and extracts every file (from cache where unchanged), and re-reads the undated ones against their inferred days. */
async function extractAll({ options, listing, cache, pool, finished }: FullRunInput): Promise<Extraction> {
  const { files, skipped } = listing;
  const notArticles = skipped.map(skippedFile);
  const { inputs, hashed, failures, bytes } = readInputs(options.inputDir, files);
  finished('read');

  const fromCache: ArticleResult[] = [];
  const toExtract: InputFile[] = [];
  for (const input of inputs) {
    const hit = cache?.lookup(input.name, hashed.get(input.name)?.hash ?? '', input.id ?? '');
    if (hit) fromCache.push(hit);
    else toExtract.push(input);
  }
  const cached = fromCache.length;
  finished('cache-load');

  const results = [...notArticles, ...failures, ...fromCache];
  const extracted = await pool.extract(toExtract, (done) => options.onProgress?.(cached + done, inputs.length));
  extracted.forEach((result) => cache?.remember(result.file, hashed.get(result.file)?.hash ?? '', result));
  results.push(...extracted);
  finished('extract');
  if (files.length === 0) results.push(withoutArticle(basename(options.inputDir), 'contains no article files (.txt, .md, .html)'));
  const { plan, reextracted } = await redateUndated(results, hashed, cache, pool);
  // The workers' heaps (a few hundred MB at scale) go before the merge builds its own.
  await pool.close();
  finished('redate');
  await cache?.save();
  finished('cache-save');
  return { results, hashed, failures: failures.length, bytes, cached, plan, reextracted };
}

/** The extraction with its results settled and, for the run state, the outline of each result as first read. */
function settle({ results, ...extraction }: Extraction): Omit<Extraction, 'results'> & { settled: ArticleResult[]; outlines: Map<string, ArticleOutline> } {
  const outlines = new Map(results.map((result) => [result.file, outlineOf(result, bodyHash)]));
  return { ...extraction, settled: settleResults(results, extraction), outlines };
}

/** Extracts, settles and merges; the settled results replace the extracted ones, which are garbage during the merge. */
async function buildBundle(input: FullRunInput): Promise<{ settled: ArticleResult[]; sections: MergedSections; draft: StateDraft | null; bytes: number; cached: number }> {
  const { files } = input.listing;
  // No name holds the extraction itself, so its results are garbage once settled.
  const { settled, outlines, bytes, cached, hashed, failures } = settle(await extractAll(input));
  const sections = mergeSections(settled);
  input.finished('merge');
  // A run with unreadable files (or none) is not kept: the next one runs in full and reports them again.
  const draft = input.store && failures === 0 && files.length > 0 ? draftState(input.store, outlines, settled, sections, hashed) : null;
  input.finished('state-draft');
  return { settled, sections, draft, bytes, cached };
}

function cacheDirOf(options: RunOptions): string | null {
  return options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;
}

/** Extracts and merges everything and writes the bundle files; gives the run's state for the next, which the caller saves. */
async function runInFull(input: FullRunInput, fingerprint: string): Promise<{ summary: Omit<RunSummary, 'seconds'>; state: RunState | null }> {
  const { draft, summary, ranges } = await buildAndWrite(input);
  const outputs = outputIdentities(input.options.outputFile, join(dirname(input.options.outputFile), BUNDLE_FILES.facts));
  return { summary, state: draft && outputs ? completeState(draft, fingerprint, ranges, outputs) : null };
}

/** Builds, validates and writes the bundle; a function of its own so the per-article results are garbage once written. */
async function buildAndWrite(input: FullRunInput): Promise<{ draft: StateDraft | null; summary: Omit<RunSummary, 'seconds'>; ranges: WrittenRanges }> {
  const { settled, sections, draft, bytes, cached } = await buildBundle(input);
  const generatedAt = input.options.generatedAt ?? new Date().toISOString();
  let written: ReturnType<typeof writeValidatedBundle>;
  try {
    written = writeValidatedBundle(settled, sections, generatedAt, input.options.outputFile, input.finished);
  } catch (error) {
    input.store?.clear();
    // A record that fails its schema is a bug to report as such; a file-system error means the output could not be written.
    if (!(error instanceof Error && 'code' in error)) throw error;
    throw new ExtractionFailure(`cannot write the bundle to ${input.options.outputFile}: ${reasonOf(error)}`);
  }
  const { ranges, counts, warnings } = written;
  return { draft, ranges, summary: { counts, warnings, files: input.listing.files.length, bytes, cached, incremental: false, patched: 0 } };
}

/**
 * Extraction runs over one folder that keep what a run leaves for the next
 * in memory: the Vite plugin and `extract --watch` re-run on every edit, and
 * each re-run then starts from the state the last one left instead of
 * reading it back (see openRunStore). The state is saved to disk once the
 * bundle files are written, before the next run starts: the dashboard can
 * reload meanwhile.
 */
export interface ExtractionSession {
  /** Reads, extracts (from cache where unchanged), validates and writes the bundle files. */
  run: () => Promise<RunSummary>;
  /** Waits for the last run's state to be saved. */
  close: () => Promise<void>;
}

export function createExtractionSession(options: RunOptions): ExtractionSession {
  const cacheDir = cacheDirOf(options);
  const outputFile = resolve(options.outputFile);
  const factsFile = join(dirname(outputFile), BUNDLE_FILES.facts);
  // Once per session: the code running is the code loaded when it started, whatever happens to the sources meanwhile.
  let fingerprint: Promise<string> | null = null;
  let kept: KeptState | null = null;
  let saving: Promise<void> = Promise.resolve();

  const saveLater = (store: RunStore | null, state: RunState | null, finished: (stage: string) => void) =>
    new Promise<void>((done) => {
      setImmediate(() => {
        try {
          kept = state ? (store?.save(state) ?? null) : null;
          if (!state) store?.clear();
        } catch {
          // A state that cannot be saved only makes the next run a full one.
          kept = null;
          store?.clear();
        }
        finished('state-save');
        done();
      });
    });

  async function run(): Promise<RunSummary> {
    await saving;
    const started = performance.now();
    const finished = stageClock(options.onStage);
    const listing = await listArticleFiles(options.inputDir);
    fingerprint ??= cacheDir ? Promise.resolve(options.fingerprint ?? extractorFingerprint()) : Promise.resolve('');
    const runFingerprint = await fingerprint;
    const openCache = async () => (cacheDir ? openArticleCache(cacheDir, options.inputDir, runFingerprint) : null);
    const pool = createExtractionPool(options.jobs ?? defaultJobs());
    const outcome = async (): Promise<{ summary: RunSummary; store: RunStore | null; state: RunState | null }> => {
      const store = cacheDir ? openRunStore(cacheDir, options.inputDir, outputFile, factsFile, runFingerprint, false, kept) : null;
      kept = null;
      const previous = store?.previous;
      if (store && previous) {
        // Whatever the update cannot do (a stored block unreadable, say) the full run below does.
        const updated = await updateBundle({
          store,
          previous,
          fingerprint: runFingerprint,
          inputDir: options.inputDir,
          outputFile,
          generatedAt: options.generatedAt ?? new Date().toISOString(),
          files: listing.files,
          skipped: listing.skipped,
          openCache,
          pool,
          finished,
        }).catch(() => null);
        if (updated) {
          const { state, ...summary } = updated;
          return { summary: { ...summary, files: listing.files.length, incremental: true, seconds: (performance.now() - started) / 1000 }, store, state };
        }
      }
      const freshStore = cacheDir ? openRunStore(cacheDir, options.inputDir, outputFile, factsFile, runFingerprint, true) : null;
      const { summary, state } = await runInFull({ options, listing, cache: await openCache(), pool, store: freshStore, finished }, runFingerprint);
      return { summary: { ...summary, seconds: (performance.now() - started) / 1000 }, store: freshStore, state };
    };
    try {
      const { summary, store, state } = await outcome();
      saving = saveLater(store, state, finished);
      return summary;
    } finally {
      await pool.close();
    }
  }

  return { run, close: () => saving };
}

/** One run of a session of its own, its state saved before it resolves (see ExtractionSession). */
export async function runExtraction(options: RunOptions): Promise<RunSummary> {
  const session = createExtractionSession(options);
  try {
    return await session.run();
  } finally {
    await session.close();
  }
}

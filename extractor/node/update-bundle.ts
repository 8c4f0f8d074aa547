/**
 * The incremental run: after a few articles changed, settle only the
 * articles whose result can differ, re-merge only the blocks they touch,
 * validate only the new records, and write bundle.json and facts.json by
 * copying every other record's bytes from the files the last run wrote.
 *
 * Why this is the same bundle a full run gives: an article's settled result
 * depends on its own bytes, on whether an earlier file has the same body and
 * on the day inferred for it, which together are its signature; those
 * cross-article steps run in full on every run, from outlines kept per
 * article. A block's records depend only on its facts, kept per block with
 * each article's share. Records sort by the section's order, then by where
 * their key first appears, which is kept with each record.
 *
 * Why it is still validated against the one schema: BundleSchema is an
 * object of arrays of record schemas with no checks across records or on
 * the arrays' lengths, so parsing the bundle is parsing its top-level
 * fields and each record. Here the top-level fields and every new record are
 * parsed with those very schemas (taken from BundleSchema's shape); every
 * copied record was parsed by an earlier run of the same extractor and
 * schema (the state's fingerprint covers both).
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { BundleWarning, DisputeInput, SourceInput } from '../../schema/bundle';
import { BUNDLE_FILES, SCHEMA_VERSION } from '../../schema/bundle';
import type { ArticleFacts, ArticleResult, PlaceFact } from '../article/extract-article';
import { readArticleOf } from '../article/extract-article';
import type { ArticleOutline, MergedSections } from '../extract-bundle';
import { findDuplicates, outlineOf, planFromOutlines, settleResult, warningsOf } from '../extract-bundle';
import type { BlockRecord, Contribution, Section } from '../merge/merge-blocks';
import { compareRecords, contributionsOf, EVENTS, mergeBlock, PEOPLE, PLACES, PROCUREMENT } from '../merge/merge-blocks';
import { compareStrings } from '../merge/sources';
import type { InferredDate } from '../publication/infer-publication-dates';
import { articleIdsOf } from '../input/article-ids';
import type { InputFile } from '../types';
import { EXTRACTOR_VERSION } from '../version';
import type { ArticleCache } from './article-cache';
import { contentHash } from './article-cache';
import { skippedFile, updateTexts } from './article-files';
import type { ExtractionPool, RedateTask } from './extract-in-parallel';
import type { SourcesFrame } from './record-sources';
import { patchedRecordBytes, sourcesFrame } from './record-sources';
import type { FileEntry, Range, RunState, RunStore, SectionName, StoredRecord, StoredSection } from './run-state';
import { outputIdentities, SECTION_NAMES, SKIPPED } from './run-state';
import type { ValidRecord } from './validated-records';
import { VALID_RECORD, validArticle, validHeader, validWarning } from './validated-records';
import type { RecordRanges } from './write-json';
import { RecordsFile, recordJson } from './write-json';

/** An input file as a run sees it before extracting: its hash, and the stat that vouches for it. */
export interface HashedFile {
  hash: string;
  size: number;
  mtimeMs: number;
}

export function bodyHash(body: string): string {
  return createHash('sha1').update(body).digest('hex');
}

export function signatureOf(hash: string, duplicateOf: string | undefined, inferred: InferredDate | undefined): string {
  return `${hash}|${duplicateOf ?? ''}|${inferred ? JSON.stringify(inferred) : ''}`;
}

function keysOf(file: string, facts: ArticleFacts): Record<SectionName, string[]> {
  const keys = <F, R>(section: Section<F, R>) => [...contributionsOf(section, file, facts).keys()];
  return { places: keys(PLACES), events: keys(EVENTS), procurement: keys(PROCUREMENT), people: keys(PEOPLE) };
}

function rangeAt(ranges: RecordRanges, member: string, index: number): Range {
  const offsets = ranges.get(member) ?? [];
  return [offsets[2 * index] ?? 0, offsets[2 * index + 1] ?? 0];
}

/** A full run's state, before its records' places in the written files are known. */
export interface StateDraft {
  files: Map<string, FileEntry>;
  /** Every record's byte ranges still unknown. */
  sections: RunState['sections'];
}

/**
 * A block as stored: without quotes, which would repeat every sentence once
 * per block it feeds (340 MB at 10,000 articles instead of a fifth of that).
 * A re-merged block takes its quotes back from the records it had before or
 * from the article texts (see quoteFinder).
 */
function storeBlock<F extends { source: SourceInput }>(store: RunStore, block: readonly Contribution<F>[]): Range {
  return store.writeBlock(block.map((contribution) => ({ ...contribution, facts: contribution.facts.map((fact) => ({ ...fact, source: { ...fact.source, quote: '' } })) })));
}

function draftSection<F extends { source: SourceInput }, R>(store: RunStore, merged: { blocks: Map<string, Contribution<F>[]>; records: BlockRecord<R>[] }): StoredSection {
  const blocks = new Map<string, Range[]>();
  for (const [key, block] of merged.blocks) blocks.set(key, [storeBlock(store, block)]);
  return { blocks, records: merged.records.map(({ key, order, rank }) => ({ key, order, rank, bundle: [0, 0], facts: [0, 0] })) };
}

/** Stores a full run's blocks and drafts its state; the records' byte ranges are known once the files are written (completeState). */
export function draftState(
  store: RunStore,
  outlines: ReadonlyMap<string, ArticleOutline>,
  settled: readonly ArticleResult[],
  sections: MergedSections,
  hashed: ReadonlyMap<string, HashedFile>,
): StateDraft {
  const sorted = [...outlines.values()].sort((a, b) => compareStrings(a.file, b.file));
  const duplicates = findDuplicates(sorted);
  const plan = planFromOutlines(sorted, duplicates);
  const files = new Map<string, FileEntry>();
  for (const result of settled) {
    const file = hashed.get(result.file) ?? { hash: SKIPPED, size: 0, mtimeMs: 0 };
    const outline = outlines.get(result.file);
    if (!outline) continue;
    files.set(result.file, {
      ...file,
      signature: signatureOf(file.hash, duplicates.get(result.file), plan.get(result.file)),
      outline,
      keys: keysOf(result.file, result.facts),
      warnings: result.warnings,
      article: result.article ? { id: result.article.id, bundle: [0, 0], facts: [0, 0] } : null,
    });
  }
  return {
    files,
    sections: {
      places: draftSection(store, sections.places),
      events: draftSection(store, sections.events),
      procurement: draftSection(store, sections.procurement),
      people: draftSection(store, sections.people),
    },
  };
}

/** The state once the files are written: every record's and article's byte ranges filled in. */
export function completeState(draft: StateDraft, fingerprint: string, ranges: WrittenRanges, outputs: RunState['outputs']): RunState {
  for (const name of SECTION_NAMES) {
    draft.sections[name].records.forEach((record, index) => {
      record.bundle = rangeAt(ranges.bundle, name, index);
      record.facts = rangeAt(ranges.facts, name, index);
    });
  }
  let index = 0;
  for (const entry of draft.files.values()) {
    if (!entry.article) continue;
    entry.article.bundle = rangeAt(ranges.bundle, 'articles', index);
    entry.article.facts = rangeAt(ranges.facts, 'articles', index);
    index += 1;
  }
  return { fingerprint, outputs, files: draft.files, sections: draft.sections };
}

export interface WrittenRanges {
  bundle: RecordRanges;
  facts: RecordRanges;
}

/** A record for the output: new bytes, or where its bytes are in the previous files. */
interface OutputRecord extends Omit<StoredRecord, 'bundle' | 'facts'> {
  bundle: Range | Uint8Array;
  facts: Range | Uint8Array;
}

/** A record whose bytes are new. */
interface NewRecord extends OutputRecord {
  bundle: Uint8Array;
  facts: Uint8Array;
}

const encoder = new TextEncoder();

/** A record whose sources (its own and its disputes') carry quotes. */
interface Quoted {
  sources: SourceInput[];
  disputes?: DisputeInput[];
}

function requoted<R extends Quoted>(record: R, quoteOf: (source: SourceInput) => string): R {
  const fill = (sources: SourceInput[]) => sources.map((source) => ({ ...source, quote: quoteOf(source) }));
  const disputes = record.disputes?.map((dispute) => ({ ...dispute, claims: dispute.claims.map((claim) => ({ ...claim, sources: fill(claim.sources) })) }));
  return disputes ? { ...record, sources: fill(record.sources), disputes } : { ...record, sources: fill(record.sources) };
}

const sourceKey = (source: SourceInput) => `${source.articleId}|${source.start}|${source.end}`;

function isSourceLike(value: Record<string, unknown>): value is SourceInput {
  return typeof value.articleId === 'string' && typeof value.quote === 'string' && typeof value.start === 'number' && typeof value.end === 'number';
}

/** Every quote found in a parsed record, by article and offsets. */
function collectQuotes(value: unknown, into: Map<string, string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectQuotes(item, into);
  } else if (typeof value === 'object' && value !== null) {
    const object: Record<string, unknown> = { ...value };
    if (isSourceLike(object)) into.set(sourceKey(object), object.quote);
    else for (const member of Object.values(object)) collectQuotes(member, into);
  }
}

/**
 * The quote of a source of a re-merged block: from the text of an article
 * settled in this run (its text may have changed), else from the block's
 * records as last written (a source chosen before is most likely chosen
 * again), else from the article's text file written beside the bundle.
 */
function quoteFinder(oldRecords: readonly Uint8Array[], texts: ReadonlyMap<string, string>, textsDir: string): (source: SourceInput) => string {
  let known: Map<string, string> | null = null;
  const read = new Map<string, string>();
  return (source) => {
    if (!known) {
      known = new Map();
      for (const bytes of oldRecords) collectQuotes(JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')), known);
    }
    const settledText = texts.get(source.articleId);
    if (settledText !== undefined) return settledText.slice(source.start, source.end);
    const quote = known.get(sourceKey(source));
    if (quote !== undefined) return quote;
    let text = read.get(source.articleId);
    if (text === undefined) {
      text = readFileSync(join(textsDir, `${source.articleId}.txt`), 'utf8');
      read.set(source.articleId, text);
    }
    return text.slice(source.start, source.end);
  };
}

/** A re-merged block's records, quoted and validated, as the bytes of both files. */
function newRecords<F, R extends Quoted>(
  section: Section<F, R>,
  key: string,
  block: Contribution<F>[],
  quoteOf: (source: SourceInput) => string,
  toOutput: (record: R) => ValidRecord,
): NewRecord[] {
  return mergeBlock(section, key, block).map(({ record, order, rank }) => {
    const { full, facts } = toOutput(requoted(record, quoteOf));
    return { key, order, rank, bundle: encoder.encode(recordJson(full, 2)), facts: encoder.encode(recordJson(facts, 0)) };
  });
}

export interface UpdateInput {
  store: RunStore;
  previous: RunState;
  fingerprint: string;
  inputDir: string;
  outputFile: string;
  generatedAt: string;
  files: readonly string[];
  skipped: readonly string[];
  openCache: () => Promise<ArticleCache | null>;
  pool: ExtractionPool;
  finished: (stage: string) => void;
}

export interface UpdateSummary {
  counts: Record<SectionName | 'articles', number>;
  warnings: BundleWarning[];
  bytes: number;
  /** Articles not extracted again. */
  cached: number;
  /** Records patched with the changed articles' sources rather than merged again from every article. */
  patched: number;
  /** The state for the next run, which the caller saves; null when the files just written cannot be identified. */
  state: RunState | null;
}

/** Stat first, read only when the stat changed: an unchanged size and modification time vouch for the stored hash. */
function hashFiles(inputDir: string, files: readonly string[], previous: RunState): { hashed: Map<string, HashedFile>; read: Map<string, Uint8Array>; bytes: number } {
  const hashed = new Map<string, HashedFile>();
  const read = new Map<string, Uint8Array>();
  let bytes = 0;
  for (const name of files) {
    const path = join(inputDir, name);
    const stat = statSync(path);
    bytes += stat.size;
    const known = previous.files.get(name);
    if (known && known.hash !== SKIPPED && known.size === stat.size && known.mtimeMs === stat.mtimeMs) {
      hashed.set(name, { hash: known.hash, size: stat.size, mtimeMs: stat.mtimeMs });
      continue;
    }
    const content = readFileSync(path);
    const view = new Uint8Array(content.buffer, content.byteOffset, content.byteLength);
    read.set(name, view);
    hashed.set(name, { hash: contentHash(view), size: stat.size, mtimeMs: stat.mtimeMs });
  }
  return { hashed, read, bytes };
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((key) => set.has(key));
}

/**
 * Whether the inferred days would come out as they did last run: no file
 * added or removed (the caller checks removals), no copy found or lost, and
 * every changed file a dated article before and after, with the same id, day
 * and event keys. planFromOutlines reads nothing else, and only of dated
 * articles does it read anything that changed. Planning again costs about a
 * fifth of a second at 10,000 articles; an edit to a dated article is the
 * common case.
 */
function sameInferenceInput(changed: readonly string[], previous: RunState, outlines: readonly ArticleOutline[], current: readonly string[], duplicates: ReadonlyMap<string, string>): boolean {
  const now = new Map(current.map((name, index) => [name, outlines[index]]));
  const unchangedDated = changed.every((name) => {
    const before = previous.files.get(name)?.outline;
    const after = now.get(name);
    return before !== undefined && after !== undefined && before.published !== null && before.published === after.published && before.articleId === after.articleId && sameKeys(before.eventKeys, after.eventKeys);
  });
  if (!unchangedDated) return false;
  const duplicatesBefore = findDuplicates([...previous.files.values()].map((entry) => entry.outline).sort((a, b) => compareStrings(a.file, b.file)));
  return duplicatesBefore.size === duplicates.size && [...duplicates].every(([name, original]) => duplicatesBefore.get(name) === original);
}

function idChanged(previous: FileEntry | undefined, id: string | undefined): boolean {
  const before = previous?.outline.articleId;
  return typeof before === 'string' && before !== id;
}

/**
 * Updates the bundle files from the previous run's state, or returns null
 * when it cannot (a file unreadable, a cached result missing): the caller
 * then runs in full.
 */
export async function updateBundle(input: UpdateInput): Promise<UpdateSummary | null> {
  const { previous, store } = input;
  let scan: ReturnType<typeof hashFiles>;
  try {
    scan = hashFiles(input.inputDir, input.files, previous);
  } catch {
    return null;
  }
  const { hashed, read, bytes } = scan;
  const ids = articleIdsOf(input.files);
  // A file added or removed beside one of the same stem renames the other's article, unchanged as its bytes are.
  if (input.files.some((name) => idChanged(previous.files.get(name), ids.get(name)))) return null;
  for (const name of input.skipped) hashed.set(name, { hash: SKIPPED, size: 0, mtimeMs: 0 });
  const current = [...hashed.keys()].sort(compareStrings);
  const changed = current.filter((name) => previous.files.get(name)?.hash !== hashed.get(name)?.hash);
  const changedSet = new Set(changed);
  const removed = [...previous.files.keys()].filter((name) => !hashed.has(name));
  input.finished('read');

  const cache = changed.length > 0 ? await input.openCache() : null;
  const raw = new Map<string, ArticleResult>();
  const toExtract: InputFile[] = [];
  for (const name of changed) {
    const hash = hashed.get(name)?.hash ?? '';
    const hit = hash === SKIPPED ? skippedFile(name) : cache?.lookup(name, hash, ids.get(name) ?? '');
    const bytesOf = read.get(name);
    if (hit) raw.set(name, hit);
    else if (bytesOf) toExtract.push({ name, bytes: bytesOf, id: ids.get(name) });
    else return null;
  }
  input.finished('cache-load');
  for (const result of await input.pool.extract(toExtract)) {
    cache?.remember(result.file, hashed.get(result.file)?.hash ?? '', result);
    raw.set(result.file, result);
  }
  input.finished('extract');

  const outlines: ArticleOutline[] = [];
  for (const name of current) {
    const fresh = raw.get(name);
    const outline = fresh ? outlineOf(fresh, bodyHash) : previous.files.get(name)?.outline;
    if (!outline) return null;
    outlines.push(outline);
  }
  const duplicates = findDuplicates(outlines);
  const reusePlan = removed.length === 0 && sameInferenceInput(changed, previous, outlines, current, duplicates);
  // Kept signatures say the same of every unchanged file as a new plan would; the changed ones are dated, so none has an inferred day.
  const plan = reusePlan ? new Map<string, InferredDate>() : planFromOutlines(outlines, duplicates);
  const signatureNow = (name: string) => signatureOf(hashed.get(name)?.hash ?? '', duplicates.get(name), plan.get(name));
  const signatures = new Map(current.map((name) => [name, reusePlan && !changedSet.has(name) ? (previous.files.get(name)?.signature ?? '') : signatureNow(name)]));
  const dirty = current.filter((name) => previous.files.get(name)?.signature !== signatures.get(name));
  const settleCache = dirty.some((name) => !raw.has(name)) && !cache ? await input.openCache() : cache;
  const toRedate: RedateTask[] = [];
  const redated = new Map<string, ArticleFacts>();
  for (const name of dirty) {
    const hash = hashed.get(name)?.hash ?? '';
    const result = raw.get(name) ?? settleCache?.lookup(name, hash, ids.get(name) ?? '');
    if (!result) return null;
    raw.set(name, result);
    const inferred = plan.get(name);
    const readBack = readArticleOf(result);
    if (!inferred || !readBack || !result.mentions) continue;
    const cached = settleCache?.lookupRedated(name, hash, inferred.published);
    if (cached) redated.set(name, cached);
    else toRedate.push({ read: readBack, published: inferred.published, mentions: result.mentions });
  }
  const reextracted = await input.pool.reextract(toRedate);
  await input.pool.close();
  for (const [name, facts] of reextracted) {
    redated.set(name, facts);
    const published = plan.get(name)?.published;
    if (published) settleCache?.rememberRedated(name, hashed.get(name)?.hash ?? '', published, facts);
  }
  // Only a few shards were read: the others' files were not looked up, yet are still there.
  await settleCache?.save({ forgetUnseen: false });
  const settled = new Map<string, ArticleResult>();
  for (const name of dirty) {
    const result = raw.get(name);
    if (result) settled.set(name, settleResult(result, duplicates.get(name), plan.get(name), redated.get(name)));
  }
  input.finished('redate');

  const outputDir = dirname(input.outputFile);
  const factsPath = join(outputDir, BUNDLE_FILES.facts);
  const textsDir = join(outputDir, BUNDLE_FILES.textsDir);
  // Read from as records are copied, never whole: the two files are 220 MB at 10,000 articles.
  const old = { bundle: openSync(input.outputFile, 'r'), facts: openSync(factsPath, 'r') };
  try {
    const gone = new Set([...removed, ...dirty]);
    const update: SectionUpdate = { previous, store, gone, changedArticles: changedArticlesOf(previous, gone, settled), settled, old, textsDir, previousQuote: previousQuoteFinder(textsDir) };
    return writeUpdate(input, update, old, { hashed, outlines, signatures, current, bytes, extracted: toExtract.length });
  } finally {
    closeSync(old.bundle);
    closeSync(old.facts);
  }
}

/** What the update knows of every current file once the changed ones are settled. */
interface Scan {
  hashed: ReadonlyMap<string, HashedFile>;
  /** In the order of `current`. */
  outlines: readonly ArticleOutline[];
  signatures: ReadonlyMap<string, string>;
  /** Every file's name, sorted. */
  current: readonly string[];
  bytes: number;
  /** Articles extracted in this run rather than taken from the cache. */
  extracted: number;
}

/** The update once the changed articles are settled: re-merge, validate, write both files and the state. */
function writeUpdate(input: UpdateInput, update: SectionUpdate, old: { bundle: number; facts: number }, { hashed, outlines, signatures, current, bytes, extracted }: Scan): UpdateSummary {
  const { previous, settled, textsDir } = update;
  const factsPath = join(dirname(input.outputFile), BUNDLE_FILES.facts);
  const sections = {
    places: updateSection(PLACES, VALID_RECORD.places, 'places', update, placeProbe),
    events: updateSection(EVENTS, VALID_RECORD.events, 'events', update),
    procurement: updateSection(PROCUREMENT, VALID_RECORD.procurement, 'procurement', update),
    people: updateSection(PEOPLE, VALID_RECORD.people, 'people', update),
  };

  const files = new Map<string, FileEntry>();
  const articleRecords: { bundle: Range | Uint8Array; facts: Range | Uint8Array }[] = [];
  const warningSources: { file: string; warnings: readonly string[] }[] = [];
  current.forEach((name, position) => {
    const result = settled.get(name);
    const entry = previous.files.get(name);
    const file = hashed.get(name);
    const outline = outlines[position];
    if (result && file && outline) {
      const valid = result.article ? validArticle(result.article) : null;
      const article = valid?.full ?? null;
      if (valid) articleRecords.push({ bundle: encoder.encode(recordJson(valid.full, 2)), facts: encoder.encode(recordJson(valid.facts, 0)) });
      files.set(name, {
        ...file,
        signature: signatures.get(name) ?? '',
        outline,
        keys: keysOf(name, result.facts),
        warnings: result.warnings,
        article: article ? { id: article.id, bundle: [0, 0], facts: [0, 0] } : null,
      });
      warningSources.push({ file: name, warnings: result.warnings });
    } else if (entry && file) {
      if (entry.article) articleRecords.push({ bundle: entry.article.bundle, facts: entry.article.facts });
      files.set(name, { ...entry, size: file.size, mtimeMs: file.mtimeMs });
      warningSources.push({ file: name, warnings: entry.warnings });
    }
  });
  const warnings = warningsOf(warningSources).map(validWarning);
  const header = validHeader({ schemaVersion: SCHEMA_VERSION, generatedAt: input.generatedAt, generator: { name: 'dossier-extractor', version: EXTRACTOR_VERSION } });
  input.finished('merge+validate');

  const ids = [...files.values()].flatMap((entry) => (entry.article ? [entry.article.id] : []));
  updateTexts(textsDir, [...settled.values()].flatMap((result) => (result.article ? [result.article] : [])), ids);
  input.finished('write-texts');

  const ranges: WrittenRanges = {
    facts: writeSpliced(factsPath, old.facts, 'facts', header, articleRecords, sections, warnings, 0),
    bundle: new Map(),
  };
  input.finished('write-facts');
  ranges.bundle = writeSpliced(input.outputFile, old.bundle, 'bundle', header, articleRecords, sections, warnings, 2);
  input.finished('write-bundle');

  const outputs = outputIdentities(input.outputFile, factsPath);
  return {
    state: outputs ? { fingerprint: input.fingerprint, outputs, files, sections: placeRecords(files, sections, ranges) } : null,
    counts: {
      articles: articleRecords.length,
      places: sections.places.records.length,
      events: sections.events.records.length,
      procurement: sections.procurement.records.length,
      people: sections.people.records.length,
    },
    warnings,
    bytes,
    cached: input.files.length - extracted,
    patched: SECTION_NAMES.reduce((sum, name) => sum + sections[name].patched, 0),
  };
}

interface SectionUpdate {
  previous: RunState;
  store: RunStore;
  /** Files whose earlier share of every block is dropped: the removed and the re-settled ones. */
  gone: ReadonlySet<string>;
  /** The article ids of the gone and settled files when no other file has one of them, else null (no record is patched). */
  changedArticles: ReadonlySet<string> | null;
  settled: ReadonlyMap<string, ArticleResult>;
  /** The previous bundle.json and facts.json, open for reading. */
  old: { bundle: number; facts: number };
  textsDir: string;
  /** Must be asked before texts/ is updated. */
  previousQuote: (source: SourceInput) => string | undefined;
}

/**
 * The article ids of the changed files (before and after the change), or
 * null when a file that did not change has one of them: a record's sources of
 * that id could not be told apart by file. Ids are unique per folder (see
 * input/article-ids.ts), so this guards an invariant rather than a known case.
 */
function changedArticlesOf(previous: RunState, gone: ReadonlySet<string>, settled: ReadonlyMap<string, ArticleResult>): Set<string> | null {
  const changed = new Set<string>();
  for (const file of gone) {
    const id = previous.files.get(file)?.outline.articleId;
    if (id) changed.add(id);
  }
  for (const result of settled.values()) if (result.article) changed.add(result.article.id);
  // Every file that did not change was in the previous run: a new one is settled, hence gone.
  for (const [file, entry] of previous.files) {
    const id = entry.outline.articleId;
    if (id && !gone.has(file) && changed.has(id)) return null;
  }
  return changed;
}

const PROBE: SourceInput = { articleId: 'dossier-probe', quote: '', start: 0, end: 0 };
/** The probe as facts.json holds a source. */
const FACTS_PROBE = { articleId: PROBE.articleId, start: PROBE.start, end: PROBE.end };

/** A place is its gazetteer entry and its sources: its record is patched (see patchedRecordBytes) from the fact of one probe source. */
function placeProbe(key: string): PlaceFact {
  return { placeId: key, source: PROBE };
}

/** The frames of a block's record in both files, from the record of its probe fact alone; null when it is not one record. */
function framesOf<F, R extends Quoted>(section: Section<F, R>, probe: F, toOutput: (record: R) => ValidRecord): { bundle: SourcesFrame; facts: SourcesFrame } | null {
  const [record, ...others] = section.merge([probe]);
  if (!record || others.length > 0) return null;
  const { full, facts } = toOutput(record);
  const bundle = sourcesFrame(encoder.encode(recordJson(full, 2)), PROBE, 2);
  const factsFrame = sourcesFrame(encoder.encode(recordJson(facts, 0)), FACTS_PROBE, 0);
  return bundle && factsFrame ? { bundle, facts: factsFrame } : null;
}

/** What patching a block's one record needs besides the section. */
interface PatchInput<F> {
  key: string;
  /** The block's records in the previous files. */
  before: readonly StoredRecord[];
  added: readonly Contribution<F>[];
  quoteOf: (source: SourceInput) => string;
}

/**
 * A block's one record patched instead of merged again (see
 * patchedRecordBytes), or null when it cannot be: the block had no record
 * or several, a changed article shares its id with another file, or a text
 * is not as expected. It keeps its order and rank: a place sorts by its id,
 * which is its block's key, so its rank never decides its position.
 */
function patchedRecord<F extends { source: SourceInput }, R extends Quoted>(
  section: Section<F, R>,
  probe: F,
  toOutput: (record: R) => ValidRecord,
  { key, before, added, quoteOf }: PatchInput<F>,
  { changedArticles, old }: SectionUpdate,
): OutputRecord | 'removed' | null {
  const [stored, ...others] = before;
  if (!stored || others.length > 0 || !changedArticles) return null;
  if (!added.every((contribution) => contribution.facts.every((fact) => changedArticles.has(fact.source.articleId)))) return null;
  const frames = framesOf(section, probe, toOutput);
  if (!frames) return null;
  const [fresh, ...more] = added.length > 0 ? newRecords(section, key, [...added], quoteOf, toOutput) : [];
  if (more.length > 0) return null;
  const patched = patchedRecordBytes(frames, { bundle: bytesAt(old.bundle, stored.bundle), facts: bytesAt(old.facts, stored.facts) }, fresh ?? null, changedArticles);
  if (patched === null || patched === 'removed') return patched;
  return { key, order: stored.order, rank: stored.rank, bundle: patched.bundle, facts: patched.facts };
}

interface UpdatedSection {
  blocks: Map<string, Range[]>;
  /** Every record of the section, in bundle order. */
  records: OutputRecord[];
  patched: number;
}

/** Beyond this many segments a changed block is stored again as one: each segment read costs a call, and replaced contributions stay in the older ones. */
const MAX_SEGMENTS = 16;

/** A block from its stored segments, oldest first: a file's latest contribution, none if that one has no facts, articles by file. */
function blockOf<F>(segments: readonly (readonly Contribution<F>[])[]): Contribution<F>[] {
  const byFile = new Map<string, Contribution<F>>();
  for (const segment of segments) for (const contribution of segment) byFile.set(contribution.file, contribution);
  return [...byFile.values()].filter((contribution) => contribution.facts.length > 0).sort((a, b) => compareStrings(a.file, b.file));
}

/**
 * Whether a block's input is what it was: each changed file's new share of
 * it is its stored share (stored without quotes) and each quote is the one
 * its article's previous text gave. An edit away from what a block took
 * from an article (a sentence appended, say) leaves that block's records
 * as they were, so they are copied instead of merged again.
 */
function sameInput<F extends { source: SourceInput }>(stored: readonly (readonly Contribution<F>[])[], change: readonly Contribution<F>[], previousQuote: (source: SourceInput) => string | undefined): boolean {
  const latest = new Map<string, Contribution<F>>();
  for (const segment of stored) for (const contribution of segment) latest.set(contribution.file, contribution);
  return change.every(({ file, first, facts }) => {
    const before = latest.get(file);
    if (!before || before.facts.length === 0) return facts.length === 0;
    return (
      before.first === first &&
      before.facts.length === facts.length &&
      facts.every((fact, index) => previousQuote(fact.source) === fact.source.quote && isDeepStrictEqual(before.facts[index], { ...fact, source: { ...fact.source, quote: '' } }))
    );
  });
}

/**
 * The quote a source had in the previous run: the slice of its article's
 * text as the previous run wrote it to texts/, read before this run writes
 * its own (undefined when there is none).
 */
function previousQuoteFinder(textsDir: string): (source: SourceInput) => string | undefined {
  const read = new Map<string, string | null>();
  return (source) => {
    let text = read.get(source.articleId);
    if (text === undefined) {
      try {
        text = readFileSync(join(textsDir, `${source.articleId}.txt`), 'utf8');
      } catch {
        text = null;
      }
      read.set(source.articleId, text);
    }
    return text?.slice(source.start, source.end);
  };
}

/**
 * One section after the dirty articles' shares were taken out of their
 * blocks and their new ones put in. With a probe (a section whose record
 * is its key and its sources), a block's record is patched rather than its
 * whole input read and merged again, and only the change is stored.
 */
function updateSection<F extends { source: SourceInput }, R extends Quoted>(
  section: Section<F, R>,
  toOutput: (record: R) => ValidRecord,
  name: SectionName,
  update: SectionUpdate,
  probeOf?: (key: string) => F,
): UpdatedSection {
  const { previous, store, gone, settled, old, textsDir, previousQuote } = update;
  const texts = new Map([...settled.values()].flatMap((result) => (result.article ? [[result.article.id, result.article.text]] : [])));
  const before = previous.sections[name];
  const blocks = new Map(before.blocks);
  const added = new Map<string, Contribution<F>[]>();
  for (const [file, result] of settled) {
    for (const [key, contribution] of contributionsOf(section, file, result.facts)) added.set(key, [...(added.get(key) ?? []), contribution]);
  }
  const touched = new Set(added.keys());
  const goneFrom = new Map<string, string[]>();
  for (const file of gone) {
    for (const key of previous.files.get(file)?.keys[name] ?? []) {
      touched.add(key);
      goneFrom.set(key, [...(goneFrom.get(key) ?? []), file]);
    }
  }
  const oldRecords = new Map<string, StoredRecord[]>();
  for (const record of before.records) {
    if (touched.has(record.key)) oldRecords.set(record.key, [...(oldRecords.get(record.key) ?? []), record]);
  }
  const fresh: OutputRecord[] = [];
  let patchedCount = 0;
  for (const key of touched) {
    const segments = blocks.get(key) ?? [];
    // This run's segment: the new contributions, and an empty one for each other file whose contribution is gone.
    const change = [...(added.get(key) ?? [])];
    const readded = new Set(change.map((contribution) => contribution.file));
    for (const file of goneFrom.get(key) ?? []) if (!readded.has(file)) change.push({ file, first: 0, facts: [] });
    const canPatch = probeOf && segments.length > 0 && segments.length < MAX_SEGMENTS;
    const patched = canPatch ? patchedRecord(section, probeOf(key), toOutput, { key, before: oldRecords.get(key) ?? [], added: added.get(key) ?? [], quoteOf: quoteFinder([], texts, textsDir) }, update) : null;
    if (patched === 'removed') {
      blocks.delete(key);
      continue;
    }
    if (patched) {
      blocks.set(key, [...segments, storeBlock(store, change)]);
      fresh.push(patched);
      patchedCount += 1;
      continue;
    }
    const stored: Contribution<F>[][] = [];
    for (const segment of segments) {
      const contributions = store.readBlock<F>(segment);
      if (!contributions) throw new Error(`the stored block ${name} ${key} cannot be read`);
      stored.push(contributions);
    }
    // Quotes are told apart by article id: with two files of one id, texts/ holds only one of their texts.
    if (update.changedArticles && sameInput(stored, change, previousQuote)) {
      fresh.push(...(oldRecords.get(key) ?? []));
      continue;
    }
    const block = blockOf([...stored, change]);
    blocks.delete(key);
    if (block.length === 0) continue;
    blocks.set(key, segments.length < MAX_SEGMENTS ? [...segments, storeBlock(store, change)] : [storeBlock(store, block)]);
    const oldBytes = (oldRecords.get(key) ?? []).map((record) => bytesAt(old.bundle, record.bundle));
    fresh.push(...newRecords(section, key, block, quoteFinder(oldBytes, texts, textsDir), toOutput));
  }
  const kept = before.records.filter((record) => !touched.has(record.key));
  return { blocks, records: mergeSorted(kept, fresh.sort(compareRecords)), patched: patchedCount };
}

/** Two lists each in bundle order as one: the kept records are already sorted, only the few new ones need a sort. */
function mergeSorted(kept: readonly OutputRecord[], fresh: readonly OutputRecord[]): OutputRecord[] {
  const merged: OutputRecord[] = [];
  const keep = (from: number, to: number) => {
    for (let index = from; index < to; index += 1) {
      const record = kept[index];
      if (record) merged.push(record);
    }
  };
  let from = 0;
  for (const record of fresh) {
    // A binary search for the first kept record that sorts after it: tens of thousands kept, a handful new.
    let low = from;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const other = kept[middle];
      if (other && compareRecords(record, other) < 0) high = middle;
      else low = middle + 1;
    }
    keep(from, low);
    merged.push(record);
    from = low;
  }
  keep(from, kept.length);
  return merged;
}

/** Where each record and article now is in the files just written. */
function placeRecords(files: Map<string, FileEntry>, sections: Record<SectionName, UpdatedSection>, ranges: WrittenRanges): RunState['sections'] {
  const placed = (name: SectionName): StoredSection => ({
    blocks: sections[name].blocks,
    records: sections[name].records.map(({ key, order, rank }, index) => ({ key, order, rank, bundle: rangeAt(ranges.bundle, name, index), facts: rangeAt(ranges.facts, name, index) })),
  });
  let index = 0;
  for (const [name, entry] of files) {
    if (!entry.article) continue;
    files.set(name, { ...entry, article: { id: entry.article.id, bundle: rangeAt(ranges.bundle, 'articles', index), facts: rangeAt(ranges.facts, 'articles', index) } });
    index += 1;
  }
  return { places: placed('places'), events: placed('events'), procurement: placed('procurement'), people: placed('people') };
}

function bytesAt(fd: number, [start, end]: Range): Uint8Array {
  const bytes = Buffer.allocUnsafe(end - start);
  if (readSync(fd, bytes, 0, bytes.byteLength, start) !== bytes.byteLength) throw new Error('the previous bundle ends early');
  return bytes;
}

type SplicedRecord = { bundle: Range | Uint8Array; facts: Range | Uint8Array };

/** Writes one output file from the header, new records' bytes and runs of the old file's bytes, read from it as they are copied. */
function writeSpliced(
  path: string,
  from: number,
  which: 'bundle' | 'facts',
  header: Record<string, unknown>,
  articles: readonly SplicedRecord[],
  sections: Record<SectionName, UpdatedSection>,
  warnings: readonly BundleWarning[],
  indent: number,
): RecordRanges {
  const file = new RecordsFile(path, indent);
  const array = (key: string, records: readonly SplicedRecord[]) => {
    file.startArray(key);
    let copied: Range[] = [];
    for (const record of records) {
      const source = record[which];
      if (!(source instanceof Uint8Array)) {
        copied.push(source);
        continue;
      }
      file.copiedRecords(from, copied);
      copied = [];
      file.record(source);
    }
    file.copiedRecords(from, copied);
    file.endArray();
  };
  try {
    for (const [key, value] of Object.entries(header)) file.member(key, value);
    array('articles', articles);
    for (const name of SECTION_NAMES) array(name, sections[name].records);
    file.startArray('warnings');
    for (const warning of warnings) file.record(warning);
    file.endArray();
  } catch (error) {
    file.abandon();
    throw error;
  }
  return file.commit();
}

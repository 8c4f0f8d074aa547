/**
 * What one run leaves for the next on the same input folder and output file,
 * so that a re-run after a few articles changed re-merges only the blocks
 * those articles touch and copies every other record from the files already
 * written. `state.bin` holds, for every input file, its hash and what the
 * merge took from it, and for every merge block where its records are in
 * bundle.json and facts.json; `blocks.bin` holds each block's input (every
 * article's share of it), appended to as blocks change and compacted when
 * most of it is stale. The state is only used while the extractor's
 * fingerprint and both output files are exactly as this code left them.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ArticleOutline } from '../extract-bundle';
import type { Contribution, Order, Rank } from '../merge/merge-blocks';
import { IsoDaySchema } from '../../schema/bundle';

/** A byte range: start and end offsets in bundle.json or facts.json, or offset and length in blocks.bin. */
export type Range = [number, number];

export type SectionName = 'places' | 'events' | 'procurement' | 'people';
export const SECTION_NAMES: readonly SectionName[] = ['places', 'events', 'procurement', 'people'];

export interface FileEntry {
  /** Content hash, or SKIPPED for a file that is not an article. */
  hash: string;
  /** Size and modification time when it was hashed: an unchanged pair means an unchanged file, which is then not read again. */
  size: number;
  mtimeMs: number;
  /** The hash and what other articles decided of this one (duplicate of, inferred day): equal signatures, equal settled results. */
  signature: string;
  outline: ArticleOutline;
  /** The block keys its settled facts fed, by section. */
  keys: Record<SectionName, string[]>;
  warnings: string[];
  article: { id: string; bundle: Range; facts: Range } | null;
}

export interface StoredRecord {
  /** The block it was merged in. */
  key: string;
  order: Order;
  rank: Rank;
  bundle: Range;
  facts: Range;
}

export interface StoredSection {
  /** Where each block's input is in blocks.bin. */
  blocks: Map<string, Range>;
  /** Every record, in bundle order. */
  records: StoredRecord[];
}

interface OutputIdentity {
  size: number;
  mtimeMs: number;
}

export interface RunState {
  fingerprint: string;
  outputs: { bundle: OutputIdentity; facts: OutputIdentity };
  files: Map<string, FileEntry>;
  sections: Record<SectionName, StoredSection>;
}

export const SKIPPED = 'skipped';

export interface RunStore {
  /** The previous run's state when it can be trusted (same extractor, output files untouched since), else null. */
  previous: RunState | null;
  /** A block's input as stored, or undefined when it cannot be read. */
  readBlock: <F>(blob: Range) => Contribution<F>[] | undefined;
  /** Stores a block's input, returning where; a fresh store starts an empty blocks.bin. */
  writeBlock: <F>(block: readonly Contribution<F>[]) => Range;
  save: (state: RunState) => void;
  /** Forgets the state, e.g. when a run could not record one. */
  clear: () => void;
}

const STATE_FILE = 'state.bin';
const BLOCKS_FILE = 'blocks.bin';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * A section's records as stored: one array per field instead of one object
 * per record. v8 reads tens of thousands of small objects back slowly
 * (about a second for the 54,000 events of 10,000 articles), plain arrays
 * of strings and one array of numbers some thirty times faster.
 */
interface RecordColumns {
  keys: string[];
  /** Two per record. */
  orders: string[];
  rankFiles: string[];
  /** Six per record: rank first and index, bundle start and end, facts start and end. */
  numbers: Float64Array;
}

const NUMBERS_PER_RECORD = 6;

function toColumns(records: readonly StoredRecord[]): RecordColumns {
  const numbers = new Float64Array(records.length * NUMBERS_PER_RECORD);
  records.forEach((record, index) => numbers.set([record.rank.first, record.rank.index, ...record.bundle, ...record.facts], index * NUMBERS_PER_RECORD));
  return {
    keys: records.map((record) => record.key),
    orders: records.flatMap((record) => record.order),
    rankFiles: records.map((record) => record.rank.file),
    numbers,
  };
}

function fromColumns({ keys, orders, rankFiles, numbers }: RecordColumns): StoredRecord[] {
  return keys.map((key, index) => {
    const at = (offset: number) => numbers[index * NUMBERS_PER_RECORD + offset] ?? 0;
    return {
      key,
      order: [orders[2 * index] ?? '', orders[2 * index + 1] ?? ''],
      rank: { file: rankFiles[index] ?? '', first: at(0), index: at(1) },
      bundle: [at(2), at(3)],
      facts: [at(4), at(5)],
    };
  });
}

/** The file entries as stored, in columns for the same reason as the records. */
interface FileColumns {
  names: string[];
  hashes: string[];
  signatures: string[];
  articleIds: (string | null)[];
  bodies: (string | null)[];
  published: (string | null)[];
  /** Each file's event keys, block keys of every section and warnings, one after the other. */
  lists: string[];
  /** How many of `lists` each file has, per list (LISTS per file). */
  counts: Uint32Array;
  /** Size, modification time, whether it is an article, bundle start and end, facts start and end (FILE_NUMBERS per file). */
  numbers: Float64Array;
}

const LISTS = 2 + SECTION_NAMES.length;
const FILE_NUMBERS = 7;

function listsOf(entry: FileEntry): readonly (readonly string[])[] {
  return [entry.outline.eventKeys, ...SECTION_NAMES.map((name) => entry.keys[name]), entry.warnings];
}

function toFileColumns(files: ReadonlyMap<string, FileEntry>): FileColumns {
  const entries = [...files.values()];
  const counts = new Uint32Array(entries.length * LISTS);
  const numbers = new Float64Array(entries.length * FILE_NUMBERS);
  const lists: string[] = [];
  entries.forEach((entry, index) => {
    listsOf(entry).forEach((list, which) => {
      counts[index * LISTS + which] = list.length;
      lists.push(...list);
    });
    const article = entry.article;
    numbers.set([entry.size, entry.mtimeMs, article ? 1 : 0, ...(article?.bundle ?? [0, 0]), ...(article?.facts ?? [0, 0])], index * FILE_NUMBERS);
  });
  return {
    names: [...files.keys()],
    hashes: entries.map((entry) => entry.hash),
    signatures: entries.map((entry) => entry.signature),
    articleIds: entries.map((entry) => entry.outline.articleId),
    bodies: entries.map((entry) => entry.outline.body),
    published: entries.map((entry) => entry.outline.published),
    lists,
    counts,
    numbers,
  };
}

function fromFileColumns(columns: FileColumns): Map<string, FileEntry> {
  const files = new Map<string, FileEntry>();
  const PublishedSchema = IsoDaySchema.nullable();
  let next = 0;
  const take = (count: number) => {
    const list = columns.lists.slice(next, next + count);
    next += count;
    return list;
  };
  columns.names.forEach((file, index) => {
    const count = (which: number) => columns.counts[index * LISTS + which] ?? 0;
    const number = (which: number) => columns.numbers[index * FILE_NUMBERS + which] ?? 0;
    const eventKeys = take(count(0));
    const [places, events, procurement, people] = SECTION_NAMES.map((_name, which) => take(count(1 + which)));
    const warnings = take(count(LISTS - 1));
    const articleId = columns.articleIds[index] ?? null;
    files.set(file, {
      hash: columns.hashes[index] ?? '',
      size: number(0),
      mtimeMs: number(1),
      signature: columns.signatures[index] ?? '',
      outline: { file, articleId, body: columns.bodies[index] ?? null, published: PublishedSchema.parse(columns.published[index] ?? null), eventKeys },
      keys: { places: places ?? [], events: events ?? [], procurement: procurement ?? [], people: people ?? [] },
      warnings,
      article: number(2) === 1 ? { id: articleId ?? '', bundle: [number(3), number(4)], facts: [number(5), number(6)] } : null,
    });
  });
  return files;
}

interface StoredState extends Omit<RunState, 'sections' | 'files'> {
  files: FileColumns;
  sections: Record<SectionName, { blocks: Map<string, Range>; records: RecordColumns }>;
}

function isFileColumns(value: unknown): value is FileColumns {
  return isObject(value) && Array.isArray(value.names) && Array.isArray(value.lists) && value.counts instanceof Uint32Array && value.numbers instanceof Float64Array;
}

function isRecordColumns(value: unknown): value is RecordColumns {
  return isObject(value) && Array.isArray(value.keys) && Array.isArray(value.orders) && Array.isArray(value.rankFiles) && value.numbers instanceof Float64Array;
}

// The state is this extractor's own output (its fingerprint is checked), so a light check of the shape is enough.
function isStoredState(value: unknown): value is StoredState {
  if (!isObject(value) || typeof value.fingerprint !== 'string' || !isFileColumns(value.files) || !isObject(value.outputs)) return false;
  const { sections } = value;
  return isObject(sections) && SECTION_NAMES.every((name) => {
    const section = sections[name];
    return isObject(section) && section.blocks instanceof Map && isRecordColumns(section.records);
  });
}

function toStored(state: RunState): StoredState {
  const stored = (name: SectionName) => ({ blocks: state.sections[name].blocks, records: toColumns(state.sections[name].records) });
  return { ...state, files: toFileColumns(state.files), sections: { places: stored('places'), events: stored('events'), procurement: stored('procurement'), people: stored('people') } };
}

function fromStored(state: StoredState): RunState {
  const section = (name: SectionName): StoredSection => ({ blocks: state.sections[name].blocks, records: fromColumns(state.sections[name].records) });
  return { ...state, files: fromFileColumns(state.files), sections: { places: section('places'), events: section('events'), procurement: section('procurement'), people: section('people') } };
}

function isContributionList<F>(value: unknown): value is Contribution<F>[] {
  return Array.isArray(value) && value.every((item) => isObject(item) && typeof item.file === 'string' && Array.isArray(item.facts));
}

function identityOf(path: string): OutputIdentity | null {
  try {
    const stat = statSync(path);
    return { size: stat.size, mtimeMs: stat.mtimeMs };
  } catch {
    return null;
  }
}

function sameIdentity(a: OutputIdentity | null, b: OutputIdentity): boolean {
  return a !== null && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/** The identities of the two output files as they are now. */
export function outputIdentities(bundlePath: string, factsPath: string): RunState['outputs'] | null {
  const bundle = identityOf(bundlePath);
  const facts = identityOf(factsPath);
  return bundle && facts ? { bundle, facts } : null;
}

function loadState(path: string, fingerprint: string, bundlePath: string, factsPath: string): RunState | null {
  try {
    const state: unknown = deserialize(readFileSync(path));
    if (!isStoredState(state) || state.fingerprint !== fingerprint) return null;
    const untouched = sameIdentity(identityOf(bundlePath), state.outputs.bundle) && sameIdentity(identityOf(factsPath), state.outputs.facts);
    return untouched ? fromStored(state) : null;
  } catch {
    return null;
  }
}

function liveBytes(state: RunState): number {
  let live = 0;
  for (const name of SECTION_NAMES) for (const blob of state.sections[name].blocks.values()) live += blob[1];
  return live;
}

/** Rewrites blocks.bin with only the blocks the state still points to, once stale ones are the larger part. */
function compact(path: string, state: RunState): void {
  const size = identityOf(path)?.size ?? 0;
  if (size <= 2 * liveBytes(state) + (1 << 20)) return;
  const old = readFileSync(path);
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  let offset = 0;
  try {
    for (const name of SECTION_NAMES) {
      const { blocks } = state.sections[name];
      for (const [key, [start, length]] of blocks) {
        writeSync(fd, old, start, length);
        blocks.set(key, [offset, length]);
        offset += length;
      }
    }
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
}

/** The store of one input folder and output file; `fresh` ignores any previous state (a full run). */
export function openRunStore(cacheDir: string, inputDir: string, outputFile: string, factsFile: string, fingerprint: string, fresh: boolean): RunStore {
  const folder = join(cacheDir, `run-${createHash('sha1').update(`${resolve(inputDir)}\0${resolve(outputFile)}`).digest('hex').slice(0, 16)}`);
  const statePath = join(folder, STATE_FILE);
  const blocksPath = join(folder, BLOCKS_FILE);
  const previous = fresh ? null : loadState(statePath, fingerprint, outputFile, factsFile);
  let readFd: number | null = null;
  let appendFd: number | null = null;
  let end = 0;
  const openForAppend = () => {
    if (appendFd !== null) return appendFd;
    mkdirSync(folder, { recursive: true });
    // A full run starts blocks.bin afresh; a re-run appends the blocks it changed.
    appendFd = openSync(blocksPath, previous ? 'a' : 'w');
    end = previous ? (identityOf(blocksPath)?.size ?? 0) : 0;
    return appendFd;
  };
  const closeFiles = () => {
    if (appendFd !== null) closeSync(appendFd);
    if (readFd !== null) closeSync(readFd);
    appendFd = null;
    readFd = null;
  };
  return {
    previous,
    readBlock<F>(blob: Range) {
      try {
        readFd ??= openSync(blocksPath, 'r');
        const bytes = Buffer.allocUnsafe(blob[1]);
        if (readSync(readFd, bytes, 0, blob[1], blob[0]) !== blob[1]) return undefined;
        const value: unknown = deserialize(bytes);
        return isContributionList<F>(value) ? value : undefined;
      } catch {
        return undefined;
      }
    },
    writeBlock(block) {
      const fd = openForAppend();
      const bytes = serialize(block);
      writeSync(fd, bytes);
      const range: Range = [end, bytes.byteLength];
      end += bytes.byteLength;
      return range;
    },
    save(state) {
      closeFiles();
      mkdirSync(folder, { recursive: true });
      compact(blocksPath, state);
      const temporary = `${statePath}.${process.pid}.tmp`;
      writeFileSync(temporary, serialize(toStored(state)));
      renameSync(temporary, statePath);
    },
    clear() {
      closeFiles();
      rmSync(statePath, { force: true });
    },
  };
}

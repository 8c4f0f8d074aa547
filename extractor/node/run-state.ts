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
import type { IsoDay } from '../../schema/bundle';
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
  /**
   * Where each block's input is in blocks.bin: one or more segments, each a
   * list of contributions. A later segment's contribution of a file replaces
   * any earlier one of the same file, and one without facts only removes it
   * (see update-bundle.ts), so a re-run appends what changed instead of
   * storing a block of thousands of articles again.
   */
  blocks: Map<string, Range[]>;
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

/** A state as a run saved it, with the string table it was stored with: the next save reuses that table's indexes. */
export interface KeptState {
  state: RunState;
  table: LoadedTable;
  /** state.bin as this process wrote it: another process that saved or cleared a state since makes this one stale. */
  file: OutputIdentity | null;
}

export interface RunStore {
  /** The previous run's state when it can be trusted (same extractor, output files untouched since), else null. */
  previous: RunState | null;
  /** A segment of a block's input as stored, or undefined when it cannot be read. */
  readBlock: <F>(blob: Range) => Contribution<F>[] | undefined;
  /** Stores a segment of a block's input, returning where; a fresh store starts an empty blocks.bin. */
  writeBlock: <F>(block: readonly Contribution<F>[]) => Range;
  /** Saves the state for the next run, and gives it back as kept: a run in the same process can start from it without reading it back. */
  save: (state: RunState) => KeptState;
  /** Forgets the state, e.g. when a run could not record one. */
  clear: () => void;
}

const STATE_FILE = 'state.bin';
const BLOCKS_FILE = 'blocks.bin';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Every string of the stored state once, referred to by its index. The
 * same block keys, file names and event keys recur across files and
 * records (600,000 strings at 10,000 articles, 20,000 of them distinct),
 * and v8 writes and reads each occurrence of a string on its own.
 */
class StringTable {
  readonly strings: string[];
  private readonly indexes = new Map<string, number>();

  /** A table that starts as a loaded one, so that the indexes loaded with it are still good. */
  constructor(seed: readonly string[] = []) {
    this.strings = [...seed];
    seed.forEach((value, index) => this.indexes.set(value, index));
  }

  indexOf(value: string): number {
    let index = this.indexes.get(value);
    if (index === undefined) {
      index = this.strings.length;
      this.strings.push(value);
      this.indexes.set(value, index);
    }
    return index;
  }

  // Plain loops here and below: typed arrays' from() and forEach() with a callback cost several times more.
  indexesOf(values: readonly string[]): Uint32Array {
    const indexes = new Uint32Array(values.length);
    for (let index = 0; index < values.length; index += 1) indexes[index] = this.indexOf(values[index] ?? '');
    return indexes;
  }
}

/** The string at an index of the stored table; the state is this extractor's own output (its fingerprint was checked). */
function stringAt(strings: readonly string[], index: number | undefined): string {
  return strings[index ?? -1] ?? '';
}

/**
 * A section's records and blocks as stored: one array per field instead of
 * one object per record, strings as indexes into the table. v8 reads tens
 * of thousands of small objects back slowly (about a second for the 54,000
 * events of 10,000 articles), typed arrays some thirty times faster.
 */
interface SectionColumns {
  blockKeys: Uint32Array;
  /** How many segments each block has. */
  blockSegments: Uint32Array;
  /** Two per segment: offset and length in blocks.bin. */
  blockRanges: Float64Array;
  keys: Uint32Array;
  /** Two per record. */
  orders: Uint32Array;
  rankFiles: Uint32Array;
  /** Six per record: rank first and index, bundle start and end, facts start and end. */
  numbers: Float64Array;
}

const NUMBERS_PER_RECORD = 6;

function toSectionColumns({ blocks, records }: StoredSection, table: StringTable): SectionColumns {
  const numbers = new Float64Array(records.length * NUMBERS_PER_RECORD);
  let at = 0;
  for (const { rank, bundle, facts } of records) {
    numbers[at++] = rank.first;
    numbers[at++] = rank.index;
    numbers[at++] = bundle[0];
    numbers[at++] = bundle[1];
    numbers[at++] = facts[0];
    numbers[at++] = facts[1];
  }
  return {
    blockKeys: table.indexesOf([...blocks.keys()]),
    blockSegments: Uint32Array.from(blocks.values(), (segments) => segments.length),
    blockRanges: Float64Array.from([...blocks.values()].flat(2)),
    keys: table.indexesOf(records.map((record) => record.key)),
    orders: table.indexesOf(records.flatMap((record) => record.order)),
    rankFiles: table.indexesOf(records.map((record) => record.rank.file)),
    numbers,
  };
}

function fromSectionColumns({ blockKeys, blockSegments, blockRanges, keys, orders, rankFiles, numbers }: SectionColumns, strings: readonly string[]): StoredSection {
  const blocks = new Map<string, Range[]>();
  let segment = 0;
  for (let index = 0; index < blockKeys.length; index += 1) {
    const segments: Range[] = [];
    for (let count = blockSegments[index] ?? 0; count > 0; count -= 1, segment += 1) segments.push([blockRanges[2 * segment] ?? 0, blockRanges[2 * segment + 1] ?? 0]);
    blocks.set(stringAt(strings, blockKeys[index]), segments);
  }
  const records: StoredRecord[] = new Array(keys.length);
  for (let index = 0; index < keys.length; index += 1) {
    const at = (offset: number) => numbers[index * NUMBERS_PER_RECORD + offset] ?? 0;
    records[index] = {
      key: stringAt(strings, keys[index]),
      order: [stringAt(strings, orders[2 * index]), stringAt(strings, orders[2 * index + 1])],
      rank: { file: stringAt(strings, rankFiles[index]), first: at(0), index: at(1) },
      bundle: [at(2), at(3)],
      facts: [at(4), at(5)],
    };
  }
  return { blocks, records };
}

/** The file entries as stored, in columns for the same reason as the records. */
interface FileColumns {
  names: Uint32Array;
  hashes: string[];
  signatures: string[];
  articleIds: (string | null)[];
  bodies: (string | null)[];
  published: (string | null)[];
  /** Each file's event keys, block keys of every section and warnings, one after the other. */
  lists: Uint32Array;
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

/**
 * The lists of the files loaded with a table, each with its indexes in that
 * table: a re-run keeps the lists of every file that did not change, and
 * saving it with the same table copies their indexes instead of looking up
 * 600,000 strings again.
 */
interface LoadedLists {
  /** The stored column of every file's lists, one after the other. */
  column: Uint32Array;
  /** Where each list starts in it (its length is the list's). A map of offsets, not a typed-array view per list: 60,000 views and a weak map of them cost a load and a save about 0.1 s each at 10k. */
  at: Map<readonly string[], number>;
}

function toFileColumns(files: ReadonlyMap<string, FileEntry>, table: StringTable, loaded: LoadedLists | null): { columns: FileColumns; lists: LoadedLists } {
  const entries = [...files.values()];
  const counts = new Uint32Array(entries.length * LISTS);
  const numbers = new Float64Array(entries.length * FILE_NUMBERS);
  let total = 0;
  for (const entry of entries) for (const list of listsOf(entry)) total += list.length;
  // One array filled in place: a typed array per list (60,000 at 10,000 articles) costs a full run's big heap collections.
  const lists = new Uint32Array(total);
  const starts = new Map<readonly string[], number>();
  let next = 0;
  entries.forEach((entry, index) => {
    listsOf(entry).forEach((list, which) => {
      counts[index * LISTS + which] = list.length;
      const known = loaded?.at.get(list);
      if (loaded && known !== undefined) for (let offset = 0; offset < list.length; offset += 1) lists[next + offset] = loaded.column[known + offset] ?? 0;
      else for (let offset = 0; offset < list.length; offset += 1) lists[next + offset] = table.indexOf(list[offset] ?? '');
      starts.set(list, next);
      next += list.length;
    });
    const { article } = entry;
    const at = index * FILE_NUMBERS;
    numbers[at] = entry.size;
    numbers[at + 1] = entry.mtimeMs;
    if (!article) return;
    numbers[at + 2] = 1;
    [numbers[at + 3], numbers[at + 4]] = article.bundle;
    [numbers[at + 5], numbers[at + 6]] = article.facts;
  });
  const columns = {
    names: table.indexesOf([...files.keys()]),
    hashes: entries.map((entry) => entry.hash),
    signatures: entries.map((entry) => entry.signature),
    articleIds: entries.map((entry) => entry.outline.articleId),
    bodies: entries.map((entry) => entry.outline.body),
    published: entries.map((entry) => entry.outline.published),
    lists,
    counts,
    numbers,
  };
  return { columns, lists: { column: lists, at: starts } };
}

function fromFileColumns(columns: FileColumns, strings: readonly string[], loaded: LoadedLists): Map<string, FileEntry> {
  const files = new Map<string, FileEntry>();
  // Parsed once per distinct day: ten thousand files have a few hundred.
  const days = new Map<string, IsoDay>();
  const dayOf = (text: string) => days.get(text) ?? days.set(text, IsoDaySchema.parse(text)).get(text) ?? null;
  let next = 0;
  // A plain loop: Array.from over a typed array with a mapping function costs several times more here.
  const take = (count: number) => {
    const list: string[] = new Array(count);
    for (let index = 0; index < count; index += 1) list[index] = stringAt(strings, columns.lists[next + index]);
    loaded.at.set(list, next);
    next += count;
    return list;
  };
  for (let index = 0; index < columns.names.length; index += 1) {
    const file = stringAt(strings, columns.names[index]);
    const count = (which: number) => columns.counts[index * LISTS + which] ?? 0;
    const number = (which: number) => columns.numbers[index * FILE_NUMBERS + which] ?? 0;
    const eventKeys = take(count(0));
    const [places, events, procurement, people] = SECTION_NAMES.map((_name, which) => take(count(1 + which)));
    const warnings = take(count(LISTS - 1));
    const articleId = columns.articleIds[index] ?? null;
    const published = columns.published[index] ?? null;
    files.set(file, {
      hash: columns.hashes[index] ?? '',
      size: number(0),
      mtimeMs: number(1),
      signature: columns.signatures[index] ?? '',
      outline: { file, articleId, body: columns.bodies[index] ?? null, published: published === null ? null : dayOf(published), eventKeys },
      keys: { places: places ?? [], events: events ?? [], procurement: procurement ?? [], people: people ?? [] },
      warnings,
      article: number(2) === 1 ? { id: articleId ?? '', bundle: [number(3), number(4)], facts: [number(5), number(6)] } : null,
    });
  }
  return files;
}

interface StoredState extends Omit<RunState, 'sections' | 'files'> {
  strings: string[];
  files: FileColumns;
  sections: Record<SectionName, SectionColumns>;
}

function isFileColumns(value: unknown): value is FileColumns {
  return isObject(value) && value.names instanceof Uint32Array && value.lists instanceof Uint32Array && value.counts instanceof Uint32Array && value.numbers instanceof Float64Array;
}

function isSectionColumns(value: unknown): value is SectionColumns {
  return isObject(value) && [value.blockKeys, value.blockSegments, value.keys, value.orders, value.rankFiles].every((column) => column instanceof Uint32Array) && value.blockRanges instanceof Float64Array && value.numbers instanceof Float64Array;
}

// The state is this extractor's own output (its fingerprint is checked), so a light check of the shape is enough.
function isStoredState(value: unknown): value is StoredState {
  if (!isObject(value) || typeof value.fingerprint !== 'string' || !Array.isArray(value.strings) || !isFileColumns(value.files) || !isObject(value.outputs)) return false;
  const { sections } = value;
  return isObject(sections) && SECTION_NAMES.every((name) => isSectionColumns(sections[name]));
}

/** The table a state was loaded with, and its files' lists with their indexes in it. */
interface LoadedTable {
  strings: readonly string[];
  lists: LoadedLists;
}

/** The state as stored, and its files' lists with their indexes in the stored table. */
function toStored(state: RunState, loaded: LoadedTable | null): { stored: StoredState; lists: LoadedLists } {
  const table = new StringTable(loaded?.strings);
  const { columns: files, lists } = toFileColumns(state.files, table, loaded?.lists ?? null);
  const section = (name: SectionName) => toSectionColumns(state.sections[name], table);
  const sections = { places: section('places'), events: section('events'), procurement: section('procurement'), people: section('people') };
  return { stored: { fingerprint: state.fingerprint, outputs: state.outputs, strings: table.strings, files, sections }, lists };
}

function fromStored({ fingerprint, outputs, strings, files, sections }: StoredState, lists: LoadedLists): RunState {
  const section = (name: SectionName) => fromSectionColumns(sections[name], strings);
  return { fingerprint, outputs, files: fromFileColumns(files, strings, lists), sections: { places: section('places'), events: section('events'), procurement: section('procurement'), people: section('people') } };
}

/** How many of a table's strings the stored columns use. */
function usedStrings(stored: StoredState): number {
  const used = new Uint8Array(stored.strings.length);
  const mark = (indexes: Uint32Array) => {
    for (let index = 0; index < indexes.length; index += 1) used[indexes[index] ?? 0] = 1;
  };
  mark(stored.files.names);
  mark(stored.files.lists);
  for (const name of SECTION_NAMES) {
    const { blockKeys, keys, orders, rankFiles } = stored.sections[name];
    [blockKeys, keys, orders, rankFiles].forEach(mark);
  }
  return used.reduce((sum, flag) => sum + flag, 0);
}

/** The state as stored, with the table it was loaded with while most of that table is still in use, else with a table of its own. */
function storedWithTable(state: RunState, loaded: LoadedTable | null): ReturnType<typeof toStored> {
  const withLoaded = toStored(state, loaded);
  return loaded && 2 * usedStrings(withLoaded.stored) < withLoaded.stored.strings.length ? toStored(state, null) : withLoaded;
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

/** Whether a state belongs to this extractor and both output files are still as that run left them. */
function isCurrent(state: Pick<RunState, 'fingerprint' | 'outputs'>, fingerprint: string, bundlePath: string, factsPath: string): boolean {
  return state.fingerprint === fingerprint && sameIdentity(identityOf(bundlePath), state.outputs.bundle) && sameIdentity(identityOf(factsPath), state.outputs.facts);
}

function loadState(path: string, fingerprint: string, bundlePath: string, factsPath: string): KeptState | null {
  try {
    const stored: unknown = deserialize(readFileSync(path));
    if (!isStoredState(stored) || !isCurrent(stored, fingerprint, bundlePath, factsPath)) return null;
    const lists: LoadedLists = { column: stored.files.lists, at: new Map() };
    return { state: fromStored(stored, lists), table: { strings: stored.strings, lists }, file: identityOf(path) };
  } catch {
    return null;
  }
}

function liveBytes(state: RunState): number {
  let live = 0;
  for (const name of SECTION_NAMES) for (const segments of state.sections[name].blocks.values()) for (const [, length] of segments) live += length;
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
      for (const [key, segments] of blocks) {
        const moved: Range[] = [];
        for (const [start, length] of segments) {
          writeSync(fd, old, start, length);
          moved.push([offset, length]);
          offset += length;
        }
        blocks.set(key, moved);
      }
    }
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
}

/**
 * The store of one input folder and output file; `fresh` ignores any previous
 * state (a full run). A state kept from a run in this process is used
 * instead of the saved one while it is still current: the saved one is the
 * same state, and reading it back costs a third of a second at 10,000
 * articles.
 */
export function openRunStore(cacheDir: string, inputDir: string, outputFile: string, factsFile: string, fingerprint: string, fresh: boolean, kept: KeptState | null = null): RunStore {
  const folder = join(cacheDir, `run-${createHash('sha1').update(`${resolve(inputDir)}\0${resolve(outputFile)}`).digest('hex').slice(0, 16)}`);
  const statePath = join(folder, STATE_FILE);
  const blocksPath = join(folder, BLOCKS_FILE);
  const stillCurrent = kept?.file && sameIdentity(identityOf(statePath), kept.file) && isCurrent(kept.state, fingerprint, outputFile, factsFile) ? kept : null;
  const loaded = fresh ? null : (stillCurrent ?? loadState(statePath, fingerprint, outputFile, factsFile));
  const previous = loaded?.state ?? null;
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
      const { stored, lists } = storedWithTable(state, loaded?.table ?? null);
      writeFileSync(temporary, serialize(stored));
      renameSync(temporary, statePath);
      return { state, table: { strings: stored.strings, lists }, file: identityOf(statePath) };
    },
    clear() {
      closeFiles();
      rmSync(statePath, { force: true });
    },
  };
}

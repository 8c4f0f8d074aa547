/**
 * Remembers each article's extraction, keyed by the article's content hash and
 * a fingerprint of the extractor's own source, one cache file per input
 * folder: re-running after editing one article re-extracts only that one, and
 * any change to the extractor starts the cache afresh. Each entry is kept
 * serialized on its own, in one of 64 shard files chosen by file name: a
 * shard is a small index followed by its entries' bytes, so loading slices
 * one buffer per shard instead of copying every entry, and saving after one
 * change rewrites only that entry's shard.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, renameSync, writevSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { ArticleFacts, ArticleResult } from '../article/extract-article';
import { EXTRACTOR_VERSION } from '../version';

/** One article's results, each serialized with v8.serialize. */
interface StoredEntry {
  hash: string;
  result: Uint8Array;
  redated?: { published: string; facts: Uint8Array };
}

export interface ArticleCache {
  /** A file's result while its content hash is the same and its article still has the id the folder now gives it (see input/article-ids.ts). */
  lookup: (file: string, hash: string, articleId: string) => ArticleResult | undefined;
  remember: (file: string, hash: string, result: ArticleResult) => void;
  /** Facts of an undated article re-read against an inferred day: valid while both the text and the day stay the same. */
  lookupRedated: (file: string, hash: string, published: string) => ArticleFacts | undefined;
  rememberRedated: (file: string, hash: string, published: string, facts: ArticleFacts) => void;
  /** Writes the changed shards; unless told otherwise, files not looked up since opening are forgotten (they are gone from the folder). */
  save: (options?: { forgetUnseen: boolean }) => Promise<void>;
}

/** Set by the bundled CLI's build (run-bundled-cli.mjs), whose module lives elsewhere than the sources. */
declare const DOSSIER_BUNDLED_ROOT: string | undefined;
const PROJECT_ROOT = typeof DOSSIER_BUNDLED_ROOT === 'string' ? DOSSIER_BUNDLED_ROOT : fileURLToPath(new URL('../..', import.meta.url));
const SOURCE_DIRS = ['extractor', 'schema'];

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** A hash of the extractor's version and every source file it runs: any edit invalidates the cache. */
export async function extractorFingerprint(): Promise<string> {
  const hash = createHash('sha1').update(EXTRACTOR_VERSION);
  for (const dir of SOURCE_DIRS) {
    for (const file of await sourceFiles(join(PROJECT_ROOT, dir))) {
      hash.update(relative(PROJECT_ROOT, file)).update(await readFile(file));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** What the cache file's index says of one entry; its bytes follow the index in the same order. */
interface IndexEntry {
  file: string;
  hash: string;
  resultBytes: number;
  redated: { published: string; bytes: number } | null;
}

interface CacheIndex {
  fingerprint: string;
  entries: IndexEntry[];
}

const INDEX_LENGTH_BYTES = 4;
/** Buffers per writev call, within every system's IOV_MAX. */
const WRITE_BATCH = 512;

function isIndexEntry(value: unknown): value is IndexEntry {
  return (
    typeof value === 'object' && value !== null &&
    'file' in value && typeof value.file === 'string' &&
    'hash' in value && typeof value.hash === 'string' &&
    'resultBytes' in value && typeof value.resultBytes === 'number' &&
    'redated' in value
  );
}

function isCacheIndex(value: unknown): value is CacheIndex {
  return (
    typeof value === 'object' && value !== null &&
    'fingerprint' in value && typeof value.fingerprint === 'string' &&
    'entries' in value && Array.isArray(value.entries) && value.entries.every(isIndexEntry)
  );
}

// The cache file is this extractor's own output (its fingerprint was checked), so a light check of the shape is enough.
function isArticleResult(value: unknown): value is ArticleResult {
  return typeof value === 'object' && value !== null && 'file' in value && 'facts' in value && 'article' in value;
}

function isArticleFacts(value: unknown): value is ArticleFacts {
  return typeof value === 'object' && value !== null && 'places' in value && 'events' in value;
}

/** The entries of a cache file, as slices of its bytes. */
function entriesOf(bytes: Buffer, fingerprint: string): Map<string, StoredEntry> {
  const entries = new Map<string, StoredEntry>();
  const indexEnd = INDEX_LENGTH_BYTES + bytes.readUInt32LE(0);
  const index: unknown = deserialize(bytes.subarray(INDEX_LENGTH_BYTES, indexEnd));
  if (!isCacheIndex(index) || index.fingerprint !== fingerprint) return entries;
  let offset = indexEnd;
  const take = (length: number) => {
    const slice = bytes.subarray(offset, offset + length);
    offset += length;
    return slice;
  };
  for (const entry of index.entries) {
    const result = take(entry.resultBytes);
    const redated = entry.redated ? { published: entry.redated.published, facts: take(entry.redated.bytes) } : undefined;
    entries.set(entry.file, redated ? { hash: entry.hash, result, redated } : { hash: entry.hash, result });
  }
  return offset === bytes.length ? entries : new Map();
}

/** The entries of a shard file cached by this very extractor; anything else (missing, unreadable, older extractor) is an empty shard. */
function loadShard(path: string, fingerprint: string): Map<string, StoredEntry> {
  try {
    return entriesOf(readFileSync(path), fingerprint);
  } catch {
    return new Map();
  }
}

/**
 * Entries are spread over this many files by file name, so saving after one
 * article changed rewrites one small file, not the whole cache (240 MB for
 * 10,000 articles).
 */
const SHARDS = 64;

function shardOf(file: string): number {
  return (createHash('sha1').update(file).digest()[0] ?? 0) % SHARDS;
}

function shardPath(dir: string, shard: number): string {
  return join(dir, `shard-${String(shard).padStart(2, '0')}.bin`);
}

/** Writes the index and then every entry's bytes, via a temporary name so a crash never leaves half a cache. */
function writeEntries(path: string, fingerprint: string, entries: ReadonlyMap<string, StoredEntry>): void {
  const blobs: Uint8Array[] = [];
  const indexEntries: IndexEntry[] = [];
  for (const [file, entry] of entries) {
    blobs.push(entry.result);
    if (entry.redated) blobs.push(entry.redated.facts);
    indexEntries.push({
      file,
      hash: entry.hash,
      resultBytes: entry.result.byteLength,
      redated: entry.redated ? { published: entry.redated.published, bytes: entry.redated.facts.byteLength } : null,
    });
  }
  const index = serialize({ fingerprint, entries: indexEntries } satisfies CacheIndex);
  const length = Buffer.alloc(INDEX_LENGTH_BYTES);
  length.writeUInt32LE(index.byteLength, 0);
  const parts = [length, index, ...blobs];
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    for (let start = 0; start < parts.length; start += WRITE_BATCH) writeAll(fd, parts.slice(start, start + WRITE_BATCH));
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
}

/** writev until every byte is written (a call may write fewer bytes than asked). */
function writeAll(fd: number, buffers: Uint8Array[]): void {
  let pending = buffers;
  while (pending.length > 0) {
    let written = writevSync(fd, pending);
    const rest: Uint8Array[] = [];
    for (const buffer of pending) {
      if (written >= buffer.byteLength) {
        written -= buffer.byteLength;
        continue;
      }
      rest.push(buffer.subarray(written));
      written = 0;
    }
    pending = rest;
  }
}

function deserializeAs<T>(bytes: Uint8Array, isT: (value: unknown) => value is T): T | undefined {
  try {
    const value: unknown = deserialize(bytes);
    return isT(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Opens the cache of one input folder for the current extractor. A shard is
 * read when one of its files is first asked for, so a re-run that looks up a
 * handful of articles reads a handful of shards.
 */
export async function openArticleCache(dir: string, inputDir: string, knownFingerprint?: string): Promise<ArticleCache> {
  const fingerprint = knownFingerprint ?? (await extractorFingerprint());
  const folder = join(dir, `articles-${createHash('sha1').update(resolve(inputDir)).digest('hex').slice(0, 16)}`);
  const shards: (Map<string, StoredEntry> | undefined)[] = [];
  const shardEntries = (shard: number) => {
    const loaded = shards[shard] ?? loadShard(shardPath(folder, shard), fingerprint);
    shards[shard] = loaded;
    return loaded;
  };
  const entriesOfFile = (file: string) => shardEntries(shardOf(file));
  const seen = new Set<string>();
  const changedShards = new Set<number>();
  return {
    lookup(file, hash, articleId) {
      seen.add(file);
      const entry = entriesOfFile(file).get(file);
      const result = entry?.hash === hash ? deserializeAs(entry.result, isArticleResult) : undefined;
      return result?.article && result.article.id !== articleId ? undefined : result;
    },
    remember(file, hash, result) {
      seen.add(file);
      entriesOfFile(file).set(file, { hash, result: serialize(result) });
      changedShards.add(shardOf(file));
    },
    lookupRedated(file, hash, published) {
      const entry = entriesOfFile(file).get(file);
      return entry?.hash === hash && entry.redated?.published === published ? deserializeAs(entry.redated.facts, isArticleFacts) : undefined;
    },
    rememberRedated(file, hash, published, facts) {
      const entry = entriesOfFile(file).get(file);
      if (entry?.hash !== hash) return;
      entry.redated = { published, facts: serialize(facts) };
      changedShards.add(shardOf(file));
    },
    async save(options = { forgetUnseen: true }) {
      if (options.forgetUnseen) {
        for (let shard = 0; shard < SHARDS; shard += 1) {
          const entries = shardEntries(shard);
          for (const file of entries.keys()) {
            if (seen.has(file)) continue;
            entries.delete(file);
            changedShards.add(shard);
          }
        }
      }
      if (changedShards.size > 0) {
        await mkdir(folder, { recursive: true });
        // Earlier versions kept the whole cache in one file beside the folder.
        await rm(`${folder}.bin`, { force: true });
        for (const shard of changedShards) writeEntries(shardPath(folder, shard), fingerprint, shardEntries(shard));
      }
      // Saved shards are read again if asked for: holding them (240 MB at 10,000 articles) through the merge would only raise the peak.
      changedShards.clear();
      shards.length = 0;
    },
  };
}

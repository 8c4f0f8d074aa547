/**
 * Remembers each article's extraction, keyed by the article's content hash and
 * a fingerprint of the extractor's own source, one cache file per input
 * folder: re-running after editing one article re-extracts only that one, and
 * any change to the extractor starts the cache afresh. Each entry is kept
 * serialized on its own, so saving after one change serializes that entry
 * and copies the others' bytes, instead of serializing every article again.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
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
  lookup: (file: string, hash: string) => ArticleResult | undefined;
  remember: (file: string, hash: string, result: ArticleResult) => void;
  /** Facts of an undated article re-read against an inferred day: valid while both the text and the day stay the same. */
  lookupRedated: (file: string, hash: string, published: string) => ArticleFacts | undefined;
  rememberRedated: (file: string, hash: string, published: string, facts: ArticleFacts) => void;
  save: () => Promise<void>;
}

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
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

interface CacheFile {
  fingerprint: string;
  entries: Map<string, StoredEntry>;
}

function isCacheFile(value: unknown): value is CacheFile {
  return typeof value === 'object' && value !== null && 'fingerprint' in value && 'entries' in value && value.entries instanceof Map;
}

// The cache file is this extractor's own output (its fingerprint was checked), so a light check of the shape is enough.
function isArticleResult(value: unknown): value is ArticleResult {
  return typeof value === 'object' && value !== null && 'file' in value && 'facts' in value && 'article' in value;
}

function isArticleFacts(value: unknown): value is ArticleFacts {
  return typeof value === 'object' && value !== null && 'places' in value && 'events' in value;
}

/** The entries cached by this very extractor; anything else (missing, unreadable, older extractor) is an empty cache. */
async function loadEntries(path: string, fingerprint: string): Promise<Map<string, StoredEntry>> {
  try {
    const value: unknown = deserialize(await readFile(path));
    return isCacheFile(value) && value.fingerprint === fingerprint ? value.entries : new Map();
  } catch {
    return new Map();
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

/** Opens the cache of one input folder for the current extractor. */
export async function openArticleCache(dir: string, inputDir: string): Promise<ArticleCache> {
  const fingerprint = await extractorFingerprint();
  const path = join(dir, `articles-${createHash('sha1').update(resolve(inputDir)).digest('hex').slice(0, 16)}.bin`);
  const entries = await loadEntries(path, fingerprint);
  const seen = new Set<string>();
  let changed = false;
  return {
    lookup(file, hash) {
      seen.add(file);
      const entry = entries.get(file);
      return entry?.hash === hash ? deserializeAs(entry.result, isArticleResult) : undefined;
    },
    remember(file, hash, result) {
      seen.add(file);
      entries.set(file, { hash, result: serialize(result) });
      changed = true;
    },
    lookupRedated(file, hash, published) {
      const entry = entries.get(file);
      return entry?.hash === hash && entry.redated?.published === published ? deserializeAs(entry.redated.facts, isArticleFacts) : undefined;
    },
    rememberRedated(file, hash, published, facts) {
      const entry = entries.get(file);
      if (entry?.hash !== hash) return;
      entry.redated = { published, facts: serialize(facts) };
      changed = true;
    },
    async save() {
      for (const file of entries.keys()) {
        if (!seen.has(file)) {
          entries.delete(file);
          changed = true;
        }
      }
      if (!changed) return;
      await mkdir(dir, { recursive: true });
      const file: CacheFile = { fingerprint, entries };
      await writeFile(path, serialize(file));
    },
  };
}

/**
 * The input folder and the texts folder as the runs (full and incremental)
 * see them: which files are articles, what a file that cannot be one
 * becomes, and one text file per article.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { ArticleResult } from '../article/extract-article';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

/** A problem that means no bundle could be written at all. */
export class ExtractionFailure extends Error {
  readonly name = 'ExtractionFailure';
}

export function reasonOf(error: unknown): string {
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

/** The result of a file that gave no article: no facts, one warning. */
export function withoutArticle(file: string, warning: string): ArticleResult {
  return {
    file,
    article: null,
    bodyStart: 0,
    published: null,
    facts: { places: [], people: [], items: [], events: [] },
    mentions: null,
    warnings: [warning],
  };
}

export function unreadable(file: string, error: unknown): ArticleResult {
  return withoutArticle(file, `could not be read: ${reasonOf(error)}`);
}

export function skippedFile(file: string): ArticleResult {
  return withoutArticle(file, `was skipped: only ${[...ARTICLE_EXTENSIONS].join(', ')} files are read`);
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
 * Leaves one file per article in the texts folder: writes the texts given,
 * rewriting only those whose bytes differ (on ext4, re-creating ten thousand
 * files costs seconds, comparing them a tenth of one), and removes every file
 * that is not one of the wanted ids. Synchronous calls because thousands of
 * small awaited ones cost far more in round trips.
 */
export function updateTexts(textsDir: string, articles: Iterable<{ id: string; text: string }>, wantedIds: Iterable<string>): void {
  mkdirSync(textsDir, { recursive: true });
  const encode = encoderInto();
  for (const article of articles) {
    const path = join(textsDir, `${article.id}.txt`);
    const bytes = encode(article.text);
    if (!sameBytes(path, bytes)) writeFileSync(path, bytes);
  }
  const wanted = new Set([...wantedIds].map((id) => `${id}.txt`));
  for (const entry of readdirSync(textsDir, { withFileTypes: true })) {
    if (!wanted.has(entry.name)) rmSync(join(textsDir, entry.name), { recursive: true, force: true });
  }
}

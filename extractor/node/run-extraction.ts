/**
 * The file-system shell around the pure extractor, shared by the CLI and the
 * Vite plugin: read a folder, extract, validate, write the bundle files.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Bundle } from '../../schema/bundle';
import { BUNDLE_FILES, FactsBundleSchema } from '../../schema/bundle';
import type { ArticleResult } from '../article/extract-article';
import { extractArticle } from '../article/extract-article';
import { assembleBundle } from '../extract-bundle';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

export interface RunOptions {
  inputDir: string;
  /** Path of the full bundle; facts.json and texts/ are written beside it. */
  outputFile: string;
  generatedAt?: string;
  /** Called after each article, for progress display. */
  onProgress?: (done: number, total: number, bytes: number) => void;
}

export interface RunSummary {
  bundle: Bundle;
  articles: number;
  files: number;
  bytes: number;
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
    read: null,
    article: null,
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

/** Writes bundle.json, facts.json (without texts) and one text file per article. */
export async function writeBundleFiles(bundle: Bundle, outputFile: string): Promise<void> {
  const outputDir = dirname(outputFile);
  const textsDir = join(outputDir, BUNDLE_FILES.textsDir);
  await mkdir(outputDir, { recursive: true });
  await rm(textsDir, { recursive: true, force: true });
  await mkdir(textsDir, { recursive: true });
  for (const article of bundle.articles) await writeFile(join(textsDir, `${article.id}.txt`), article.text);
  const facts = FactsBundleSchema.parse({ ...bundle, articles: bundle.articles.map(({ text: _text, ...summary }) => summary) });
  await writeAtomically(join(outputDir, BUNDLE_FILES.facts), toJson(facts));
  await writeAtomically(resolve(outputFile), toJson(bundle));
}

/** Reads every article of a folder, extracts, validates and writes the bundle files. */
export async function runExtraction(options: RunOptions): Promise<RunSummary> {
  const started = performance.now();
  const { files, skipped } = await listArticleFiles(options.inputDir);
  const results: ArticleResult[] = skipped.map((file) => ({
    ...unreadable(file, null),
    warnings: [`was skipped: only ${[...ARTICLE_EXTENSIONS].join(', ')} files are read`],
  }));
  let bytes = 0;
  for (const [index, file] of files.entries()) {
    try {
      const contents = await readFile(join(options.inputDir, file));
      bytes += contents.byteLength;
      results.push(extractArticle({ name: file, bytes: new Uint8Array(contents.buffer, contents.byteOffset, contents.byteLength) }));
    } catch (error) {
      results.push(unreadable(file, error));
    }
    options.onProgress?.(index + 1, files.length, bytes);
  }
  if (files.length === 0) {
    results.push({ ...unreadable(basename(options.inputDir), null), warnings: ['contains no article files (.txt, .md, .html)'] });
  }
  const bundle = assembleBundle(results, { generatedAt: options.generatedAt ?? new Date().toISOString() });
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
    warnings: bundle.warnings.length,
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * A deterministic synthetic corpus for benchmarks: mostly well-formed articles
 * in the three date styles the extractor must handle, plus exact duplicates,
 * near-duplicates (the same story told by another outlet) and a few bad files.
 * Pure: returns the files, the CLI writes them.
 */
import type { Vocabulary } from './corpus-vocabulary';
import { defaultVocabulary } from './corpus-vocabulary';
import { literals } from './literals';
import { chance, createRandom, deriveSeed, pick, randomHex, randomInt } from './random';
import type { Random } from './random';
import { bylineFor, renderArticle, synthesizeStory } from './synthesize-article';
import type { DateStyle, Story } from './synthesize-article';

export const BAD_KINDS = literals('empty', 'binary', 'non-utf8', 'html', 'bad-date-line');
export type BadKind = (typeof BAD_KINDS)[number];
export type SynthKind = DateStyle | 'duplicate' | 'near-duplicate' | BadKind;

export interface SynthFile {
  /** File name, e.g. "00042_3f9a0c1d2b4e5f60.txt". */
  name: string;
  kind: SynthKind;
  bytes: Uint8Array;
}

export interface CorpusOptions {
  count: number;
  seed: number;
  vocabulary?: Vocabulary;
}

/** One of each bad kind per this many files; corpora smaller than MIN_COUNT_FOR_BAD_FILES have none. */
const FILES_PER_BAD_SET = 2000;
const MIN_COUNT_FOR_BAD_FILES = 20;
const DUPLICATE_SHARE = 0.02;
const NEAR_DUPLICATE_SHARE = 0.03;
/** Duplicates need earlier articles to copy. */
const FIRST_POSSIBLE_DUPLICATE = 10;

/** Stream ids, so a story and its renderings draw from independent sequences. */
const STORY_STREAM = 1;
const TEXT_STREAM = 2;

const encoder = new TextEncoder();

/** Where the bad files go: each set of BAD_KINDS spread evenly over its block of the corpus. */
export function badFilePositions(count: number): Map<number, BadKind> {
  const positions = new Map<number, BadKind>();
  if (count < MIN_COUNT_FOR_BAD_FILES) return positions;
  const blocks = Math.max(1, Math.round(count / FILES_PER_BAD_SET));
  const blockSize = Math.ceil(count / blocks);
  for (let block = 0; block < blocks; block += 1) {
    BAD_KINDS.forEach((kind, order) => {
      const position = block * blockSize + Math.floor((blockSize * (order + 1)) / (BAD_KINDS.length + 1));
      if (position < count) positions.set(position, kind);
    });
  }
  return positions;
}

function fileName(random: Random, index: number, width: number, extension: string): string {
  return `${String(index).padStart(width, '0')}_${randomHex(random, 16)}.${extension}`;
}

function dateStyleFor(random: Random): DateStyle {
  const roll = random.next();
  if (roll < 0.2) return chance(random, 0.03) ? 'conflicting-header' : 'header';
  return roll < 0.8 ? 'byline' : 'undated';
}

/** Windows-1252 bytes: curly quotes become 0x91–0x94 and accents single bytes, which is not valid UTF-8. */
function windows1252Bytes(text: string): Uint8Array {
  const mapped: Record<string, number> = { '\u2018': 0x91, '\u2019': 0x92, '\u201c': 0x93, '\u201d': 0x94, '\u20ac': 0x80, '\u20b9': 0x3f };
  return Uint8Array.from(text, (char) => mapped[char] ?? (char.charCodeAt(0) < 256 ? char.charCodeAt(0) : 0x3f));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A saved web page: the article wrapped in markup, with a script, a style and event handlers to drop. */
function htmlPage(random: Random, headline: string, byline: string, paragraphs: string[]): string {
  const body = paragraphs.map((paragraph) => `<p onclick="track('p')">${escapeHtml(paragraph)}</p>`).join('\n');
  return [
    '<!DOCTYPE html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(headline)}</title>`,
    '<style>body { font: 16px Georgia, serif; } .ad { display: none; }</style>',
    `<script>window.dataLayer = []; document.write('<img src="https://tracker.invalid/${randomHex(random, 8)}">');</script>`,
    '</head><body onload="init()">',
    `<h1>${escapeHtml(headline)}</h1>`,
    `<p class="byline">${escapeHtml(byline)}</p>`,
    body,
    '<img src="x" onerror="alert(document.cookie)">',
    '</body></html>',
  ].join('\n');
}

function binaryBytes(random: Random): Uint8Array {
  const bytes = new Uint8Array(randomInt(random, 1024, 4096));
  for (let index = 0; index < bytes.length; index += 1) bytes[index] = randomInt(random, 0, 255);
  // A PNG signature: the kind of file that lands in an article folder by mistake.
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
  return bytes;
}

function badFile(random: Random, kind: BadKind, story: Story, vocabulary: Vocabulary): { bytes: Uint8Array; extension: string } {
  switch (kind) {
    case 'empty':
      return { bytes: new Uint8Array(0), extension: 'txt' };
    case 'binary':
      return { bytes: binaryBytes(random), extension: 'txt' };
    case 'non-utf8': {
      const article = renderArticle(random, story, vocabulary, 'byline');
      const text = `${article.text}\n\nLe quotidien citait des responsables du minist\u00e8re des Arm\u00e9es \u00e0 Paris.`;
      return { bytes: windows1252Bytes(text), extension: 'txt' };
    }
    case 'html': {
      const article = renderArticle(random, story, vocabulary, 'undated');
      return { bytes: encoder.encode(htmlPage(random, article.headline, bylineFor(random, story.published), article.paragraphs)), extension: 'html' };
    }
    case 'bad-date-line': {
      const article = renderArticle(random, story, vocabulary, 'undated');
      return { bytes: encoder.encode(` date 2020-13-45 ${article.paragraphs.join('\n\n')}`), extension: 'txt' };
    }
  }
}

/** The corpus's files, in name order; the same options always give byte-identical files. */
export function synthesizeCorpus({ count, seed, vocabulary = defaultVocabulary() }: CorpusOptions): SynthFile[] {
  const width = Math.max(3, String(Math.max(0, count - 1)).length);
  const badPositions = badFilePositions(count);
  const storyOf = (index: number) => synthesizeStory(createRandom(deriveSeed(seed, index, STORY_STREAM)), vocabulary);
  const files: SynthFile[] = [];
  const originals: number[] = [];

  for (let index = 0; index < count; index += 1) {
    const random = createRandom(deriveSeed(seed, index, TEXT_STREAM));
    const badKind = badPositions.get(index);
    if (badKind) {
      const { bytes, extension } = badFile(random, badKind, storyOf(index), vocabulary);
      files.push({ name: fileName(random, index, width, extension), kind: badKind, bytes });
      continue;
    }
    const roll = random.next();
    const originalIndex = index >= FIRST_POSSIBLE_DUPLICATE && originals.length > 0 ? pick(random, originals) : undefined;
    const original = originalIndex === undefined ? undefined : files[originalIndex];
    if (original && roll < DUPLICATE_SHARE) {
      files.push({ name: fileName(random, index, width, 'txt'), kind: 'duplicate', bytes: original.bytes });
      continue;
    }
    const nearDuplicate = originalIndex !== undefined && roll < DUPLICATE_SHARE + NEAR_DUPLICATE_SHARE;
    const dateStyle = dateStyleFor(random);
    const article = renderArticle(random, storyOf(nearDuplicate ? originalIndex : index), vocabulary, dateStyle);
    files.push({
      name: fileName(random, index, width, 'txt'),
      kind: nearDuplicate ? 'near-duplicate' : dateStyle,
      bytes: encoder.encode(article.text),
    });
    if (!nearDuplicate) originals.push(index);
  }
  return files;
}

import type { InputFile } from '../types';
import { DATE_ONLY_LINE, DATELINE } from '../text/dateline';
import { splitSentences } from '../text/split-sentences';
import { fileStem } from './article-ids';
import { decodeText } from './decode-text';
import { findDateStamps } from './date-stamps';
import { findOutlet } from './find-outlet';
import { findHtmlHeadline, findHtmlPublishedDay, htmlToText } from './html-to-text';
import { markdownToText } from './markdown-to-text';
import { noiseKindOfLine } from './page-noise';
import { findDateHeader } from './publication-date';

/** Longer texts are cut: no real article is this long, and every later stage is linear in it. */
export const MAX_ARTICLE_CHARS = 2_000_000;
const MAX_MARKUP_CHARS = MAX_ARTICLE_CHARS * 4;
const MAX_TITLE_CHARS = 200;

export interface ReadArticle {
  /** The file stem, or the id the folder gives the file (see article-ids.ts). */
  id: string;
  file: string;
  /** Normalised full text: line breaks "\n", no BOM, markup stripped for .html/.htm/.md. */
  text: string;
  /** Offset after a leading " date YYYY-MM-DD" header: where the prose starts. */
  bodyStart: number;
  /** The headline line, or the first sentence; at most 200 characters; never the date header. */
  title: string;
  /** A news agency or outlet evident in the text, e.g. "ANI", "PTI"; null when none is. */
  outlet: string | null;
}

export interface ReadResult {
  article: ReadArticle | null;
  warnings: string[];
}

/**
 * Reads one input file into an article's normalised text. Rejects files that
 * are empty or binary (article null with a warning); every other problem is a
 * warning beside the article. Warnings are plain sentences about the file; the
 * caller prefixes its name.
 */
export function readArticle(file: InputFile): ReadResult {
  const decoded = decodeText(file.bytes);
  if (!decoded.ok) return { article: null, warnings: [decoded.warning] };
  const warnings = [...decoded.warnings];
  const isHtml = /\.html?$/i.test(file.name);
  // Markup is stripped from at most a few times the kept size: a 50 MB page is not worth parsing whole.
  const raw = decoded.text.length > MAX_MARKUP_CHARS ? decoded.text.slice(0, MAX_MARKUP_CHARS) : decoded.text;
  const plain = normaliseLineBreaks(toPlainText(file.name, isHtml, raw));
  if (plain.trim() === '') return { article: null, warnings: ['is empty (no text once markup is removed)'] };
  const text = truncateLongText(plain, decoded.text.length, warnings);
  const bodyStart = findDateHeader(text)?.end ?? 0;
  const headline = isHtml ? findHtmlHeadline(raw) : null;
  const title = headline === null ? findTitle(text, bodyStart) : shortenToWords(headline);
  const id = file.id ?? fileStem(file.name);
  if (id !== fileStem(file.name)) warnings.push(`shares its name, less the extension, with another article file, so its article id is its whole name "${id}"`);
  return { article: { id, file: file.name, text, bodyStart, title, outlet: findOutlet(text) }, warnings };
}

/** A page's declared publication day becomes a byline line at the top, where findPublicationDate looks for one. */
function toPlainText(name: string, isHtml: boolean, decoded: string): string {
  if (isHtml) {
    const published = findHtmlPublishedDay(decoded);
    return `${published === null ? '' : `Published: ${published}\n`}${htmlToText(decoded)}`;
  }
  return /\.(?:md|markdown)$/i.test(name) ? markdownToText(decoded) : decoded;
}

function normaliseLineBreaks(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Cuts an over-long text at the last line or sentence end before the limit, saying so. */
function truncateLongText(text: string, originalLength: number, warnings: string[]): string {
  if (text.length <= MAX_ARTICLE_CHARS && originalLength <= MAX_MARKUP_CHARS) return text;
  const head = text.slice(0, MAX_ARTICLE_CHARS);
  const lastBreak = Math.max(head.lastIndexOf('\n'), head.lastIndexOf('. ') + 1);
  const kept = text.length > MAX_ARTICLE_CHARS && lastBreak > MAX_ARTICLE_CHARS / 2 ? head.slice(0, lastBreak) : head;
  warnings.push(`is ${formatCount(originalLength)} characters long; kept the first ${formatCount(kept.length)} characters`);
  return kept;
}

function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** Lines that sit above a headline but are not one: bylines, date labels, credits. */
const NOT_A_HEADLINE = /^(?:by\s|published|updated|first published|last updated|posted|image|photo|file photo)\b|^[^\n|]{1,60}\|\s*(?:updated|published)\b/i;

/** A line above or beside the headline that is not one: a byline, a date line, a masthead, a breadcrumb, a caption, a prompt. */
function isPageFurniture(line: string): boolean {
  return NOT_A_HEADLINE.test(line) || DATE_ONLY_LINE.test(line) || noiseKindOfLine(line) !== null || findDateStamps(line).length > 0;
}

/** The first lines that are neither blank nor page furniture, at most `count` of them. */
function contentLines(text: string, from: number, count: number): string[] {
  const lines: string[] = [];
  let lineStart = from;
  while (lineStart < text.length && lines.length < count) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd).trim();
    if (/\p{L}/u.test(line) && !isPageFurniture(line)) lines.push(line);
    lineStart = lineEnd + 1;
  }
  return lines;
}

/** A headline: a few words on a line of their own, not closed like a sentence. */
function isHeadlineLike(line: string): boolean {
  return line.length <= MAX_TITLE_CHARS && line.split(/\s+/).length >= 4 && !/[.]["'”’)]?$/.test(line);
}

/**
 * The first line if it is short enough to be a headline, otherwise the body's
 * first sentence without its dateline. A section label or kicker of one or two
 * words above a headline ("Defence", "EXCLUSIVE") is not the title.
 */
function findTitle(text: string, bodyStart: number): string {
  const [first, second] = contentLines(text, bodyStart, 2);
  if (first === undefined) return '';
  const isKicker = first.split(/\s+/).length <= 2 && second !== undefined && isHeadlineLike(second);
  const line = isKicker && second !== undefined ? second : first;
  if (line.length <= MAX_TITLE_CHARS) return line;
  const prose = line.slice(DATELINE.exec(line)?.[0].length ?? 0).trim();
  const [sentence] = splitSentences(prose);
  return shortenToWords(sentence?.text ?? prose);
}

function shortenToWords(sentence: string): string {
  if (sentence.length <= MAX_TITLE_CHARS) return sentence;
  const cut = sentence.slice(0, MAX_TITLE_CHARS - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > MAX_TITLE_CHARS / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

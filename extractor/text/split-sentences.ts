import type { Sentence } from '../types';
import { DATE_ONLY_LINE } from './dateline';

/** Words whose full stop never ends a sentence (titles and ranks precede a name). */
const TITLE_ABBREVIATIONS = new Set([
  'gen', 'lt', 'col', 'maj', 'brig', 'adm', 'capt', 'cdr', 'cmdr', 'sgt', 'cpl', 'mshl', 'marshal',
  'dr', 'mr', 'mrs', 'ms', 'prof', 'sr', 'jr', 'st', 'mt', 'hon', 'rev', 'gov', 'govt', 'sen', 'rep',
  'pres', 'supt', 'insp', 'dy', 'addl', 'vs', 'v', 'approx', 'e.g', 'i.e', 'cf', 'viz',
]);

/** Words whose full stop ends a sentence unless a number follows ("Sept. 3", "No. 5", "Rs. 500"). */
const NUMBER_ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'rs', 'fig', 'vol', 'art', 'sec', 'pp', 'p', 'para', 'ch',
]);

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
const TERMINATORS = new Set(['.', '!', '?', '…']);
const BULLETS = new Set(['•', '●', '▪', '◦', '■']);

/** An embedded tweet's signature ("— ANI (@ANI) September 2, 2020") is not part of the sentence before it. */
const TWEET_SIGNATURE = /^[—–]\s*[^()\n]{1,80}\(@\w{1,30}\)/;

/** Related-story links inserted by news sites ("READ | ...", "Also Read: ..."): headlines of other articles, not this one's prose. */
const RELATED_LINK = /^[ \t]*(?:also read|read also|read more|read|watch|also watch|must read)\s*[|:]/i;

/** A byline or date label line ("TNN | Updated: Sep 03, 2020 07:05 IST", "Published - September 04, 2020"): page furniture. */
const BYLINE_LINE = /^[ \t]*(?:[^\n|]{1,60}\|\s*){0,3}(?:first published|last updated|published|updated|posted)(?: on| at)?\s*[:|–—-]?\s*(?:\p{L}{3,9}\.?\s+\d|\d)/iu;
const MAX_BYLINE_CHARS = 160;

/**
 * Splits text into sentences with exact offsets, in one linear pass from `from`.
 * Newlines and bullets are hard boundaries; a full stop is a boundary only when
 * it is not an abbreviation, an initial ("S. Jaishankar") or a decimal, and the
 * next word starts like a sentence. Related-story link lines ("READ | ..."),
 * byline lines ("Updated: Sep 03, 2020 07:05 IST") and date-only lines are
 * skipped: they are headlines of other articles and page furniture, not this
 * article's prose.
 */
export function splitSentences(text: string, from = 0): Sentence[] {
  const sentences: Sentence[] = [];
  // Jumping between the few characters that can end a sentence keeps the scan fast as well as linear.
  const candidates = /[\n\r.!?…•●▪◦■—–]|(?<=\s)pic\.twitter\.com\//g;
  let segmentStart = skipNonProseLine(text, from);
  candidates.lastIndex = segmentStart;
  for (let match = candidates.exec(text); match !== null; match = candidates.exec(text)) {
    const index = match.index;
    const char = match[0].length > 1 ? 'p' : match[0];
    if (char === '\n' || char === '\r') {
      pushSentence(sentences, text, segmentStart, index);
      segmentStart = skipNonProseLine(text, index + 1);
      candidates.lastIndex = segmentStart;
    } else if (BULLETS.has(char)) {
      pushSentence(sentences, text, segmentStart, index);
      segmentStart = index + 1;
    } else if (char === 'p' || startsTweetSignature(text, index)) {
      pushSentence(sentences, text, segmentStart, index);
      segmentStart = index;
      candidates.lastIndex = index + 1;
    } else if (TERMINATORS.has(char)) {
      const end = endOfTerminator(text, index);
      if (isSentenceEnd(text, index, end)) {
        pushSentence(sentences, text, segmentStart, end);
        segmentStart = end;
      }
      candidates.lastIndex = end;
    }
  }
  pushSentence(sentences, text, segmentStart, text.length);
  return sentences;
}

/** The offset where prose resumes at a line start: past the line when it is a related-story link or a byline. */
function skipNonProseLine(text: string, lineStart: number): number {
  const head = text.slice(lineStart, lineStart + 120);
  if (RELATED_LINK.test(head) || DATE_ONLY_LINE.test(head)) return endOfLine(text, lineStart);
  if (!BYLINE_LINE.test(head)) return lineStart;
  const lineEnd = endOfLine(text, lineStart);
  return lineEnd - lineStart <= MAX_BYLINE_CHARS ? lineEnd : lineStart;
}

function startsTweetSignature(text: string, index: number): boolean {
  const char = text[index];
  return (char === '—' || char === '–') && TWEET_SIGNATURE.test(text.slice(index, index + 120));
}

function endOfLine(text: string, index: number): number {
  const newline = text.indexOf('\n', index);
  return newline === -1 ? text.length : newline;
}

/** The offset just past a run of terminators and closing quotes/brackets ("?!", ".”", ".)"). */
function endOfTerminator(text: string, index: number): number {
  let end = index + 1;
  while (end < text.length && TERMINATORS.has(text[end] ?? '')) end += 1;
  while (end < text.length && CLOSERS.has(text[end] ?? '')) end += 1;
  return end;
}

function isSentenceEnd(text: string, terminatorAt: number, end: number): boolean {
  if (end >= text.length) return true;
  const following = text[end] ?? '';
  if (following === '\n' || following === '\r') return true;
  if (following !== ' ' && following !== '\t' && following !== '\u00a0') return false;
  const next = firstNonBlank(text, end);
  if (next === '' || next === '\n' || next === '\r') return true;
  if (!startsSentence(next)) return false;
  if (text[terminatorAt] !== '.' || end - terminatorAt > 1) return true;
  return !isAbbreviationBefore(text, terminatorAt, isDigit(next));
}

function firstNonBlank(text: string, from: number): string {
  let index = from;
  while (index < text.length && (text[index] === ' ' || text[index] === '\t' || text[index] === '\u00a0')) index += 1;
  return text[index] ?? '';
}

function startsSentence(char: string): boolean {
  return isDigit(char) || isUpperCase(char) || '"\'“‘([«•'.includes(char);
}

/** True when the word ending at the full stop is an abbreviation, an initial or a dotted acronym ("U.S."). */
function isAbbreviationBefore(text: string, periodAt: number, numberFollows: boolean): boolean {
  let wordStart = periodAt;
  while (wordStart > 0 && isWordChar(text[wordStart - 1] ?? '')) wordStart -= 1;
  const word = text.slice(wordStart, periodAt);
  if (word === '') return false;
  if (word.length === 1 && isUpperCase(word)) return true;
  const lower = word.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(lower)) return true;
  if (numberFollows && NUMBER_ABBREVIATIONS.has(lower)) return true;
  return /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word);
}

function isWordChar(char: string): boolean {
  return char !== '' && (/[\p{L}\p{N}]/u.test(char) || char === '.');
}

function isDigit(char: string): boolean {
  return char >= '0' && char <= '9';
}

function isUpperCase(char: string): boolean {
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

function pushSentence(sentences: Sentence[], text: string, start: number, end: number): void {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] ?? '')) from += 1;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to -= 1;
  const sentence = text.slice(from, to);
  if (!/[\p{L}\p{N}]/u.test(sentence)) return;
  sentences.push({ text: sentence, start: from, end: to });
}

/**
 * A single-pass dictionary matcher shared by the gazetteer, the procurement
 * catalogue and the people directory. Phrases are compiled into a trie of
 * word tokens; the text is scanned once, character by character, so the cost
 * is linear in the text whatever the size of the dictionary (a compiled regex
 * alternation of a thousand phrases is not). It is the extractor's hottest
 * loop, hence character codes rather than a tokenising regex.
 */
import type { DictionaryMatch } from '../types';

export interface MatcherEntry {
  key: string;
  phrases: string[];
}

export interface MatcherOptions {
  /** Match letter case exactly ("Leh" but not "leh"). Default false. */
  caseSensitive?: boolean;
  /**
   * Split tokens at letter/digit boundaries and allow nothing, a space or a
   * hyphen between them, so "AK-203", "AK 203" and "AK203" match alike.
   */
  flexibleSeparators?: boolean;
  /** Let the last word take a plural "s" ("Su-30MKIs", "Rafales"). Default false. */
  allowPlural?: boolean;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  key: string | null;
}

const NOT_A_TOKEN = 0;
const LETTER = 1;
const DIGIT = 2;
const NON_ASCII_LETTER = /\p{L}/u;
const NON_ASCII_DIGIT = /\p{N}/u;

function classOfNonAscii(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return LETTER;
  const char = String.fromCharCode(code);
  if (NON_ASCII_LETTER.test(char)) return LETTER;
  return NON_ASCII_DIGIT.test(char) ? DIGIT : NOT_A_TOKEN;
}

/** Classes of the non-ASCII code units met so far, plus one (0: not yet known): typographic quotes and dashes recur in every article. */
const knownClasses = new Uint8Array(0x10000);

/** Letter, digit or neither, for one UTF-16 code unit (surrogate halves count as letters). */
function classOf(code: number): number {
  if (code < 128) {
    if (code >= 48 && code <= 57) return DIGIT;
    const lower = code | 32;
    return lower >= 97 && lower <= 122 ? LETTER : NOT_A_TOKEN;
  }
  const known = knownClasses[code] ?? 0;
  if (known > 0) return known - 1;
  const kind = classOfNonAscii(code);
  knownClasses[code] = kind + 1;
  return kind;
}

/** What may stand between two words of one phrase: spaces, hyphens, apostrophes, an abbreviation's dot; never a line break. */
function isJoiner(code: number): boolean {
  return (
    code === 32 || code === 9 || code === 45 || code === 46 || code === 39 || code === 0xa0 || code === 0x2019 || (code >= 0x2010 && code <= 0x2013)
  );
}
const MAX_JOINER_LENGTH = 3;

/** The end of the token starting at `start`: in flexible mode a run of letters or of digits, else of both. */
function tokenEnd(text: string, start: number, flexible: boolean): number {
  const first = classOf(text.charCodeAt(start));
  let end = start + 1;
  while (end < text.length) {
    const kind = classOf(text.charCodeAt(end));
    if (kind === NOT_A_TOKEN || (flexible && kind !== first)) break;
    end += 1;
  }
  return end;
}

/** The tokens of a text, in order. */
function tokensOf(text: string, flexible: boolean): string[] {
  const { starts, ends } = tokenise(text, true, flexible);
  return starts.map((start, index) => text.slice(start, ends[index]));
}

function newNode(): TrieNode {
  return { children: new Map(), key: null };
}

/**
 * A text cut into tokens once for every matcher of the same kind: one
 * article goes through the gazetteer, the people directory, the catalogue
 * and the event names, and cutting the text (and hashing each word for the
 * trie lookup) was most of each scan. Words are sliced only when a matcher
 * asks for them.
 */
interface TokenisedText {
  text: string;
  /** The text as scanned: lower-cased when matching ignores case and that keeps every offset. */
  searched: string;
  /** Lower-case each word on its own (lower-casing the whole text changed its length). */
  foldEachWord: boolean;
  starts: number[];
  ends: number[];
  words: (string | undefined)[];
}

function tokenise(text: string, caseSensitive: boolean, flexible: boolean): TokenisedText {
  const folded = caseSensitive ? text : text.toLowerCase();
  const searched = folded.length === text.length ? folded : text;
  const starts: number[] = [];
  const ends: number[] = [];
  let position = 0;
  while (position < searched.length) {
    if (classOf(searched.charCodeAt(position)) === NOT_A_TOKEN) {
      position += 1;
      continue;
    }
    const end = tokenEnd(searched, position, flexible);
    starts.push(position);
    ends.push(end);
    position = end;
  }
  return { text, searched, foldEachWord: searched !== folded, starts, ends, words: new Array<string | undefined>(starts.length) };
}

/** The last text tokenised in each of the four ways (case-sensitive or not, flexible or not). */
const lastTokenised = new Map<string, TokenisedText>();

function tokenised(text: string, caseSensitive: boolean, flexible: boolean): TokenisedText {
  const mode = `${caseSensitive}|${flexible}`;
  const last = lastTokenised.get(mode);
  if (last?.text === text) return last;
  const fresh = tokenise(text, caseSensitive, flexible);
  lastTokenised.set(mode, fresh);
  return fresh;
}

/** The index-th word of a tokenised text, case-folded when matching ignores case. */
function wordAt(tokens: TokenisedText, index: number): string {
  const known = tokens.words[index];
  if (known !== undefined) return known;
  const slice = tokens.searched.slice(tokens.starts[index] ?? 0, tokens.ends[index] ?? 0);
  const word = tokens.foldEachWord ? slice.toLowerCase() : slice;
  tokens.words[index] = word;
  return word;
}

/**
 * Compiles a dictionary into a function returning the leftmost-longest,
 * non-overlapping matches in a text, each with the entry's key and offsets.
 * When two entries share a phrase, the first one wins.
 */
export function createMatcher(
  entries: readonly MatcherEntry[],
  options: MatcherOptions = {},
): (text: string) => DictionaryMatch[] {
  const caseSensitive = options.caseSensitive ?? false;
  const allowPlural = options.allowPlural ?? false;
  const flexible = options.flexibleSeparators ?? false;
  const normalise = (token: string) => (caseSensitive ? token : token.toLowerCase());

  const root = newNode();
  for (const entry of entries) {
    for (const phrase of entry.phrases) {
      const tokens = tokensOf(phrase, flexible).map(normalise);
      if (tokens.length === 0) continue;
      let node = root;
      for (const token of tokens) {
        let child = node.children.get(token);
        if (!child) {
          child = newNode();
          node.children.set(token, child);
        }
        node = child;
      }
      node.key ??= entry.key;
    }
  }
  // Most tokens of a text start no phrase: rule them out by their first character before slicing them.
  const firstChars = new Set([...root.children.keys()].map((token) => token.charCodeAt(0)));

  function pluralTerminal(node: TrieNode, token: string): string | null {
    if (!allowPlural || token.length < 2 || !token.endsWith('s')) return null;
    return node.children.get(token.slice(0, -1))?.key ?? null;
  }

  /** Start of the next token after `from` when only joiner characters lie between, else -1. */
  function joinedTokenStart(text: string, from: number): number {
    let position = from;
    while (position < text.length && position - from <= MAX_JOINER_LENGTH) {
      const code = text.charCodeAt(position);
      if (classOf(code) !== NOT_A_TOKEN) return position;
      if (!isJoiner(code)) return -1;
      position += 1;
    }
    return -1;
  }

  return function findMatches(text: string): DictionaryMatch[] {
    const matches: DictionaryMatch[] = [];
    const tokens = tokenised(text, caseSensitive, flexible);
    const { searched, starts, ends } = tokens;
    let index = 0;
    while (index < starts.length) {
      const start = starts[index] ?? 0;
      const firstCode = tokens.foldEachWord ? normalise(searched.charAt(start)).charCodeAt(0) : searched.charCodeAt(start);
      if (!firstChars.has(firstCode)) {
        index += 1;
        continue;
      }
      const first = wordAt(tokens, index);
      let node = root.children.get(first);
      const pluralKey = pluralTerminal(root, first);
      if (!node && !pluralKey) {
        index += 1;
        continue;
      }
      let best: { key: string; last: number } | null = pluralKey ? { key: pluralKey, last: index } : null;
      let last = index;
      while (node) {
        if (node.key) best = { key: node.key, last };
        const end = ends[last] ?? 0;
        const nextStart = joinedTokenStart(searched, end);
        if (nextStart < 0) break;
        if (!flexible && nextStart === end) break;
        // Tokens are maximal runs, so the next token character found is where the next token starts.
        last += 1;
        const word = wordAt(tokens, last);
        const plural = pluralTerminal(node, word);
        node = node.children.get(word);
        if (plural && !node?.key) best = { key: plural, last };
      }
      if (best) {
        const end = ends[best.last] ?? 0;
        matches.push({ key: best.key, text: text.slice(start, end), start, end });
        index = best.last + 1;
      } else {
        index += 1;
      }
    }
    return matches;
  };
}

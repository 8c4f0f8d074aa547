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

/**
 * A trie node. Children are found by the hash of their word lower-cased (see
 * hashOf), so a scan compares a word in place instead of slicing it into a
 * string, and matchers that heed letter case share the lower-cased tokens of
 * the others; words whose hashes collide ("Navy" and "NAVY" in such a
 * matcher) are chained.
 */
interface TrieNode {
  children: Map<number, TrieEdge>;
  key: string | null;
}

interface TrieEdge {
  word: string;
  node: TrieNode;
  collision: TrieEdge | undefined;
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
const LOWER_S = 115;

/** The tokens of a text, in order. */
function tokensOf(text: string, flexible: boolean): string[] {
  const { starts, ends } = tokenise(text, flexible);
  return Array.from(starts, (start, index) => text.slice(start, ends[index]));
}

/**
 * FNV-1a over UTF-16 code units, kept to 30 bits so it stays a small integer
 * (a cheap Map key). Tokens are hashed as they are cut: a matcher rules out
 * the many words that start none of its phrases, and finds the others, without
 * slicing them into strings (slicing and hashing each word was most of a scan).
 */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const HASH_MASK = 0x3fffffff;

function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

function hashOf(word: string): number {
  let hash = FNV_OFFSET;
  for (let index = 0; index < word.length; index += 1) hash = hashStep(hash, word.charCodeAt(index));
  return hash & HASH_MASK;
}

/** A filter of about sixteen slots per first word, up to 64K: a small per-article dictionary (surnames) gets a small one. */
const SLOTS_PER_WORD_BITS = 4;
const MAX_FILTER_BITS = 16;

function filterSize(words: number): number {
  return 1 << Math.min(MAX_FILTER_BITS, Math.ceil(Math.log2(words + 1)) + SLOTS_PER_WORD_BITS);
}

function filterSlot(hash: number, size: number): number {
  return (hash ^ (hash >>> MAX_FILTER_BITS)) & (size - 1);
}

function newNode(): TrieNode {
  return { children: new Map(), key: null };
}

function addChild(node: TrieNode, word: string): TrieNode {
  const hash = hashOf(word.toLowerCase());
  const first = node.children.get(hash);
  for (let edge = first; edge; edge = edge.collision) if (edge.word === word) return edge.node;
  const child = newNode();
  node.children.set(hash, { word, node: child, collision: first });
  return child;
}

/**
 * A text cut into tokens once for every matcher of the same kind: one
 * article goes through the gazetteer, the people directory, the catalogue,
 * the event and organisation names and its own surnames, and cutting the
 * text (and hashing each word for the trie lookup) was most of each scan.
 * Tokens are cut and hashed lower-cased whether a matcher heeds letter case
 * or not (lower-casing keeps letters letters, so the tokens are the same);
 * one that heeds it compares the words as written. Words are sliced only
 * when a matcher asks for them.
 */
interface TokenisedText {
  text: string;
  /** The text as scanned: lower-cased when that keeps every offset. */
  searched: string;
  starts: Int32Array;
  ends: Int32Array;
  /** Each word's hash (see hashOf), and that of the word without its last character (a plural's singular). */
  hashes: Int32Array;
  stemHashes: Int32Array;
  /** Each word lower-cased on its own, when lower-casing the whole text changed its length; null otherwise. */
  foldedWords: string[] | null;
}

/** Room for about one token per four characters (prose averages one per six), grown when a text needs more. */
const CHARACTERS_PER_TOKEN = 4;
/** Token columns are cut from shared slabs of this many numbers: one typed array per text (or four) cost more to allocate than the tokens themselves. */
const SLAB_SIZE = 1 << 16;
let slab = new Int32Array(SLAB_SIZE);
let slabUsed = 0;

/** `size` fresh numbers: a part of the current slab (a slab is never reused, only dropped once no text's tokens point into it). */
function carved(size: number): Int32Array {
  if (size > SLAB_SIZE / 4) return new Int32Array(size);
  if (slabUsed + size > SLAB_SIZE) {
    slab = new Int32Array(SLAB_SIZE);
    slabUsed = 0;
  }
  slabUsed += size;
  return slab.subarray(slabUsed - size, slabUsed);
}

/** Four columns of `capacity` numbers each, side by side: starts, ends, hashes and stem hashes. */
function regrouped(columns: Int32Array, capacity: number, larger: number): Int32Array {
  const grown = carved(larger * 4);
  for (let column = 0; column < 4; column += 1) grown.set(columns.subarray(column * capacity, (column + 1) * capacity), column * larger);
  return grown;
}

/**
 * The tokens of a text, in typed columns: tokenising is the extractor's
 * largest allocation, and growing four arrays of numbers word by word
 * allocated several times what the tokens take.
 */
function tokenise(text: string, flexible: boolean): TokenisedText {
  const folded = text.toLowerCase();
  const searched = folded.length === text.length ? folded : text;
  const length = searched.length;
  let capacity = Math.ceil(length / CHARACTERS_PER_TOKEN) + 1;
  let columns = carved(capacity * 4);
  let count = 0;
  let position = 0;
  while (position < length) {
    const firstCode = searched.charCodeAt(position);
    const first = classOf(firstCode);
    if (first === NOT_A_TOKEN) {
      position += 1;
      continue;
    }
    // In flexible mode a token is a run of letters or of digits, else of both.
    let stemHash = FNV_OFFSET;
    let hash = hashStep(stemHash, firstCode);
    let end = position + 1;
    while (end < length) {
      const code = searched.charCodeAt(end);
      const kind = classOf(code);
      if (kind === NOT_A_TOKEN || (flexible && kind !== first)) break;
      stemHash = hash;
      hash = hashStep(hash, code);
      end += 1;
    }
    if (count === capacity) {
      columns = regrouped(columns, capacity, capacity * 2);
      capacity *= 2;
    }
    columns[count] = position;
    columns[capacity + count] = end;
    columns[2 * capacity + count] = hash & HASH_MASK;
    columns[3 * capacity + count] = stemHash & HASH_MASK;
    count += 1;
    position = end;
  }
  const column = (index: number) => columns.subarray(index * capacity, index * capacity + count);
  const tokens = { text, searched, starts: column(0), ends: column(1), hashes: column(2), stemHashes: column(3), foldedWords: null };
  return searched === folded ? tokens : withWordsFolded(tokens);
}

/** The words lower-cased one by one, with their hashes (rare: only texts whose lower case has another length). */
function withWordsFolded(tokens: TokenisedText): TokenisedText {
  const words = Array.from(tokens.starts, (start, index) => tokens.searched.slice(start, tokens.ends[index]).toLowerCase());
  return { ...tokens, foldedWords: words, hashes: Int32Array.from(words, hashOf), stemHashes: Int32Array.from(words, (word) => hashOf(word.slice(0, -1))) };
}

/** How many recent texts each of the two ways of tokenising keeps: an article, and the lines, sentences or phrases of it searched between its matchers. */
const RECENT_TEXTS = 8;
/** The texts last tokenised in each of the two ways (flexible or not), most recent first. */
const recentlyTokenised: TokenisedText[][] = [[], []];

function tokenised(text: string, flexible: boolean): TokenisedText {
  const recent = recentlyTokenised[flexible ? 1 : 0] ?? [];
  const at = recent.findIndex((tokens) => tokens.text === text);
  const known = recent[at];
  if (known) {
    // Most recently used first: the article itself, searched again between its sentences and phrases, stays while in use.
    recent.splice(at, 1);
    recent.unshift(known);
    return known;
  }
  const fresh = tokenise(text, flexible);
  recent.unshift(fresh);
  if (recent.length > RECENT_TEXTS) recent.pop();
  return fresh;
}

/**
 * Whether the index-th word of a tokenised text, without its last `trim`
 * characters, is `word`: as written when `asWritten`, else case-folded.
 */
function isWordAt(tokens: TokenisedText, index: number, word: string, trim: number, asWritten: boolean): boolean {
  const start = tokens.starts[index] ?? 0;
  const length = (tokens.ends[index] ?? 0) - start - trim;
  if (asWritten) return length === word.length && tokens.text.startsWith(word, start);
  const folded = tokens.foldedWords?.[index];
  if (folded !== undefined) return folded.length - trim === word.length && folded.startsWith(word);
  return length === word.length && tokens.searched.startsWith(word, start);
}

/** The child of `node` for the index-th word of a tokenised text, or for that word without its last character when `trim` is 1. */
function childFor(node: TrieNode, tokens: TokenisedText, index: number, trim: number, asWritten: boolean): TrieNode | undefined {
  const hash = (trim === 0 ? tokens.hashes[index] : tokens.stemHashes[index]) ?? 0;
  for (let edge = node.children.get(hash); edge; edge = edge.collision) {
    if (isWordAt(tokens, index, edge.word, trim, asWritten)) return edge.node;
  }
  return undefined;
}

/** Whether the index-th word of a tokenised text is at least two characters long and ends in "s" (as written when `asWritten`, else folded). */
function endsInS(tokens: TokenisedText, index: number, asWritten: boolean): boolean {
  const folded = asWritten ? undefined : tokens.foldedWords?.[index];
  if (folded !== undefined) return folded.length >= 2 && folded.endsWith('s');
  const end = tokens.ends[index] ?? 0;
  return end - (tokens.starts[index] ?? 0) >= 2 && (asWritten ? tokens.text : tokens.searched).charCodeAt(end - 1) === LOWER_S;
}

/** The index of the first token starting at or after `from` (tokens are in text order). */
function firstTokenFrom(starts: Int32Array, from: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((starts[middle] ?? 0) < from) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The matches of a dictionary in `text`, or only in `text.slice(from, to)`
 * (as if that part were searched alone), with offsets into `text`: a
 * sentence is searched with the tokens its article was cut into.
 */
export type Matcher = (text: string, from?: number, to?: number) => DictionaryMatch[];

/**
 * Compiles a dictionary into a function returning the leftmost-longest,
 * non-overlapping matches in a text, each with the entry's key and offsets.
 * When two entries share a phrase, the first one wins.
 */
export function createMatcher(entries: readonly MatcherEntry[], options: MatcherOptions = {}): Matcher {
  const caseSensitive = options.caseSensitive ?? false;
  const allowPlural = options.allowPlural ?? false;
  const flexible = options.flexibleSeparators ?? false;
  const normalise = (token: string) => (caseSensitive ? token : token.toLowerCase());

  const root = newNode();
  for (const entry of entries) {
    for (const phrase of entry.phrases) {
      const tokens = tokensOf(phrase, flexible).map(normalise);
      if (tokens.length === 0) continue;
      const node = tokens.reduce(addChild, root);
      node.key ??= entry.key;
    }
  }
  // Most tokens of a text start no phrase: rule them out by their hash before slicing them (a plural first word too).
  const filter = filterSize(root.children.size * (allowPlural ? 2 : 1));
  const startsAPhrase = new Uint8Array(filter);
  for (const [hash, first] of root.children) {
    startsAPhrase[filterSlot(hash, filter)] = 1;
    for (let edge: TrieEdge | undefined = first; allowPlural && edge; edge = edge.collision) startsAPhrase[filterSlot(hashOf(`${edge.word.toLowerCase()}s`), filter)] = 1;
  }

  /** The key of the phrase ending at the index-th word read as a plural of a child of `node`, or null. */
  function pluralTerminal(node: TrieNode, tokens: TokenisedText, index: number): string | null {
    if (!allowPlural || !endsInS(tokens, index, caseSensitive)) return null;
    return childFor(node, tokens, index, 1, caseSensitive)?.key ?? null;
  }

  /** Start of the next token after `from` and before `limit` when only joiner characters lie between, else -1. */
  function joinedTokenStart(text: string, from: number, limit: number): number {
    let position = from;
    while (position < limit && position - from <= MAX_JOINER_LENGTH) {
      const code = text.charCodeAt(position);
      if (classOf(code) !== NOT_A_TOKEN) return position;
      if (!isJoiner(code)) return -1;
      position += 1;
    }
    return -1;
  }

  /** Whether a token of the whole text runs across `at`, so that the part of the text before or after `at` has tokens of its own. */
  function cutsAToken(text: string, at: number): boolean {
    if (at <= 0 || at >= text.length) return false;
    const before = classOf(text.charCodeAt(at - 1));
    const after = classOf(text.charCodeAt(at));
    return before !== NOT_A_TOKEN && after !== NOT_A_TOKEN && (!flexible || before === after);
  }

  function findMatches(text: string, from = 0, to = text.length): DictionaryMatch[] {
    if (cutsAToken(text, from) || cutsAToken(text, to)) {
      return findMatches(text.slice(from, to)).map((match) => ({ ...match, start: match.start + from, end: match.end + from }));
    }
    const matches: DictionaryMatch[] = [];
    const tokens = tokenised(text, flexible);
    const { searched, starts, ends, hashes } = tokens;
    // No token runs across `from` or `to` (see above), so the tokens from the first at `from` to the first at `to` are the part's.
    let index = from === 0 ? 0 : firstTokenFrom(starts, from);
    const stop = to === text.length ? starts.length : firstTokenFrom(starts, to);
    while (index < stop) {
      while (index < stop && startsAPhrase[filterSlot(hashes[index] ?? 0, filter)] === 0) index += 1;
      if (index === stop) break;
      const start = starts[index] ?? 0;
      let node = childFor(root, tokens, index, 0, caseSensitive);
      const pluralKey = pluralTerminal(root, tokens, index);
      if (!node && !pluralKey) {
        index += 1;
        continue;
      }
      let best: { key: string; last: number } | null = pluralKey ? { key: pluralKey, last: index } : null;
      let last = index;
      while (node) {
        if (node.key) best = { key: node.key, last };
        const end = ends[last] ?? 0;
        const nextStart = joinedTokenStart(searched, end, to);
        if (nextStart < 0) break;
        if (!flexible && nextStart === end) break;
        // Tokens are maximal runs, so the next token character found is where the next token starts.
        last += 1;
        const plural = pluralTerminal(node, tokens, last);
        node = childFor(node, tokens, last, 0, caseSensitive);
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
  }

  return findMatches;
}

/**
 * A single-pass dictionary matcher shared by the gazetteer, the procurement
 * catalogue and the people directory. Phrases are compiled into a trie of
 * word tokens; the text is scanned once, token by token, so the cost is linear
 * in the text whatever the size of the dictionary (a compiled regex
 * alternation of a thousand phrases is not).
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

/** Characters that may stand between two words of one phrase: spaces, hyphens, apostrophes, an abbreviation's dot. */
const JOINER = /^[\s\-\u2010-\u2013.'\u2019]*$/;
const MAX_JOINER_LENGTH = 3;

function newNode(): TrieNode {
  return { children: new Map(), key: null };
}

function tokenPatternSource(flexible: boolean): string {
  return flexible ? '\\p{L}+|\\p{N}+' : '[\\p{L}\\p{N}]+';
}

function tokensOf(phrase: string, pattern: RegExp): string[] {
  return phrase.match(pattern) ?? [];
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
  const source = tokenPatternSource(options.flexibleSeparators ?? false);
  const normalise = caseSensitive ? (token: string) => token : (token: string) => token.toLowerCase();
  const phraseTokenPattern = new RegExp(source, 'gu');

  const root = newNode();
  for (const entry of entries) {
    for (const phrase of entry.phrases) {
      const tokens = tokensOf(phrase, phraseTokenPattern).map(normalise);
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

  function pluralTerminal(node: TrieNode, token: string): string | null {
    if (!allowPlural || token.length < 2 || !token.endsWith('s')) return null;
    return node.children.get(token.slice(0, -1))?.key ?? null;
  }

  // Compiled once: a matcher is called for every article, often every sentence.
  const scan = new RegExp(source, 'gu');
  const follow = new RegExp(source, 'gu');

  return function findMatches(text: string): DictionaryMatch[] {
    const matches: DictionaryMatch[] = [];
    // Lower-casing the text once is far cheaper than per token; offsets stay
    // valid only when case mapping keeps the length, which it almost always does.
    const folded = caseSensitive ? text : text.toLowerCase();
    const searched = folded.length === text.length ? folded : text;
    const tokenOf = searched === text ? normalise : (token: string) => token;
    scan.lastIndex = 0;
    let token: RegExpExecArray | null;
    while ((token = scan.exec(searched)) !== null) {
      const first = tokenOf(token[0]);
      let node = root.children.get(first);
      const pluralKey = pluralTerminal(root, first);
      if (!node && !pluralKey) continue;
      let best: { key: string; end: number } | null = null;
      if (pluralKey) best = { key: pluralKey, end: token.index + token[0].length };
      let end = token.index + token[0].length;
      while (node) {
        if (node.key) best = { key: node.key, end };
        follow.lastIndex = end;
        const next = follow.exec(searched);
        if (!next) break;
        const gap = searched.slice(end, next.index);
        if (gap.length > MAX_JOINER_LENGTH || !JOINER.test(gap)) break;
        const word = tokenOf(next[0]);
        const nextEnd = next.index + next[0].length;
        const plural = pluralTerminal(node, word);
        node = node.children.get(word);
        end = nextEnd;
        if (plural && !node?.key) best = { key: plural, end };
      }
      if (best) {
        matches.push({ key: best.key, text: text.slice(token.index, best.end), start: token.index, end: best.end });
        scan.lastIndex = best.end;
      }
    }
    return matches;
  };
}

interface TrieNode {
  children: Map<string, TrieNode>;
  isWord: boolean;
}

/**
 * A regex source matching any of `words`, factored by shared prefixes
 * ("jan(?:uary)?|ju(?:ly?|ne?)"). A flat alternation of many words is tried
 * word by word at every position; the factored form rejects a position after
 * one character, which matters for tests run on every sentence of a corpus.
 * Words are plain letters and digits.
 */
export function toWordTriePattern(words: readonly string[]): string {
  const root: TrieNode = { children: new Map(), isWord: false };
  for (const word of words) {
    let node = root;
    for (const char of word.toLowerCase()) {
      let child = node.children.get(char);
      if (child === undefined) {
        child = { children: new Map(), isWord: false };
        node.children.set(char, child);
      }
      node = child;
    }
    node.isWord = true;
  }
  return nodePattern(root);
}

function nodePattern(node: TrieNode): string {
  const branches = [...node.children].sort(([a], [b]) => a.localeCompare(b)).map(([char, child]) => char + nodePattern(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
  if (!node.isWord) return body;
  return branches.length === 1 && body.length === 1 ? `${body}?` : `(?:${body})?`;
}

/**
 * A block's sources after a few articles changed, without the other
 * articles' facts. `onePerArticle` keeps, per article, one of that article's
 * own sources and sorts them by article: what it gives for the articles
 * that did not change is what it gave before. So when no unchanged article
 * shares an article id with a changed one, the sources of the block after
 * the change are the sources before it, less those of the changed articles,
 * with `onePerArticle` of the changed articles' new facts merged in by
 * article id. A place is nothing but its gazetteer entry and these sources,
 * so a place of thousands of articles is patched without reading them.
 */
import { compareStrings } from './sources';

/** The first position from `from` on whose entry's article does not sort before `article`. */
function positionOf<T>(sorted: readonly T[], articleOf: (entry: T) => string, article: string, from: number): number {
  let low = from;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const entry = sorted[middle];
    if (entry !== undefined && compareStrings(articleOf(entry), article) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A list sorted by article id, one entry per article, with the entries of
 * the `gone` articles taken out and the `added` ones (sorted the same way,
 * of articles none of the kept entries has) put in their place. Only the
 * changed articles are looked up (by binary search): a list of thousands
 * is cut into runs, never compared entry by entry.
 */
export function patchedByArticle<T>(sorted: readonly T[], articleOf: (entry: T) => string, gone: ReadonlySet<string>, added: readonly T[]): T[] {
  const changed = [...new Set([...gone, ...added.map(articleOf)])].sort(compareStrings);
  const patched: T[] = [];
  const keep = (from: number, to: number) => {
    for (let index = from; index < to; index += 1) {
      const entry = sorted[index];
      if (entry !== undefined) patched.push(entry);
    }
  };
  let from = 0;
  let next = 0;
  for (const article of changed) {
    const at = positionOf(sorted, articleOf, article, from);
    keep(from, at);
    const there = sorted[at];
    from = there !== undefined && gone.has(article) && articleOf(there) === article ? at + 1 : at;
    for (let fresh = added[next]; fresh !== undefined && articleOf(fresh) === article; fresh = added[next]) {
      patched.push(fresh);
      next += 1;
    }
  }
  keep(from, sorted.length);
  return patched;
}

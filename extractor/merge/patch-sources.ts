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

/**
 * A list sorted by article id, one entry per article, with the entries of
 * the `gone` articles taken out and the `added` ones (sorted the same way,
 * of articles none of the kept entries has) put in their place.
 */
export function patchedByArticle<T>(sorted: readonly T[], articleOf: (entry: T) => string, gone: ReadonlySet<string>, added: readonly T[]): T[] {
  const patched: T[] = [];
  let next = 0;
  for (const entry of sorted) {
    const article = articleOf(entry);
    if (gone.has(article)) continue;
    for (let fresh = added[next]; fresh !== undefined && compareStrings(articleOf(fresh), article) < 0; fresh = added[next]) {
      patched.push(fresh);
      next += 1;
    }
    patched.push(entry);
  }
  patched.push(...added.slice(next));
  return patched;
}

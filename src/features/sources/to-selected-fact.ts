import type { ArticleSummary, FactsDispute, FactsBundle, FactsSource } from '../../../schema/bundle';
import { toFactIndex } from '../../shared/filters/fact-index';
import type { DashboardState } from '../../shared/state/dashboard-state';
import { toLabel } from '../../shared/ui/labels';

export type FactKind = 'place' | 'event' | 'item';

export interface SelectedFact {
  kind: FactKind;
  id: string;
  name: string;
  /** One line of context, e.g. "Meeting · occurred · on Friday". */
  details: string;
  sources: FactsSource[];
  disputes: FactsDispute[];
}

export type FactSelection = { status: 'none' } | { status: 'missing'; kind: FactKind; id: string } | { status: 'found'; fact: SelectedFact };

/**
 * The fact whose sources to show: the most specific selection wins (an item
 * over an event over a place), since selecting a place then one of its
 * events means "show me this event".
 */
export function toSelectedFact(bundle: FactsBundle, selection: Pick<DashboardState, 'place' | 'event' | 'item'>): FactSelection {
  const index = toFactIndex(bundle);
  if (selection.item) {
    const item = index.itemsById.get(selection.item);
    if (!item) return { status: 'missing', kind: 'item', id: selection.item };
    const details = [item.category, toLabel(item.status), item.value?.text, item.expectedDelivery ? `delivery ${item.expectedDelivery.text}` : null];
    return { status: 'found', fact: { kind: 'item', id: item.id, name: item.name, details: details.filter(Boolean).join(' · '), sources: item.sources, disputes: item.disputes } };
  }
  if (selection.event) {
    const event = index.eventsById.get(selection.event);
    if (!event) return { status: 'missing', kind: 'event', id: selection.event };
    const details = [toLabel(event.type), event.status, event.dateText];
    return { status: 'found', fact: { kind: 'event', id: event.id, name: event.title, details: details.filter(Boolean).join(' · '), sources: event.sources, disputes: event.disputes } };
  }
  if (selection.place) {
    const place = index.placesById.get(selection.place);
    if (!place) return { status: 'missing', kind: 'place', id: selection.place };
    return { status: 'found', fact: { kind: 'place', id: place.id, name: place.name, details: toLabel(place.kind), sources: place.sources, disputes: [] } };
  }
  return { status: 'none' };
}

export interface ArticleSources {
  articleId: string;
  /** Null when the bundle lists a source whose article is missing (shown, not hidden). */
  article: ArticleSummary | null;
  quotes: FactsSource[];
}

/** An article in reading order's terms: its publication day ('9999' when undated, so it sorts last) and id. */
interface ReadingKey {
  articleId: string;
  article: ArticleSummary | null;
  day: string;
}

function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

const articleIdOrder = new Intl.Collator();

/** Oldest publication first, undated last, ties by article id. */
function byReadingOrder(a: ReadingKey, b: ReadingKey): number {
  // Days compare as plain strings; only ties need the (slow) collator.
  return compareStrings(a.day, b.day) || articleIdOrder.compare(a.articleId, b.articleId);
}

/** Puts `key` into `first` (sorted, at most `limit` long) if it is among the first `limit`. */
function insertIfAmongFirst(first: ReadingKey[], key: ReadingKey, limit: number): void {
  const last = first.at(-1);
  if (first.length === limit && last && byReadingOrder(key, last) >= 0) return;
  let low = 0;
  let high = first.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const other = first[middle];
    if (other && byReadingOrder(other, key) <= 0) low = middle + 1;
    else high = middle;
  }
  first.splice(low, 0, key);
  if (first.length > limit) first.pop();
}

/** The sources' articles, each once, and the first `limit` of them in reading order. */
function toFirstArticles(sources: readonly FactsSource[], articlesById: ReadonlyMap<string, ArticleSummary>, limit: number): { first: ReadingKey[]; total: number } {
  const seen = new Set<string>();
  const first: ReadingKey[] = [];
  // Room for every article: sort them once rather than insert each in order.
  const keepsAll = limit >= sources.length;
  for (const source of sources) {
    const articleId = String(source.articleId);
    if (seen.has(articleId)) continue;
    seen.add(articleId);
    if (limit <= 0) continue;
    const article = articlesById.get(articleId) ?? null;
    const key = { articleId, article, day: article?.published ? String(article.published) : '9999' };
    if (keepsAll) first.push(key);
    else insertIfAmongFirst(first, key, limit);
  }
  if (keepsAll) first.sort(byReadingOrder);
  return { first, total: seen.size };
}

/** The quotes of each of these articles among the sources, each quote once, in text order. */
function toQuotesOf(sources: readonly FactsSource[], articleIds: readonly string[]): Map<string, FactsSource[]> {
  const quotes = new Map(articleIds.map((id): [string, FactsSource[]] => [id, []]));
  for (const source of sources) {
    const list = quotes.get(String(source.articleId));
    if (list && !list.some((quote) => quote.start === source.start && quote.end === source.end)) list.push(source);
  }
  for (const list of quotes.values()) list.sort((a, b) => a.start - b.start);
  return quotes;
}

export interface ArticleSourcePage {
  /** The first articles in reading order, each with its quotes in text order. */
  shown: ArticleSources[];
  /** How many distinct articles the sources come from. */
  total: number;
}

const pagesOfSources = new WeakMap<readonly FactsSource[], { articlesById: ReadonlyMap<string, ArticleSummary>; limit: number; page: ArticleSourcePage }>();

/**
 * The first `limit` articles behind the sources, oldest publication first (undated last, ties by id),
 * with their quotes in text order, and how many articles there are in all. A place is cited by
 * thousands of articles of which a reader sees twenty: those are picked out in one pass, without
 * grouping or sorting the rest. The last page asked for is kept per sources list.
 */
export function toArticleSourcePage(sources: readonly FactsSource[], articlesById: ReadonlyMap<string, ArticleSummary>, limit = Infinity): ArticleSourcePage {
  const cached = pagesOfSources.get(sources);
  if (cached && cached.articlesById === articlesById && cached.limit === limit) return cached.page;
  const { first, total } = toFirstArticles(sources, articlesById, limit);
  const quotes = toQuotesOf(
    sources,
    first.map((key) => key.articleId),
  );
  const page = { shown: first.map(({ articleId, article }) => ({ articleId, article, quotes: quotes.get(articleId) ?? [] })), total };
  pagesOfSources.set(sources, { articlesById, limit, page });
  return page;
}

export interface TextSegment {
  text: string;
  highlighted: boolean;
}

/** Where a quote sits in the text: its offsets, cut to the text (a text changed since extraction may be shorter). */
function toQuoteRange(text: string, source: FactsSource): [number, number] {
  return [Math.min(source.start, text.length), Math.min(source.end, text.length)];
}

/** The article text cut into plain and highlighted segments, one highlight per quote (overlaps merged). */
export function toHighlightedSegments(text: string, sources: readonly FactsSource[]): TextSegment[] {
  const ranges = sources
    .map((source) => toQuoteRange(text, source))
    .sort((a, b) => a[0] - b[0]);
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    const from = Math.max(start, cursor);
    if (end <= from) continue;
    if (from > cursor) segments.push({ text: text.slice(cursor, from), highlighted: false });
    segments.push({ text: text.slice(from, end), highlighted: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), highlighted: false });
  return segments;
}

import type { ArticleSummary, FactsDispute, FactsBundle, FactsSource } from '../../../schema/bundle';
import { UNDATED_READING_DAY, toFactIndex } from '../../shared/filters/fact-index';
import type { FactIndex, SourceArticles } from '../../shared/filters/fact-index';
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

/** An article in reading order's terms: its publication day (UNDATED_READING_DAY when undated, so it sorts last) and id. */
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

/** Oldest publication first, undated last, ties by article id: the order of the index's articlesInReadingOrder. */
function byReadingOrder(a: ReadingKey, b: ReadingKey): number {
  return compareStrings(a.day, b.day) || articleIdOrder.compare(a.articleId, b.articleId);
}

/** The index lookups that put articles in reading order. */
export type ArticleOrder = Pick<FactIndex, 'articlesInReadingOrder' | 'articleReadingRanks' | 'articlesOfSources'>;

/**
 * The first `limit` of the sources' articles in reading order: the first of their ranks (sorted once per
 * sources list by the index), except the rare articles missing from the bundle, which sort among the undated by id.
 */
function toFirstArticles({ ranks, missing }: SourceArticles, order: ArticleOrder, limit: number): ReadingKey[] {
  const first = Array.from(ranks.subarray(0, Math.max(0, Math.min(limit, ranks.length))), (rank): ReadingKey => {
    const article = order.articlesInReadingOrder[rank] ?? null;
    return { articleId: article ? String(article.id) : '', article, day: article?.published ? String(article.published) : UNDATED_READING_DAY };
  });
  if (missing.length === 0) return first;
  const withMissing = [...first, ...missing.map((articleId) => ({ articleId, article: null, day: UNDATED_READING_DAY }))].sort(byReadingOrder);
  return withMissing.slice(0, Math.max(0, limit));
}

/** The quotes of each of the `first` articles among the sources, each quote once, in text order. */
function toQuotesOf(sources: readonly FactsSource[], { sourceRanks }: SourceArticles, first: readonly ReadingKey[], order: ArticleOrder): Map<string, FactsSource[]> {
  const quotes = new Map(first.map(({ articleId }): [string, FactsSource[]] => [articleId, []]));
  // The page's articles by rank, so a source of an article not on the page is skipped without a lookup by id.
  const onPage = new Uint8Array(order.articlesInReadingOrder.length);
  for (const { articleId } of first) {
    const rank = order.articleReadingRanks.get(articleId);
    if (rank !== undefined) onPage[rank] = 1;
  }
  sourceRanks.forEach((rank, index) => {
    const source = sources[index];
    if (!source || (rank >= 0 && !onPage[rank])) return;
    const list = quotes.get(String(source.articleId));
    if (list && !list.some((quote) => quote.start === source.start && quote.end === source.end)) list.push(source);
  });
  for (const list of quotes.values()) list.sort((a, b) => a.start - b.start);
  return quotes;
}

export interface ArticleSourcePage {
  /** The first articles in reading order, each with its quotes in text order. */
  shown: ArticleSources[];
  /** How many distinct articles the sources come from. */
  total: number;
}

const pagesOfSources = new WeakMap<readonly FactsSource[], { order: ArticleOrder; limit: number; page: ArticleSourcePage }>();

/**
 * The first `limit` articles behind the sources, oldest publication first (undated last, ties by id),
 * with their quotes in text order, and how many articles there are in all. A place is cited by
 * thousands of articles of which a reader sees twenty: those are the first of its articles' reading
 * ranks (see FactIndex.articlesOfSources), without grouping the rest. The last page asked for is kept per sources list.
 */
export function toArticleSourcePage(sources: readonly FactsSource[], order: ArticleOrder, limit = Infinity): ArticleSourcePage {
  const cached = pagesOfSources.get(sources);
  if (cached?.order === order && cached.limit === limit) return cached.page;
  const articles = order.articlesOfSources(sources);
  const first = toFirstArticles(articles, order, limit);
  const quotes = toQuotesOf(sources, articles, first, order);
  const page = { shown: first.map(({ articleId, article }) => ({ articleId, article, quotes: quotes.get(articleId) ?? [] })), total: articles.ranks.length + articles.missing.length };
  pagesOfSources.set(sources, { order, limit, page });
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

/** How many cards each list shows before the first paint: the lists, in page order, share the first screen's `budget` of cards. */
export function toFirstScreenCaps(listSizes: readonly number[], budget: number): number[] {
  let remaining = budget;
  return listSizes.map((size) => {
    const cap = Math.max(0, Math.min(size, remaining));
    remaining -= cap;
    return cap;
  });
}

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

interface ArticleGroup extends ArticleSources {
  /** The publication day, '9999' when undated so it sorts last. */
  day: string;
}

function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

const articleIdOrder = new Intl.Collator();

/** Oldest publication first, undated last, ties by article id. */
function byReadingOrder(a: ArticleGroup, b: ArticleGroup): number {
  // Days compare as plain strings; only ties need the (slow) collator.
  return compareStrings(a.day, b.day) || articleIdOrder.compare(a.articleId, b.articleId);
}

function groupByArticle(sources: readonly FactsSource[], articlesById: ReadonlyMap<string, ArticleSummary>): ArticleGroup[] {
  const byId = new Map<string, ArticleGroup>();
  for (const source of sources) {
    const id = String(source.articleId);
    let group = byId.get(id);
    if (!group) {
      const article = articlesById.get(id) ?? null;
      group = { articleId: id, article, quotes: [], day: article?.published ? String(article.published) : '9999' };
      byId.set(id, group);
    }
    const { quotes } = group;
    if (!quotes.some((quote) => quote.start === source.start && quote.end === source.end)) quotes.push(source);
  }
  return [...byId.values()];
}

/** The first `limit` groups in reading order, sorted: one comparison per other group instead of sorting thousands. */
function firstInReadingOrder(groups: readonly ArticleGroup[], limit: number): ArticleGroup[] {
  if (limit <= 0) return [];
  if (groups.length <= limit) return [...groups].sort(byReadingOrder);
  const first: ArticleGroup[] = [];
  for (const group of groups) {
    const last = first.at(-1);
    if (first.length === limit && last && byReadingOrder(group, last) >= 0) continue;
    let low = 0;
    let high = first.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const other = first[middle];
      if (other && byReadingOrder(other, group) <= 0) low = middle + 1;
      else high = middle;
    }
    first.splice(low, 0, group);
    if (first.length > limit) first.pop();
  }
  return first;
}

export interface ArticleSourcePage {
  /** The first articles in reading order, each with its quotes in text order. */
  shown: ArticleSources[];
  /** How many distinct articles the sources come from. */
  total: number;
}

const groupsOfSources = new WeakMap<readonly FactsSource[], { articlesById: ReadonlyMap<string, ArticleSummary>; groups: ArticleGroup[] }>();

/**
 * The first `limit` articles behind the sources, oldest publication first (undated last, ties by id),
 * with their quotes in text order, and how many articles there are in all. A place is cited by
 * thousands of articles of which a reader sees twenty: those are picked out, not all of them sorted.
 * The grouping is kept per sources list, so showing more (or selecting the fact again) groups nothing.
 */
export function toArticleSourcePage(sources: readonly FactsSource[], articlesById: ReadonlyMap<string, ArticleSummary>, limit = Infinity): ArticleSourcePage {
  const cached = groupsOfSources.get(sources);
  const groups = cached?.articlesById === articlesById ? cached.groups : groupByArticle(sources, articlesById);
  groupsOfSources.set(sources, { articlesById, groups });
  const shown = firstInReadingOrder(groups, limit).map(({ articleId, article, quotes }) => ({ articleId, article, quotes: [...quotes].sort((a, b) => a.start - b.start) }));
  return { shown, total: groups.length };
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

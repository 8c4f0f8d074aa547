import type { ArticleSummary, FactsDispute, FactsBundle, FactsSource } from '../../../schema/bundle';
import { compareReadingOrder, toFactIndex, toReadingDay } from '../../shared/filters/fact-index';
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
  /** The article's rank in reading order (FactIndex.articleRanks), undefined for an article missing from the bundle. */
  rank: number | undefined;
  day: string;
}

/** Reading order by the precomputed ranks, falling back to comparing days and ids where an article is missing. */
function byReadingOrder(a: ArticleGroup, b: ArticleGroup): number {
  if (a.rank !== undefined && b.rank !== undefined) return a.rank - b.rank;
  return compareReadingOrder({ day: a.day, id: a.articleId }, { day: b.day, id: b.articleId });
}

const groupsOfSources = new WeakMap<readonly FactsSource[], { articlesById: ReadonlyMap<string, ArticleSummary>; ranks: ReadonlyMap<string, number>; groups: ArticleSources[] }>();

/**
 * Sources grouped by article, oldest publication first (undated last), quotes in text order.
 * `articleRanks` (the bundle's reading order, see FactIndex) makes the sort a comparison of numbers:
 * a place is cited by thousands of articles, and comparing their days and ids took tens of milliseconds.
 * Kept per sources list, so selecting the same fact again (or Back) groups nothing.
 */
export function toArticleSources(sources: readonly FactsSource[], articlesById: ReadonlyMap<string, ArticleSummary>, articleRanks: ReadonlyMap<string, number> = new Map()): ArticleSources[] {
  const cached = groupsOfSources.get(sources);
  if (cached && cached.articlesById === articlesById && cached.ranks === articleRanks) return cached.groups;
  const byId = new Map<string, ArticleGroup>();
  for (const source of sources) {
    const id = String(source.articleId);
    let group = byId.get(id);
    if (!group) {
      const article = articlesById.get(id) ?? null;
      group = { articleId: id, article, quotes: [], rank: article ? articleRanks.get(id) : undefined, day: toReadingDay(article) };
      byId.set(id, group);
    }
    const { quotes } = group;
    if (!quotes.some((quote) => quote.start === source.start && quote.end === source.end)) quotes.push(source);
  }
  const groups = [...byId.values()].sort(byReadingOrder).map(({ articleId, article, quotes }) => ({ articleId, article, quotes: quotes.sort((a, b) => a.start - b.start) }));
  groupsOfSources.set(sources, { articlesById, ranks: articleRanks, groups });
  return groups;
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

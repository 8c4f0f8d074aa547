/**
 * The caption strip under every exported image, so it can be pasted into a
 * report as is: what it shows, which filters were on, the data's dates and
 * where the facts and the basemap come from.
 */
import type { FactsEvent, FactsBundle } from '../../../schema/bundle';
import type { DashboardState, PanelName } from '../../shared/state/dashboard-state';

export type ExportTarget = 'dashboard' | PanelName;

const TARGET_TITLES: Record<ExportTarget, string> = {
  dashboard: 'Dossier dashboard',
  map: 'Dossier map',
  timeline: 'Dossier timeline',
  procurement: 'Dossier procurement',
  sources: 'Dossier sources',
};

type CaptionFilters = Pick<DashboardState, 'place' | 'event' | 'item' | 'from' | 'to' | 'q' | 'types' | 'statuses' | 'categories'>;

function nameOf(list: readonly { id: string; name?: string; title?: string }[], id: string): string {
  const found = list.find((entry) => entry.id === id);
  return found?.name ?? found?.title ?? id;
}

/** The active filters in words, e.g. ["place: Moscow", "from 2020-06-01 to 2020-12-31"]. */
export function describeFilters(state: CaptionFilters, bundle: Pick<FactsBundle, 'places' | 'events' | 'procurement'>): string[] {
  const range =
    state.from && state.to ? `from ${state.from} to ${state.to}` : state.from ? `from ${state.from}` : state.to ? `until ${state.to}` : null;
  return [
    state.place ? `place: ${nameOf(bundle.places, state.place)}` : null,
    state.event ? `event: ${nameOf(bundle.events, state.event)}` : null,
    state.item ? `item: ${nameOf(bundle.procurement, state.item)}` : null,
    range,
    state.q.trim() ? `search: "${state.q.trim()}"` : null,
    state.types.length ? `types: ${state.types.join(', ')}` : null,
    state.statuses.length ? `statuses: ${state.statuses.join(', ')}` : null,
    state.categories.length ? `categories: ${state.categories.join(', ')}` : null,
  ].filter((part): part is string => part !== null);
}

/** First and last day covered by the dated events, or null when none is dated. */
export function toDateSpan(events: readonly Pick<FactsEvent, 'start' | 'end'>[]): { start: string; end: string } | null {
  const starts = events.flatMap((event) => (event.start ? [event.start] : [])).sort();
  const ends = events.flatMap((event) => (event.end ? [event.end] : [])).sort();
  const start = starts[0];
  const end = ends[ends.length - 1];
  return start && end ? { start, end } : null;
}

/** "Basemap: Natural Earth. Facts extracted from 5 articles (ANI, PTI)." */
export function toAttribution(bundle: Pick<FactsBundle, 'articles'>): string {
  const outlets = [...new Set(bundle.articles.flatMap((article) => (article.outlet ? [article.outlet] : [])))].sort();
  const count = bundle.articles.length;
  const articles = `${count} article${count === 1 ? '' : 's'}`;
  return `Basemap: Natural Earth. Facts extracted from ${articles}${outlets.length ? ` (${outlets.join(', ')})` : ''}.`;
}

export interface CaptionInput {
  target: ExportTarget;
  bundle: Pick<FactsBundle, 'places' | 'events' | 'procurement' | 'articles' | 'generatedAt'>;
  /** Events of the current, filtered view: the date span describes what the image shows. */
  visibleEvents: readonly Pick<FactsEvent, 'start' | 'end'>[];
  state: CaptionFilters;
  /** When the image is made (YYYY-MM-DD). */
  exportedOn: string;
}

/** The caption's lines, top to bottom. */
export function toCaptionLines({ target, bundle, visibleEvents, state, exportedOn }: CaptionInput): string[] {
  const filters = describeFilters(state, bundle);
  const span = toDateSpan(visibleEvents);
  return [
    TARGET_TITLES[target],
    `Filters: ${filters.length ? filters.join(' · ') : 'none'}`,
    `Events dated ${span ? `${span.start} to ${span.end}` : 'none'} · data generated ${bundle.generatedAt.slice(0, 10)} · exported ${exportedOn}`,
    toAttribution(bundle),
  ];
}

/** A download name that says what is inside, e.g. "dossier-timeline-2020-06-01_2020-12-31.csv". */
export function toExportFileName(target: ExportTarget | 'events' | 'places', state: Pick<DashboardState, 'from' | 'to'>, extension: string): string {
  const range = state.from || state.to ? `-${state.from ?? 'start'}_${state.to ?? 'end'}` : '';
  return `dossier-${target}${range}.${extension}`;
}

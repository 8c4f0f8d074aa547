/**
 * The dashboard's whole view state lives in the URL query string (never the
 * path, so the app works from any sub-path): a link reproduces the exact view
 * and the browser's back button undoes the last change.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { EVENT_TYPES, PROCUREMENT_STATUSES } from '../../../schema/bundle';
import type { EventType, ProcurementStatus } from '../../../schema/bundle';

export const PANELS = ['map', 'timeline', 'procurement', 'sources'] as const;
export type PanelName = (typeof PANELS)[number];
export type ThemeChoice = 'light' | 'dark' | null;

export interface DashboardState {
  /** Selected place id: filters the timeline and the procurement panel to it. */
  place: string | null;
  /** Selected event id: highlights its places and items. */
  event: string | null;
  /** Selected procurement item id: highlights its events and places. */
  item: string | null;
  /** Inclusive date range (YYYY-MM-DD) that filters every view. */
  from: string | null;
  to: string | null;
  /** Free-text search across facts. */
  q: string;
  types: EventType[];
  statuses: ProcurementStatus[];
  categories: string[];
  theme: ThemeChoice;
  embed: boolean;
  panel: PanelName | null;
}

/** Every filter and selection cleared; the display options (theme, embed, panel) are not filters. */
export const EMPTY_FILTERS = {
  place: null,
  event: null,
  item: null,
  from: null,
  to: null,
  q: '',
  types: [],
  statuses: [],
  categories: [],
} satisfies Omit<DashboardState, 'theme' | 'embed' | 'panel'>;

export const EMPTY_STATE: DashboardState = { ...EMPTY_FILTERS, theme: null, embed: false, panel: null };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isOneOf<T extends string>(options: readonly T[], value: string): value is T {
  return options.some((option) => option === value);
}

function listParam(params: URLSearchParams, name: string): string[] {
  const raw = params.get(name);
  return raw ? raw.split(',').map((value) => value.trim()).filter(Boolean) : [];
}

function enumListParam<T extends string>(params: URLSearchParams, name: string, options: readonly T[]): T[] {
  return listParam(params, name).filter((value): value is T => isOneOf(options, value));
}

function dayParam(params: URLSearchParams, name: string): string | null {
  const value = params.get(name);
  return value && ISO_DAY.test(value) ? value : null;
}

/** Reads a query string into a state; unknown or malformed values are dropped, never trusted. */
export function parseDashboardState(search: string): DashboardState {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  const panel = params.get('panel') ?? '';
  return {
    place: params.get('place') || null,
    event: params.get('event') || null,
    item: params.get('item') || null,
    from: dayParam(params, 'from'),
    to: dayParam(params, 'to'),
    q: params.get('q') ?? '',
    types: enumListParam(params, 'types', EVENT_TYPES),
    statuses: enumListParam(params, 'statuses', PROCUREMENT_STATUSES),
    categories: listParam(params, 'categories'),
    theme: theme === 'light' || theme === 'dark' ? theme : null,
    embed: params.get('embed') === '1',
    panel: isOneOf(PANELS, panel) ? panel : null,
  };
}

/**
 * Writes a state as a query string, keeping any parameter the dashboard does
 * not own (e.g. `parentOrigin` for embedding) from `base`.
 */
export function toSearch(state: DashboardState, base = ''): string {
  const params = new URLSearchParams(base);
  const set = (name: string, value: string | null) => {
    if (value) params.set(name, value);
    else params.delete(name);
  };
  set('place', state.place);
  set('event', state.event);
  set('item', state.item);
  set('from', state.from);
  set('to', state.to);
  set('q', state.q || null);
  set('types', state.types.join(',') || null);
  set('statuses', state.statuses.join(',') || null);
  set('categories', state.categories.join(',') || null);
  set('theme', state.theme);
  set('embed', state.embed ? '1' : null);
  set('panel', state.panel);
  const search = params.toString();
  return search ? `?${search}` : '';
}

const listeners = new Set<() => void>();

function subscribeToLocation(onChange: () => void): () => void {
  listeners.add(onChange);
  window.addEventListener('popstate', onChange);
  return function unsubscribeFromLocation() {
    listeners.delete(onChange);
    window.removeEventListener('popstate', onChange);
  };
}

function readSearch(): string {
  return window.location.search;
}

/** Marked when a filter or selection change starts; the app measures `dossier:interaction` from it once the views have painted. */
export const INTERACTION_START_MARK = 'dossier:interaction-start';

/** Pushes a new history entry (so Back undoes it) and tells every subscriber. */
export function navigateToState(state: DashboardState): void {
  const search = toSearch(state, window.location.search);
  if (search === window.location.search) return;
  performance.mark(INTERACTION_START_MARK);
  window.history.pushState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
  listeners.forEach((listener) => listener());
}

export type UpdateDashboardState = (patch: Partial<DashboardState>) => void;

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/**
 * The next state, reusing the previous state's lists where their values did not
 * change: views memoise on them, so selecting a place must not look like a new
 * type filter and recompute every filtered view.
 */
export function shareUnchangedLists(previous: DashboardState, next: DashboardState): DashboardState {
  return {
    ...next,
    types: sameList(previous.types, next.types) ? previous.types : next.types,
    statuses: sameList(previous.statuses, next.statuses) ? previous.statuses : next.statuses,
    categories: sameList(previous.categories, next.categories) ? previous.categories : next.categories,
  };
}

let latest: { search: string; state: DashboardState } = { search: '', state: EMPTY_STATE };

/** One state object per query string for every component, sharing unchanged lists with the one before. */
function stateOf(search: string): DashboardState {
  if (search !== latest.search) latest = { search, state: shareUnchangedLists(latest.state, parseDashboardState(search)) };
  return latest.state;
}

/**
 * The current view state, read once without subscribing: for handlers (an export's click) of components
 * that should not re-render on every filter or selection change.
 */
export function readDashboardState(): DashboardState {
  return stateOf(readSearch());
}

/** The current view state and a function that changes part of it. */
export function useDashboardState(): [DashboardState, UpdateDashboardState] {
  const search = useSyncExternalStore(subscribeToLocation, readSearch, () => '');
  const state = stateOf(search);
  const update = useCallback<UpdateDashboardState>((patch) => {
    navigateToState({ ...parseDashboardState(window.location.search), ...patch });
  }, []);
  return [state, update];
}

import type { FactsBundle } from '../../../schema/bundle';
import { toFactIndex } from '../../shared/filters/fact-index';
import { toReadableDay } from '../../shared/ui/formatted-day';
import type { DashboardState } from '../../shared/state/dashboard-state';
import { EMPTY_FILTERS } from '../../shared/state/dashboard-state';
import { toLabel } from '../../shared/ui/labels';

export interface ActiveFilter {
  /** Stable key for React and tests, e.g. "status:delayed". */
  key: string;
  /** What the chip says, e.g. "Place: Moscow". */
  label: string;
  /** The state change that removes just this filter. */
  remove: Partial<DashboardState>;
}

/** Everything a reset clears: selection, date range, search and every facet; theme and embed options stay. */
export const CLEARED_FILTERS: Partial<DashboardState> = EMPTY_FILTERS;

/** A record's name (or title) by id, through the bundle's index: an event is one of tens of thousands. */
function nameOf(records: ReadonlyMap<string, { name: string } | { title: string }> | undefined, id: string): string {
  const record = records?.get(id);
  if (!record) return id;
  return 'name' in record ? record.name : record.title;
}

/** One removable chip per active filter or selection, in the order a reader scans them. */
export function toActiveFilters(state: DashboardState, bundle: FactsBundle | undefined): ActiveFilter[] {
  const filters: ActiveFilter[] = [];
  const index = bundle ? toFactIndex(bundle) : null;
  if (state.place) filters.push({ key: 'place', label: `Place: ${nameOf(index?.placesById, state.place)}`, remove: { place: null } });
  if (state.event) filters.push({ key: 'event', label: `Event: ${nameOf(index?.eventsById, state.event)}`, remove: { event: null } });
  if (state.item) filters.push({ key: 'item', label: `Item: ${nameOf(index?.itemsById, state.item)}`, remove: { item: null } });
  if (state.from) filters.push({ key: 'from', label: `From ${toReadableDay(state.from)}`, remove: { from: null } });
  if (state.to) filters.push({ key: 'to', label: `Until ${toReadableDay(state.to)}`, remove: { to: null } });
  if (state.q.trim()) filters.push({ key: 'q', label: `Search: “${state.q.trim()}”`, remove: { q: '' } });
  for (const type of state.types) {
    filters.push({ key: `type:${type}`, label: `Event type: ${toLabel(type)}`, remove: { types: state.types.filter((other) => other !== type) } });
  }
  for (const status of state.statuses) {
    filters.push({ key: `status:${status}`, label: `Status: ${toLabel(status)}`, remove: { statuses: state.statuses.filter((other) => other !== status) } });
  }
  for (const category of state.categories) {
    filters.push({ key: `category:${category}`, label: `Category: ${category}`, remove: { categories: state.categories.filter((other) => other !== category) } });
  }
  return filters;
}

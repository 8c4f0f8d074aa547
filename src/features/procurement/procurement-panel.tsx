import { useCallback, useMemo, useState } from 'react';
import { PROCUREMENT_STATUSES } from '../../../schema/bundle';
import type { FactsBundle, ProcurementStatus } from '../../../schema/bundle';
import { useBundle } from '../../shared/api/bundle-query';
import { toVisibleFacts } from '../../shared/filters/visible-facts';
import { useDashboardState } from '../../shared/state/dashboard-state';
import type { DashboardState, UpdateDashboardState } from '../../shared/state/dashboard-state';
import { toLabel } from '../../shared/ui/labels';
import { PanelFrame } from '../../shared/ui/panel-frame';
import { SearchBox } from '../../shared/ui/search-box';
import { PanelMessage, PanelSkeleton } from '../../shared/ui/panel-states';
import { FacetFilter } from './facet-filter';
import { ProcurementTable } from './procurement-table';
import { toCategories, toLinkedItemIds, toVisibleSortedRows } from './to-procurement-rows';
import type { SortDirection, SortKey } from './to-procurement-rows';

const TITLE = 'Procurement';
const STATUS_OPTIONS = PROCUREMENT_STATUSES.map((status) => ({ value: status, label: toLabel(status) }));

function isProcurementStatus(value: string): value is ProcurementStatus {
  return PROCUREMENT_STATUSES.some((status) => status === value);
}

function useSort(): [SortKey, SortDirection, (key: SortKey) => void] {
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: 'name', direction: 'ascending' });
  const toggle = useCallback((key: SortKey) => {
    setSort((current) => ({ key, direction: current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending' }));
  }, []);
  return [sort.key, sort.direction, toggle];
}

function PanelControls({ bundle, state, update }: { bundle: FactsBundle; state: DashboardState; update: UpdateDashboardState }) {
  const commitSearch = useCallback((q: string) => update({ q }), [update]);
  const categories = useMemo(() => toCategories(bundle).map((category) => ({ value: category, label: category })), [bundle]);
  return (
    <>
      <FacetFilter legend="Status" options={STATUS_OPTIONS} selected={state.statuses} onChange={(statuses) => update({ statuses: statuses.filter(isProcurementStatus) })} />
      <FacetFilter legend="Category" options={categories} selected={state.categories} onChange={(selected) => update({ categories: selected })} />
      {state.embed ? (
        <SearchBox value={state.q} label="Search items" placeholder="Search items" hideLabel onCommit={commitSearch} />
      ) : null}
    </>
  );
}

function NoMatchingItems({ state, update }: { state: DashboardState; update: UpdateDashboardState }) {
  const itemFiltersActive = state.statuses.length > 0 || state.categories.length > 0 || Boolean(state.q.trim());
  if (itemFiltersActive) {
    return <PanelMessage tone="empty" title="No items match the current filters." action={{ label: 'Clear item filters', onClick: () => update({ statuses: [], categories: [], q: '' }) }} />;
  }
  return <PanelMessage tone="empty" title="No procurement items are linked to the events at the selected place or in the selected dates." />;
}

function ProcurementContent({ bundle }: { bundle: FactsBundle }) {
  const [state, update] = useDashboardState();
  const [sortKey, sortDirection, toggleSort] = useSort();
  const { place, event } = state;
  // Cached per filter values: a selection change finds the same items and only re-marks the linked ones.
  const { items } = toVisibleFacts(bundle, state);
  const linked = useMemo(() => toLinkedItemIds(bundle, { place, event }), [bundle, place, event]);
  const rows = useMemo(() => toVisibleSortedRows(bundle, items, linked, sortKey, sortDirection), [bundle, items, linked, sortKey, sortDirection]);
  const onSelect = useCallback((item: string) => update({ item }), [update]);
  const onClearSelection = useCallback(() => update({ item: null }), [update]);

  const subtitle = `${rows.length.toLocaleString()} of ${bundle.procurement.length.toLocaleString()} items`;
  const controls = bundle.procurement.length > 0 ? <PanelControls bundle={bundle} state={state} update={update} /> : null;
  return (
    <PanelFrame name="procurement" title={TITLE} ready subtitle={subtitle} controls={controls}>
      {bundle.procurement.length === 0 ? (
        <PanelMessage tone="empty" title="No procurement items in this corpus.">
          <p>None of the articles names a weapon system or a deal.</p>
        </PanelMessage>
      ) : rows.length === 0 ? (
        <NoMatchingItems state={state} update={update} />
      ) : (
        <ProcurementTable
          rows={rows}
          selectedId={state.item}
          sortKey={sortKey}
          sortDirection={sortDirection}
          onSort={toggleSort}
          onSelect={onSelect}
          onClearSelection={onClearSelection}
        />
      )}
    </PanelFrame>
  );
}

/** One row per procurement item: sortable, filterable by status and category, linked to the selection. */
export function ProcurementPanel() {
  const bundle = useBundle();
  if (bundle.data) return <ProcurementContent bundle={bundle.data} />;
  return (
    <PanelFrame name="procurement" title={TITLE} ready={bundle.isError}>
      {bundle.isError ? <PanelMessage tone="error" title="The procurement items could not be loaded." /> : <PanelSkeleton label="Loading procurement items" />}
    </PanelFrame>
  );
}

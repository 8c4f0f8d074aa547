import { memo, useCallback, useMemo } from 'react';
import type { ReactNode } from 'react';
import { useBundle } from '../../shared/api/bundle-query';
import { useDashboardState } from '../../shared/state/dashboard-state';
import { FormattedDay } from '../../shared/ui/formatted-day';
import { SearchBox } from '../../shared/ui/search-box';
import { ThemeToggle } from './theme-toggle';
import { CLEARED_FILTERS, toActiveFilters } from './to-active-filters';
import { toCorpusSummary } from './to-corpus-summary';
import type { CorpusSummary } from './to-corpus-summary';

export interface HeaderProps {
  /** App-supplied actions (e.g. the export menu), shown at the end of the header. */
  actions?: ReactNode;
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

// Memoised: the header re-renders on every filter or selection, and formatting these counts and days takes a few milliseconds.
const SummaryLine = memo(function SummaryLine({ summary }: { summary: CorpusSummary }) {
  return (
    <p className="app-header__summary">
      <span>{plural(summary.articles, 'article', 'articles')}</span>
      {summary.firstPublished && summary.lastPublished ? (
        <span>
          <FormattedDay day={summary.firstPublished} /> – <FormattedDay day={summary.lastPublished} />
        </span>
      ) : null}
      <span>{plural(summary.places, 'place', 'places')}</span>
      <span>{plural(summary.events, 'event', 'events')}</span>
      <span>{plural(summary.items, 'item', 'items')}</span>
    </p>
  );
});

/** The corpus at a glance, the search, the active filters as removable chips, a reset and the theme. */
export function Header({ actions }: HeaderProps) {
  const bundle = useBundle();
  const [state, update] = useDashboardState();
  const filters = toActiveFilters(state, bundle.data);
  const commitSearch = useCallback((q: string) => update({ q }), [update]);
  // Sorts every article's date: once per bundle, not on every filter change.
  const summary = useMemo(() => (bundle.data ? toCorpusSummary(bundle.data) : null), [bundle.data]);

  return (
    <header className="app-header">
      <div className="app-header__top">
        <div className="app-header__brand">
          <h1 className="app-header__title">Dossier</h1>
          {summary ? <SummaryLine summary={summary} /> : <p className="app-header__summary">Loading the corpus…</p>}
        </div>
        <SearchBox value={state.q} label="Search all facts" placeholder="Search places, events, items…" hideLabel onCommit={commitSearch} />
        <div className="app-header__actions">
          <ThemeToggle choice={state.theme} onChange={(theme) => update({ theme })} />
          {actions}
        </div>
      </div>
      <div className="app-header__filters" aria-label="Active filters" role="region">
        {filters.length === 0 ? (
          <p className="app-header__no-filters">No filters: showing every fact.</p>
        ) : (
          <>
            <ul className="chips">
              {filters.map((filter) => (
                <li key={filter.key}>
                  <button type="button" className="chip" aria-label={`Remove filter ${filter.label}`} onClick={() => update(filter.remove)}>
                    {filter.label} <span aria-hidden="true">×</span>
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" className="button button--quiet" onClick={() => update(CLEARED_FILTERS)}>
              Reset all
            </button>
          </>
        )}
      </div>
    </header>
  );
}

import './timeline.css';
import { useCallback, useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { FactsBundle } from '../../../schema/bundle';
import { bundleQueryOptions } from '../../shared/api/bundle-query';
import { useDashboardState } from '../../shared/state/dashboard-state';
import type { FilterState } from '../../shared/filters/visible-facts';
import { PanelFrame } from '../../shared/ui/panel-frame';
import { PanelMessage, PanelSkeleton } from '../../shared/ui/panel-states';
import { TimelineChart } from './timeline-chart';
import { TimelineLegend } from './timeline-legend';
import { TimelineOverview } from './timeline-overview';
import { TimelineTable } from './timeline-table';
import { UndatedEvents } from './undated-events';
import { toBucketSize, toCachedLaneBuckets, toHighlightedBuckets } from './to-lane-buckets';
import { toMonthCounts } from './to-month-counts';
import type { MonthCount } from './to-month-counts';
import { toTimeDomain } from './to-time-scale';
import { toDayMs, toHighlightedEvents, toIsoDay, toRecordSpan, toTimelineRows, DAY_MS } from './to-timeline-rows';

const TITLE = 'Timeline';
const NO_MONTHS: MonthCount[] = [];
const NOTHING_HIGHLIGHTED: ReadonlySet<string> = new Set();
const CHART_HEIGHT = 330;

/** Events over time, one lane per type, linked to the dashboard's selection and date range. */
export function TimelinePanel() {
  const [state, update] = useDashboardState();
  const [tableView, setTableView] = useState(false);
  const { place, from, to, q, types, statuses, categories } = state;
  const filters = useMemo<FilterState>(() => ({ place, from, to, q, types, statuses, categories }), [place, from, to, q, types, statuses, categories]);
  const selectRows = useCallback((bundle: FactsBundle) => toTimelineRows(bundle, filters), [filters]);
  // The overview strip ignores the date range it controls, and spans the whole record whatever the other filters
  // count in it: the brush keeps its months (and its handles their places) while a reader filters.
  const overviewFilters = useMemo<FilterState>(() => ({ place, from: null, to: null, q, types, statuses, categories }), [place, q, types, statuses, categories]);
  const selectMonths = useCallback((bundle: FactsBundle) => toMonthCounts(toTimelineRows(bundle, overviewFilters).dated, toRecordSpan(bundle)), [overviewFilters]);
  const rows = useQuery({ ...bundleQueryOptions(), select: selectRows });
  const months = useQuery({ ...bundleQueryOptions(), select: selectMonths });

  const { event, item } = state;
  const selectHighlighted = useCallback((bundle: FactsBundle) => toHighlightedEvents(bundle, filters, { event, item }), [filters, event, item]);
  const highlightedEvents = useQuery({ ...bundleQueryOptions(), select: selectHighlighted }).data;
  const highlighted = highlightedEvents?.ids ?? NOTHING_HIGHLIGHTED;
  const domain = useMemo(() => toTimeDomain(rows.data?.dated ?? [], from ? toDayMs(from) : null, to ? toDayMs(to) + DAY_MS : null), [rows.data, from, to]);
  const bucketSize = toBucketSize(rows.data?.dated.length ?? 0, domain);
  // Counted once per rows and bucket size; a selection only adds the highlighted counts.
  const allBuckets = useMemo(() => (bucketSize && rows.data ? toCachedLaneBuckets(rows.data.dated, bucketSize) : null), [bucketSize, rows.data]);
  const buckets = useMemo(
    () => (allBuckets && bucketSize ? toHighlightedBuckets(allBuckets, highlightedEvents?.dated ?? [], bucketSize) : null),
    [allBuckets, bucketSize, highlightedEvents],
  );

  const onSelectEvent = useCallback((eventId: string) => update({ event: eventId }), [update]);
  const onZoom = useCallback((fromMs: number, toMs: number) => update({ from: toIsoDay(fromMs), to: toIsoDay(toMs) }), [update]);
  const onRange = useCallback((range: { from: string | null; to: string | null }) => update(range), [update]);
  const onKeyDown = (keyEvent: KeyboardEvent<HTMLDivElement>) => {
    if (keyEvent.key === 'Escape') update({ event: null, item: null, place: null });
  };

  const toggle = (
    <button type="button" className="button timeline-view-toggle" aria-pressed={tableView} onClick={() => setTableView((shown) => !shown)}>
      Table view
    </button>
  );
  if (rows.isError) {
    return (
      <PanelFrame name="timeline" title={TITLE} ready>
        <PanelMessage tone="error" title="The timeline has no data to show.">
          <p>{rows.error.message}</p>
        </PanelMessage>
      </PanelFrame>
    );
  }
  if (!rows.data) {
    return (
      <PanelFrame name="timeline" title={TITLE} ready={false}>
        <PanelSkeleton label="Loading the timeline…" />
      </PanelFrame>
    );
  }
  const { dated, undated } = rows.data;
  const total = dated.length + undated.length;
  const subtitle = `${total} event${total === 1 ? '' : 's'}${bucketSize ? ` · counts per ${bucketSize}; zoom in to see each event` : ''}`;
  return (
    <PanelFrame name="timeline" title={TITLE} subtitle={subtitle} controls={toggle} ready>
      <div className="timeline-body" onKeyDown={onKeyDown}>
        {total === 0 ? (
          <PanelMessage tone="empty" title="No events match the current filters." />
        ) : tableView ? (
          <TimelineTable dated={dated} undated={undated} highlighted={highlighted} onSelectEvent={onSelectEvent} />
        ) : (
          <>
            <TimelineChart rows={dated} buckets={buckets} domain={domain} highlighted={highlighted} onSelectEvent={onSelectEvent} onZoom={onZoom} height={CHART_HEIGHT} />
            <TimelineOverview months={months.data ?? NO_MONTHS} from={from} to={to} onRange={onRange} />
            <TimelineLegend />
            <UndatedEvents events={undated} highlighted={highlighted} onSelectEvent={onSelectEvent} />
          </>
        )}
      </div>
    </PanelFrame>
  );
}

import { lazy, Suspense } from 'react';
import type { ComponentType } from 'react';
import { ProcurementPanel } from '../features/procurement/procurement-panel';
import { SourcesPanel } from '../features/sources/sources-panel';
import type { PanelName } from '../shared/state/dashboard-state';
import { PanelErrorBoundary } from '../shared/ui/panel-error-boundary';
import { PanelFrame } from '../shared/ui/panel-frame';
import { PanelSkeleton } from '../shared/ui/panel-states';

// The map (Leaflet) and the timeline (recharts) are the heavy parts: split from first paint.
const MapPanel = lazy(() => import('../features/map/map-panel').then((module) => ({ default: module.MapPanel })));
const TimelinePanel = lazy(() => import('../features/timeline/timeline-panel').then((module) => ({ default: module.TimelinePanel })));

export const PANEL_TITLES: Record<PanelName, string> = {
  map: 'Map',
  timeline: 'Timeline',
  procurement: 'Procurement',
  sources: 'Sources',
};

const PANEL_COMPONENTS: Record<PanelName, ComponentType> = {
  map: MapPanel,
  timeline: TimelinePanel,
  procurement: ProcurementPanel,
  sources: SourcesPanel,
};

/** One panel in its own error boundary, with a skeleton while its code loads. */
export function DashboardPanel({ name }: { name: PanelName }) {
  const Panel = PANEL_COMPONENTS[name];
  const title = PANEL_TITLES[name];
  return (
    <div className={`dashboard__slot dashboard__slot--${name}`}>
      <PanelErrorBoundary name={name} title={title}>
        <Suspense
          fallback={
            <PanelFrame name={name} title={title} ready={false}>
              <PanelSkeleton label={`Loading the ${title.toLowerCase()}`} />
            </PanelFrame>
          }
        >
          <Panel />
        </Suspense>
      </PanelErrorBoundary>
    </div>
  );
}

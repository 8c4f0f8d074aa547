import { memo, useRef, useState } from 'react';
import type { JSX } from 'react';
import { BUNDLE_FILES } from '../../../schema/bundle';
import type { FactsBundle } from '../../../schema/bundle';
import { dataUrl, useBundle } from '../../shared/api/bundle-query';
import { toVisibleFacts } from '../../shared/filters/visible-facts';
import { readDashboardState } from '../../shared/state/dashboard-state';
import type { DashboardState, PanelName } from '../../shared/state/dashboard-state';
import { captureElementPng } from './capture-png';
import { downloadBlob, downloadText } from './download';
import { toCaptionLines, toExportFileName } from './to-caption';
import type { ExportTarget } from './to-caption';
import { toEventsCsv, toProcurementCsv } from './to-csv';
import { toGeoJson } from './to-geojson';
import { toICalendar } from './to-icalendar';
import './export-menu.css';
import '../../styles/print.css';

export interface ExportMenuProps {
  target: 'dashboard' | PanelName;
}

type DataFormat = 'events-csv' | 'procurement-csv' | 'geojson' | 'ics';

const FORMAT_LABELS: Record<DataFormat, string> = {
  'events-csv': 'Events (CSV)',
  'procurement-csv': 'Procurement (CSV)',
  geojson: 'Places and events (GeoJSON)',
  ics: 'Timeline (iCalendar)',
};

/** The data downloads that make sense next to each target. */
const FORMATS_BY_TARGET: Record<ExportTarget, DataFormat[]> = {
  dashboard: ['events-csv', 'procurement-csv', 'geojson', 'ics'],
  map: ['geojson'],
  timeline: ['events-csv', 'ics'],
  procurement: ['procurement-csv'],
  sources: [],
};

const CSV_TYPE = 'text/csv;charset=utf-8';

function downloadData(format: DataFormat, bundle: FactsBundle, state: DashboardState): void {
  const visible = toVisibleFacts(bundle, state);
  switch (format) {
    case 'events-csv':
      downloadText(toEventsCsv(visible.events, bundle), toExportFileName('events', state, 'csv'), CSV_TYPE);
      return;
    case 'procurement-csv':
      downloadText(toProcurementCsv(visible.items), toExportFileName('procurement', state, 'csv'), CSV_TYPE);
      return;
    case 'geojson':
      downloadText(JSON.stringify(toGeoJson(visible.places, visible.events), null, 2), toExportFileName('places', state, 'geojson'), 'application/geo+json');
      return;
    case 'ics':
      downloadText(toICalendar(visible.events, bundle), toExportFileName('timeline', state, 'ics'), 'text/calendar;charset=utf-8');
  }
}

/** The element an image of the target is made from: the panel, or the whole app. */
function captureElementFor(target: ExportTarget): HTMLElement | null {
  return target === 'dashboard' ? document.getElementById('root') : document.querySelector<HTMLElement>(`[data-panel="${target}"]`);
}

function todayIsoDay(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * "Export" for the whole dashboard (in the header) or one panel: a PNG with a
 * caption strip, and the current filtered view as data files. Memoised, and the
 * view state is read when an export starts: the five menus do not re-render on
 * every filter or selection change.
 */
export const ExportMenu = memo(function ExportMenu({ target }: ExportMenuProps): JSX.Element {
  const { data: bundle } = useBundle();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  const label = target === 'dashboard' ? 'Export' : `Export ${target}`;

  const closeMenu = () => {
    if (details.current) details.current.open = false;
  };

  const exportPng = async () => {
    const element = captureElementFor(target);
    if (!bundle || !element) return;
    closeMenu();
    setBusy(true);
    setMessage('Making the image…');
    const state = readDashboardState();
    try {
      const caption = toCaptionLines({ target, bundle, visibleEvents: toVisibleFacts(bundle, state).events, state, exportedOn: todayIsoDay() });
      downloadBlob(await captureElementPng(element, caption), toExportFileName(target, state, 'png'));
      setMessage('Image saved.');
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'The image could not be made.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-menu" data-export-target={target} data-export-ignore="">
      <details ref={details} className="export-menu__details">
        <summary className="button export-menu__summary" aria-label={label}>
          Export
        </summary>
        <div className="export-menu__list" role="group" aria-label={`${label} options`}>
          <button type="button" className="export-menu__item" disabled={!bundle || busy} onClick={() => void exportPng()}>
            Export PNG
          </button>
          {FORMATS_BY_TARGET[target].map((format) => (
            <button
              key={format}
              type="button"
              className="export-menu__item"
              disabled={!bundle}
              onClick={() => {
                closeMenu();
                if (bundle) downloadData(format, bundle, readDashboardState());
              }}
            >
              {FORMAT_LABELS[format]}
            </button>
          ))}
          {target === 'dashboard' ? (
            <a className="export-menu__item" href={dataUrl(BUNDLE_FILES.full)} download="dossier-bundle.json" onClick={closeMenu}>
              Full bundle (JSON)
            </a>
          ) : null}
        </div>
      </details>
      <span className="export-menu__status" role="status" aria-live="polite">
        {message}
      </span>
    </div>
  );
});

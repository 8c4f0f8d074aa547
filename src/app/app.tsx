import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useEmbedBridge } from '../features/embed/use-embed-bridge';
import { ExportMenu } from '../features/export/export-menu';
import { Header } from '../features/header/header';
import { useBundle } from '../shared/api/bundle-query';
import { PANELS, useDashboardState } from '../shared/state/dashboard-state';
import type { PanelName } from '../shared/state/dashboard-state';
import { ErrorBoundary } from '../shared/ui/error-boundary';
import { PanelActionsProvider } from '../shared/ui/panel-actions';
import { PanelMessage } from '../shared/ui/panel-states';
import { BundleErrorScreen } from './bundle-error-screen';
import { DashboardPanel } from './dashboard-panels';
import { useFirstRenderMark, useInteractionMeasure, usePanelsReadyMark } from './performance-marks';
import { useDocumentTheme } from './use-document-theme';
import { useEscapeClearsSelection } from './use-escape-clears-selection';
import { usePrefetchBasemap } from './use-prefetch-basemap';
import { useWarmFactIndex } from './use-warm-fact-index';

function HeaderFallback({ error, onRetry }: { error: Error; onRetry: () => void }) {
  return (
    <header className="app-header">
      <PanelMessage tone="error" title="The header could not be shown." action={{ label: 'Try again', onClick: onRetry }}>
        <p>{error.message}</p>
      </PanelMessage>
    </header>
  );
}

/** The page: header and the four linked panels, or one panel alone when embedded with `panel=`. */
export function Dashboard() {
  const [state] = useDashboardState();
  const bundle = useBundle();
  const loaded = bundle.isSuccess;
  useDocumentTheme(state.theme);
  useEmbedBridge();
  useEscapeClearsSelection();
  useFirstRenderMark(loaded);
  usePanelsReadyMark(loaded);
  useInteractionMeasure(window.location.search);
  useWarmFactIndex(bundle.data);
  usePrefetchBasemap(!bundle.isError && (state.panel === null || state.panel === 'map'));
  const renderPanelActions = useCallback((panel: PanelName) => (state.embed ? null : <ExportMenu target={panel} />), [state.embed]);

  if (bundle.isError) return <BundleErrorScreen error={bundle.error} onRetry={() => void bundle.refetch()} />;

  const panels = state.panel ? [state.panel] : PANELS;
  const classes = ['app', state.embed ? 'app--embed' : '', state.panel ? 'app--single' : ''].filter(Boolean).join(' ');
  return (
    <PanelActionsProvider value={renderPanelActions}>
      <div className={classes}>
        {state.embed ? null : (
          <ErrorBoundary label="header" renderFallback={(error, retry) => <HeaderFallback error={error} onRetry={retry} />}>
            <Header actions={<ExportMenu target="dashboard" />} />
          </ErrorBoundary>
        )}
        <main className="dashboard" aria-label="Dashboard">
          {panels.map((name) => (
            <DashboardPanel key={name} name={name} />
          ))}
        </main>
      </div>
    </PanelActionsProvider>
  );
}

/** The app with its data layer; tests pass a fresh client per test. */
export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <Dashboard />
    </QueryClientProvider>
  );
}

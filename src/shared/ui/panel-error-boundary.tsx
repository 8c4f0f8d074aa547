import type { ReactNode } from 'react';
import type { PanelName } from '../state/dashboard-state';
import { ErrorBoundary } from './error-boundary';
import { PanelFrame } from './panel-frame';
import { PanelMessage } from './panel-states';

export interface PanelErrorBoundaryProps {
  name: PanelName;
  title: string;
  children: ReactNode;
}

/**
 * Keeps a failure inside one panel: the panel shows what went wrong and a
 * retry, and every other panel keeps working.
 */
export function PanelErrorBoundary({ name, title, children }: PanelErrorBoundaryProps) {
  return (
    <ErrorBoundary
      label={`${name} panel`}
      renderFallback={(error, retry) => (
        <PanelFrame name={name} title={title} ready>
          <PanelMessage tone="error" title={`The ${title.toLowerCase()} panel could not be shown.`} action={{ label: 'Try again', onClick: retry }}>
            <p>{error.message}</p>
          </PanelMessage>
        </PanelFrame>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}

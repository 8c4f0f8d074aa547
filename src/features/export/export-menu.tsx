import type { JSX } from 'react';
import type { PanelName } from '../../shared/state/dashboard-state';

export interface ExportMenuProps {
  target: 'dashboard' | PanelName;
}

/** Placeholder until the export menu lands: the app shell can render it now. */
export function ExportMenu(props: ExportMenuProps): JSX.Element {
  return <div className="export-menu" data-export-target={props.target} />;
}

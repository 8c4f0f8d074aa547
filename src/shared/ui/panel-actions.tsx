import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { PanelName } from '../state/dashboard-state';

/**
 * Per-panel header actions (e.g. the export menu) supplied by the app.
 * A context rather than props so feature panels never import other features:
 * the app decides what goes in every panel's header.
 */
export type RenderPanelActions = (panel: PanelName) => ReactNode;

const PanelActionsContext = createContext<RenderPanelActions>(() => null);

export const PanelActionsProvider = PanelActionsContext.Provider;

export function usePanelActions(panel: PanelName): ReactNode {
  return useContext(PanelActionsContext)(panel);
}

/**
 * User Timing entries the dashboard records, for the scale benchmarks and
 * for anyone profiling in DevTools (Performance panel > Timings):
 *
 * - mark `dossier:app-start`: main.tsx is about to render.
 * - marks `dossier:facts-parsed` and `dossier:facts-validated` (set in read-facts-bundle.ts): the last
 *   byte of facts.json arrived and every record was parsed and checked as it came in, then the
 *   header was checked and the bundle assembled.
 * - mark `dossier:first-render`: the dashboard first committed with the bundle loaded.
 * - mark `dossier:panels-ready`: every panel on the page reports `data-render-complete="true"`;
 *   measure `dossier:load` spans navigation start to that mark.
 * - mark `dossier:interaction-start` (set in navigateToState): a filter or selection change began;
 *   measure `dossier:interaction` spans it to the first frame painted after the views re-rendered.
 */
import { useEffect } from 'react';
import { INTERACTION_START_MARK } from '../shared/state/dashboard-state';

export const APP_START_MARK = 'dossier:app-start';
export const FIRST_RENDER_MARK = 'dossier:first-render';
export const PANELS_READY_MARK = 'dossier:panels-ready';
export const LOAD_MEASURE = 'dossier:load';
export const INTERACTION_MEASURE = 'dossier:interaction';

function hasMark(name: string): boolean {
  return performance.getEntriesByName(name, 'mark').length > 0;
}

/** Marks the first render with data, once per page. */
export function useFirstRenderMark(loaded: boolean): void {
  useEffect(() => {
    if (loaded && !hasMark(FIRST_RENDER_MARK)) performance.mark(FIRST_RENDER_MARK);
  }, [loaded]);
}

function allPanelsReady(root: ParentNode): boolean {
  const panels = root.querySelectorAll('[data-panel]');
  return panels.length > 0 && [...panels].every((panel) => panel.getAttribute('data-render-complete') === 'true');
}

/** Marks the moment every panel has rendered its content, watching the render-complete attributes. */
export function usePanelsReadyMark(loaded: boolean): void {
  useEffect(() => {
    if (!loaded || hasMark(PANELS_READY_MARK) || typeof MutationObserver === 'undefined') return undefined;
    const markIfReady = () => {
      if (hasMark(PANELS_READY_MARK) || !allPanelsReady(document)) return false;
      performance.mark(PANELS_READY_MARK);
      performance.measure(LOAD_MEASURE, { start: 0, end: PANELS_READY_MARK });
      return true;
    };
    if (markIfReady()) return undefined;
    const observer = new MutationObserver(() => {
      if (markIfReady()) observer.disconnect();
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-render-complete'] });
    return function stopWatchingPanels() {
      observer.disconnect();
    };
  }, [loaded]);
}

/** After each view-state change, measures from its start mark to the next painted frame. */
export function useInteractionMeasure(search: string): void {
  useEffect(() => {
    if (!hasMark(INTERACTION_START_MARK)) return undefined;
    const frame = requestAnimationFrame(() => {
      // A task after the frame: the paint that showed the change has happened.
      setTimeout(() => {
        if (!hasMark(INTERACTION_START_MARK)) return;
        performance.measure(INTERACTION_MEASURE, { start: INTERACTION_START_MARK });
        performance.clearMarks(INTERACTION_START_MARK);
      }, 0);
    });
    return function cancelInteractionMeasure() {
      cancelAnimationFrame(frame);
    };
  }, [search]);
}

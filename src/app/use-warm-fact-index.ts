import { useEffect } from 'react';
import type { FactsBundle } from '../../schema/bundle';
import { toIndexWarmers } from '../shared/filters/fact-index';
import { runStepsWhileIdle, whenIdle } from '../shared/ui/when-idle';
import type { HasIdleTime } from '../shared/ui/when-idle';
import { PANELS_READY_MARK } from './performance-marks';

/** Idle time the warming takes at a stretch: about a frame, so input waits at most that long plus one step. */
const WARM_SLICE_MS = 16;

/** Runs the task once every panel has rendered (the panels-ready mark), so it never delays the first full render. */
function afterPanelsReady(task: () => void): () => void {
  if (performance.getEntriesByName(PANELS_READY_MARK, 'mark').length > 0 || typeof PerformanceObserver === 'undefined') {
    task();
    return () => {};
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(PANELS_READY_MARK).length === 0) return;
    observer.disconnect();
    task();
  });
  observer.observe({ type: 'mark' });
  return () => observer.disconnect();
}

/** After the first full render, builds the bundle's lookups in idle time, a few steps per idle period, so no first interaction pays for them. */
export function useWarmFactIndex(bundle: FactsBundle | undefined): void {
  useEffect(() => {
    if (!bundle) return undefined;
    const warmers = toIndexWarmers(bundle);
    let cancelSlice = () => {};
    const warmNext = (hasIdleTime: HasIdleTime) => {
      if (runStepsWhileIdle(warmers, hasIdleTime, WARM_SLICE_MS)) cancelSlice = whenIdle(warmNext);
    };
    const stopWaiting = afterPanelsReady(() => {
      cancelSlice = whenIdle(warmNext);
    });
    return function stopWarmingIndex() {
      stopWaiting();
      cancelSlice();
    };
  }, [bundle]);
}

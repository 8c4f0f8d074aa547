import { useEffect } from 'react';
import { useDashboardState } from '../shared/state/dashboard-state';

function isTextEntry(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * Escape anywhere on the page clears the selected place, event and item,
 * unless a view already handled it (preventDefault) or the reader is typing.
 */
export function useEscapeClearsSelection(): void {
  const [state, update] = useDashboardState();
  const hasSelection = Boolean(state.place || state.event || state.item);
  useEffect(() => {
    if (!hasSelection) return undefined;
    const clearSelectionOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || isTextEntry(event.target)) return;
      update({ place: null, event: null, item: null });
    };
    document.addEventListener('keydown', clearSelectionOnEscape);
    return function removeEscapeHandler() {
      document.removeEventListener('keydown', clearSelectionOnEscape);
    };
  }, [hasSelection, update]);
}

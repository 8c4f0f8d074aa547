import { useLayoutEffect } from 'react';
import type { ThemeChoice } from '../shared/state/dashboard-state';

/**
 * Forces the page's theme when the URL chooses one; without a choice the
 * stylesheet follows prefers-color-scheme. A layout effect, so a forced dark
 * theme is in place before the first paint.
 */
export function useDocumentTheme(choice: ThemeChoice): void {
  useLayoutEffect(() => {
    const root = document.documentElement;
    if (choice) root.dataset.theme = choice;
    else delete root.dataset.theme;
  }, [choice]);
}

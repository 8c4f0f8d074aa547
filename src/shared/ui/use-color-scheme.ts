import { useSyncExternalStore } from 'react';
import type { ThemeChoice } from '../state/dashboard-state';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function darkQuery(): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null;
}

function subscribeToColorScheme(onChange: () => void): () => void {
  const query = darkQuery();
  query?.addEventListener('change', onChange);
  return function unsubscribeFromColorScheme() {
    query?.removeEventListener('change', onChange);
  };
}

function readPrefersDark(): boolean {
  return darkQuery()?.matches ?? false;
}

/** The theme in effect: the URL's choice when forced, otherwise the system's preference. */
export function useEffectiveTheme(choice: ThemeChoice): 'light' | 'dark' {
  const prefersDark = useSyncExternalStore(subscribeToColorScheme, readPrefersDark, () => false);
  return choice ?? (prefersDark ? 'dark' : 'light');
}

import { useSyncExternalStore } from 'react';
import type { ThemeChoice } from '../state/dashboard-state';

const DARK_QUERY = '(prefers-color-scheme: dark)';

let dark: MediaQueryList | null = null;

/**
 * The one list for the query, made on first use: its `matches` follows the system, and the theme is read on
 * every render of the header and the app (every filter change), where a new list evaluated the query each time.
 */
function darkQuery(): MediaQueryList | null {
  if (!dark && typeof window.matchMedia === 'function') dark = window.matchMedia(DARK_QUERY);
  return dark;
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

import type { ThemeChoice } from '../../shared/state/dashboard-state';
import { useEffectiveTheme } from '../../shared/ui/use-color-scheme';

export interface ThemeToggleProps {
  choice: ThemeChoice;
  onChange: (theme: 'light' | 'dark') => void;
}

/** Switches between light and dark; the choice goes in the URL so a shared link keeps it. */
export function ThemeToggle({ choice, onChange }: ThemeToggleProps) {
  const theme = useEffectiveTheme(choice);
  const isDark = theme === 'dark';
  return (
    <button type="button" className="button button--quiet" aria-pressed={isDark} onClick={() => onChange(isDark ? 'light' : 'dark')}>
      <span aria-hidden="true">{isDark ? '☾' : '☀'}</span> Dark theme
    </button>
  );
}

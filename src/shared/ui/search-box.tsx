import { useEffect, useId, useState } from 'react';

const TYPING_PAUSE_MS = 300;

export interface SearchBoxProps {
  /** The committed search (from the URL). */
  value: string;
  label: string;
  placeholder?: string;
  /** Shows the label only to screen readers, for compact toolbars. */
  hideLabel?: boolean;
  onCommit: (value: string) => void;
}

/**
 * A search field that commits after a pause in typing, so the URL (and the
 * back button's history) gets one entry per search rather than per keystroke.
 */
export function SearchBox({ value, label, placeholder = 'Place, event, item…', hideLabel = false, onCommit }: SearchBoxProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [committed, setCommitted] = useState(value);
  // A change from outside (a removed chip, Back) replaces whatever is being typed.
  if (committed !== value) {
    setCommitted(value);
    setDraft(value);
  }

  useEffect(() => {
    if (draft === value) return undefined;
    const timer = window.setTimeout(() => onCommit(draft), TYPING_PAUSE_MS);
    return function cancelPendingCommit() {
      window.clearTimeout(timer);
    };
  }, [draft, value, onCommit]);

  return (
    <form
      className="search-box"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        onCommit(draft);
      }}
    >
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'search-box__label'}>
        {label}
      </label>
      <input
        id={id}
        className="search-box__input"
        type="search"
        value={draft}
        placeholder={placeholder}
        autoComplete="off"
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && draft) {
            event.stopPropagation();
            setDraft('');
            onCommit('');
          }
        }}
      />
    </form>
  );
}

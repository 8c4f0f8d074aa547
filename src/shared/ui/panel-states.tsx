import type { ReactNode } from 'react';

/** Grey placeholder lines shown while a panel's data loads. */
export function PanelSkeleton({ lines = 5, label = 'Loading…' }: { lines?: number; label?: string }) {
  return (
    <div className="skeleton" role="status" aria-label={label}>
      {Array.from({ length: lines }, (_, index) => (
        <span key={index} className="skeleton__line" />
      ))}
    </div>
  );
}

export interface PanelMessageProps {
  tone: 'empty' | 'error';
  title: string;
  children?: ReactNode;
  /** Optional button, e.g. "Clear filters" for an empty state or "Try again" for an error. */
  action?: { label: string; onClick: () => void };
}

/** The empty or error state of a panel: a sentence saying what happened and what to do. */
export function PanelMessage({ tone, title, children, action }: PanelMessageProps) {
  return (
    <div className={`panel-message panel-message--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <p className="panel-message__title">{title}</p>
      {children ? <div className="panel-message__detail">{children}</div> : null}
      {action ? (
        <button type="button" className="button" onClick={action.onClick}>
          {action.label}
        </button>
      ) : null}
    </div>
  );
}

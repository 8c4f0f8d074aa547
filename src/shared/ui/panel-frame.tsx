import { useId } from 'react';
import type { ReactNode } from 'react';
import type { PanelName } from '../state/dashboard-state';
import { usePanelActions } from './panel-actions';

export interface PanelFrameProps {
  name: PanelName;
  title: string;
  /**
   * True once the panel shows its real content (or a final empty/error state):
   * exporters and browser tests wait for `data-render-complete="true"` instead of sleeping.
   */
  ready: boolean;
  /** Extra controls for this panel's header, before the app-supplied actions. */
  controls?: ReactNode;
  /** A short line under the title, e.g. "12 of 40 items". */
  subtitle?: ReactNode;
  children: ReactNode;
}

/** The common frame of every dashboard panel: a titled landmark region with a render-complete signal. */
export function PanelFrame({ name, title, ready, controls, subtitle, children }: PanelFrameProps) {
  const headingId = useId();
  const actions = usePanelActions(name);
  return (
    <section
      className={`panel panel--${name}`}
      data-panel={name}
      data-render-complete={ready ? 'true' : 'false'}
      aria-labelledby={headingId}
      aria-busy={!ready}
    >
      <header className="panel__header">
        <div className="panel__heading">
          <h2 id={headingId} className="panel__title">
            {title}
          </h2>
          {subtitle ? <p className="panel__subtitle">{subtitle}</p> : null}
        </div>
        {controls || actions ? (
          <div className="panel__actions">
            {controls}
            {actions}
          </div>
        ) : null}
      </header>
      <div className="panel__body">{children}</div>
    </section>
  );
}

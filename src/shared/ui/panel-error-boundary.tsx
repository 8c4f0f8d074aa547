import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import type { PanelName } from '../state/dashboard-state';
import { PanelFrame } from './panel-frame';
import { PanelMessage } from './panel-states';

export interface PanelErrorBoundaryProps {
  name: PanelName;
  title: string;
  children: ReactNode;
}

interface PanelErrorBoundaryState {
  error: Error | null;
}

function toError(thrown: unknown): Error {
  return thrown instanceof Error ? thrown : new Error(String(thrown));
}

/**
 * Keeps a failure inside one panel: the panel shows what went wrong and a
 * retry, and every other panel keeps working.
 */
export class PanelErrorBoundary extends Component<PanelErrorBoundaryProps, PanelErrorBoundaryState> {
  state: PanelErrorBoundaryState = { error: null };

  static getDerivedStateFromError(thrown: unknown): PanelErrorBoundaryState {
    return { error: toError(thrown) };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`The ${this.props.name} panel failed`, error, info.componentStack);
  }

  private retry = () => {
    this.setState({ error: null });
  };

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <PanelFrame name={this.props.name} title={this.props.title} ready>
        <PanelMessage tone="error" title={`The ${this.props.title.toLowerCase()} panel could not be shown.`} action={{ label: 'Try again', onClick: this.retry }}>
          <p>{error.message}</p>
        </PanelMessage>
      </PanelFrame>
    );
  }
}

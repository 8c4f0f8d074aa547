import { useEffect } from 'react';
import { navigateToState, parseDashboardState, useDashboardState } from '../../shared/state/dashboard-state';
import { applyEmbedCommand, EmbedCommandSchema, parseParentOrigin } from './embed-messages';
import type { ResizeMessage } from './embed-messages';

/** The document's content height in CSS pixels (not the iframe's), rounded up. */
function contentHeight(): number {
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

/**
 * In embed mode (`?embed=1&parentOrigin=<origin>`): tells the host page the
 * content height whenever it changes, and applies the host's documented
 * commands (docs/embedding.md) when they come from that origin and that
 * window. Without `parentOrigin` it does nothing at all.
 */
export function useEmbedBridge(): void {
  const [{ embed }] = useDashboardState();

  useEffect(() => {
    const parentOrigin = parseParentOrigin(window.location.search);
    if (!embed || !parentOrigin || window.parent === window) return undefined;
    const parent = window.parent;

    let lastHeight = -1;
    const postHeight = () => {
      const height = contentHeight();
      if (height === lastHeight) return;
      lastHeight = height;
      parent.postMessage({ type: 'dossier:resize', height } satisfies ResizeMessage, parentOrigin);
    };
    const observer = new ResizeObserver(postHeight);
    observer.observe(document.documentElement);

    const receiveCommand = (message: MessageEvent<unknown>) => {
      if (message.origin !== parentOrigin || message.source !== parent) return;
      const command = EmbedCommandSchema.safeParse(message.data);
      if (!command.success) return;
      navigateToState(applyEmbedCommand(parseDashboardState(window.location.search), command.data));
    };
    window.addEventListener('message', receiveCommand);

    return function disconnectEmbedBridge() {
      observer.disconnect();
      window.removeEventListener('message', receiveCommand);
    };
  }, [embed]);
}

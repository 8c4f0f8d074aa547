import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { whenIdle } from './when-idle';

/**
 * False while a component mounts (or `key` changes), true once the frame that
 * showed it has been painted and the page is idle: work that can wait (cards
 * scrolled out of view, fetching twenty article texts for a new selection) then
 * starts after the selection is on screen instead of delaying it, or delaying
 * the next selection of a reader clicking through facts (at the latest after
 * whenIdle's default wait).
 */
export function useAfterFirstPaint(key: unknown = null): boolean {
  const [painted, setPainted] = useState<{ key: unknown } | null>(null);
  useEffect(() => {
    let cancelIdle = () => {};
    const frame = requestAnimationFrame(() => {
      // Rendered, committed and its effects run (the fetches they start) within this idle task: nothing of it is
      // left pending for the reader's next selection to flush first.
      cancelIdle = whenIdle(() => flushSync(() => setPainted({ key })));
    });
    return function cancelAfterPaint() {
      cancelAnimationFrame(frame);
      cancelIdle();
    };
  }, [key]);
  return painted !== null && Object.is(painted.key, key);
}

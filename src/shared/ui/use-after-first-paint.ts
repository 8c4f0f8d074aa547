import { useEffect, useState } from 'react';
import { whenIdle } from './when-idle';

/**
 * False while a component mounts, true once its first frame has been painted
 * and the page is idle: work that can wait (fetching twenty article texts for a
 * new selection) then starts after the selection is on screen instead of
 * delaying it, or delaying the next selection of a reader clicking through
 * facts (at the latest after whenIdle's default wait).
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let cancelIdle = () => {};
    const frame = requestAnimationFrame(() => {
      cancelIdle = whenIdle(() => setPainted(true));
    });
    return function cancelAfterPaint() {
      cancelAnimationFrame(frame);
      cancelIdle();
    };
  }, []);
  return painted;
}

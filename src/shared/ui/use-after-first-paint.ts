import { useEffect, useState } from 'react';

/**
 * False while a component mounts, true once its first frame has been painted:
 * work that can wait (fetching twenty article texts for a new selection) then
 * starts after the selection is on screen instead of delaying it.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      // A task after the frame: the paint that showed the component has happened.
      timer = setTimeout(() => setPainted(true), 0);
    });
    return function cancelAfterPaint() {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);
  return painted;
}

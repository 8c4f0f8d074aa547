/**
 * Runs a task when the main thread is idle (requestIdleCallback), at the
 * latest after `timeout` ms; where there is none (Safari, jsdom), after a
 * short timer. Returns the function that cancels it.
 */
export function whenIdle(task: () => void, timeout = 2_000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, 50);
  return () => clearTimeout(timer);
}

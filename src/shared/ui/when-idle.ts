/** Whether the idle period a task runs in still has time for more work. */
export type HasIdleTime = () => boolean;

/**
 * Runs a task when the main thread is idle (requestIdleCallback), at the
 * latest after `timeout` ms; where there is none (Safari, jsdom), after a
 * short timer. The task learns whether its idle period has time left; a
 * timed-out or timer-run task has none. Returns the function that cancels it.
 */
export function whenIdle(task: (hasIdleTime: HasIdleTime) => void, timeout = 2_000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback((deadline) => task(() => !deadline.didTimeout && deadline.timeRemaining() > 0), { timeout });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(() => task(() => false), 50);
  return () => clearTimeout(timer);
}

/**
 * Runs steps from the front of the queue (removing them), at least one, then more while the idle period
 * lasts and the slice has taken less than `budgetMs`: Chromium starts one idle callback per idle period,
 * 50 ms apart on a still page, so a step per callback spread a few dozen short steps over more than a
 * second; the budget keeps a reader's input from waiting behind a whole idle period of steps.
 * Returns whether steps remain.
 */
export function runStepsWhileIdle(steps: (() => void)[], hasIdleTime: HasIdleTime, budgetMs: number, now: () => number = () => performance.now()): boolean {
  const started = now();
  let step = steps.shift();
  while (step) {
    step();
    step = hasIdleTime() && now() - started < budgetMs ? steps.shift() : undefined;
  }
  return steps.length > 0;
}

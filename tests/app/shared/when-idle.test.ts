import { describe, expect, it, vi } from 'vitest';
import { runStepsWhileIdle, whenIdle } from '../../../src/shared/ui/when-idle';

/** A clock that moves `stepMs` each time it is read after the first. */
function steppingClock(stepMs: number): () => number {
  let time = -stepMs;
  return () => (time += stepMs);
}

describe('runStepsWhileIdle', () => {
  it.each([
    ['one step when the idle period has no time left', 5, false, 1, Infinity, 1],
    ['every step when the idle period lasts and they are quick', 5, true, 1, Infinity, 5],
    ['steps until the slice has used its budget', 5, true, 5, 12, 3],
    ['one step even when it alone takes the whole budget', 3, true, 20, 12, 1],
    ['nothing from an empty queue', 0, true, 1, Infinity, 0],
  ])('runs %s', (_, stepCount, idle, stepMs, budgetMs, expectedRuns) => {
    const runs: number[] = [];
    const steps = Array.from({ length: stepCount }, (__, index) => () => void runs.push(index));
    const remaining = runStepsWhileIdle(steps, () => idle, budgetMs, steppingClock(stepMs));
    expect(runs).toEqual(Array.from({ length: expectedRuns }, (__, index) => index));
    expect(remaining).toBe(expectedRuns < stepCount);
    expect(steps).toHaveLength(stepCount - expectedRuns);
  });
});

describe('whenIdle', () => {
  it('runs the task after a timer where there is no requestIdleCallback, telling it no idle time is left', () => {
    vi.useFakeTimers();
    try {
      const seen: boolean[] = [];
      whenIdle((hasIdleTime) => seen.push(hasIdleTime()));
      expect(seen).toEqual([]);
      vi.advanceTimersByTime(100);
      expect(seen).toEqual([false]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not run a cancelled task', () => {
    vi.useFakeTimers();
    try {
      const task = vi.fn();
      whenIdle(task)();
      vi.advanceTimersByTime(100);
      expect(task).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});

/**
 * A progress line for long runs on a terminal (count, rate, ETA); silent when
 * output is not a terminal or CI is set, where only the summary line is wanted.
 */
export interface Progress {
  update: (done: number, total: number) => void;
  done: () => void;
}

const REDRAW_EVERY_MS = 100;
const BAR_WIDTH = 24;

export function formatProgress(done: number, total: number, seconds: number): string {
  const ratio = total === 0 ? 1 : done / total;
  const filled = Math.round(ratio * BAR_WIDTH);
  const rate = seconds > 0 ? done / seconds : 0;
  const eta = rate > 0 ? (total - done) / rate : 0;
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${total} articles  ${rate.toFixed(0)}/s  ETA ${eta.toFixed(1)} s`;
}

export function createProgress(options: { interactive: boolean }): Progress {
  if (!options.interactive) return { update: () => undefined, done: () => undefined };
  const started = performance.now();
  let lastDraw = 0;
  let drawn = false;
  return {
    update(done, total) {
      const now = performance.now();
      if (now - lastDraw < REDRAW_EVERY_MS && done < total) return;
      lastDraw = now;
      drawn = true;
      process.stderr.write(`\r${formatProgress(done, total, (now - started) / 1000)}`);
    },
    done() {
      if (drawn) process.stderr.write('\n');
    },
  };
}

import { describe, expect, it } from 'vitest';
import { mainThreadCpuUntilReady } from '../../../scripts/bench/measure-dashboard';

const MAIN = { pid: 1, tid: 7 };
const APP = { data: { documentLoaderURL: 'http://127.0.0.1:4000/app/' } };

function task(ts: number, tdur: number, thread = MAIN) {
  return { name: 'RunTask', ph: 'X', ts, tdur, ...thread };
}

describe('mainThreadCpuUntilReady', () => {
  const base = [
    { name: 'thread_name', ph: 'M', args: { name: 'CrRendererMain' }, ...MAIN },
    { name: 'navigationStart', ph: 'R', ts: 500, args: { data: { documentLoaderURL: '' } }, ...MAIN },
    { name: 'navigationStart', ph: 'R', ts: 1_000, args: APP, ...MAIN },
    { name: 'dossier:panels-ready', ph: 'I', ts: 10_000, ...MAIN },
  ];

  it('adds up the thread time of the main thread tasks from the app navigation to the panels-ready mark', () => {
    const events = [...base, task(600, 5_000), task(1_000, 2_000), task(9_000, 1_500), task(11_000, 9_000), task(2_000, 4_000, { pid: 1, tid: 8 })];
    expect(mainThreadCpuUntilReady(events)).toBe(3.5);
  });

  it.each([
    ['no panels-ready mark', base.filter((event) => event.name !== 'dossier:panels-ready')],
    ['no navigation to the app', base.filter((event) => !('args' in event) || event.args !== APP)],
  ])('gives null for a trace with %s', (_what, events) => {
    expect(mainThreadCpuUntilReady(events)).toBeNull();
  });
});

import { byFile, byFunction, idleMs, topSelfTime } from '../../../scripts/bench/summarise-cpu-profile';
import type { CpuProfile } from '../../../scripts/bench/summarise-cpu-profile';
import { PROJECT_ROOT } from '../../../scripts/bench/run-extractor';

const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: { functionName: '', url: '', lineNumber: -1 } },
    { id: 2, callFrame: { functionName: 'splitSentences', url: `file://${PROJECT_ROOT}/extractor/text/split-sentences.ts`, lineNumber: 24 } },
    { id: 3, callFrame: { functionName: 'parse', url: `file://${PROJECT_ROOT}/node_modules/chrono-node/dist/esm/chrono.js`, lineNumber: 9 } },
    { id: 4, callFrame: { functionName: '(idle)', url: '', lineNumber: -1 } },
  ],
  samples: [2, 3, 2, 1, 2, 4],
  timeDeltas: [1000, 3000, 1000, 1000, 2000, 5000],
};

describe('topSelfTime', () => {
  it('leaves idle time out of the ranking and reports it apart', () => {
    expect(topSelfTime([profile], byFile, 10).map((spot) => spot.name)).not.toContain('(native)  ');
    expect(idleMs([profile])).toBe(5);
  });

  it('sums busy self time per function, largest first, with project-relative paths', () => {
    expect(topSelfTime([profile], byFunction, 2)).toEqual([
      { name: 'splitSentences  extractor/text/split-sentences.ts:25', selfMs: 4, share: 0.5 },
      { name: 'parse  node_modules/chrono-node/dist/esm/chrono.js:10', selfMs: 3, share: 0.375 },
    ]);
  });

  it('adds up several profiles (one per worker thread) by file', () => {
    expect(topSelfTime([profile, profile], byFile, 5).map((spot) => [spot.name, spot.selfMs])).toEqual([
      ['extractor/text/split-sentences.ts', 8],
      ['node_modules/chrono-node/dist/esm/chrono.js', 6],
      ['(native)', 2],
    ]);
  });
});

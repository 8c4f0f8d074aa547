/**
 * Where the extractor spends its time: self time per function and per file
 * from the .cpuprofile files `node --cpu-prof` writes (one per thread).
 *   node --cpu-prof --cpu-prof-dir DIR --import tsx extractor/cli.ts --input ... --output ...
 *   npx tsx scripts/bench/summarise-cpu-profile.ts DIR [top]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { formatTable } from './format-report';
import { PROJECT_ROOT } from './run-extractor';

const CpuProfileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }),
    }),
  ),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});
export type CpuProfile = z.infer<typeof CpuProfileSchema>;

export interface HotSpot {
  name: string;
  selfMs: number;
  share: number;
}

/** A project-relative path for project files; node internals and packages keep a short form. */
function shortUrl(url: string): string {
  if (url === '') return '(native)';
  const path = url.startsWith('file://') ? new URL(url).pathname : url;
  const nodeModules = path.lastIndexOf('node_modules/');
  if (nodeModules >= 0) return path.slice(nodeModules);
  return path.startsWith('/') ? relative(PROJECT_ROOT, path) : path;
}

type CallFrame = CpuProfile['nodes'][number]['callFrame'];

/** The thread waiting on the event loop: not work, so left out of the ranking and the shares. */
function isIdle(frame: CallFrame): boolean {
  return frame.functionName === '(idle)';
}

/** Milliseconds the profiled threads spent idle (waiting for I/O or timers). */
export function idleMs(profiles: readonly CpuProfile[]): number {
  let micros = 0;
  for (const profile of profiles) {
    const idleIds = new Set(profile.nodes.filter((node) => isIdle(node.callFrame)).map((node) => node.id));
    profile.samples.forEach((nodeId, index) => {
      if (idleIds.has(nodeId)) micros += profile.timeDeltas[index] ?? 0;
    });
  }
  return micros / 1000;
}

/** Busy self time in ms per key, largest first, over one or more profiles; shares are of busy time. */
export function topSelfTime(profiles: readonly CpuProfile[], keyOf: (frame: CallFrame) => string, top: number): HotSpot[] {
  const totals = new Map<string, number>();
  let all = 0;
  for (const profile of profiles) {
    const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
    profile.samples.forEach((nodeId, index) => {
      const frame = frames.get(nodeId);
      const micros = profile.timeDeltas[index] ?? 0;
      if (!frame || isIdle(frame)) return;
      const key = keyOf(frame);
      totals.set(key, (totals.get(key) ?? 0) + micros);
      all += micros;
    });
  }
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, micros]) => ({ name, selfMs: micros / 1000, share: all > 0 ? micros / all : 0 }));
}

const MAX_NAME = 110;

/** "name  file:line"; long regex sources are cut, and the line is left out when tsx put the module on line 1. */
export const byFunction = (frame: CallFrame) => {
  const name = frame.functionName || '(anonymous)';
  const shortName = name.length > MAX_NAME ? `${name.slice(0, MAX_NAME)}…` : name;
  return `${shortName}  ${shortUrl(frame.url)}${frame.lineNumber > 0 ? `:${frame.lineNumber + 1}` : ''}`;
};
export const byFile = (frame: CallFrame) => shortUrl(frame.url);

function formatHotSpots(title: string, spots: readonly HotSpot[]): string {
  return formatTable(
    [{ header: title }, { header: 'self ms', align: 'right' }, { header: 'share', align: 'right' }],
    spots.map((spot) => [spot.name, spot.selfMs.toFixed(0), `${(spot.share * 100).toFixed(1)}%`]),
  );
}

function main(): void {
  const [dir, topArg] = process.argv.slice(2);
  if (!dir) throw new Error('usage: tsx scripts/bench/summarise-cpu-profile.ts DIR [top]');
  const top = Number(topArg ?? 25);
  const profiles = readdirSync(dir)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => CpuProfileSchema.parse(JSON.parse(readFileSync(join(dir, name), 'utf8'))));
  console.log(`${profiles.length} profile(s) in ${dir}; idle (waiting on I/O) ${idleMs(profiles).toFixed(0)} ms, left out below\n`);
  console.log(formatHotSpots('file', topSelfTime(profiles, byFile, top)));
  console.log('');
  console.log(formatHotSpots('function', topSelfTime(profiles, byFunction, top)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();

/**
 * Runs the extractor CLI as a child process, the way a user runs it, and
 * measures its wall time and peak resident memory.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
export const EXTRACTOR_CLI = join(PROJECT_ROOT, 'extractor', 'cli.ts');
/** What `npm run extract` runs: the CLI bundled (rebuilt when its sources change), which starts in a quarter of the CPU time tsx takes. */
const BUNDLED_CLI = join(PROJECT_ROOT, 'extractor', 'node', 'run-bundled-cli.mjs');
const GNU_TIME = '/usr/bin/time';
const RSS_POLL_MS = 20;

export interface ExtractorRun {
  seconds: number;
  /** Peak resident set size of the extractor process, or null when it could not be read. */
  peakRssBytes: number | null;
  /** User + system CPU seconds (from GNU time): unlike wall time, barely affected by other work on the machine. */
  cpuSeconds: number | null;
  exitCode: number | null;
  /** The last lines the CLI printed on either stream, for failure messages. */
  outputTail: string;
  /** The last line the CLI printed on stdout: its summary ("... (9989 from cache); wrote ..."). */
  summaryLine: string;
}

/** Node running the bundled CLI in-process (not through npm, which would fork a second process and hide the real RSS). */
function nodeArgs(cliArgs: readonly string[]): string[] {
  return [BUNDLED_CLI, ...cliArgs];
}

export function extractorCliExists(): boolean {
  return existsSync(EXTRACTOR_CLI);
}

/** The CLI's --help text (stdout and stderr), used to detect optional features such as the cache. */
export function extractorHelp(): string {
  const result = spawnSync(process.execPath, nodeArgs(['--help']), { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, CI: '1' } });
  return `${result.stdout}\n${result.stderr}`;
}

/** GNU time's "Maximum resident set size (kbytes): N" line, in bytes. */
export function parseGnuTimeMaxRss(report: string): number | null {
  const match = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(report);
  return match?.[1] ? Number(match[1]) * 1024 : null;
}

/** GNU time's user plus system seconds. */
export function parseGnuTimeCpuSeconds(report: string): number | null {
  const user = /User time \(seconds\):\s*([\d.]+)/.exec(report)?.[1];
  const system = /System time \(seconds\):\s*([\d.]+)/.exec(report)?.[1];
  return user && system ? Number(user) + Number(system) : null;
}

/** /proc/<pid>/status "VmHWM:  123456 kB" (the peak RSS so far), in bytes. */
export function parseVmHwm(status: string): number | null {
  const match = /^VmHWM:\s*(\d+)\s*kB/m.exec(status);
  return match?.[1] ? Number(match[1]) * 1024 : null;
}

function readVmHwm(pid: number): number | null {
  try {
    return parseVmHwm(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return null;
  }
}

const TAIL_CHARS = 64 * 1024;

function lastLines(text: string, count: number): string {
  return text.trimEnd().split('\n').slice(-count).join('\n');
}

/**
 * The output so far with a new chunk, cut to its last characters. Kept raw:
 * trimming between chunks would glue a line to the next chunk's first one, and
 * the streams are kept apart because their chunks arrive in no fixed order.
 */
export function appendToTail(tail: string, chunk: string): string {
  const joined = tail + chunk;
  return joined.length > TAIL_CHARS ? joined.slice(-TAIL_CHARS) : joined;
}

/**
 * Runs `extractor/cli.ts` with the given arguments. Peak RSS comes from GNU
 * time when installed (exact), else from polling /proc/<pid>/status VmHWM.
 * CI=1 keeps the CLI to its one-line summary instead of a progress bar.
 */
export function runExtractor(cliArgs: readonly string[]): Promise<ExtractorRun> {
  const useGnuTime = existsSync(GNU_TIME);
  const reportDir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  const reportFile = join(reportDir, 'time.txt');
  const [command, args] = useGnuTime
    ? [GNU_TIME, ['-v', '-o', reportFile, process.execPath, ...nodeArgs(cliArgs)]]
    : [process.execPath, nodeArgs(cliArgs)];
  return new Promise((resolveRun, reject) => {
    const startedAt = performance.now();
    const child = spawn(command, args, { cwd: PROJECT_ROOT, env: { ...process.env, CI: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output = appendToTail(output, chunk.toString('utf8'));
      stdout = appendToTail(stdout, chunk.toString('utf8'));
    });
    child.stderr.on('data', (chunk: Buffer) => { output = appendToTail(output, chunk.toString('utf8')); });
    let polledPeak: number | null = null;
    const poll = useGnuTime || child.pid === undefined ? undefined : setInterval(() => {
      const peak = child.pid === undefined ? null : readVmHwm(child.pid);
      if (peak !== null) polledPeak = Math.max(polledPeak ?? 0, peak);
    }, RSS_POLL_MS);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const seconds = (performance.now() - startedAt) / 1000;
      if (poll) clearInterval(poll);
      const report = useGnuTime && existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : null;
      rmSync(reportDir, { recursive: true, force: true });
      resolveRun({
        seconds,
        peakRssBytes: report === null ? polledPeak : parseGnuTimeMaxRss(report),
        cpuSeconds: report === null ? null : parseGnuTimeCpuSeconds(report),
        exitCode,
        outputTail: lastLines(output, 5),
        summaryLine: lastLines(stdout, 1),
      });
    });
  });
}

/** The extractor CLI left running with `--watch`: each edit to its folder ends in one more summary line. */
export interface WatchingExtractor {
  /** The next summary line the CLI prints (the first is its initial run's). */
  nextSummary: () => Promise<string>;
  /** Stops the CLI (Ctrl-C) and waits for it to exit. */
  stop: () => Promise<void>;
}

const WATCH_TIMEOUT_MS = 10 * 60 * 1000;

export function startWatchingExtractor(cliArgs: readonly string[]): WatchingExtractor {
  const child = spawn(process.execPath, nodeArgs([...cliArgs, '--watch']), { cwd: PROJECT_ROOT, env: { ...process.env, CI: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const summaries: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  let pending = '';
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => { output = appendToTail(output, chunk.toString('utf8')); });
  child.stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      output = appendToTail(output, `${line}\n`);
      if (!line.includes('; wrote ')) continue;
      const waiter = waiting.shift();
      if (waiter) waiter(line);
      else summaries.push(line);
    }
  });
  const exited = new Promise<void>((resolveExit) => child.on('close', () => resolveExit()));
  return {
    nextSummary: () =>
      new Promise((resolveLine, reject) => {
        const ready = summaries.shift();
        if (ready !== undefined) {
          resolveLine(ready);
          return;
        }
        const timer = setTimeout(() => reject(new Error(`no summary line from extract --watch within ${WATCH_TIMEOUT_MS / 1000} s:\n${lastLines(output, 5)}`)), WATCH_TIMEOUT_MS);
        waiting.push((line) => {
          clearTimeout(timer);
          resolveLine(line);
        });
        void exited.then(() => reject(new Error(`extract --watch exited:\n${lastLines(output, 5)}`)));
      }),
    stop: async () => {
      child.kill('SIGINT');
      await exited;
    },
  };
}

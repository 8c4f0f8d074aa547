import { spawn } from 'node:child_process';
import { appendFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const launcher = join(import.meta.dirname, '../../extractor/node/run-bundled-cli.mjs');
const SUMMARY = /; wrote /;

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-watch-'));
  await mkdir(join(dir, 'in'));
  await writeFile(join(dir, 'in', 'a.txt'), ' date 2020-06-23\nRajnath Singh arrived in Moscow on Monday for a three-day visit.\n');
  await writeFile(join(dir, 'in', 'b.txt'), ' date 2020-06-24\nIndian troops marched in the Victory Day parade on Red Square on Wednesday.\n');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The summary lines `extract --watch` prints, each handed to `onSummary` as it comes, until `count` have come. */
function watchUntil(count: number, onSummary: (index: number) => Promise<void>): Promise<{ lines: string[]; code: number | null }> {
  const child = spawn(process.execPath, [launcher, '--input', join(dir, 'in'), '--output', join(dir, 'out', 'bundle.json'), '--no-cache', '--watch'], {
    env: { ...process.env, CI: '1', DOSSIER_CLI_BUNDLE_DIR: join(dir, 'bundle') },
  });
  const lines: string[] = [];
  let pending = '';
  child.stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const complete = pending.split('\n');
    pending = complete.pop() ?? '';
    for (const line of complete.filter((each) => SUMMARY.test(each))) {
      lines.push(line);
      if (lines.length === count) child.kill('SIGINT');
      else void onSummary(lines.length);
    }
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ lines, code })));
}

describe('npm run extract -- --watch', () => {
  it('runs again for a change made right after the first summary line, and exits cleanly on Ctrl-C', async () => {
    const { lines, code } = await watchUntil(2, () => appendFile(join(dir, 'in', 'a.txt'), 'He met Sergei Shoigu on Tuesday.\n'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^dossier: 2 articles/);
    expect(lines[1]).toMatch(/^dossier: 2 articles/);
    expect(code).toBe(0);
  }, 90_000);
});

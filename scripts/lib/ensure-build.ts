/** Builds dist/ once when it is missing or older than its inputs, so tests and the exporter reuse one build. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
export const DIST_DIR = join(PROJECT_ROOT, 'dist');

const BUILD_INPUTS = ['src', 'schema', 'extractor', 'data', 'public', 'index.html', 'vite.config.ts', 'package.json'];
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), info.mtimeMs);
}

/** True when dist/index.html is missing or any build input changed after it was written. */
export function isBuildStale(root = PROJECT_ROOT): boolean {
  const builtIndex = join(root, 'dist', 'index.html');
  if (!existsSync(builtIndex)) return true;
  const builtAt = statSync(builtIndex).mtimeMs;
  return BUILD_INPUTS.some((input) => newestMtime(join(root, input)) > builtAt);
}

/** Runs `npm run build` when needed (or when forced); throws with the build's output if it fails. */
export function ensureBuild({ force = false, root = PROJECT_ROOT }: { force?: boolean; root?: string } = {}): void {
  if (!force && !isBuildStale(root)) return;
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8', env: process.env });
  if (result.status !== 0) {
    throw new Error(`npm run build failed (exit ${String(result.status)}):\n${result.stdout}\n${result.stderr}`);
  }
}

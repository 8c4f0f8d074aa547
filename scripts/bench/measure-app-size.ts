/** The built app's JavaScript: which chunks load up front and which on demand, raw and gzipped. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import type { ChunkSize } from './format-report';
import { PROJECT_ROOT } from './run-extractor';

const ManifestSchema = z.record(
  z.string(),
  z.object({
    file: z.string(),
    isEntry: z.boolean().optional(),
    imports: z.array(z.string()).optional(),
    dynamicImports: z.array(z.string()).optional(),
  }),
);
export type ViteManifest = z.infer<typeof ManifestSchema>;

/** Builds the app into `outDir` with a manifest; throws with vite's output on failure. */
export function buildApp(outDir: string): void {
  const vite = join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--manifest'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, CI: '1' },
  });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${String(result.status)}):\n${result.stdout}\n${result.stderr}`);
}

/**
 * JS files the page loads before first paint: the entry chunks and everything
 * they import statically, transitively. Every other JS file is lazy.
 */
export function classifyChunks(manifest: ViteManifest): { initial: string[]; lazy: string[] } {
  const initialKeys = new Set<string>();
  const visit = (key: string) => {
    if (initialKeys.has(key)) return;
    initialKeys.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  Object.entries(manifest).forEach(([key, chunk]) => {
    if (chunk.isEntry) visit(key);
  });
  const jsFiles = (keys: string[]) => [...new Set(keys.map((key) => manifest[key]?.file ?? '').filter((file) => file.endsWith('.js')))].sort();
  const all = Object.keys(manifest);
  const initial = jsFiles([...initialKeys]);
  return { initial, lazy: jsFiles(all).filter((file) => !initial.includes(file)) };
}

/** Sizes of every JS chunk of a build made by buildApp(). */
export function measureChunkSizes(distDir: string): ChunkSize[] {
  const manifest = ManifestSchema.parse(JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')));
  const { initial, lazy } = classifyChunks(manifest);
  const sizeOf = (file: string, isInitial: boolean): ChunkSize => {
    const bytes = readFileSync(join(distDir, file));
    return { file, initial: isInitial, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  };
  return [...initial.map((file) => sizeOf(file, true)), ...lazy.map((file) => sizeOf(file, false))];
}

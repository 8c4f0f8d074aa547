import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runExtraction } from '../../../extractor/node/run-extraction';

const run = promisify(execFile);
const launcher = join(import.meta.dirname, '../../../extractor/node/run-bundled-cli.mjs');
const ManifestSchema = z.object({ key: z.string(), root: z.string(), inputs: z.record(z.string(), z.string()) });
const BUILDING = /^dossier: bundling the extractor CLI/;

let dir: string;
let bundleDir: string;
const manifestPath = () => join(bundleDir, 'manifest.json');
const readManifest = async () => ManifestSchema.parse(JSON.parse(await readFile(manifestPath(), 'utf8')));
const bundled = (args: readonly string[], env: Record<string, string> = {}) => run(process.execPath, [launcher, ...args], { env: { ...process.env, CI: '1', DOSSIER_CLI_BUNDLE_DIR: bundleDir, ...env } });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-bundled-'));
  bundleDir = join(dir, 'bundle');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the bundled extract CLI', () => {
  it('bundles on first use, then starts from the bundle while no input changed', async () => {
    const first = await bundled(['--help']);
    const second = await bundled(['--help']);
    expect(first.stderr).toMatch(BUILDING);
    expect(first.stdout).toMatch(/^Usage: npm run extract/);
    expect(second.stderr).toBe('');
    expect(second.stdout).toBe(first.stdout);
  }, 60_000);

  it('records the bytes of every file it was built from: the sources, the packages and the launcher itself', async () => {
    await bundled(['--help']);
    const files = Object.keys((await readManifest()).inputs);
    expect(files).toEqual(expect.arrayContaining(['extractor/cli.ts', 'extractor/node/extract-worker.ts', 'extractor/node/run-bundled-cli.mjs', 'schema/bundle.ts']));
    expect(files.some((file) => file.startsWith('node_modules/zod/'))).toBe(true);
  }, 60_000);

  it.each([
    ['an input whose bytes changed', async () => {
      const manifest = await readManifest();
      await writeFile(manifestPath(), JSON.stringify({ ...manifest, inputs: { ...manifest.inputs, 'extractor/cli.ts': '0'.repeat(40) } }));
    }],
    ['an input that is gone', async () => {
      const manifest = await readManifest();
      await writeFile(manifestPath(), JSON.stringify({ ...manifest, inputs: { ...manifest.inputs, 'extractor/removed.ts': '0'.repeat(40) } }));
    }],
    ['a bundle built in another checkout of the project, sharing node_modules', async () => {
      const manifest = await readManifest();
      await writeFile(manifestPath(), JSON.stringify({ ...manifest, root: '/elsewhere/dossier/' }));
    }],
    ['a manifest that cannot be read', async () => writeFile(manifestPath(), '{')],
    ['a bundle folder that is gone', async () => rm(join(bundleDir, (await readManifest()).key), { recursive: true, force: true })],
  ])('bundles afresh after %s, and runs the new bundle', async (_case, spoil) => {
    await bundled(['--help']);
    await spoil();
    const { stderr, stdout } = await bundled(['--help']);
    expect(stderr).toMatch(BUILDING);
    expect(stdout).toMatch(/^Usage: npm run extract/);
    expect((await bundled(['--help'])).stderr).toBe('');
  }, 60_000);

  it('writes the same bytes as the extractor run from its sources, worker threads included', async () => {
    const input = join(dir, 'articles');
    await run(process.execPath, ['-e', `
      const { mkdirSync, writeFileSync } = require('node:fs');
      mkdirSync(${JSON.stringify(input)}, { recursive: true });
      for (let i = 0; i < 420; i += 1) {
        const day = String(1 + (i % 28)).padStart(2, '0');
        writeFileSync(${JSON.stringify(input)} + '/a' + String(i).padStart(3, '0') + '.txt', ' date 2020-09-' + day + ' Rajnath Singh on Thursday held talks with Sergei Shoigu in Moscow about the S-400 (' + i + ').');
      }`]);
    await bundled(['--input', input, '--output', join(dir, 'bundled/bundle.json'), '--no-cache', '--jobs', '2'], { SOURCE_DATE_EPOCH: '1700000000' });
    await runExtraction({ inputDir: input, outputFile: join(dir, 'sources/bundle.json'), cacheDir: null, jobs: 1, generatedAt: new Date(1700000000 * 1000).toISOString() });
    for (const file of ['bundle.json', 'facts.json']) {
      expect((await readFile(join(dir, 'bundled', file))).equals(await readFile(join(dir, 'sources', file)))).toBe(true);
    }
  }, 120_000);
});

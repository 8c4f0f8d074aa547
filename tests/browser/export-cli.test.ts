import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../scripts/lib/ensure-build';
import { builtAppDir, corpusFingerprint, describeInChromium, readBuiltFacts, saveExportArtifact } from './lib/harness';
import { decodePng, distinctColours, expectLikeReference } from './lib/images';

const run = promisify(execFile);

/** Runs `npm run export -- ...` against the already built app, as a person would. */
async function exportCli(args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, ['--import', 'tsx', 'scripts/export.ts', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DOSSIER_DIST: builtAppDir() },
    timeout: 120_000,
  });
}

describeInChromium('npm run export (the command-line exporter)', () => {
  const out = mkdtempSync(join(tmpdir(), 'dossier-export-'));
  let corpus = '';

  beforeAll(() => {
    corpus = corpusFingerprint(readBuiltFacts(builtAppDir()));
  });

  it('writes the timeline for a date range at the requested width and scale', async () => {
    const file = join(out, 'timeline.png');
    const { stdout } = await exportCli(['--panel', 'timeline', '--query', 'from=2020-06-01&to=2020-12-31', '--out', file, '--width', '1600', '--scale', '2']);
    expect(stdout).toMatch(/Wrote .*timeline\.png \(3200×\d+ px\)/);
    const content = readFileSync(file);
    saveExportArtifact('cli-timeline.png', content);
    const png = decodePng(content);
    expect(png.width).toBe(3200);
    expect(distinctColours(png)).toBeGreaterThan(12);
    expectLikeReference(png, 'cli-timeline', corpus);
  });

  it('writes the whole dashboard by default, with map, chart and table present', async () => {
    const file = join(out, 'dossier.png');
    await exportCli(['--out', file, '--width', '1440', '--scale', '1']);
    const content = readFileSync(file);
    saveExportArtifact('cli-dossier.png', content);
    const png = decodePng(content);
    expect(png.width).toBe(1440);
    expect(distinctColours(png)).toBeGreaterThan(12);
    expectLikeReference(png, 'cli-dossier', corpus);
  });

  it('writes a PDF with --format pdf', async () => {
    const file = join(out, 'dossier.pdf');
    await exportCli(['--format', 'pdf', '--out', file]);
    const content = readFileSync(file);
    saveExportArtifact('cli-dossier.pdf', content);
    expect(content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(content.length).toBeGreaterThan(10_000);
  });

  it('says in one line when Chromium is missing', async () => {
    const missing = await run(process.execPath, ['--import', 'tsx', 'scripts/export.ts', '--out', join(out, 'never.png')], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
    }).then(
      () => '',
      (error: unknown) => (typeof error === 'object' && error !== null && 'stderr' in error ? String(error.stderr) : ''),
    );
    expect(missing.trim().split('\n')).toEqual([
      'Chromium not found at /nonexistent/chromium; install it with apt-get install -y chromium',
    ]);
  });
});

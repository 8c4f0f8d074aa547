import { execFile } from 'node:child_process';
import { appendFile, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BundleSchema, FactsBundleSchema } from '../../../schema/bundle';
import { ExtractionFailure, runExtraction } from '../../../extractor/node/run-extraction';

const run = promisify(execFile);
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-run-'));
  await writeFile(join(dir, 'a.txt'), ' date 2020-09-03 Rajnath Singh on Thursday held talks with Sergei Shoigu in Moscow.');
  await writeFile(join(dir, 'b.md'), '# Deal\n\nIndia signed a USD 5.2 billion deal for the S-400 on October 5, 2018.');
  await writeFile(join(dir, 'notes.pdf'), '%PDF-1.4');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const options = () => ({ inputDir: join(dir), outputFile: join(dir, 'out/bundle.json'), cacheDir: join(dir, 'cache'), jobs: 1 });

describe('runExtraction', () => {
  it('writes the full bundle, the facts without texts, and one text per article', async () => {
    await runExtraction(options());
    const full = BundleSchema.parse(JSON.parse(await readFile(join(dir, 'out/bundle.json'), 'utf8')));
    const facts = FactsBundleSchema.parse(JSON.parse(await readFile(join(dir, 'out/facts.json'), 'utf8')));
    expect(full.articles.map((article) => article.id)).toEqual(['a', 'b']);
    expect(facts.articles.every((article) => !('text' in article))).toBe(true);
    expect((await readdir(join(dir, 'out/texts'))).sort()).toEqual(['a.txt', 'b.txt']);
    expect(await readFile(join(dir, 'out/texts/a.txt'), 'utf8')).toBe(full.articles[0]?.text);
    expect(full.warnings).toContainEqual({ file: 'notes.pdf', message: expect.stringMatching(/skipped/) });
  });

  it('writes facts.json on one line without quotes, bundle.json indented with them', async () => {
    await runExtraction(options());
    const factsText = await readFile(join(dir, 'out/facts.json'), 'utf8');
    const fullText = await readFile(join(dir, 'out/bundle.json'), 'utf8');
    const full = BundleSchema.parse(JSON.parse(fullText));
    const firstSource = full.places[0]?.sources[0];
    expect(firstSource).toBeDefined();
    expect(firstSource?.quote).toBe(full.articles.find((article) => article.id === firstSource?.articleId)?.text.slice(firstSource?.start, firstSource?.end));
    expect(factsText.split('\n')).toEqual([expect.any(String), '']);
    expect(factsText).not.toContain('"quote"');
    expect(fullText.startsWith(`{\n  "schemaVersion": 1,`)).toBe(true);
    expect(fullText).toContain('"quote"');
  });

  it('re-extracts only the articles that changed', async () => {
    expect((await runExtraction(options())).cached).toBe(0);
    expect((await runExtraction(options())).cached).toBe(2);
    await appendFile(join(dir, 'b.md'), '\n\nThe first batch was delivered in December 2021.');
    const summary = await runExtraction(options());
    expect(summary.cached).toBe(1);
    expect(await readFile(join(dir, 'out/texts/b.txt'), 'utf8')).toContain('December 2021');
  });

  it('rewrites only the texts that changed and removes those of deleted articles', async () => {
    await runExtraction(options());
    const unchanged = await stat(join(dir, 'out/texts/b.txt'));
    await appendFile(join(dir, 'a.txt'), ' The talks lasted two hours.');
    await writeFile(join(dir, 'out/texts/stale.txt'), 'an article that is gone');
    await runExtraction(options());
    expect((await readdir(join(dir, 'out/texts'))).sort()).toEqual(['a.txt', 'b.txt']);
    expect(await readFile(join(dir, 'out/texts/a.txt'), 'utf8')).toContain('two hours');
    expect((await stat(join(dir, 'out/texts/b.txt'))).mtimeMs).toBe(unchanged.mtimeMs);
  });

  it('reports the seconds of each stage', async () => {
    const stages: string[] = [];
    await runExtraction({ ...options(), onStage: (stage, seconds) => stages.push(`${stage} ${seconds >= 0}`) });
    expect(stages).toEqual(expect.arrayContaining(['read true', 'extract true', 'merge true', 'validate+write true', 'state-save true']));
  });

  it('fails with a reason naming the folder when the input folder is missing', async () => {
    await expect(runExtraction({ ...options(), inputDir: join(dir, 'missing') })).rejects.toThrow(ExtractionFailure);
    await expect(runExtraction({ ...options(), inputDir: join(dir, 'missing') })).rejects.toThrow(/missing/);
  });
});

describe('the extract CLI', () => {
  const cli = join(import.meta.dirname, '../../../extractor/cli.ts');
  const tsx = join(import.meta.dirname, '../../../node_modules/.bin/tsx');

  it('exits 1 with a one-line reason when no bundle can be written', async () => {
    const failure = await run(tsx, [cli, '--input', join(dir, 'missing'), '--output', join(dir, 'x/bundle.json')]).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 1, stderr: expect.stringMatching(/^dossier: no bundle written: cannot read the input folder .*missing/) });
  }, 30_000);

  it('prints one summary line and nothing else when not on a terminal', async () => {
    const { stdout, stderr } = await run(tsx, [cli, '--input', dir, '--output', join(dir, 'out/bundle.json'), '--no-cache'], { env: { ...process.env, CI: 'true' } });
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stdout).toMatch(/2 articles .* -> \d+ places, \d+ events/);
    expect(stdout).toMatch(/\d+ warnings/);
    expect(stderr).toBe('');
  }, 30_000);
});

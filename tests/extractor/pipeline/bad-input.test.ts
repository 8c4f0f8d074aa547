import { describe, expect, it } from 'vitest';
import { extractBundle } from '../../../extractor/extract-bundle';
import type { InputFile } from '../../../extractor/types';

const GOOD = ' date 2020-09-03 Defence Minister Rajnath Singh on Thursday held talks with Russian Defence Minister Sergei Shoigu in Moscow.';
const encode = (text: string) => new TextEncoder().encode(text);
const file = (name: string, contents: string | Uint8Array): InputFile => ({ name, bytes: typeof contents === 'string' ? encode(contents) : contents });
const run = (...files: InputFile[]) => extractBundle([file('good.txt', GOOD), ...files], { generatedAt: '2020-01-01T00:00:00.000Z' });

function warningsFor(bundle: ReturnType<typeof run>, name: string): string {
  return bundle.warnings.filter((warning) => warning.file === name).map((warning) => warning.message).join(' | ');
}

function expectGoodArticleKept(bundle: ReturnType<typeof run>) {
  expect(bundle.articles.map((article) => article.id)).toContain('good');
  expect(bundle.events.some((event) => event.type === 'meeting' && event.start === '2020-09-03')).toBe(true);
}

describe('bad input never loses data', () => {
  it.each([
    ['empty.txt', '', /empty/i],
    ['blank.txt', '   \n\n  ', /empty/i],
    ['binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0, 0]), /binary/i],
  ])('rejects %s with a warning naming it and keeps the rest', (name, contents, message) => {
    const bundle = run(file(name, contents));
    expect(warningsFor(bundle, name)).toMatch(message);
    expect(bundle.articles.map((article) => article.file)).not.toContain(name);
    expectGoodArticleKept(bundle);
  });

  it('reads non-UTF-8 text as Windows-1252 with a warning', () => {
    const latin = new Uint8Array([...encode(' date 2020-09-03 Talks in Moscow about the S-400 '), 0x93, ...encode('deal'), 0x94, ...encode('.')]);
    const bundle = run(file('latin.txt', latin));
    expect(warningsFor(bundle, 'latin.txt')).toMatch(/UTF-8/);
    expect(bundle.articles.find((article) => article.id === 'latin')?.text).toContain('\u201cdeal\u201d');
    expectGoodArticleKept(bundle);
  });

  it('keeps hostile HTML as inert text: scripts dropped, tags stripped', () => {
    const html = '<html><head><script>alert(1)</script><style>p{}</style></head><body><h1>Talks in Moscow</h1><p onclick="steal()">India signed a deal for the S-400 <img src=x onerror=alert(2)> systems.</p></body></html>';
    const bundle = run(file('hostile.html', html));
    const article = bundle.articles.find((candidate) => candidate.id === 'hostile');
    expect(article?.text).not.toMatch(/<|alert|steal|onerror/);
    expect(article?.text).toContain('Talks in Moscow');
    expect(bundle.procurement.map((item) => item.name)).toContain('S-400');
    expectGoodArticleKept(bundle);
  });

  it('warns about an impossible date line and does not use it', () => {
    const bundle = run(file('broken-date.txt', ' date 2020-13-45 Rajnath Singh met Sergei Shoigu in Moscow on Thursday.'));
    expect(warningsFor(bundle, 'broken-date.txt')).toMatch(/2020-13-45/);
    const article = bundle.articles.find((candidate) => candidate.id === 'broken-date');
    expect(article?.published).not.toBe('2020-13-45');
    expectGoodArticleKept(bundle);
  });

  it('never falls back to today for an article with no date', () => {
    const bundle = run(file('undated.txt', 'The Indian Army said the T-90 tanks would be upgraded on Friday.'));
    const article = bundle.articles.find((candidate) => candidate.id === 'undated');
    expect(article?.published).toBeNull();
    expect(warningsFor(bundle, 'undated.txt')).toMatch(/no publication date/);
    const today = new Date().toISOString().slice(0, 10);
    expect(bundle.events.every((event) => event.start !== today)).toBe(true);
  });

  it('counts a duplicate article once and says so', () => {
    const bundle = run(file('zz-copy.txt', GOOD));
    expect(warningsFor(bundle, 'zz-copy.txt')).toMatch(/duplicate of good/);
    const meeting = bundle.events.find((event) => event.type === 'meeting');
    expect(meeting?.sources.map((source) => source.articleId)).toEqual(['good']);
    expect(bundle.articles).toHaveLength(2);
  });

  it('keeps an article with no facts and says so', () => {
    const bundle = run(file('recipe.txt', 'Boil the water. Add the rice and stir it gently.'));
    expect(bundle.articles.map((article) => article.id)).toContain('recipe');
    expect(warningsFor(bundle, 'recipe.txt')).toMatch(/no places, events/);
  });

  it('handles a very large article without losing the others', () => {
    const paragraph = 'Russia delivered more S-400 units to India in Moscow on Monday. '.repeat(16_000);
    const bundle = run(file('huge.txt', ` date 2021-11-15 ${paragraph}`));
    expect(bundle.articles.map((article) => article.id)).toContain('huge');
    expect(bundle.procurement.find((item) => item.name === 'S-400')?.sources.map((source) => source.articleId)).toContain('huge');
    expectGoodArticleKept(bundle);
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { articleIdsOf, fileStem } from '../../../extractor/input/article-ids';
import { readArticle } from '../../../extractor/input/read-article';

describe('articleIdsOf', () => {
  it.each([
    ['stems when every stem is its own', ['a.txt', 'b.md', 'c.html'], ['a', 'b', 'c']],
    ['whole names for the files of a shared stem', ['x.html', 'x.txt', 'y.txt'], ['x.html', 'x.txt', 'y']],
    ['the whole name of a file whose stem is another file\'s whole name', ['x.txt', 'x.txt.md'], ['x', 'x.txt.md']],
    ['whole names when a shared stem is also another file\'s whole name', ['x.md', 'x.txt', 'x.txt.md'], ['x.md', 'x.txt', 'x.txt.md']],
    ['stems told apart by letter case', ['X.txt', 'x.txt'], ['X', 'x']],
  ])('gives %s', (_name, names, ids) => {
    expect([...articleIdsOf(names).values()]).toEqual(ids);
  });

  it('never gives two files one id', () => {
    const names = ['a.txt', 'a.md', 'a.html', 'a.txt.md', 'a.md.txt', 'b.txt', 'b.txt.txt', 'c.htm'];
    expect(new Set(articleIdsOf(names).values()).size).toBe(names.length);
  });
});

describe('fileStem', () => {
  it.each([
    ['003_b8affa03.txt', '003_b8affa03'],
    ['report.2020.md', 'report.2020'],
    ['sub/dir/a.html', 'a'],
    ['.txt', '.txt'],
  ])('of %s is %s', (name, stem) => {
    expect(fileStem(name)).toBe(stem);
  });
});

describe('readArticle with an id given by its folder', () => {
  const bytes = new TextEncoder().encode(' date 2020-06-22\nRajnath Singh arrived in Moscow on Monday.\n');

  it('keeps that id and says why it is not the stem', () => {
    const { article, warnings } = readArticle({ name: 'x.md', bytes, id: 'x.md' });
    expect(article?.id).toBe('x.md');
    expect(warnings.join(' ')).toContain('"x.md"');
  });

  it('uses the stem, with no warning, when no id is given', () => {
    const { article, warnings } = readArticle({ name: 'x.md', bytes });
    expect(article?.id).toBe('x');
    expect(warnings).toEqual([]);
  });
});

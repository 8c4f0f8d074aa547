import { describe, expect, it } from 'vitest';
import { extractArticle, readArticleOf, redatedFacts } from '../../../extractor/article/extract-article';
import { isIsoDay } from '../../../extractor/dates/iso-day';

const fileOf = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const UNDATED = fileOf('undated.txt', 'Rajnath Singh on Thursday met Sergei Shoigu in Moscow.');

describe('extractArticle', () => {
  it.each([
    ['keeps the day-free mentions of an undated article for its second reading', UNDATED, true],
    ['keeps no mentions for an article that states its day', fileOf('dated.txt', 'Published - June 5, 2020\nRajnath Singh on Thursday met Sergei Shoigu in Moscow.'), false],
    ['keeps no mentions for a file that is not an article', fileOf('empty.txt', ''), false],
  ])('%s', (_, file, kept) => {
    expect(extractArticle(file).mentions !== null).toBe(kept);
  });
});

describe('redatedFacts', () => {
  it('resolves relative dates against the inferred day and keeps the places and people of the first reading', () => {
    const day = '2020-06-22';
    if (!isIsoDay(day)) throw new Error('not a day');
    const first = extractArticle(UNDATED);
    const read = readArticleOf(first);
    if (!read || !first.mentions) throw new Error('an undated article is read and keeps its mentions');
    const second = redatedFacts(read, day, first.mentions);
    expect(first.facts.events.map((event) => event.date)).toEqual([null]);
    expect(second.events.map((event) => event.date?.start)).toEqual(['2020-06-18']);
    expect([second.places, second.people]).toEqual([first.facts.places, first.facts.people]);
  });
});

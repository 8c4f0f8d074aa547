import { describe, expect, it } from 'vitest';
import { extractBundle } from '../../../extractor/extract-bundle';
import { findYearlessDatelineDay } from '../../../extractor/input/publication-date';

describe('findYearlessDatelineDay', () => {
  it.each<[string, string | null]>([
    ['Rajnath meets Borisov\n\nMOSCOW, June 23 (Reuters) - Singh met Borisov.', '06-23'],
    ['NEW DELHI, Sept 3 (PTI) Singh left for Moscow.', '09-03'],
    ['Shoigu to meet Singh\nMoscow. June 22. INTERFAX - Shoigu will meet Singh.', '06-22'],
    ['BEIJING, Feb. 29 (Xinhua) -- China said on Saturday ...', '02-29'],
    ['NEW DELHI, December 6, 2021. /TASS/. Putin and Modi held talks.', null],
    ['NEW DELHI (AP) — Singh left for Moscow.', null],
    ['Singh left for Moscow on June 22.', null],
  ])('reads the filing day of %j', (text, monthDay) => {
    expect(findYearlessDatelineDay(text, 0)).toBe(monthDay);
  });
});

describe('an undated wire report with a year-less dateline', () => {
  const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
  const dated = [
    file('a.txt', ' date 2020-06-22\nRajnath leaves for Moscow\n\nNEW DELHI, June 22 (PTI) Defence Minister Rajnath Singh on Monday left for Moscow on a three-day visit to Russia to attend the Victory Day parade.'),
    file('c.txt', ' date 2020-06-22\nRajnath in Moscow\n\nDefence Minister Rajnath Singh on Monday arrived in Moscow on a three-day visit to Russia and will attend the Victory Day parade on Red Square.'),
  ];
  const undated = file('b.txt', 'Rajnath meets Borisov\n\nMOSCOW, June 23 (Reuters) - Defence Minister Rajnath Singh, on a three-day visit to Russia, met Deputy Prime Minister Yury Borisov on Tuesday and will attend the Victory Day parade on Red Square on Wednesday.');

  it('is inferred on its dateline’s day, not on the day of the reports it shares events with', () => {
    const bundle = extractBundle([...dated, undated], { generatedAt: '2000-01-01T00:00:00.000Z' });
    const article = bundle.articles.find((candidate) => candidate.id === 'b');
    expect([article?.published, article?.publishedFrom]).toEqual(['2020-06-23', 'inferred']);
    expect(bundle.events.find((event) => event.people.length > 0 && event.type === 'meeting' && event.sources.some((source) => source.articleId === 'b'))?.start).toBe('2020-06-23');
  });

  it('is inferred on its dateline’s day when the reports it shares events with were published later', () => {
    const early = file('d.txt', 'Singh to meet Shoigu\n\nMOSCOW, June 21 (Reuters) - Defence Minister Rajnath Singh will begin a three-day visit to Russia on Monday and attend the Victory Day parade on Red Square on Wednesday.');
    const later = [
      file('e.txt', ' date 2020-06-24\nParade in Moscow\n\nDefence Minister Rajnath Singh, on a three-day visit to Russia, attended the Victory Day parade on Red Square on Wednesday.'),
      file('f.txt', ' date 2020-06-24\nSingh at the parade\n\nIndian troops marched in the Victory Day parade on Red Square on Wednesday, watched by Defence Minister Rajnath Singh on his three-day visit to Russia.'),
    ];
    const bundle = extractBundle([...later, early], { generatedAt: '2000-01-01T00:00:00.000Z' });
    const article = bundle.articles.find((candidate) => candidate.id === 'd');
    expect([article?.published, article?.publishedFrom]).toEqual(['2020-06-21', 'inferred']);
  });
});

describe('an undated wire report with a year-less dateline and no other report of its events', () => {
  const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
  const publishedOf = (text: string) => extractBundle([file('a.txt', text)], { generatedAt: '2000-01-01T00:00:00.000Z' }).articles[0];

  it.each<[string, string, string | null]>([
    [
      'the latest year it names',
      'Warning shots fired at destroyer\n\nMOSCOW, June 23. /TASS/. A patrol ship fired warning shots at a British destroyer near Cape Fiolent on Wednesday. The ship had sailed for the Sea Breeze 2021 drills; Crimea was annexed in March 2014.',
      '2021-06-23',
    ],
    [
      'the year after, when the dateline’s day in that year comes before a day it tells as over',
      'Talks on deliveries\n\nNEW DELHI, Aug 5 (PTI) Defence Minister Rajnath Singh on Wednesday held talks on the S-400 systems. The first squadron was delivered in December 2021.',
      '2022-08-05',
    ],
    [
      'no year from a deadline',
      'Navy plans new ships\n\nNEW DELHI, Aug 5 (PTI) The Navy said on Wednesday it plans to commission 40 ships by 2030. The last one joined in March 2019.',
      '2019-08-05',
    ],
    ['nothing, when it names no year', 'Navy plans new ships\n\nNEW DELHI, Aug 5 (PTI) The Navy said on Wednesday it plans to commission more ships soon.', null],
  ])('takes %s', (_case, text, published) => {
    const article = publishedOf(text);
    expect(article?.published ?? null).toBe(published);
    if (published) expect(article?.publishedFrom).toBe('inferred');
    expect(article?.warnings.join(' ')).toMatch(published ? /no publication year; inferred/ : /none could be inferred/);
  });
});

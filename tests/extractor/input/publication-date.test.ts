import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDateHeader, findPublicationDate } from '../../../extractor/input/publication-date';
import { readArticle } from '../../../extractor/input/read-article';
import { splitSentences } from '../../../extractor/text/split-sentences';

function publicationOf(text: string) {
  return findPublicationDate(text, findDateHeader(text)?.end ?? 0);
}

describe('findPublicationDate on the default articles', () => {
  it.each<[string, string | null, 'header' | null]>([
    ['000_06475bec42396503.txt', '2020-09-02', 'header'],
    ['001_dfec131b4fcdb096.txt', null, null],
    ['002_5a8ef84df38675f4.txt', '2020-09-02', 'header'],
    ['003_b8affa03a4482651.txt', '2020-06-23', 'header'],
    ['004_f40112cbbbfa4a4d.txt', '2020-09-03', 'header'],
  ])('%s was published %s (from %s)', (name, published, from) => {
    expect(publicationOf(readFileSync(`data/articles/${name}`, 'utf8'))).toEqual({ published, from, warnings: [] });
  });
});

describe('findPublicationDate', () => {
  it.each<[string, string, string | null, 'header' | 'text' | null, string[]]>([
    ['a header with its leading space', ' date 2020-09-03 Singh met Shoigu.', '2020-09-03', 'header', []],
    ['a header without the leading space', 'date 2020-09-03 Singh met Shoigu.', '2020-09-03', 'header', []],
    ['a header on its own line', ' date 2020-09-03\nSingh met Shoigu.', '2020-09-03', 'header', []],
    ['an impossible header', ' date 2020-13-45 Singh met Shoigu.', null, null, ["date line '2020-13-45' is not a valid date"]],
    ['a header on a day that does not exist', ' date 2021-02-29 Singh met Shoigu.', null, null, ["date line '2021-02-29' is not a valid date"]],
    ['a header in the wrong format', ' date 03/09/2020 Singh met Shoigu.', null, null, ["date line '03/09/2020' is not a valid date"]],
    ['an impossible header beside a byline', ' date 2020-13-45 Singh met Shoigu.\nPublished - September 04, 2020', '2020-09-04', 'text', ["date line '2020-13-45' is not a valid date"]],
    ['"Published -" byline', 'Rajnath Singh meets Shoigu\nPublished - September 04, 2020\nSingh met Shoigu.', '2020-09-04', 'text', []],
    ['"Updated:" byline with a time', 'By PTI | Updated: Sep 03, 2020 07:05 IST\nSingh met Shoigu.', '2020-09-03', 'text', []],
    ['"Published on:" byline', 'Published on: 3 September 2020\nSingh met Shoigu.', '2020-09-03', 'text', []],
    ['"First Published" beats "Last Updated"', 'Last Updated: 5 Sep 2020\nFirst Published: Sep 4, 2020, 11:30 PM IST\nSingh met Shoigu.', '2020-09-04', 'text', []],
    ['"Posted on" at the bottom', 'Singh met Shoigu.\nThey talked.\nPosted on September 3, 2020', '2020-09-03', 'text', []],
    ['a PTI dateline', 'NEW DELHI, Sept 3, 2020 (PTI) — Singh met Shoigu.', '2020-09-03', 'text', []],
    ['a dateline with a colon', 'Moscow, September 3, 2020: Singh met Shoigu.', '2020-09-03', 'text', []],
    ['a TASS dateline with the header’s year', ' date 2020-09-04 MOSCOW, September 3. /TASS/. Shoigu met Singh.', '2020-09-03', 'text', ["date line says 2020-09-04 but the article's byline says 2020-09-03; using the byline"]],
    ['a year-less PTI dateline that agrees with the header', ' date 2020-09-03 NEW DELHI, Sept 3 (PTI) Singh met Shoigu.', '2020-09-03', 'header', []],
    ['a year-less dateline without a header', 'BEIJING, Sept. 3 (Xinhua) -- China said on Thursday...', null, null, []],
    ['a sentence ending in a weekday and a date, which is no dateline', 'Indian and Japanese warships sailed together on Monday, January 4. The drills ended a day later.', null, null, []],
    ['a TASS dateline under the headline', 'Putin, Modi hail partnership\n\nNEW DELHI, December 6, 2021. /TASS/. Putin and Modi held talks.', '2021-12-06', 'text', []],
    ['a PTI dateline without punctuation after the credit', ' date 2021-12-07 NEW DELHI, Dec 6 (PTI) India and Russia on Monday signed a contract.', '2021-12-06', 'text', ["date line says 2021-12-07 but the article's byline says 2021-12-06; using the byline"]],
    ['a date-only line under the headline', 'Rajnath Singh meets Shoigu\nSep 3, 2020, 19:05 IST\nSingh met Shoigu.', '2020-09-03', 'text', []],
    ['a day-first dotted date line after a time (RIA Novosti)', 'Putin opens MAKS-2021\n\n16:05 20.07.2021 (updated: 18:41 20.07.2021)\n\nZHUKOVSKY, July 20 - RIA Novosti. Putin opened the show.', '2021-07-20', 'text', []],
    ['a dotted date line without a time', 'Shoigu meets Singh\n04.09.2020\nShoigu met Singh.', '2020-09-04', 'text', []],
    ['a date between separators', 'Source: Xinhua | 2020-09-03 21:15:38 | Editor: huaxia\nChina said...', '2020-09-03', 'text', []],
    ['a header that agrees with the byline', ' date 2020-09-03 Singh met Shoigu.\nUpdated: Sep 03, 2020 07:05 IST', '2020-09-03', 'header', []],
    ['a header that disagrees with the byline', ' date 2020-09-05 Singh met Shoigu.\nPublished - September 03, 2020', '2020-09-03', 'text', ["date line says 2020-09-05 but the article's byline says 2020-09-03; using the byline"]],
    ['an embedded ANI tweet', 'Singh leaves for Moscow. pic.twitter.com/HYYH5P7m8Z — ANI (@ANI) September 2, 2020', null, null, []],
    ['an embedded minister tweet', 'Leaving for Moscow. — Rajnath Singh (@rajnathsingh) June 22, 2020\nHe left.', null, null, []],
    ['"published" as a verb in prose', 'The report, published on June 5, 2020, says the talks failed.', null, null, []],
    ['a dated event in the first sentence', 'Singh embarked on a visit on September 2, 2020.', null, null, []],
    ['no date at all', 'Singh met Shoigu on Thursday.', null, null, []],
  ])('handles %s', (_case, text, published, from, warnings) => {
    expect(publicationOf(text)).toEqual({ published, from, warnings });
  });

  it.each([
    '<html><head><meta property="article:published_time" content="2020-09-03T19:05:00+05:30"></head><body><h1>Singh meets Shoigu</h1><p>Singh met Shoigu on Thursday.</p></body></html>',
    '<html><head><meta content="2020-09-03T19:05:00Z" itemprop="datePublished"></head><body><p>Singh met Shoigu.</p></body></html>',
    '<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-09-03T19:05:00+05:30"}</script></head><body><p>Singh met Shoigu.</p></body></html>',
  ])('reads the publication day an HTML page declares in its metadata', (html) => {
    const { article } = readArticle({ name: 'page.html', bytes: new TextEncoder().encode(html) });
    expect(article && findPublicationDate(article.text, article.bodyStart)).toEqual({ published: '2020-09-03', from: 'text', warnings: [] });
    expect(article && splitSentences(article.text).map((sentence) => sentence.text)).not.toContain('Published: 2020-09-03');
  });

  it('never falls back to today', () => {
    expect(publicationOf('Singh met Shoigu today.').published).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../extractor/input/read-article';

const HEADLINE = 'India, Russia discuss S-400 delivery as Rajnath Singh meets Shoigu';
const BODY = 'Defence Minister Rajnath Singh on Tuesday met Sergei Shoigu in Moscow.';

function titleOf(...lines: string[]): string | undefined {
  return readArticle({ name: 'page.txt', bytes: new TextEncoder().encode([...lines, '', BODY].join('\n')) }).article?.title;
}

describe('readArticle titles', () => {
  it.each<[string, string[]]>([
    ['a breadcrumb', ['Home / India / Defence', HEADLINE]],
    ['a masthead', ['Hindustan Times', HEADLINE]],
    ['a site domain', ['DAWN.COM', HEADLINE]],
    ['an agency name', ['TASS', HEADLINE]],
    ['"Listen to this article"', ['Listen to this article', HEADLINE]],
    ['a read time', ['2 min read', HEADLINE]],
    ['a TASS date line', ['22 JUN 2020, 14:30', HEADLINE]],
    ['a byline with its date', ['By PTI | Jun 22, 2020, 10:15 PM IST', HEADLINE]],
    ['a staff byline with its date', ['FP Staff June 22, 2020 22:15:41 IST', HEADLINE]],
    ['an author byline', ['By Rahul Singh, New Delhi', HEADLINE]],
    ['a desk byline', ['Special Correspondent', HEADLINE]],
    ['a photo credit', ['Photo: Twitter/@rajnathsingh', HEADLINE]],
    ['a related link', ['Also Read: India, China hold talks on Galwan', HEADLINE]],
    ['a share prompt', ['Share on WhatsApp', HEADLINE]],
    ['a section label', ['Defence', HEADLINE]],
    ['a kicker in capitals', ['EXCLUSIVE', HEADLINE]],
    ['a two-word section path', ['India News', HEADLINE]],
  ])('skips %s above the headline', (_case, lines) => {
    expect(titleOf(...lines)).toBe(HEADLINE);
  });

  it.each<[string, string[], string]>([
    ['the headline itself', [HEADLINE, 'By Rahul Singh, New Delhi'], HEADLINE],
    ['the first sentence when there is no headline line', ['Home / India / Defence', 'Updated on Jun 23, 2020 10:15 PM IST'], BODY],
    ['a short headline above the story', ['Galwan standoff', 'By Rahul Singh', BODY.repeat(3)], 'Galwan standoff'],
    ['a short headline above a one-sentence story', ['Galwan standoff'], 'Galwan standoff'],
    ['a headline that starts with a place and a date', ['Galwan, June 15: what happened that night'], 'Galwan, June 15: what happened that night'],
  ])('takes %s', (_case, lines, title) => {
    expect(titleOf(...lines)).toBe(title);
  });
});

import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../extractor/dates/find-date-mentions';
import { findPublicationDate } from '../../../extractor/input/publication-date';
import { readArticle } from '../../../extractor/input/read-article';
import { splitSentences } from '../../../extractor/text/split-sentences';

/** Every date mention of an article, as "words=start..end", resolved against its own publication date. */
function articleDates(name: string, content: string): { published: string | null; dates: string[] } {
  const { article } = readArticle({ name, bytes: new TextEncoder().encode(content) });
  if (article === null) throw new Error('not an article');
  const { published } = findPublicationDate(article.text, article.bodyStart);
  const dates = splitSentences(article.text, article.bodyStart).flatMap((sentence) =>
    findDateMentions(sentence.text, published).map((mention) => `${mention.text}=${mention.startDay}..${mention.endDay}`),
  );
  return { published, dates };
}

describe('dates across whole articles in other outlets’ styles', () => {
  it('reads a The Hindu-style page with a "Published -" byline', () => {
    const html = `<html><head><title>Rajnath, Wei Fenghe hold talks in Moscow - The Hindu</title></head><body>
<h1>Rajnath, Wei Fenghe hold talks in Moscow</h1>
<p class="publish-time">Published - September 05, 2020 01:12 am IST</p>
<p>Defence Minister Rajnath Singh and his Chinese counterpart Gen. Wei Fenghe held talks in Moscow on Friday evening, the first face-to-face contact since the clashes in Galwan Valley on June 15.</p>
<p>The meeting, which lasted over two hours, took place on the sidelines of the SCO Defence Ministers’ meeting. External Affairs Minister S. Jaishankar is scheduled to meet Chinese Foreign Minister Wang Yi on September 10.</p>
<p>The Corps Commanders will meet again next week, officials said.</p></body></html>`;
    expect(articleDates('hindu.html', html)).toEqual({
      published: '2020-09-05',
      dates: ['Friday=2020-09-04..2020-09-04', 'June 15=2020-06-15..2020-06-15', 'September 10=2020-09-10..2020-09-10', 'next week=2020-09-07..2020-09-13'],
    });
  });

  it('reads a TASS-style wire with a dateline and a date line', () => {
    const text = ` date 2020-09-04 MOSCOW, September 4. /TASS/. Russian Defence Minister Sergei Shoigu held talks with his Indian counterpart Rajnath Singh on Thursday, the ministry said.
The sides discussed the delivery of S-400 systems, which is due to begin by the end of 2021. The Indra-2020 naval drills will be held in the Andaman Sea on September 4 and 5.
Shoigu last visited New Delhi in 2019.`;
    expect(articleDates('tass.txt', text)).toEqual({
      published: '2020-09-04',
      dates: ['Thursday=2020-09-03..2020-09-03', 'by the end of 2021=2021-10-01..2021-12-31', 'September 4 and 5=2020-09-04..2020-09-05', 'in 2019=2019-01-01..2019-12-31'],
    });
  });

  it('reads a Dawn-style markdown post with a "Published" line and relative dates', () => {
    const markdown = `# Pakistan, China begin joint air exercise

Published December 8, 2020

**ISLAMABAD:** The air forces of Pakistan and China began the *Shaheen-IX* exercise yesterday at an operational air base in Sindh, the ISPR said.

The exercise, which will continue till the end of this month, is the ninth in the series; the last edition was held in 2019 in China.`;
    expect(articleDates('dawn.md', markdown)).toEqual({
      published: '2020-12-08',
      dates: ['yesterday=2020-12-07..2020-12-07', 'till the end of this month=2020-12-08..2020-12-31', 'in 2019=2019-01-01..2019-12-31'],
    });
  });
});

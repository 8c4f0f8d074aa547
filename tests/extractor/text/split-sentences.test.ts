import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../extractor/text/split-sentences';

function textsOf(text: string, from?: number): string[] {
  return splitSentences(text, from).map((sentence) => sentence.text);
}

describe('splitSentences', () => {
  it.each<[string, string, string[]]>([
    ['full stops', 'Singh left for Moscow. He will meet Shoigu.', ['Singh left for Moscow.', 'He will meet Shoigu.']],
    ['ranks and titles', 'Lt. Gen. Harinder Singh met Maj. Gen. Liu Lin. Brig. Rao and Col. Babu were there.', ['Lt. Gen. Harinder Singh met Maj. Gen. Liu Lin.', 'Brig. Rao and Col. Babu were there.']],
    ['honorifics', 'Dr. S. Jaishankar and Mr. Wang Yi met. Mrs. Sitharaman and Ms. Lekhi spoke.', ['Dr. S. Jaishankar and Mr. Wang Yi met.', 'Mrs. Sitharaman and Ms. Lekhi spoke.']],
    ['initials with and without a full stop', 'S Jaishankar met Wang Yi. S. Jaishankar then left.', ['S Jaishankar met Wang Yi.', 'S. Jaishankar then left.']],
    ['decimals and currency abbreviations', 'The deal is worth USD 5.2 billion. It cost Rs. 40,000 crore.', ['The deal is worth USD 5.2 billion.', 'It cost Rs. 40,000 crore.']],
    ['month abbreviations before a day', 'NEW DELHI, Sept. 3 (PTI) Talks ended on Jan. 5. Nos. 3 and No. 4 remain.', ['NEW DELHI, Sept. 3 (PTI) Talks ended on Jan. 5.', 'Nos. 3 and No. 4 remain.']],
    ['dotted acronyms', 'The U.S. and the U.K. objected, e.g. at the UN. Then they left.', ['The U.S. and the U.K. objected, e.g. at the UN.', 'Then they left.']],
    ['closing quotes after the full stop', '“Heading to Moscow.” Singh tweeted. He said, "We talked." Then he left.', ['“Heading to Moscow.”', 'Singh tweeted.', 'He said, "We talked."', 'Then he left.']],
    ['question and exclamation marks', 'Will they meet? Nobody knows! The talks go on.', ['Will they meet?', 'Nobody knows!', 'The talks go on.']],
    ['newlines as hard boundaries', 'Key Details\nThe Defence Minister of China is expected\n\nBackground', ['Key Details', 'The Defence Minister of China is expected', 'Background']],
    ['bullets', 'Key Details\n\n•The meeting comes as India thwarted an attempt. •China sent 7-8 vehicles.', ['Key Details', 'The meeting comes as India thwarted an attempt.', 'China sent 7-8 vehicles.']],
    ['related-story links are skipped', 'Singh met Shoigu.\n\nREAD | Rajnath Singh to formally induct Rafale on September 10; French counterpart invited\n\nAlso Read: Another story\nThe end.', ['Singh met Shoigu.', 'The end.']],
    ['date-only lines and agency bylines are skipped', '6 DEC 2021, 21:10\nPutin, Modi hail partnership\nIndrani Bagchi | TNN | Updated: Sep 21, 2018, 20:14 IST\nAugust 18, 2022\nThey met.', ['Putin, Modi hail partnership', 'They met.']],
    ['byline lines are skipped', 'Rajnath meets Shoigu\nBy PTI | Updated: Sep 03, 2020 07:05 IST\nPublished - September 04, 2020\nPublished on: 3 September 2020\nPublished reports said talks went well.', ['Rajnath meets Shoigu', 'Published reports said talks went well.']],
    ['embedded tweet signatures', 'He will attend the meeting. pic.twitter.com/HYYH5P7m8Z — ANI (@ANI) September 2, 2020', ['He will attend the meeting.', 'pic.twitter.com/HYYH5P7m8Z', '— ANI (@ANI) September 2, 2020']],
    ['a tweet signature after prose', 'I shall also be attending the 75th Victory Day Parade in Moscow. — Rajnath Singh (@rajnathsingh) June 22, 2020', ['I shall also be attending the 75th Victory Day Parade in Moscow.', '— Rajnath Singh (@rajnathsingh) June 22, 2020']],
    ['a dash that is not a tweet', 'NEW DELHI — India and Russia held talks.', ['NEW DELHI — India and Russia held talks.']],
    ['lower-case continuation is not a new sentence', 'The S-400 etc. are due. Troops withdrew from Gogra vs. the rest.', ['The S-400 etc. are due.', 'Troops withdrew from Gogra vs. the rest.']],
    ['punctuation-only lines are dropped', 'One.\n***\n---\nTwo.', ['One.', 'Two.']],
  ])('handles %s', (_case, text, expected) => {
    expect(textsOf(text)).toEqual(expected);
  });

  it('starts at the given offset, after a date header', () => {
    const text = ' date 2020-09-02 Defence Minister Rajnath Singh left. He met Shoigu.';
    expect(textsOf(text, 17)).toEqual(['Defence Minister Rajnath Singh left.', 'He met Shoigu.']);
  });

  it.each(readdirSync('data/articles').filter((name) => name.endsWith('.txt')))(
    'gives exact, trimmed offsets into %s',
    (name) => {
      const text = readFileSync(`data/articles/${name}`, 'utf8');
      const sentences = splitSentences(text);
      expect(sentences.length).toBeGreaterThan(5);
      let previousEnd = 0;
      for (const sentence of sentences) {
        expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
        expect(sentence.text).toBe(sentence.text.trim());
        expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
        expect(sentence.text).not.toMatch(/^READ \|/);
        previousEnd = sentence.end;
      }
    },
  );

  it('splits "Monday (June 22) left ... Moscow, Russia, and" as one sentence', () => {
    const text = 'Union Defence Minister Rajnath Singh on Monday (June 22) left for a three-day visit to Moscow, Russia, and during his visit Singh will hold talks. The Union minister will also attend the 75th Victory Day Parade in Moscow.';
    expect(splitSentences(text)).toHaveLength(2);
  });

  it('stays linear on a long run of abbreviations and full stops', () => {
    const text = 'Gen. '.repeat(100_000) + 'A. '.repeat(100_000) + 'x.'.repeat(100_000);
    const started = performance.now();
    splitSentences(text);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

import { describe, expect, it } from 'vitest';
import type { NoiseKind } from '../../../extractor/input/page-noise';
import { findNoiseLines, isOtherStoryLine, noiseKindOfLine } from '../../../extractor/input/page-noise';

describe('noiseKindOfLine', () => {
  it.each<[string, NoiseKind | null]>([
    ['Also Read: India, China hold talks on Galwan — June 10, 2020', 'related'],
    ['ALSO READ | Army chief visits Ladakh forward posts', 'related'],
    ['READ MORE India, Russia to co-produce Ka-226T helicopters', 'related'],
    ['Read more: Pakistan test-fires Babur cruise missile', 'related'],
    ['• Also Read: Army chief visits Ladakh', 'related'],
    ['Related', 'related'],
    ['Related Stories', 'related'],
    ['You may also like', 'related'],
    ['More from Global Times:', 'related'],
    ['Best of Express', 'related'],
    ["Don't Miss", 'related'],
    ['File photo of Defence Minister Rajnath Singh | PTI', 'caption'],
    ['Photo: Twitter/@rajnathsingh', 'caption'],
    ['Representative image', 'caption'],
    ['Indian Army soldiers in Ladakh. | Photo Credit: PTI', 'caption'],
    ['Rajnath Singh with Sergei Shoigu in Moscow on Tuesday. (Photo: Twitter/@rajnathsingh)', 'caption'],
    ['An S-400 launcher at a parade rehearsal in Moscow. (Reuters file photo)', 'caption'],
    ['Photo taken on June 22, 2020 shows a PLA navy destroyer. (Xinhua/Li Xin)', 'caption'],
    ['A Su-30MKI fighter at Ambala air base. (PTI Photo/Kamal Kishore)', 'caption'],
    ['Chinese soldiers at a training ground in Xinjiang on June 10. Photo: China Military', 'caption'],
    ['Header image: A Ghauri missile on display at a parade in Islamabad on March 23. — ISPR/File', 'caption'],
    ['A Ghauri missile on display at a parade in Islamabad. — AFP/File', 'caption'],
    ['By Rahul Singh, New Delhi', 'credit'],
    ['By PTI | Jun 22, 2020, 10:15 PM IST', 'credit'],
    ['(With inputs from agencies)', 'credit'],
    ['(Reporting by Sanjeev Miglani in New Delhi; Editing by Raju Gopalakrishnan)', 'credit'],
    ['(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)', 'credit'],
    ['Special Correspondent', 'credit'],
    ["The Newspaper's Staff Reporter", 'credit'],
    ['Defense News staff', 'credit'],
    ['Home / India / Defence', 'furniture'],
    ['Home » News » World', 'furniture'],
    ['Hindustan Times', 'furniture'],
    ['DAWN.COM', 'furniture'],
    ['TASS', 'furniture'],
    ['Listen to this article', 'furniture'],
    ['2 min read', 'furniture'],
    ['Follow us on Twitter and Facebook', 'furniture'],
    ['Subscribe to our newsletter for the latest defence news', 'furniture'],
    ['12 Comments', 'furniture'],
    ['Advertisement', 'furniture'],
    ['© 2020 Reuters. All rights reserved.', 'furniture'],
    ['Track Latest News Live on NDTV.com and get news updates from India and around the world', 'furniture'],
    ['Click to share on Twitter (Opens in new window)', 'furniture'],
    ['August 31, 20208:41 PM UTCUpdated 2 years ago', 'furniture'],
    ['Updated: Jun 23, 2020 08:10 IST', 'furniture'],
    ['India, Russia discuss S-400 delivery as Rajnath Singh meets Shoigu', null],
    ['Defence Minister Rajnath Singh on Monday left for Moscow on a three-day visit to Russia.', null],
    ['By the end of 2021, India expects the first S-400 regiment to be operational.', null],
    ['Read the full statement of the Ministry of Defence below.', null],
    ['NEW DELHI, June 22 (PTI) Defence Minister Rajnath Singh left for Moscow.', null],
    ['The photo of the clash was released on Friday.', null],
    ['', null],
  ])('%j is %s', (line, kind) => {
    expect(noiseKindOfLine(line)).toBe(kind);
  });
});

describe('findNoiseLines', () => {
  const text = [
    'India, Russia discuss S-400 delivery',
    'Singh met Shoigu in Moscow on Tuesday.',
    'Also Read',
    'India, China hold talks at Chushul',
    'June 10, 2020',
    'Army chief visits Leh',
    '',
    'Singh will attend the parade on Wednesday.',
    'Related',
    'Pakistan test-fires Babur missile',
    'Singh also met Yury Borisov in Moscow.',
  ].join('\n');
  const lineOf = (start: number, end: number) => text.slice(start, end);

  it('marks the headlines listed under a related-stories heading up to a blank line or a line of prose', () => {
    expect(findNoiseLines(text).map((noise) => [noise.kind, lineOf(noise.start, noise.end)])).toEqual([
      ['related', 'Also Read'],
      ['related', 'India, China hold talks at Chushul'],
      ['related', 'June 10, 2020'],
      ['related', 'Army chief visits Leh'],
      ['related', 'Related'],
      ['related', 'Pakistan test-fires Babur missile'],
    ]);
  });

  it('starts at the given offset', () => {
    expect(findNoiseLines(text, text.indexOf('Singh will')).map((noise) => lineOf(noise.start, noise.end))).toEqual([
      'Related',
      'Pakistan test-fires Babur missile',
    ]);
  });
});

describe('isOtherStoryLine', () => {
  const lines = ['Rajnath Singh leaves for Moscow', 'Related', 'India, China hold talks on Galwan', 'June 10, 2020', '', 'Our Correspondent', 'June 22, 2020', 'File photo of Singh | PTI, June 10, 2020'];

  it.each<[number, boolean]>([
    [0, false],
    [2, true],
    [3, true],
    [5, false],
    [6, false],
    [7, true],
  ])('says whether line %i tells another story', (index, expected) => {
    expect(isOtherStoryLine(lines, index)).toBe(expected);
  });
});

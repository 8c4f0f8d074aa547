import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../extractor/article/extract-article';

const fileOf = (name: string, lines: string[]) => ({ name, bytes: new TextEncoder().encode(lines.join('\n')) });

/** Pages as copied from outlets' sites: the story wrapped in mastheads, bylines, captions, related links and prompts. */
const PAGES = [
  {
    name: 'ht-page.txt',
    lines: [
      'Home / India / Defence',
      'Listen to this article',
      'Hindustan Times',
      'India, Russia discuss S-400 delivery as Rajnath Singh meets Shoigu',
      'By Rahul Singh, New Delhi',
      'Updated on Jun 23, 2020 10:15 PM IST',
      '',
      'Defence Minister Rajnath Singh on Tuesday met Russian Defence Minister Sergei Shoigu in Moscow and discussed the delivery of the S-400 systems.',
      '',
      'File photo: A Su-30MKI fighter jet at Ambala air base. (PTI)',
      '',
      'Also Read',
      'India, China hold talks at Chushul on June 6',
      'Army chief visits Leh, reviews Galwan',
      '',
      'Singh will attend the Victory Day parade on Red Square on Wednesday.',
      '',
      'Rajnath Singh with Sergei Shoigu in Kubinka on Tuesday. (Photo: Twitter/@rajnathsingh)',
      '(With inputs from agencies)',
      'READ MORE | Pakistan test-fires Babur missile from Sonmiani on Monday',
      'Follow us on Twitter and Facebook',
      '12 Comments',
    ],
    title: 'India, Russia discuss S-400 delivery as Rajnath Singh meets Shoigu',
    published: '2020-06-23',
    quotedFirst: [
      'India, Russia discuss S-400 delivery as Rajnath Singh meets Shoigu',
      'By Rahul Singh, New Delhi',
      'Defence Minister Rajnath Singh on Tuesday met Russian Defence Minister Sergei Shoigu in Moscow and discussed the delivery of the S-400 systems.',
    ],
    noisePlaces: ['ambala', 'chushul', 'leh', 'galwan-valley', 'kubinka', 'sonmiani'],
  },
  {
    name: 'tass-page.txt',
    lines: [
      'TASS',
      '22 JUN 2020, 14:30',
      'Shoigu, Singh to discuss arms supplies in Moscow',
      '',
      'MOSCOW, June 22. /TASS/. Russian Defense Minister Sergei Shoigu will hold talks with his Indian counterpart Rajnath Singh in Moscow on Tuesday, the ministry said.',
      '',
      'Related',
      'Russia, China hold joint air patrol over Sea of Japan',
      'Zapad-2021 drills to start in Mulino',
      '',
      'The two ministers will discuss the supply of S-400 systems.',
      '© 2020 TASS. All rights reserved.',
    ],
    title: 'Shoigu, Singh to discuss arms supplies in Moscow',
    published: '2020-06-22',
    quotedFirst: ['Shoigu, Singh to discuss arms supplies in Moscow', 'MOSCOW, June 22. /TASS/.'],
    noisePlaces: ['sea-of-japan', 'mulino'],
  },
  {
    name: 'reuters-page.txt',
    lines: [
      'World',
      'India says China violated border pact in fresh Ladakh clash',
      'By Sanjeev Miglani',
      '3 minute read',
      'August 31, 20208:41 PM UTCUpdated 2 years ago',
      '',
      'NEW DELHI, Aug 31 (Reuters) - India said on Monday Chinese troops had tried to change the status quo near Pangong Tso on Saturday night.',
      '',
      'Related Coverage',
      'Chinese, Indian troops clash in Sikkim on May 9',
      '',
      '(Reporting by Sanjeev Miglani in New Delhi and Huizhong Wu in Taipei; Editing by Alex Richardson)',
    ],
    title: 'India says China violated border pact in fresh Ladakh clash',
    published: '2020-08-31',
    quotedFirst: [
      'India says China violated border pact in fresh Ladakh clash',
      'NEW DELHI, Aug 31 (Reuters) - India said on Monday Chinese troops had tried to change the status quo near Pangong Tso on Saturday night.',
    ],
    noisePlaces: ['sikkim'],
  },
  {
    name: 'dawn-page.txt',
    lines: [
      'DAWN.COM',
      'Pakistan Navy inducts Chinese-built frigate at Karachi',
      'Baqir Sajjad Syed',
      'Published June 22, 2020',
      'Share on WhatsApp',
      '',
      'KARACHI: The Pakistan Navy on Monday inducted a Chinese-built Type 054A/P frigate at a ceremony in Karachi.',
      '',
      'Representative image of a PLA Navy frigate off Qingdao.',
      'Also Read: Navy test-fires missile off Gwadar — June 10, 2020',
      '',
      'The frigate will join the fleet next month.',
    ],
    title: 'Pakistan Navy inducts Chinese-built frigate at Karachi',
    published: '2020-06-22',
    quotedFirst: [
      'Pakistan Navy inducts Chinese-built frigate at Karachi',
      'KARACHI: The Pakistan Navy on Monday inducted a Chinese-built Type 054A/P frigate at a ceremony in Karachi.',
    ],
    noisePlaces: ['qingdao', 'gwadar'],
  },
];

describe('extractArticle on pages wrapped in page furniture', () => {
  it.each(PAGES)('takes the headline of $name as its title and its byline’s day', ({ name, lines, title, published }) => {
    const { article } = extractArticle(fileOf(name, lines));
    expect([article?.title, article?.published]).toEqual([title, published]);
  });

  it.each(PAGES)('quotes only the headline and byline of $name before its story, no masthead, date line or prompt', ({ name, lines, quotedFirst }) => {
    const { facts } = extractArticle(fileOf(name, lines));
    const quotes = [...facts.places, ...facts.events].map((fact) => fact.source).sort((a, b) => a.start - b.start).map((source) => source.quote);
    expect([...new Set(quotes)].slice(0, quotedFirst.length)).toEqual(quotedFirst);
  });

  it.each(PAGES)('finds no place, event or date in the related links and captions of $name', ({ name, lines, noisePlaces }) => {
    const { facts } = extractArticle(fileOf(name, lines));
    expect(facts.places.map((place) => place.placeId).filter((id) => noisePlaces.includes(id))).toEqual([]);
    expect(facts.events.map((event) => event.date?.start).filter((day) => day === '2020-06-10' || day === '2020-06-06')).toEqual([]);
    expect(facts.events.map((event) => event.source.quote).filter((quote) => /Also Read|READ MORE|Photo|image|Related|Updated|\d{4}/i.test(quote))).toEqual([]);
  });

  it('keeps the place a byline names: the truth sets count where a report was filed', () => {
    const { facts } = extractArticle(fileOf('byline.txt', ['Army chief reviews Ladakh deployment', 'By Rahul Singh, New Delhi', '', 'The Army chief on Monday reviewed deployments in Ladakh.']));
    expect(facts.places.map((place) => place.placeId)).toContain('new-delhi');
  });
});

describe('extractArticle on a saved HTML page', () => {
  const page = [
    '<html><head><title>Rajnath meets Shoigu | Hindustan Times</title>',
    '<meta property="article:published_time" content="2020-06-23T22:15:00+05:30"></head><body>',
    '<nav><a href="/">Home</a> <a href="/india">India</a> <a href="/world/pakistan">Karachi news</a></nav>',
    '<article><h1>Rajnath Singh meets Sergei Shoigu in Moscow</h1>',
    '<p>Defence Minister Rajnath Singh on Tuesday met Sergei Shoigu in Moscow.</p>',
    '<figure><img src="a.jpg"><figcaption>Singh at the Kubinka park on June 10. (PTI)</figcaption></figure>',
    '<aside><h3>Related</h3><ul><li>Navy test-fires missile off Gwadar</li></ul></aside>',
    '<button>Share</button><p>Singh will attend the parade on Wednesday.</p></article></body></html>',
  ].join('\n');
  const { article, facts } = extractArticle({ name: 'page.html', bytes: new TextEncoder().encode(page) });

  it('takes its headline and declared day', () => {
    expect([article?.title, article?.published]).toEqual(['Rajnath Singh meets Sergei Shoigu in Moscow', '2020-06-23']);
  });

  it('leaves its menus, captions and related sidebar out of the text and the facts', () => {
    expect(article?.text).not.toMatch(/Karachi|Kubinka|Gwadar|Share/);
    expect(facts.places.map((place) => place.placeId)).toEqual(['moscow', 'moscow']);
  });
});

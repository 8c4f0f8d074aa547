import { describe, expect, it } from 'vitest';
import { findDateHeader, findPublicationDate } from '../../../extractor/input/publication-date';

function publicationOf(text: string) {
  return findPublicationDate(text, findDateHeader(text)?.end ?? 0);
}

const BODY = 'Defence Minister Rajnath Singh on Monday left for Moscow on a three-day visit to Russia.';
const articleOf = (...lines: string[]) => [...lines, '', BODY, ''].join('\n');

type From = 'header' | 'text' | null;

/** Headers, bylines and datelines as outlets print them, each with the day it dates the article. */
const OUTLET_STYLES: [string, string, string | null, From][] = [
  ['Republic: "Last Updated" with an ordinal day', articleOf('Rajnath Singh leaves for Moscow', 'Written By Press Trust of India', 'Last Updated: 22nd June, 2020 18:41 IST'), '2020-06-22', 'text'],
  ['Reuters: date / time / relative update', articleOf('India defence minister heads to Moscow', 'June 22, 2020 / 7:41 PM / Updated 2 hours ago'), '2020-06-22', 'text'],
  ['Reuters: dateline with the header’s year', ' date 2020-06-22\n' + articleOf('India defence minister heads to Moscow', 'NEW DELHI, June 22 (Reuters) - India’s defence minister left for Moscow.'), '2020-06-22', 'header'],
  ['TASS: dateline with the header’s year', ' date 2020-06-23\n' + articleOf('Shoigu to meet Singh', 'MOSCOW, June 23. /TASS/. Russian Defense Minister Sergei Shoigu will meet Singh.'), '2020-06-23', 'header'],
  ['TASS: upper-case date line', articleOf('22 JUN 2020, 14:30', 'Shoigu to meet Singh'), '2020-06-22', 'text'],
  ['Xinhua: dateline with the header’s year', ' date 2020-06-24\n' + articleOf('China says border calm', 'Beijing, June 24 (Xinhua) -- China said on Wednesday the border was calm.'), '2020-06-24', 'header'],
  ['Xinhua: source, timestamp and editor between bars', articleOf('China says border calm', 'Source: Xinhua| 2020-06-24 21:15:38|Editor: huaxia'), '2020-06-24', 'text'],
  ['PTI: "By PTI |" with a time', articleOf('Rajnath Singh leaves for Moscow', 'By PTI | Jun 22, 2020, 10:15 PM IST'), '2020-06-22', 'text'],
  ['Published with a spaced colon', articleOf('Rajnath Singh leaves for Moscow', 'Published : Jun 22, 2020, 9:03 pm IST'), '2020-06-22', 'text'],
  ['day-first date line with a time', articleOf('Rajnath Singh leaves for Moscow', '22 Jun 2020 10:15 AM'), '2020-06-22', 'text'],
  ['ISO timestamp line', articleOf('Rajnath Singh leaves for Moscow', '2020-06-22T16:41:00+05:30'), '2020-06-22', 'text'],
  ['News18: "Updated" then "First Published" on one line', articleOf('Rajnath Singh leaves for Moscow', 'Updated: June 23, 2020, 08:10 IST First Published: June 22, 2020, 22:15 IST'), '2020-06-22', 'text'],
  ['News18: "First Published" under "Last Updated"', articleOf('Rajnath Singh leaves for Moscow', 'Last Updated: June 23, 2020, 08:10 IST', 'First Published: June 22, 2020, 22:15 IST'), '2020-06-22', 'text'],
  ['Indian Express: "First published on" a dashed day-first date at the bottom', articleOf('Rajnath Singh leaves for Moscow') + 'First published on: 22-06-2020 at 18:41 IST\n', '2020-06-22', 'text'],
  ['Indian Express: "First uploaded on" at the bottom under a related list', articleOf('Indian Navy commissions INS Vagir', 'Mumbai |') + 'Best of Express\nIndia, China hold talks at Chushul\n\nFirst uploaded on: 23-01-2023 at 21:05 IST\n', '2023-01-23', 'text'],
  ['Indian Express: "Updated" with seconds', articleOf('Rajnath Singh leaves for Moscow', 'Written by Krishn Kaushik | New Delhi |', 'Updated: June 22, 2020 7:41:12 pm'), '2020-06-22', 'text'],
  ['Hindustan Times: "Updated on" with AM/PM', articleOf('Rajnath Singh leaves for Moscow', 'By HT Correspondent, New Delhi', 'Updated on Jun 22, 2020 10:15 PM IST'), '2020-06-22', 'text'],
  ['The Hindu: "Published -" under the place', articleOf('Rajnath Singh leaves for Moscow', 'Special Correspondent', 'NEW DELHI', 'Published - June 22, 2020 10:15 pm IST'), '2020-06-22', 'text'],
  ['Times of India: "TNN | Updated"', articleOf('Rajnath Singh leaves for Moscow', 'TNN | Updated: Jun 22, 2020, 22:15 IST'), '2020-06-22', 'text'],
  ['NDTV: agency then "Updated"', articleOf('Rajnath Singh leaves for Moscow', 'Press Trust of India | Updated: June 22, 2020 10:15 pm IST'), '2020-06-22', 'text'],
  ['Mint: read time then "Updated"', articleOf('Rajnath Singh leaves for Moscow', '2 min read . Updated: 22 Jun 2020, 10:15 PM IST'), '2020-06-22', 'text'],
  ['ThePrint: day-first with a comma', articleOf('Rajnath Singh leaves for Moscow', 'SNEHESH ALEX PHILIP', '22 June, 2020 10:15 am IST'), '2020-06-22', 'text'],
  ['WION: editor then "Updated" with a bracketed zone', articleOf('Rajnath Singh leaves for Moscow', 'Edited By: Sid | Updated: Jun 22, 2020, 10:15 PM(IST)'), '2020-06-22', 'text'],
  ['India Today: place then upper-case "UPDATED"', articleOf('Rajnath Singh leaves for Moscow', 'New Delhi, UPDATED: Jun 22, 2020 22:15 IST'), '2020-06-22', 'text'],
  ['Deccan Herald: no comma after the day, lower-case zone', articleOf('Rajnath Singh leaves for Moscow', 'PTI, New Delhi,', 'Jun 22 2020, 22:15 ist', 'updated: Jun 23 2020, 08:10 ist'), '2020-06-22', 'text'],
  ['Business Standard: "Last Updated at" after the place', articleOf('Rajnath Singh leaves for Moscow', 'Press Trust of India | New Delhi Last Updated at June 22, 2020 22:15 IST'), '2020-06-22', 'text'],
  ['Firstpost: staff then date with seconds', articleOf('Rajnath Singh leaves for Moscow', 'FP Staff June 22, 2020 22:15:41 IST'), '2020-06-22', 'text'],
  ['Financial Express: byline parts between bars', articleOf('Rajnath Singh leaves for Moscow', 'By: FE Online | New Delhi | June 22, 2020 10:15 PM'), '2020-06-22', 'text'],
  ['Times Now: "Updated" then a time after a bar', articleOf('Rajnath Singh leaves for Moscow', 'Updated Jun 22, 2020 | 22:15 IST'), '2020-06-22', 'text'],
  ['ANI: dateline with the header’s year', ' date 2020-06-22\n' + articleOf('Rajnath Singh leaves for Moscow', 'New Delhi [India], June 22 (ANI): Defence Minister Rajnath Singh left for Moscow.'), '2020-06-22', 'header'],
  ['IANS: dateline with its year', articleOf('Rajnath Singh leaves for Moscow', 'New Delhi, June 22, 2020 (IANS) Defence Minister Rajnath Singh left for Moscow.'), '2020-06-22', 'text'],
  ['Sputnik: GMT time and dotted day', articleOf('Shoigu to meet Singh', '14:30 GMT 22.06.2020 (updated 16:41 GMT 22.06.2020)'), '2020-06-22', 'text'],
  ['RT: day-first with a comma before the year', articleOf('Shoigu to meet Singh', '22 Jun, 2020 16:41'), '2020-06-22', 'text'],
  ['China Daily: "Updated" ISO day with a time', articleOf('China says border calm', 'By Zhao Lei | chinadaily.com.cn | Updated: 2020-06-24 16:41'), '2020-06-24', 'text'],
  ['CGTN: "Updated" time then day-month-year with dashes', articleOf('China says border calm', 'Updated 16:41, 24-Jun-2020'), '2020-06-24', 'text'],
  ['People’s Daily: outlet then time and date', articleOf('China says border calm', "(People's Daily Online) 16:41, June 24, 2020"), '2020-06-24', 'text'],
  ['China Military Online: source, editor and timestamp', articleOf('China says border calm', 'Source: China Military Online Editor: Huang Panyue 2020-06-24 17:19:46'), '2020-06-24', 'text'],
  ['Global Times: "Published" with a time', articleOf('China says border calm', 'By Global Times', 'Published: Jun 24, 2020 10:42 PM'), '2020-06-24', 'text'],
  ['Dawn: "Published" without a colon', articleOf('Pakistan rejects Indian claims', 'Baqir Sajjad Syed', 'Published June 22, 2020'), '2020-06-22', 'text'],
  ['Dawn: "Updated" day-first with a comma and a glued time', articleOf('Pakistan rejects Indian claims', 'Updated 22 Jun, 2020 10:15am'), '2020-06-22', 'text'],
  ['Express Tribune: correspondent then a bare date', articleOf('Pakistan rejects Indian claims', 'Our Correspondent', 'June 22, 2020'), '2020-06-22', 'text'],
  ['The News: weekday before the date', articleOf('Pakistan rejects Indian claims', 'Monday, Jun 22, 2020'), '2020-06-22', 'text'],
  ['APP: dateline with the header’s year', ' date 2020-06-22\n' + articleOf('Pakistan rejects Indian claims', 'ISLAMABAD, Jun 22 (APP): Pakistan rejected the claims.'), '2020-06-22', 'header'],
  ['BBC: day-first without commas', articleOf('India and China: Defence minister heads to Moscow', '22 June 2020'), '2020-06-22', 'text'],
  ['Breaking Defense: "at" before the time', articleOf('India eyes S-400 delivery', 'By Jon Grevatt', 'June 22, 2020 at 11:50 PM'), '2020-06-22', 'text'],
  ['Defense News: US Eastern time late in the evening keeps its own day', articleOf('India eyes S-400 delivery', 'By Joe Gould', 'Jun 22, 2020 11:50 PM ET'), '2020-06-22', 'text'],
  ['Indian Standard Time the next morning keeps its own day', articleOf('India eyes S-400 delivery', 'Updated: Jun 23, 2020 09:20 AM IST'), '2020-06-23', 'text'],
  ['ISO timestamp late in UTC keeps the written day', articleOf('India eyes S-400 delivery', 'Published: 2020-06-22T23:50:00Z'), '2020-06-22', 'text'],
  ['ISO timestamp with a negative offset keeps the written day', articleOf('India eyes S-400 delivery', '2020-06-22T23:50:00-04:00'), '2020-06-22', 'text'],
  ['Reuters copied from the page: year glued to the time, zone glued to "Updated"', articleOf('India defence minister heads to Moscow', 'June 22, 20207:41 PM UTCUpdated 2 years ago'), '2020-06-22', 'text'],
  ['RT: "Published time" and "Edited time"', articleOf('Shoigu to meet Singh', 'Published time: 22 Jun, 2020 16:41 Edited time: 23 Jun, 2020 10:00'), '2020-06-22', 'text'],
  ['France 24 (AFP): "Issued on" and "Modified" with slashed day-first dates', articleOf('India defence minister in Moscow', 'Issued on: 22/06/2020 - 10:15 Modified: 23/06/2020 - 18:41'), '2020-06-22', 'text'],
  ['a US month-first slashed date', articleOf('India eyes S-400 delivery', 'By Joe Gould', '06/22/2020 11:50 PM ET'), '2020-06-22', 'text'],
  ['The Wire: day, month word and year between slashes', articleOf('Rajnath Singh leaves for Moscow', 'The Wire Staff', '22/Jun/2020'), '2020-06-22', 'text'],
  ['a WordPress byline "By ... On"', articleOf('Pakistan rejects Indian claims', 'By News Desk On Jun 22, 2020'), '2020-06-22', 'text'],
  ['Xinhua: source and a lower-case editor before the timestamp', articleOf('China says border calm', 'Source: Xinhua Editor: huaxia 2020-06-24 21:15:38'), '2020-06-24', 'text'],
  ['AP: "Published" with a time and an offset zone before the date', articleOf('India defence minister in Moscow', 'Published 10:15 PM GMT+5:30, June 22, 2020'), '2020-06-22', 'text'],
  ['Washington Post: "at" and a dotted p.m.', articleOf('India eyes S-400 delivery', 'June 22, 2020 at 11:50 p.m. EDT'), '2020-06-22', 'text'],
  ['Tribune India: "Posted at" then "last updated" after a semicolon', articleOf('Rajnath Singh leaves for Moscow', 'Posted at: Jun 22, 2020, 10:15 PM; last updated: Jun 23, 2020, 8:10 AM (IST)'), '2020-06-22', 'text'],
  ['Scroll: a middle dot before the time', articleOf('Rajnath Singh leaves for Moscow', 'Jun 22, 2020 · 10:15 pm'), '2020-06-22', 'text'],
  ['a year-less dateline under a later update: the report’s day, the update’s year', articleOf('Rajnath Singh leaves for Moscow', 'Updated: Jun 23, 2020 08:10 IST', 'NEW DELHI, June 22 (PTI) Defence Minister Rajnath Singh left for Moscow.'), '2020-06-22', 'text'],
  ['a dateline under an update that agrees with the header', ' date 2020-06-23\n' + articleOf('Rajnath Singh leaves for Moscow', 'Updated: Jun 23, 2020 08:10 IST', 'NEW DELHI, June 22 (PTI) Defence Minister Rajnath Singh left for Moscow.'), '2020-06-23', 'header'],
  ['Tribune: a place and a year-less day alone on a line, with the header’s year', ' date 2020-06-22\n' + articleOf('Rajnath Singh leaves for Moscow', 'Tribune News Service', 'New Delhi, June 22'), '2020-06-22', 'header'],
  ['Interfax: a dateline closed by full stops and the agency, with the header’s year', ' date 2020-06-22\n' + articleOf('Shoigu to meet Singh', 'Moscow. June 22. INTERFAX - Shoigu will meet Singh on Tuesday.'), '2020-06-22', 'header'],
  ['AP: no date beside the dateline', articleOf('India defence minister in Moscow', 'NEW DELHI (AP) — India’s defence minister left for Moscow.'), null, null],
];

/** Other dates near the byline that do not date this article. */
const DISTRACTORS: [string, string, string | null, From][] = [
  ['a related link with its own date above the byline', articleOf('Rajnath Singh leaves for Moscow', 'Also Read: India, China hold talks on Galwan — June 10, 2020', 'Updated: Jun 22, 2020, 22:15 IST'), '2020-06-22', 'text'],
  ['a related link with a "Published" label at the bottom after a dateline', ' date 2020-06-22\n' + articleOf('Rajnath Singh leaves for Moscow', 'NEW DELHI, June 22 (PTI) Defence Minister Rajnath Singh left for Moscow.') + 'READ MORE | Army chief visits Ladakh | Published: Jun 10, 2020\n', '2020-06-22', 'header'],
  ['a related block with a bare date line above the byline', articleOf('Rajnath Singh leaves for Moscow', 'Related', 'India, China hold talks on Galwan', 'June 10, 2020', '', 'Our Correspondent', 'June 22, 2020'), '2020-06-22', 'text'],
  ['a related headline with an "Updated" label', articleOf('Rajnath Singh leaves for Moscow', 'Published June 22, 2020') + '\nAlso read\nArmy chief in Ladakh | Updated: Jun 10, 2020\n', '2020-06-22', 'text'],
  ['a photo caption dated by its credit', articleOf('Rajnath Singh leaves for Moscow', 'File photo of Rajnath Singh | PTI, June 10, 2020', 'Updated: Jun 22, 2020, 22:15 IST'), '2020-06-22', 'text'],
  ['an embedded tweet signature before the byline', articleOf('Rajnath Singh leaves for Moscow', 'Leaving for Moscow. — Rajnath Singh (@rajnathsingh) June 21, 2020', 'Published - June 22, 2020'), '2020-06-22', 'text'],
  ['a timeline date line far from a later update', articleOf('Galwan: a year of standoff', 'Updated: Jun 15, 2021 08:10 IST', '', 'Subheading', '', 'Timeline', 'June 15, 2020'), '2021-06-15', 'text'],
  ['a heading with a date and a headline after it', articleOf('Galwan: a year of standoff', 'Timeline: June 15, 2020 – Galwan Valley Clash'), null, null],
  ['a "(With inputs from agencies)" credit', articleOf('Rajnath Singh leaves for Moscow', 'Published: June 22, 2020') + '(With inputs from agencies)\n', '2020-06-22', 'text'],
];

/** A re-post: the date line disagrees with the article's own byline, which wins with a warning. */
const REPOSTS: [string, string, string, string[]][] = [
  ['a byline two days earlier', ' date 2020-06-24\n' + articleOf('Rajnath Singh leaves for Moscow', 'By PTI | Jun 22, 2020, 10:15 PM IST'), '2020-06-22', ["date line says 2020-06-24 but the article's byline says 2020-06-22; using the byline"]],
  ['a "Last Updated" byline a year earlier', ' date 2021-06-22\n' + articleOf('Rajnath Singh leaves for Moscow', 'Last Updated: 22nd June, 2020 18:41 IST'), '2020-06-22', ["date line says 2021-06-22 but the article's byline says 2020-06-22; using the byline"]],
  ['an Interfax dateline a day earlier', ' date 2020-06-23\n' + articleOf('Shoigu to meet Singh', 'Moscow. June 22. INTERFAX - Shoigu will meet Singh on Tuesday.'), '2020-06-22', ["date line says 2020-06-23 but the article's byline says 2020-06-22; using the byline"]],
  ['a US Eastern byline late in the evening, the next day in India where the date line was stamped', ' date 2020-06-23\n' + articleOf('India eyes S-400 delivery', 'By Joe Gould', 'Jun 22, 2020 11:50 PM ET'), '2020-06-22', ["date line says 2020-06-23 but the article's byline says 2020-06-22; using the byline"]],
  ['a TASS dateline a day earlier', ' date 2020-06-24\n' + articleOf('Shoigu to meet Singh', 'MOSCOW, June 23. /TASS/. Shoigu will meet Singh.'), '2020-06-23', ["date line says 2020-06-24 but the article's byline says 2020-06-23; using the byline"]],
];

describe('findPublicationDate on outlets’ headers, bylines and datelines', () => {
  it.each(OUTLET_STYLES)('%s', (_style, text, published, from) => {
    expect(publicationOf(text)).toEqual({ published, from, warnings: [] });
  });
});

describe('findPublicationDate ignores dates that belong to other stories', () => {
  it.each(DISTRACTORS)('%s', (_case, text, published, from) => {
    expect(publicationOf(text)).toEqual({ published, from, warnings: [] });
  });
});

describe('findPublicationDate on re-posts', () => {
  it.each(REPOSTS)('prefers %s to the date line and warns', (_case, text, published, warnings) => {
    expect(publicationOf(text)).toEqual({ published, from: 'text', warnings });
  });
});

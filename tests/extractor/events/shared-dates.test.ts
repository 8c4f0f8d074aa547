/**
 * One date phrase dating two events, on sentences of my own in other outlets'
 * styles: a clause's own verb and the event it was told during.
 */
import { describe, expect, it } from 'vitest';
import { datedEventsOf } from './one-article';

describe('a date told before "during" another event', () => {
  it.each([
    [
      'an announcement made during a state visit is dated with the visit',
      ' date 2024-03-02\nThe sale of 26 Rafale M jets was announced in July 2023 during Prime Minister Narendra Modi\'s visit to Paris.',
      ['other 2023-07-01..2023-07-31', 'visit 2023-07-01..2023-07-31'],
    ],
    [
      'a request made on a day during a meeting is dated with the meeting',
      ' date 2024-01-20\nPresident Ferdinand Marcos raised the shoal dispute on January 4, during a meeting with Chinese Foreign Minister Wang Yi in Manila.',
      ['meeting 2024-01-04..2024-01-04', 'other 2024-01-04..2024-01-04'],
    ],
    [
      'an opening date, then "during" a visit, then the main clause: the main clause is dated with the visit',
      ' date 2021-06-23\nOn June 21, during Prime Minister Narendra Modi\'s visit to Paris, the two sides signed a memorandum on submarine rescue.',
      ['agreement 2021-06-21..2021-06-21', 'visit 2021-06-21..2021-06-21'],
    ],
    [
      'a joint statement issued on the sidelines of a summit is dated with the summit',
      ' date 2023-09-12\nA joint statement was issued on Saturday on the sidelines of the G20 summit in New Delhi.',
      ['meeting 2023-09-09..2023-09-09', 'other 2023-09-09..2023-09-09'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(datedEventsOf(text).sort()).toEqual(expected);
  });

  it('a deal signed during a visit stays one agreement beside the visit, with no event of its verb besides', () => {
    const text = ' date 2023-08-01\nThe two navies signed the agreement on July 14 during Prime Minister Narendra Modi\'s visit to Paris.';
    expect(datedEventsOf(text).sort()).toEqual(['agreement 2023-07-14..2023-07-14', 'visit 2023-07-14..2023-07-14']);
  });
});

describe('a second clause whose verb says something lasted or was extended', () => {
  it.each([
    [
      'a runway extended by a subject of its own is an event of its own',
      ' date 2023-05-02\nThe airbase at Nyoma was inaugurated in September 2021, and its runway was extended in 2022 to take fighters.',
      ['other 2021-09-01..2021-09-30', 'other 2022-01-01..2022-12-31'],
    ],
    [
      'a mandate prolonged in a second clause is an event of its own',
      ' date 2024-02-02\nOperation Sankalp began in the Gulf of Oman in June 2019, and its mandate was extended in January.',
      ['other 2019-06-01..2019-06-30', 'other 2024-01-01..2024-01-31'],
    ],
    [
      'a lease prolonged by its own subject is a second agreement',
      ' date 2023-05-02\nThe Chakra submarine was leased in 2012, and the lease was extended in 2019.',
      ['agreement 2012-01-01..2012-12-31', 'agreement 2019-01-01..2019-12-31'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(datedEventsOf(text).sort()).toEqual(expected);
  });

  it('the same drills going on, told without a subject, stay one event', () => {
    const text = ' date 2023-05-02\nThe Varuna drills began off Goa on Monday and will run over the next five days.';
    expect(datedEventsOf(text)).toEqual(['exercise 2023-05-01..2023-05-05']);
  });
});

describe('an event done "for the first time since" a date', () => {
  it.each([
    [
      'a missile over Japan for the first time since a year was last fired then too',
      ' date 2023-04-12\nNorth Korea fired an intercontinental missile over Japan on Tuesday for the first time since 2017.',
      ['other 2017-01-01..2017-12-31', 'other 2023-04-11..2023-04-11'],
    ],
    [
      'a white paper, "the first since" a year, had one then',
      ' date 2019-07-23\nThe Japanese defence ministry will publish its new white paper on Friday, the first since 2021.',
      ['other 2019-07-26..2019-07-26', 'other 2021-01-01..2021-12-31'],
    ],
    [
      'a hijacking that was "the first successful hijacking … since" a year: one was done then',
      ' date 2024-03-25\nThe hijacking of the Ruen off Somalia in December was the first successful hijacking of a merchant vessel by Somali pirates since 2017.',
      ['incident 2017-01-01..2017-12-31', 'incident 2023-12-01..2023-12-31'],
    ],
    [
      'an address to a legislature, the first such since a year, was given then',
      ' date 2024-05-02\nPrime Minister Fumio Kishida will address Congress on Thursday, his first such address since 2015.',
      ['other 2015-01-01..2015-12-31', 'other 2024-05-02..2024-05-02'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(datedEventsOf(text).sort()).toEqual(expected);
  });

  it.each([
    ['"the largest since" compares, it tells no earlier event', ' date 2024-05-02\nThe Balikatan drills that began on Monday are the largest since 2019.', ['exercise 2024-04-29..2024-04-29']],
    ['a "since" date of something still going on is no earlier time', ' date 2024-05-02\nThe S-400 has been deployed in Punjab since December 2021.', ['delivery 2021-12-01..2021-12-31']],
  ])('%s', (_label, text, expected) => {
    expect(datedEventsOf(text)).toEqual(expected);
  });
});

describe('a relative clause opening right on an event’s name', () => {
  it.each([
    [
      'an exercise "which will run" on days of its own, not the day the navy spoke',
      ' date 2023-05-02\nA Bangladeshi frigate sailed for Goa for Exercise Bongosagar, which will run from May 10 to May 14, the navy said on Tuesday.',
      ['exercise 2023-05-10..2023-05-14'],
    ],
    [
      'a dialogue "which opens" on a day, reported by a spokesman on another',
      ' date 2023-05-02\nThe ministers will attend the Shangri-La Dialogue, which opens on June 2, a spokesman said on Tuesday.',
      ['meeting 2023-06-02..2023-06-02'],
    ],
    [
      'rounds of talks "the latest of which was held" in a month',
      ' date 2021-12-20\nThe two armies have held 13 rounds of talks, the latest of which was held in October.',
      ['meeting 2021-10-01..2021-10-31'],
    ],
    [
      'an edition named by its year, "which will be held" on a range of days',
      ' date 2022-08-18\nThe contingent reached Darwin for Exercise Pitch Black 2022, which will be held from August 19 to September 8, officials said on Thursday.',
      ['exercise 2022-08-19..2022-09-08'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(datedEventsOf(text)).toEqual(expected);
  });
});

describe('an exercise or show named in full, then by its bare name', () => {
  it.each([
    [
      'an unlisted exercise named "Exercise X" and later "X" alone',
      ' date 2022-09-09\nThe RAAF\'s biennial Exercise Pitch Black concluded Thursday, Sept. 8.\nPitch Black will return in 2024.',
      ['exercise 2022-09-08..2022-09-08', 'exercise 2024-01-01..2024-12-31'],
    ],
    [
      'a listed exercise named "the Malabar exercise" and later "Malabar" alone',
      ' date 2023-08-12\nThe Malabar exercise began off Sydney on Friday.\nMalabar will be hosted by India in 2024.',
      ['exercise 2023-08-11..2023-08-11', 'exercise 2024-01-01..2024-12-31'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(datedEventsOf(text)).toEqual(expected);
  });

  it('a bare name the article never gave in full names nothing', () => {
    expect(datedEventsOf(' date 2023-08-12\nMalabar will be hosted by India in 2024.')).not.toContain('exercise 2024-01-01..2024-12-31');
  });
});

describe('a range of days written out after the weekday an event began', () => {
  it.each([
    [
      'an air exercise kicked off on a weekday and "being held from … to …"',
      ' date 2023-04-11\nThe two air forces on Monday kicked off Exercise Cope India 2023, a two-week air exercise being held from April 10 to April 24 at Kalaikunda.',
      ['exercise 2023-04-10..2023-04-24'],
    ],
    [
      'a visit begun on a weekday and told as running from that day to another',
      ' date 2023-06-14\nDefence Minister Rajnath Singh arrived in Jakarta on Tuesday for a visit from June 13 to June 15.',
      ['visit 2023-06-13..2023-06-15'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(datedEventsOf(text)).toEqual(expected);
  });

  it('a range that starts on another day is another event’s, and leaves the weekday alone', () => {
    const text = ' date 2023-04-11\nThe two air forces on Monday kicked off Exercise Cope India, after a planning conference held from March 27 to March 31.';
    expect(datedEventsOf(text)).toContain('exercise 2023-04-10..2023-04-10');
  });
});

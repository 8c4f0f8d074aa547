/**
 * Event frames on sentences of my own in other outlets' styles: each row is
 * one short article, and the events it should yield (type, start, end).
 */
import { describe, expect, it } from 'vitest';
import { datedEventsOf } from './one-article';

describe('event frames', () => {
  it.each([
    ['a three-day visit from its start day', ' date 2021-03-19\nDefence Minister Rajnath Singh on Friday left for Tokyo on a three-day visit to Japan.', ['visit 2021-03-19..2021-03-21']],
    ['a launch day and a later "runs through" as one range', ' date 2021-09-11\nMOSCOW: Russia and Belarus on Friday launched the Zapad-2021 strategic exercise. The exercise runs through Sept. 16 across nine ranges.', ['exercise 2021-09-10..2021-09-16']],
    ['a missile test as a milestone of the system', 'Published December 22, 2021\nPakistan on Tuesday conducted a training launch of the Babur cruise missile, the military said.', ['other 2021-12-21..2021-12-21']],
    ['a commissioning as a delivery', 'Published - September 3, 2022\nPrime Minister Narendra Modi on Friday commissioned INS Vikrant at Kochi.', ['delivery 2022-09-02..2022-09-02']],
    ['a warship port call', ' date 2022-08-17\nThe frigate PNS Tughril docked at Colombo on Tuesday for a three-day goodwill visit.', ['visit 2022-08-16..2022-08-18']],
    ['a numbered round of talks', ' date 2022-01-13\nThe 14th round of Corps Commander-level talks was held at Chushul on Wednesday.', ['meeting 2022-01-12..2022-01-12']],
    ['a later phase of a named exercise as its own dated event', ' date 2020-11-04\nThe Malabar naval exercise began on Tuesday in the Bay of Bengal. The second phase will take place in the Arabian Sea from November 17 to 20.', ['exercise 2020-11-03..2020-11-03', 'exercise 2020-11-17..2020-11-20']],
    ['a three-day exercise from the day it began', ' date 2023-01-18\nThe three-day exercise Cope India began on Monday at Kalaikunda.', ['exercise 2023-01-16..2023-01-18']],
    ['a three-day visit back from the day it ended', ' date 2023-01-18\nChinese Defence Minister Li Shangfu concluded his three-day visit to Moscow on Wednesday.', ['visit 2023-01-16..2023-01-18']],
    ['a two-day meeting back from the day it concluded', ' date 2023-01-20\nThe two-day meeting of the SCO defence ministers concluded on Wednesday in New Delhi.', ['meeting 2023-01-17..2023-01-18']],
    ['two-day talks back from the day they drew to a close', ' date 2023-01-20\nThe two-day talks between India and China drew to a close on Thursday.', ['meeting 2023-01-18..2023-01-19']],
    ['a three-day exercise back from the day it ended', ' date 2023-01-20\nThe three-day exercise ended on Friday at Kalaikunda.', ['exercise 2023-01-18..2023-01-20']],
    ['a meeting on a day, with a length but no word of its end, stays on that day', ' date 2023-01-20\nThe two-day meeting of the SCO defence ministers was held on Wednesday in New Delhi.', ['meeting 2023-01-18..2023-01-18']],
    [
      'a show opened on a day that runs "over the next six days until" a date',
      ' date 2021-07-20\nPutin on Tuesday opened the MAKS-2021 air show in Zhukovsky. The air show, which will run over the next six days until July 25, brings together 800 companies.',
      ['exhibition 2021-07-20..2021-07-25'],
    ],
    [
      'no date for a deal from a deadline in the sentence after it',
      ' date 2021-07-20\nThe ministry signed a contract for 76 Su-57 fighters in June 2019. The contract is to be completed by 2028.',
      ['agreement 2019-06-01..2019-06-30'],
    ],
    ['a tour to a country as a visit', ' date 2023-07-10\nPrime Minister Narendra Modi will embark on a two-nation tour to France and the UAE on July 13.', ['visit 2023-07-13..2023-07-13']],
    [
      'a delivery dated past a relative clause with a date of its own',
      ' date 2024-03-28\nGE has told the ministry that deliveries of the F404 engines, which were to resume in April last year, will now begin in the second quarter of 2024.',
      ['delivery 2024-04-01..2024-06-30'],
    ],
    ['a plan to deliver in an Indian fiscal year', ' date 2024-03-28\nThe first Tejas Mk1A flew on Thursday. HAL now plans to deliver 16 jets in fiscal 2024-25.', ['other 2024-03-28..2024-03-28', 'delivery 2024-04-01..2025-03-31']],
    ['no delivery from delivering aid', ' date 2022-11-10\nThe Y-20 was used to deliver aid to Tonga earlier this year.', ['other 2022-01-01..2022-12-31']],
    ['week-long drills from the day a relative clause says they began', ' date 2022-11-10\nThe week-long drills, which began on Monday, involve 20 warships.', ['exercise 2022-11-07..2022-11-13']],
    ['an exercise that goes on until a weekday, from the publication day', ' date 2022-11-10\nThe exercise will continue until Friday off Goa, the Navy said.', ['exercise 2022-11-10..2022-11-11']],
    ['an exercise of a length from its start', ' date 2022-11-10\nThe Indian and French navies will hold the Varuna exercise for five days from November 21.', ['exercise 2022-11-21..2022-11-25']],
    ['a sentence ending on a weekday and its date, not a wire dateline', ' date 2021-01-06\nThe Chinese research ship docked at Hambantota on Monday, January 4.', ['visit 2021-01-04..2021-01-04']],
    ['a series held "since" a year dated by its first edition, as annotators do', ' date 2021-08-02\nThe INDRA exercise has been held since 2003.', ['exercise 2003-01-01..2003-12-31']],
    ['the date of its own, and its first edition on the year its series began', ' date 2021-08-02\nThe Malabar exercise, held every year since 1992, began on Friday off Guam.', ['exercise 1992-01-01..1992-12-31', 'exercise 2021-07-30..2021-07-30']],
    ['an exercise told again, held since a year', ' date 2023-07-11\nRIMPAC opened on Monday off Hawaii. The biennial exercise, held since 1971, will run until August 4.', ['exercise 1971-01-01..1971-12-31', 'exercise 2023-07-10..2023-08-04']],
    ['a conference known by its name as a meeting', ' date 2023-02-11\nAustin will speak at the Shangri-La Dialogue in Singapore on Saturday.', ['meeting 2023-02-11..2023-02-11']],
    ['a forum told again by "the forum … runs until"', ' date 2022-08-16\nShoigu opened the Army-2022 forum near Moscow. The forum opened on Monday and runs until Sunday.', ['exhibition 2022-08-15..2022-08-21']],
    [
      'a delivery that could begin, after "and" joins a clause with a modal',
      ' date 2021-07-21\nThe maiden flight is planned for 2023 and series deliveries could start in 2026, the company said.',
      ['other 2023-01-01..2023-12-31', 'delivery 2026-01-01..2026-12-31'],
    ],
    ['a dialogue known by its name as a meeting', ' date 2023-02-11\nThe Raisina Dialogue will open in New Delhi on Thursday.', ['meeting 2023-02-16..2023-02-16']],
    ['a party congress named by its ordinal as a meeting, dated after "since" rather than the show', ' date 2022-11-08\nThe air show is the first big event in Zhuhai since the 20th National Congress of the Communist Party last month.', ['meeting 2022-10-01..2022-10-31']],
    [
      'a visit told again, not dated by the day its visitor took office "since"',
      " date 2023-06-10\nDefence Minister Richard Marles arrived in Hanoi on Friday. Marles's visit is his first to Vietnam since he took office as defence minister in May last year.",
      ['other 2022-05-01..2022-05-31', 'visit 2023-06-09..2023-06-09'],
    ],
    ['an address to a legislature named Congress as no meeting', ' date 2023-06-22\nModi addressed the US Congress in June 2016.', ['other 2016-06-01..2016-06-30']],
    ['heights occupied, told after the heights, as an incident', ' date 2021-02-20\nThe troops have left the ridges near Chushul that they had occupied on the night of August 29 last year.', ['incident 2020-08-29..2020-08-29']],
    ['an exercise of a length completed on a day, back from that day', ' date 2023-04-10\nThe navy said on Monday it had completed four days of joint exercises off Okinawa.', ['exercise 2023-04-07..2023-04-10']],
    [
      'no date for an exercise named again only as the time of something else',
      ' date 2023-04-10\nThe joint exercise off Okinawa began on Saturday. The destroyer, which left Sasebo on Wednesday, escorted the carrier during the exercise.',
      ['exercise 2023-04-08..2023-04-08'],
    ],
    ['an order placed with its value between', ' date 2022-11-10\nThe air force placed a $1.2-billion order for 24 Rafale jets in August 2021.', ['agreement 2021-08-01..2021-08-31']],
    ['no port call from a dry dock', ' date 2022-06-20\nThe new frigate was floated out of its dry dock at Mazagon Dock on June 17.', ['other 2022-06-17..2022-06-17']],
    [
      'an exercise from the day it begins through a later day in the same clause',
      ' date 2023-04-10\nThe two armies will begin their largest joint exercise, Cope Thunder, on Tuesday, with 9,000 troops taking part through April 28.',
      ['exercise 2023-04-11..2023-04-28'],
    ],
    ['no meeting dated by the deadline proposed at it', ' date 2024-01-14\nThe ministry had proposed the March 15 deadline at the first meeting of the core group.', []],
    ['a carrier launched as a milestone of the ship', ' date 2022-06-18\nChina on Friday launched its third aircraft carrier, the Type 003 Fujian, at the Jiangnan Shipyard.', ['other 2022-06-17..2022-06-17']],
    ['a frigate launched, told by its name alone', ' date 2021-11-08\nPNS Tughril was launched on August 23, 2020, at Hudong-Zhonghua.', ['other 2020-08-23..2020-08-23']],
    ['far-sea training of a carrier group as an exercise', ' date 2023-04-10\nThe Liaoning group carried out far-sea training in the western Pacific in March.', ['exercise 2023-03-01..2023-03-31']],
  ])('finds %s', (_name, text, expected) => {
    expect(datedEventsOf(text)).toEqual(expected);
  });
});

describe('a use that began on a "since" date, dated by its start at the date’s precision', () => {
  it.each([
    ['systems operated since a month as a delivery that month', ' date 2023-01-20\nIndia has been operating the S-400 since December 2021.', ['delivery 2021-12-01..2021-12-31']],
    [
      'leased drones operated since a month as their delivery, not the lease',
      ' date 2024-10-20\nThe navy has operated two MQ-9A SeaGuardian drones leased from General Atomics since November 2020, flying them from INS Rajali.',
      ['delivery 2020-11-01..2020-11-30'],
    ],
    ['a fleet flying somewhere since a month as a milestone, not the standoff it flies amid', ' date 2021-01-20\nThe Rafale fleet has been flying regularly over eastern Ladakh since August amid the standoff.', ['other 2020-08-01..2020-08-31']],
    ['a series held since a year as no event', ' date 2021-01-20\nIndia and Russia have been holding the Indra series of exercises since 2003.', []],
    ['fighters deployed at a base since a month as their delivery, told once', ' date 2022-06-10\nThe PLA has deployed J-20 stealth fighters at Hotan airbase since June 2021.', ['delivery 2021-06-01..2021-06-30']],
    ['jets stationed somewhere since a month, the passive told by its subject', ' date 2022-06-10\nThe Rafale jets have been stationed at Hasimara since July 2021.', ['delivery 2021-07-01..2021-07-31']],
    ['troops deployed since a month as no event of their own', ' date 2022-06-10\nChina has deployed tens of thousands of troops along the Line of Actual Control since May 2020.', []],
  ])('dates %s', (_name, text, expected) => {
    expect(datedEventsOf(text)).toEqual(expected);
  });
});

describe('a deed done "since" a date, which began then', () => {
  it.each([
    ['helicopters inducted since a month as their delivery', ' date 2023-06-22\nThe Navy also flies 12 MH-60R helicopters, inducted since March 2021 at Kochi.', ['delivery 2021-03-01..2021-03-31']],
    [
      'a drone developed since a year as a milestone, beside its entry into service',
      " date 2023-06-22\nPakistan's Burraq drone, developed by NESCOM (National Engineering and Scientific Commission) in Islamabad since 2009, entered service last year.",
      ['other 2009-01-01..2009-12-31', 'delivery 2022-01-01..2022-12-31'],
    ],
    ['rounds of talks held since a year as talks that year', ' date 2023-06-22\nNepal and China have held 12 rounds of border talks since 1997.', ['meeting 1997-01-01..1997-12-31']],
    ['the largest drill held since a year as no event of that year', ' date 2023-06-22\nThe drill, which involved 100,000 troops, was the largest held since 1981.', []],
  ])('dates %s', (_name, text, expected) => {
    expect(datedEventsOf(text)).toEqual(expected);
  });
});

describe('a standoff and a clash are not one another told again', () => {
  it.each([
    [
      'a standoff that began on a "since" date after a clash told in the sentence before',
      ' date 2023-04-27\nLi is the first Chinese minister to visit since the deadly clash in the Galwan Valley on June 15, 2020. India has deployed 50,000 troops in eastern Ladakh since May 2020, when the standoff began.',
      ['incident 2020-06-15..2020-06-15', 'incident 2020-05-01..2020-05-31'],
    ],
    [
      'a standoff that has continued since a month, after a clash told before',
      ' date 2023-01-20\nThe clash at Yangtse on December 9 left soldiers injured. The standoff that has continued since May 2020 remains unresolved.',
      ['incident 2022-12-09..2022-12-09', 'incident 2020-05-01..2020-05-31'],
    ],
  ])('dates %s', (_name, text, expected) => {
    expect(datedEventsOf(text).sort()).toEqual([...expected].sort());
  });
});

import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../extractor/dates/find-date-mentions';
import { isIsoDay } from '../../../extractor/dates/iso-day';
import type { IsoDay, Precision } from '../../../schema/bundle';

type Expected = [text: string, startDay: string, endDay: string, precision: Precision, relative: boolean, bound?: 'start' | 'end'];

function day(value: string | null): IsoDay | null {
  if (value === null) return null;
  if (!isIsoDay(value)) throw new Error(`bad test day ${value}`);
  return value;
}

function mentionsOf(sentence: string, published: string | null): Expected[] {
  return findDateMentions(sentence, day(published)).map((mention) => {
    expect(sentence.slice(mention.start, mention.end)).toBe(mention.text);
    const { text, startDay, endDay, precision, relative, bound } = mention;
    return bound === undefined ? [text, startDay, endDay, precision, relative] : [text, startDay, endDay, precision, relative, bound];
  });
}

describe('findDateMentions on the default articles', () => {
  it.each<[string, string | null, Expected[]]>([
    ['Defence Minister Rajnath Singh on Wednesday left for Moscow on a three-day visit to Russia where he will attend the Shanghai Cooperation Organization (SCO) Defence Ministers’ meeting.', '2020-09-02', [['Wednesday', '2020-09-02', '2020-09-02', 'day', true]]],
    ['— ANI (@ANI) September 2, 2020', '2020-09-02', [['September 2, 2020', '2020-09-02', '2020-09-02', 'day', false]]],
    ["It will be Singh's second visit to Moscow since June.", '2020-09-02', [['since June', '2020-06-01', '2020-06-30', 'month', true, 'start']]],
    ['He had represented India at the Victory Day Parade in Moscow on June 24 that commemorated the 75th anniversary of the Soviet victory over Nazi Germany in the Second World War.', '2020-09-02', [['June 24', '2020-06-24', '2020-06-24', 'day', true]]],
    ["Russia has also invited External Affairs Minister S Jaishankar to attend the SCO foreign ministers' meeting on September 10.", '2020-09-02', [['September 10', '2020-09-10', '2020-09-10', 'day', true]]],
    ['The delivery of the first batch of S-400 surface-to-air missile systems to India is scheduled by the end of 2021.', '2020-09-02', [['by the end of 2021', '2021-10-01', '2021-12-31', 'quarter', false, 'end']]],
    ['Defence minister Rajnath Singh this morning left for Russia to attend a key meeting of the defence ministers of the Shanghai Cooperation Organisation (SCO).', '2020-09-02', [['this morning', '2020-09-02', '2020-09-02', 'day', true]]],
    ['The defence ministers of all eight SCO member nations are expected to deliberate on regional security challenges like terrorism and extremism and ways to deal with them “collectively” in Moscow on Friday, sources said.', '2020-09-02', [['Friday', '2020-09-04', '2020-09-04', 'day', true]]],
    ['He had represented India at the Victory Day Parade in Moscow in June.', '2020-09-02', [['June', '2020-06-01', '2020-06-30', 'month', true]]],
    ["Singh’s visit will be followed by External Affairs Minister S Jaishankar’s trip to Russia to attend the SCO foreign ministers’ meeting on 10 September.", '2020-09-02', [['10 September', '2020-09-10', '2020-09-10', 'day', true]]],
    ['Defence Minister Rajnath Singh embarked on a three-day visit to Russia on September 2, 2020.', '2020-09-02', [['September 2, 2020', '2020-09-02', '2020-09-02', 'day', false]]],
    ["He had earlier represented India at the Russian Victory Day Parade on June 24 to commemorate the 75th anniversary of the Soviet Union's victory over Nazi Germany in World War II.", '2020-09-02', [['June 24', '2020-06-24', '2020-06-24', 'day', true]]],
    ['India has been holding multiple rounds of high-level diplomatic and military talks with China to de-escalate border tension and standoff that began on May 5.', '2020-09-02', [['May 5', '2020-05-05', '2020-05-05', 'day', true]]],
    ['Union Defence Minister Rajnath Singh on Monday (June 22) left for a three-day visit to Moscow, Russia, and during his visit Singh will hold talks on ways to further deepen the India-Russia defence and strategic partnership.', '2020-06-23', [['Monday (June 22)', '2020-06-22', '2020-06-22', 'day', true]]],
    ['— Rajnath Singh (@rajnathsingh) June 22, 2020', '2020-06-23', [['June 22, 2020', '2020-06-22', '2020-06-22', 'day', false]]],
    ['It is to be noted that India was supposed to get the S-400 missile defense system by December 2021 but its delivery is being delayed due to coronavirus COVID-19 pandemic.', '2020-06-23', [['by December 2021', '2021-12-01', '2021-12-31', 'month', false, 'end']]],
    ['An agreement on the cooperation in the production of spare parts for Russian/Soviet military equipment was signed by the two countries during the 20th Annual Bilateral Summit in Vladivostok in September 2019.', '2020-06-23', [['September 2019', '2019-09-01', '2019-09-30', 'month', false]]],
    ['Union Defence Minister Rajnath Singh on Thursday held talks with his Russian counterpart General Sergei Shoigu on a wide range of issues.', '2020-09-03', [['Thursday', '2020-09-03', '2020-09-03', 'day', true]]],
    ["Singh who arrived in Russia's capital Moscow on September 2 is on a three-day visit to attend a crucial meeting of the Shanghai Cooperation Organisation (SCO).", '2020-09-03', [['September 2', '2020-09-02', '2020-09-02', 'day', true]]],
    ["Shoigu reiterated the commitment of the Russian side to engage actively with India to ensure the success of 'Make in India' programme including substantial participation in the forthcoming Aero India Exhibition to be held in February 2021.", '2020-09-03', [['February 2021', '2021-02-01', '2021-02-28', 'month', false]]],
    ['Taking to micro-blogging site Twitter, Singh tweeted, "Excellent meeting with the Russian Defence Minister General Sergey Shoigu in Moscow today.', '2020-09-03', [['today', '2020-09-03', '2020-09-03', 'day', true]]],
    ['On Thursday, Singh had a one-hour meeting with the Russian Defence Minister at the Russian Ministry of Defence.', '2020-09-03', [['Thursday', '2020-09-03', '2020-09-03', 'day', true]]],
    ['The Defence Minister extended an invitation for General Shoigu to visit India for the next meeting of the Inter-Governmental Commission for Technical and Military Cooperation which is expected to be held towards the end of 2020.', '2020-09-03', [['towards the end of 2020', '2020-10-01', '2020-12-31', 'quarter', false]]],
    ['General Shoigu conveyed his warm appreciation to Singh for his participation in the 75th Anniversary of Victory Day Parade at Red Square on June 24 2020, and his participation in the joint meeting of the SCO, CIS & CSTO countries.', '2020-09-03', [['June 24 2020', '2020-06-24', '2020-06-24', 'day', false]]],
    ['It was noted that this meeting coincides with the Indra Naval Exercises to be conducted by the Indian and Russia navies off the Straits of Malacca over the next two days.', '2020-09-03', [['over the next two days', '2020-09-04', '2020-09-05', 'day', true]]],
  ])('%s (published %s)', (sentence, published, expected) => {
    expect(mentionsOf(sentence, published)).toEqual(expected);
  });
});

describe('findDateMentions on other outlets’ phrasing', () => {
  it.each<[string, string | null, Expected[]]>([
    ['Earlier in the day, the minister unveiled a memorial at the naval base.', '2023-02-14', [['Earlier in the day', '2023-02-14', '2023-02-14', 'day', true]]],
    ['Later in the day he flew on to Dhaka for talks.', '2023-02-14', [['Later in the day', '2023-02-14', '2023-02-14', 'day', true]]],
    ['In 2019, the drills were held from September 16 to 21.', '2021-09-03', [['In 2019', '2019-01-01', '2019-12-31', 'year', false], ['September 16 to 21', '2019-09-16', '2019-09-21', 'day', false]]],
    ['The 2018 show was held from November 6 to 11.', '2021-09-03', [['November 6 to 11', '2018-11-06', '2018-11-11', 'day', false]]],
    ['The navies have held the drills since 2003 and the latest edition began on August 1.', '2021-09-03', [['since 2003', '2003-01-01', '2003-12-31', 'year', false, 'start'], ['August 1', '2021-08-01', '2021-08-01', 'day', true]]],
    ['Defence Minister Rajnath Singh will travel to Moscow on Friday to attend the SCO meeting.', '2020-09-02', [['Friday', '2020-09-04', '2020-09-04', 'day', true]]],
    ['Pakistan had test-fired a Babur variant in February, the ISPR said.', '2021-12-22', [['February', '2021-02-01', '2021-02-28', 'month', true]]],
    ['The navy will commission the frigate in February.', '2021-12-22', [['February', '2022-02-01', '2022-02-28', 'month', true]]],
    ['The Chinese Defence Minister met his Russian counterpart on Tuesday, TASS reported.', '2020-09-03', [['Tuesday', '2020-09-01', '2020-09-01', 'day', true]]],
    ['The BrahMos missile was test-fired on Wednesday from INS Chennai.', '2020-10-19', [['Wednesday', '2020-10-14', '2020-10-14', 'day', true]]],
    ['On Friday Singh met Wei Fenghe at the Metropol hotel.', '2020-09-05', [['Friday', '2020-09-04', '2020-09-04', 'day', true]]],
    ['Prime Minister Imran Khan said on Saturday that Pakistan wants peace with all neighbours.', '2020-09-09', [['Saturday', '2020-09-05', '2020-09-05', 'day', true]]],
    ['The talks had ended on Monday without a breakthrough, Global Times reported.', '2020-09-09', [['Monday', '2020-09-07', '2020-09-07', 'day', true]]],
    ['Singh, who arrived in Moscow on Wednesday, will hold talks with Wei Fenghe on Friday.', '2020-09-03', [['Wednesday', '2020-09-02', '2020-09-02', 'day', true], ['Friday', '2020-09-04', '2020-09-04', 'day', true]]],
    ['China had deployed troops on Friday, and India will respond on Monday.', '2020-09-12', [['Friday', '2020-09-11', '2020-09-11', 'day', true], ['Monday', '2020-09-14', '2020-09-14', 'day', true]]],
    ['India and China agreed on a five-point plan last Thursday.', '2020-09-12', [['last Thursday', '2020-09-10', '2020-09-10', 'day', true]]],
    ['The delegation will visit Dhaka next Tuesday.', '2020-09-12', [['next Tuesday', '2020-09-15', '2020-09-15', 'day', true]]],
    ['The Army Chief visited Leh on Thursday (September 3) to review the situation.', '2020-09-04', [['Thursday (September 3)', '2020-09-03', '2020-09-03', 'day', true]]],
    ['Navy chief Admiral Karambir Singh will be in Colombo on Sunday, November 1, for talks.', '2020-10-29', [['Sunday, November 1', '2020-11-01', '2020-11-01', 'day', true]]],
    ['The exercise began last week in the Bay of Bengal.', '2020-09-03', [['last week', '2020-08-24', '2020-08-30', 'day', true]]],
    ['The next round of Corps Commander-level talks is expected next week.', '2020-09-03', [['next week', '2020-09-07', '2020-09-13', 'day', true]]],
    ['Talks between the two sides were held earlier this month in Chushul.', '2020-09-20', [['earlier this month', '2020-09-01', '2020-09-30', 'month', true]]],
    ['Islamabad will host the SCO summit next month.', '2020-09-05', [['next month', '2020-10-01', '2020-10-31', 'month', true]]],
    ['Pakistan received the last batch of JF-17 Block III jets last month.', '2020-09-05', [['last month', '2020-08-01', '2020-08-31', 'month', true]]],
    ['The navy commissioned INS Kavaratti yesterday at Visakhapatnam.', '2020-10-23', [['yesterday', '2020-10-22', '2020-10-22', 'day', true]]],
    ['The two navies will hold the PASSEX exercise tomorrow.', '2020-10-23', [['tomorrow', '2020-10-24', '2020-10-24', 'day', true]]],
    ['He arrived in Beijing this morning on a two-day visit.', '2020-09-09', [['this morning', '2020-09-09', '2020-09-09', 'day', true]]],
    ['Rajnath Singh will address the troops tonight in Leh.', '2020-07-17', [['tonight', '2020-07-17', '2020-07-17', 'day', true]]],
    ['Two days ago, PLA troops attempted to occupy heights near Pangong Tso.', '2020-09-01', [['Two days ago', '2020-08-30', '2020-08-30', 'day', true]]],
    ['PLA activity has risen over the past 10 days, the Army said.', '2020-09-11', [['over the past 10 days', '2020-09-01', '2020-09-10', 'day', true]]],
    ['Deliveries will be completed over the next three months.', '2020-11-15', [['over the next three months', '2020-12-01', '2021-02-28', 'month', true]]],
    ['The contract was signed three months ago.', '2021-01-20', [['three months ago', '2020-10-01', '2020-10-31', 'month', true]]],
    ['The submarine will be commissioned in two years.', '2020-09-11', [['in two years', '2022-01-01', '2022-12-31', 'year', true]]],
    ['Talks will resume over the next three days.', '2020-09-09', [['over the next three days', '2020-09-10', '2020-09-12', 'day', true]]],
    ['The ministry said the first squadron of Rafale jets arrived in Ambala on July 29.', '2020-09-10', [['July 29', '2020-07-29', '2020-07-29', 'day', true]]],
    ['Indian and Chinese troops clashed in Galwan Valley on the night of June 15.', '2020-06-17', [['June 15', '2020-06-15', '2020-06-15', 'day', true]]],
    ['The Indian Air Force will induct the Rafale at Ambala on September 10.', '2020-09-05', [['September 10', '2020-09-10', '2020-09-10', 'day', true]]],
    ['Officials met on Sept. 7 and again on Sept. 8.', '2020-09-09', [['Sept. 7', '2020-09-07', '2020-09-07', 'day', true], ['Sept. 8', '2020-09-08', '2020-09-08', 'day', true]]],
    ['The Zapad drills ended on December 28, the Russian defence ministry said.', '2021-01-04', [['December 28', '2020-12-28', '2020-12-28', 'day', true]]],
    ['The Republic Day parade will showcase the Rafale on January 26.', '2020-12-20', [['January 26', '2021-01-26', '2021-01-26', 'day', true]]],
    ['The drill will be held from September 21 to 26 in Astrakhan.', '2020-09-05', [['September 21 to 26', '2020-09-21', '2020-09-26', 'day', true]]],
    ['The INDRA navy exercise will be held on September 4 and 5 in the Andaman Sea.', '2020-09-02', [['September 4 and 5', '2020-09-04', '2020-09-05', 'day', true]]],
    ['Talks were held between June 22 and 24 in Moscow.', '2020-09-02', [['June 22 and 24', '2020-06-22', '2020-06-24', 'day', true]]],
    ['The two sides met on September 4 and 5 soldiers were injured.', '2020-09-05', [['September 4', '2020-09-04', '2020-09-04', 'day', true]]],
    ['The exercise Kavkaz-2020 is scheduled for September 21-26.', '2020-09-09', [['September 21-26', '2020-09-21', '2020-09-26', 'day', true]]],
    ['The summit will take place on 5 November 2020 in virtual format.', null, [['5 November 2020', '2020-11-05', '2020-11-05', 'day', false]]],
    ['India tested the Agni-V on 2020-09-07 off Odisha.', '2020-09-09', [['2020-09-07', '2020-09-07', '2020-09-07', 'day', false]]],
    ['He last visited China in December 2019.', '2020-09-05', [['December 2019', '2019-12-01', '2019-12-31', 'month', false]]],
    ['The deal, signed in October 2018, is worth USD 5.43 billion.', '2020-09-05', [['October 2018', '2018-10-01', '2018-10-31', 'month', false]]],
    ['The standoff, which began in early May, continues.', '2020-09-09', [['May', '2020-05-01', '2020-05-31', 'month', true]]],
    ['The next tranche is due in March, officials told Dawn.', '2020-09-09', [['March', '2021-03-01', '2021-03-31', 'month', true]]],
    ['Russia will begin delivering the S-400 to India in October-December this year, a Russian official told TASS.', '2021-06-02', [['October-December this year', '2021-10-01', '2021-12-31', 'month', true]]],
    ['The DefExpo was earlier scheduled to be held in March this year but was postponed.', '2022-10-19', [['March this year', '2022-03-01', '2022-03-31', 'month', true]]],
    ['Singh raised the standoff in eastern Ladakh, which began in May last year.', '2021-12-06', [['May last year', '2020-05-01', '2020-05-31', 'month', true]]],
    ['Aero India will be held in Bengaluru in February next year.', '2022-10-19', [['February next year', '2023-02-01', '2023-02-28', 'month', true]]],
    ['The standoff began in May 2020 and escalated into the Galwan Valley clash of June 15 that killed 20 soldiers.', '2021-07-14', [['May 2020', '2020-05-01', '2020-05-31', 'month', false], ['June 15', '2020-06-15', '2020-06-15', 'day', false]]],
    ['The contract was signed in October 2018 and the first unit will be delivered on March 5.', '2020-12-01', [['October 2018', '2018-10-01', '2018-10-31', 'month', false], ['March 5', '2021-03-05', '2021-03-05', 'day', true]]],
    ['Deliveries are planned between March and May 2022.', '2021-06-02', [['March and May 2022', '2022-03-01', '2022-05-31', 'month', false]]],
    ['The exercise, which concludes on Sunday, involves 3,000 troops.', '2020-09-25', [['Sunday', '2020-09-27', '2020-09-27', 'day', true]]],
    ['Rafale jets landed in Ambala on Wednesday, July 29, after a 7,000-km journey.', '2020-07-30', [['Wednesday, July 29', '2020-07-29', '2020-07-29', 'day', true]]],
    ['The first batch of the S-400 is expected to arrive by the end of this year, a Russian official told TASS on Tuesday.', '2021-06-02', [['by the end of this year', '2021-10-01', '2021-12-31', 'quarter', true, 'end'], ['Tuesday', '2021-06-01', '2021-06-01', 'day', true]]],
    ['The accord was signed in 2018 during the Putin visit to New Delhi.', '2020-09-03', [['in 2018', '2018-01-01', '2018-12-31', 'year', false]]],
    ['The agreement will expire in 2025.', '2020-09-09', [['in 2025', '2025-01-01', '2025-12-31', 'year', false]]],
    ['Pakistan is set to receive the first J-10C fighters in the first quarter of 2022, officials said.', '2021-06-01', [['the first quarter of 2022', '2022-01-01', '2022-03-31', 'quarter', false]]],
    ['Deliveries of the S-400 are expected to start in Q3 2021.', '2020-09-03', [['Q3 2021', '2021-07-01', '2021-09-30', 'quarter', false]]],
    ['The contract is likely to be signed early 2021.', '2020-09-03', [['early 2021', '2021-01-01', '2021-03-31', 'quarter', false]]],
    ['HAL plans to roll out the first LCA Mk1A by the first half of 2024.', '2021-02-03', [['by the first half of 2024', '2024-01-01', '2024-06-30', 'quarter', false, 'end']]],
    ['Trials will be conducted during the second half of 2021.', '2020-09-09', [['the second half of 2021', '2021-07-01', '2021-12-31', 'quarter', false]]],
    ['The PLA held drills in Tibet in mid-2020, Dawn reported.', '2020-09-09', [['mid-2020', '2020-04-01', '2020-09-30', 'quarter', false]]],
    ['By year-end, the first S-400 regiment should be operational.', '2020-09-05', [['By year-end', '2020-10-01', '2020-12-31', 'quarter', true, 'end']]],
    ['The talks are expected to conclude by the end of the year.', '2020-09-05', [['by the end of the year', '2020-10-01', '2020-12-31', 'quarter', true, 'end']]],
    ['The first of five S-400 units will arrive by the end of next year.', '2020-09-09', [['by the end of next year', '2021-10-01', '2021-12-31', 'quarter', true, 'end']]],
    ['The 2+2 dialogue was postponed to later this year.', '2020-09-09', [['later this year', '2020-01-01', '2020-12-31', 'year', true]]],
    ['NEW DELHI, Dec 6 (PTI) India and Russia on Monday signed a contract for the AK-203 rifles.', '2021-12-06', [['Monday', '2021-12-06', '2021-12-06', 'day', true]]],
    ['Moscow, Sept 4 (PTI): Rajnath Singh met Chinese counterpart Wei Fenghe late on Friday.', '2020-09-05', [['Friday', '2020-09-04', '2020-09-04', 'day', true]]],
    ['NEW DELHI, Sept. 3, 2020 (PTI) — The Army said on Wednesday that talks would continue.', '2020-09-03', [['Wednesday', '2020-09-02', '2020-09-02', 'day', true]]],
    ['An agreement was signed during the 2019 Vladivostok summit, and another in the 2018 summit.', '2020-09-03', [['during the 2019', '2019-01-01', '2019-12-31', 'year', false], ['in the 2018', '2018-01-01', '2018-12-31', 'year', false]]],
    ['Rajnath Singh reviewed the situation in Ladakh on 24 June, 2020.', null, [['24 June, 2020', '2020-06-24', '2020-06-24', 'day', false]]],
    ['The minister will visit Dushanbe earlier this week, officials said.', '2020-09-10', [['earlier this week', '2020-09-07', '2020-09-09', 'day', true]]],
    ['The Navy said the trials were completed last year.', '2020-09-10', [['last year', '2019-01-01', '2019-12-31', 'year', true]]],
    ['Three days later, the corps commanders met again; deliveries will end in two weeks.', '2020-09-10', [['in two weeks', '2020-09-24', '2020-09-24', 'day', true]]],
    ['The island nation has asked India to pull its troops out by March 15.', '2024-01-14', [['by March 15', '2024-03-15', '2024-03-15', 'day', true, 'end']]],
    ['Colombo had formally proposed that the research ship leave by March 15.', '2024-01-14', [['by March 15', '2024-03-15', '2024-03-15', 'day', true, 'end']]],
    ['The contract was signed by March 3, officials said.', '2024-01-14', [['by March 3', '2023-03-03', '2023-03-03', 'day', true, 'end']]],
  ])('%s (published %s)', (sentence, published, expected) => {
    expect(mentionsOf(sentence, published)).toEqual(expected);
  });
});

describe('findDateMentions on open ranges, relative months, fiscal years and weeks', () => {
  it.each<[string, string | null, Expected[]]>([
    ['The Tarang Shakti air exercise will run from Monday till Thursday at Sulur.', '2023-08-05', [['Monday till Thursday', '2023-08-07', '2023-08-10', 'day', true]]],
    ['The Aero India show, which opened on Monday, runs till Friday at Yelahanka.', '2023-02-14', [['Monday, runs till Friday', '2023-02-13', '2023-02-17', 'day', true]]],
    ['The Bright Star drills, which run till Sunday, involve troops from 34 countries.', '2023-09-06', [['till Sunday', '2023-09-06', '2023-09-10', 'day', true]]],
    ['The Malabar exercise continues through Nov. 15 off Sydney, the navy said.', '2023-11-10', [['through Nov. 15', '2023-11-10', '2023-11-15', 'day', true]]],
    ['The Yudh Abhyas exercise began on September 25 and continued until October 8 at Fort Wainwright.', '2023-10-10', [['September 25 and continued until October 8', '2023-09-25', '2023-10-08', 'day', true]]],
    ['Exercise Zapad began on September 10 and ended on September 16, the ministry said.', '2023-09-20', [['September 10 and ended on September 16', '2023-09-10', '2023-09-16', 'day', true]]],
    ['The Mitra Shakti exercise commenced on 5 September and will conclude on 16 September.', '2023-09-04', [['5 September and will conclude on 16 September', '2023-09-05', '2023-09-16', 'day', true]]],
    ['The AK-203 trials, which began in 2019, ended in 2021.', '2023-09-20', [['in 2019, ended in 2021', '2019-01-01', '2021-12-31', 'year', false]]],
    ['The S-400 contract signed in 2018 covers deliveries till 2026.', '2023-09-20', [['in 2018', '2018-01-01', '2018-12-31', 'year', false], ['till 2026', '2026-01-01', '2026-12-31', 'year', false, 'end']]],
    ['The deal was signed in 2018 and the offset programme ended in 2021.', '2023-09-20', [['in 2018', '2018-01-01', '2018-12-31', 'year', false], ['in 2021', '2021-01-01', '2021-12-31', 'year', false]]],
    ['Modi landed in Colombo on Monday; the civil war ended on May 18.', '2023-09-20', [['Monday', '2023-09-18', '2023-09-18', 'day', true], ['May 18', '2023-05-18', '2023-05-18', 'day', true]]],
    ['The ministry will extend the bid deadline till September 30.', '2023-09-20', [['till September 30', '2023-09-30', '2023-09-30', 'day', true, 'end']]],
    ['The exercise lasted until Saturday.', '2023-05-10', [['until Saturday', '2023-05-06', '2023-05-06', 'day', true, 'end']]],
    ['The two sides agreed to extend the moratorium until 2027.', '2023-01-10', [['until 2027', '2027-01-01', '2027-12-31', 'year', false, 'end']]],
    ['The frigate will be delivered by mid-2024.', '2023-05-01', [['by mid-2024', '2024-04-01', '2024-09-30', 'quarter', false, 'end']]],
    ['Pakistan has operated the JF-17 since 2007, the PAF said.', '2023-01-10', [['since 2007', '2007-01-01', '2007-12-31', 'year', false, 'start']]],
    ['The pact will apply from April 1, officials told The Print.', '2023-03-10', [['from April 1', '2023-04-01', '2023-04-01', 'day', true, 'start']]],
    ['Vietnam has bought Russian arms since 2009, when it ordered six Kilo-class submarines.', '2023-01-10', [['since 2009', '2009-01-01', '2009-12-31', 'year', false]]],
    ['The roadmap covers 2023 to 2030.', '2023-01-10', [['2023 to 2030', '2023-01-01', '2030-12-31', 'year', false]]],
    ['The squadron was raised between 2016 and 2019.', '2023-01-10', [['between 2016 and 2019', '2016-01-01', '2019-12-31', 'year', false]]],
    ['Belarus received Su-30SM fighters in 2019 and 2020.', '2021-09-10', [['in 2019 and 2020', '2019-01-01', '2020-12-31', 'year', false]]],
    ['The IAF received the last Rafale last December.', '2022-07-20', [['last December', '2021-12-01', '2021-12-31', 'month', true]]],
    ['Exercise Cope India was held last April.', '2023-06-01', [['last April', '2023-04-01', '2023-04-30', 'month', true]]],
    ['The navy will commission INS Imphal next January.', '2023-09-01', [['next January', '2024-01-01', '2024-01-31', 'month', true]]],
    ['Talks will resume next May, Dawn reported.', '2023-05-20', [['next May', '2024-05-01', '2024-05-31', 'month', true]]],
    ['DefExpo will be held this October in Gandhinagar.', '2022-03-15', [['this October', '2022-10-01', '2022-10-31', 'month', true]]],
    ['The Army raised the Rudra brigades in 2021 and deployed them to Ladakh the following year.', '2023-05-20', [['in 2021', '2021-01-01', '2021-12-31', 'year', false], ['the following year', '2022-01-01', '2022-12-31', 'year', false]]],
    ['India signed the Rafale deal in September 2016, and that year it also ordered the S-400.', '2023-05-20', [['September 2016', '2016-09-01', '2016-09-30', 'month', false], ['that year', '2016-01-01', '2016-12-31', 'year', false]]],
    ['The navy commissioned INS Vikrant in 2022; a year later it began night landings.', '2023-05-20', [['in 2022', '2022-01-01', '2022-12-31', 'year', false], ['a year later', '2023-01-01', '2023-12-31', 'year', false]]],
    ['Jaishankar arrived in Colombo on June 20 and met Wickremesinghe the next day.', '2023-06-25', [['June 20', '2023-06-20', '2023-06-20', 'day', true], ['the next day', '2023-06-21', '2023-06-21', 'day', true]]],
    ['The PLA pulled back on September 4, and two days later the Indian side withdrew.', '2023-09-20', [['September 4', '2023-09-04', '2023-09-04', 'day', true], ['two days later', '2023-09-06', '2023-09-06', 'day', true]]],
    ['Drones struck the airbase on Friday and the army retaliated later that day.', '2023-09-20', [['Friday', '2023-09-15', '2023-09-15', 'day', true], ['later that day', '2023-09-15', '2023-09-15', 'day', true]]],
    ['India tested the Agni-V on 2023-09-07; a day earlier it had issued a NOTAM.', '2023-09-20', [['2023-09-07', '2023-09-07', '2023-09-07', 'day', false], ['a day earlier', '2023-09-06', '2023-09-06', 'day', false]]],
    ['The ministry expects to sign the Prachand contract by the end of this fiscal.', '2022-11-02', [['by the end of this fiscal', '2023-01-01', '2023-03-31', 'quarter', true, 'end']]],
    ['The HTT-40 deal is likely to be inked by the end of the financial year.', '2022-10-19', [['by the end of the financial year', '2023-01-01', '2023-03-31', 'quarter', true, 'end']]],
    ['The defence budget for 2023-24 rose by 13 per cent.', '2022-11-02', [['2023-24', '2023-04-01', '2024-03-31', 'year', false]]],
    ['The budget for 2020-21 rose by 10 per cent.', '2020-09-03', [['2020-21', '2020-04-01', '2021-03-31', 'year', false]]],
    ['Defence exports touched Rs 16,000 crore in FY23, the ministry said.', '2023-05-01', [['FY23', '2022-04-01', '2023-03-31', 'year', false]]],
    ['Capital outlay for the current financial year was raised.', '2023-02-01', [['the current financial year', '2022-04-01', '2023-03-31', 'year', true]]],
    ["India's defence budget for fiscal 2024 is Rs 5.94 lakh crore.", '2023-02-01', [['fiscal 2024', '2023-04-01', '2024-03-31', 'year', false]]],
    ['Arms imports fell in the first six months of 2023, SIPRI said.', '2023-09-20', [['the first six months of 2023', '2023-01-01', '2023-06-30', 'quarter', false]]],
    ['HAL plans to deliver 12 more jets next fiscal.', '2023-05-01', [['next fiscal', '2024-04-01', '2025-03-31', 'year', true]]],
    ['The two navies held the PASSEX last week off Colombo.', '2023-03-16', [['last week', '2023-03-06', '2023-03-12', 'day', true]]],
    ['The corps commanders will meet later this week.', '2023-03-14', [['later this week', '2023-03-15', '2023-03-19', 'day', true]]],
    ['Drones were spotted near Jammu airbase this week.', '2023-03-14', [['this week', '2023-03-13', '2023-03-19', 'day', true]]],
    ['The Heron drones were ordered late last year, the IAF said.', '2023-09-20', [['late last year', '2022-10-01', '2022-12-31', 'quarter', true]]],
    ['GRSE expects to deliver the last corvette by 2024-end.', '2023-09-20', [['by 2024-end', '2024-10-01', '2024-12-31', 'quarter', false, 'end']]],
    ['The Philippines wants the second BrahMos battery by end-2024.', '2023-09-20', [['by end-2024', '2024-10-01', '2024-12-31', 'quarter', false, 'end']]],
    ['Trials of the Zorawar light tank will begin early next year.', '2023-05-01', [['early next year', '2024-01-01', '2024-03-31', 'quarter', true]]],
    ['The PAF chief visited Beijing on Thursday (March 11) for talks.', '2021-03-13', [['Thursday (March 11)', '2021-03-11', '2021-03-11', 'day', true]]],
    ['The convoy was attacked on the 5th, police said.', '2023-06-20', [['the 5th', '2023-06-05', '2023-06-05', 'day', true]]],
    ['The committee will meet on the 28th, the ministry said.', '2023-06-20', [['the 28th', '2023-06-28', '2023-06-28', 'day', true]]],
    ['The Indian Navy will hold TROPEX in the first week of February.', '2023-01-10', [['the first week of February', '2023-02-01', '2023-02-07', 'day', true]]],
    ['Deliveries slipped to the last week of February 2024.', '2023-01-10', [['the last week of February 2024', '2024-02-23', '2024-02-29', 'day', false]]],
    ['The jets were delivered in the 2019-20 fiscal, the PAF said.', '2023-09-13', [['2019-20 fiscal', '2019-04-01', '2020-03-31', 'year', false]]],
    ['Foreign secretaries held talks in Kathmandu on 12 and 13 September.', '2023-09-15', [['12 and 13 September', '2023-09-12', '2023-09-13', 'day', true]]],
    ['The PLA held live-fire drills over the weekend near the Taiwan Strait.', '2023-09-13', [['over the weekend', '2023-09-09', '2023-09-10', 'day', true]]],
    ['The PLA held live-fire drills over the weekend, Xinhua said.', '2023-09-17', [['over the weekend', '2023-09-16', '2023-09-17', 'day', true]]],
    ['The Bangladesh navy will host the frigate this weekend at Chattogram.', '2023-09-13', [['this weekend', '2023-09-16', '2023-09-17', 'day', true]]],
    ['The Shaheen-III was last tested on January 20 last year.', '2022-11-10', [['January 20 last year', '2021-01-20', '2021-01-20', 'day', true]]],
    ['The frigate was first tested on 20th March this year.', '2022-11-10', [['20th March this year', '2022-03-20', '2022-03-20', 'day', true]]],
    ['The submarine is due to be commissioned on 5 March next year.', '2022-11-10', [['5 March next year', '2023-03-05', '2023-03-05', 'day', true]]],
    ['All 36 jets contracted under a 2016 inter-governmental agreement are to be delivered by April 2022.', '2020-11-05', [['2016', '2016-01-01', '2016-12-31', 'year', false], ['by April 2022', '2022-04-01', '2022-04-30', 'month', false, 'end']]],
    ['The road violated the 1988 and 1998 agreements between Thimphu and Beijing.', '2017-09-01', [['1988', '1988-01-01', '1988-12-31', 'year', false], ['1998', '1998-01-01', '1998-12-31', 'year', false]]],
    ['The 2019 edition was held off the coast of Japan in September last year.', '2020-11-03', [['September last year', '2019-09-01', '2019-09-30', 'month', true]]],
    ['MAKS-2019 was held in Zhukovsky from August 27 to September 1, 2019.', '2021-07-20', [['August 27 to September 1, 2019', '2019-08-27', '2019-09-01', 'day', false]]],
    ['The patrol ran from December 28 to January 3, 2021.', '2021-07-20', [['December 28 to January 3, 2021', '2020-12-28', '2021-01-03', 'day', false]]],
    ['HAL signed the contract on February 3, 2021, days after the cabinet cleared the purchase on January 13.', '2024-03-28', [['February 3, 2021', '2021-02-03', '2021-02-03', 'day', false], ['January 13', '2021-01-13', '2021-01-13', 'day', false]]],
    ['Deliveries are to be completed by 2028-29.', '2024-03-28', [['by 2028-29', '2028-04-01', '2029-03-31', 'year', false, 'end']]],
    ['The ship docked on Monday, January 4.', '2021-01-06', [['Monday, January 4', '2021-01-04', '2021-01-04', 'day', true]]],
    ['He will visit Delhi by the end of the month.', '2024-03-28', [['by the end of the month', '2024-03-01', '2024-03-31', 'month', true, 'end']]],
    ['The drills were held from June to August.', '2022-11-10', [['June to August', '2022-06-01', '2022-08-31', 'month', true]]],
    ['The patrols will run from June to August.', '2022-11-10', [['June to August', '2023-06-01', '2023-08-31', 'month', true]]],
  ])('%s (published %s)', (sentence, published, expected) => {
    expect(mentionsOf(sentence, published)).toEqual(expected);
  });
});

describe('findDateMentions ignores what is not a date', () => {
  it.each([
    'The meeting commemorated the 75th Anniversary of victory in the World War II.',
    'The deal was signed during the 20th Annual Bilateral Summit.',
    'China had reportedly sent around 7-8 heavy vehicles towards the Indian side of LAC.',
    'India wants the S-400, AK 203 rifles, MiG-29 and Su-30MKI jets and T-90 tanks.',
    'Updated 07:05 IST',
    'Singh had a one-hour meeting with the Russian Defence Minister.',
    'The defence ministers of all eight SCO member nations are expected to attend.',
    "It will be Singh's second visit to Moscow.",
    'India may buy 33 more fighter jets from Russia, including 21 MiG-29s and 12 Su-30MKIs.',
    'Farmers held a march to the district headquarters.',
    'The Sun rose over the Himalayas as troops moved in.',
    'A contingent of 2000 troops was moved to the border.',
    'The first, second and third batches are ready.',
    'Theresa May spoke to the press.',
    'The 1990s saw the first Kilo-class submarines delivered.',
    'The missiles have a range of 400 km and were tested 3 times.',
    'Columns of troops march 20 km a day in the Galwan sector.',
    'Officials said India may 5 times raise the issue.',
    'India bought most of its MiG-29s in the early 2000s.',
    "Russia is India's largest defence supplier and in the last couple of years, the two countries have signed several defence deals.",
    'He attended the Victory Day Parade in Moscow.',
    'A senior official told The Sunday Guardian that the deal was close.',
    'The AgustaWestland and Augusta deals were probed.',
    'Sun Pharma and Mars Inc were not involved.',
    'The Jan Suraksha scheme covers soldiers.',
    "The Defence Minister's visit comes just days after India withdrew from a multilateral war game.",
    'Singh is likely to press for the early supply of various weapons and spares.',
    'The exercise ended with a march past at the end of the drill.',
    'The doctrine of the late 1990s still holds.',
    'Pakistan ordered the J-10C that same year.',
    'The fiscal deficit widened, the finance ministry said.',
    'The 5th round of talks ended without progress.',
    'The delegation stayed on the 4th floor of the hotel.',
    'Some 12 and 13 wounded soldiers were flown out.',
    'The next day, the corps commanders met again.',
    'The first deaths on the border in 45 years were reported.',
    'The unit has 2000 troops and 1998 rifles.',
  ])('finds no date in %s', (sentence) => {
    expect(findDateMentions(sentence, day('2020-09-03'))).toEqual([]);
  });
});

describe('findDateMentions without a publication date', () => {
  it.each<[string, Expected[]]>([
    ['Singh met Shoigu on Thursday and agreed to meet again on June 24.', []],
    ['The meeting will be held next week.', []],
    ['The exercise was held on September 4, 2020 and on 10 September.', [['September 4, 2020', '2020-09-04', '2020-09-04', 'day', false], ['10 September', '2020-09-10', '2020-09-10', 'day', false]]],
    ['The deliveries are due by the end of 2021.', [['by the end of 2021', '2021-10-01', '2021-12-31', 'quarter', false, 'end']]],
    ['Aero India will be held in February 2021.', [['February 2021', '2021-02-01', '2021-02-28', 'month', false]]],
  ])('keeps only dates that carry their year: %s', (sentence, expected) => {
    expect(mentionsOf(sentence, null)).toEqual(expected);
  });
});

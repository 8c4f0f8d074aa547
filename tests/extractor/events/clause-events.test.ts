/**
 * Events told without a trigger word, on sentences of my own in the styles of
 * PTI, Reuters, TASS, Dawn and The Diplomat: each row is a short article and
 * the dated events it should yield (type, start, end).
 */
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../extractor/events/clause-events';
import { bundleOfOneArticle, datedEventsOf, datedEventTitlesOf } from './one-article';

describe('events of dated clauses without a trigger word', () => {
  it.each([
    ['a background fact with a year', ' date 2023-03-02\nFrance last took part in Varuna off Goa in 2019.', ['exercise 2019-01-01..2019-12-31']],
    ['a base opening in a month', ' date 2023-05-10\nChina opened its naval base in Ream in Cambodia in April 2023.', ['other 2023-04-01..2023-04-30']],
    ['an approval beside a deal word, typed as a milestone', ' date 2021-06-04\nThe ministry approved the contract for 83 Tejas Mk1A jets in January.', ['other 2021-01-01..2021-01-31']],
    ['a clause that names nothing the dictionaries know', ' date 2023-05-10\nThe new ambassador presented her credentials in March.', ['other 2023-03-01..2023-03-31']],
    ['an order for unnamed ships, due in a financial year, as an agreement', ' date 2023-05-10\nThe order for the remaining 12 frigates is expected to be placed in fiscal 2024-25.', ['agreement 2024-04-01..2025-03-31']],
    ['a tender, which no trigger names', ' date 2022-02-11\nThe request for proposals for six submarines was issued only in July 2021.', ['other 2021-07-01..2021-07-31']],
    ['a foundation stone sharing the day of the inauguration before it', ' date 2023-01-12\nThe Prime Minister on Wednesday inaugurated Aero India in Bengaluru and laid the foundation stone of a helicopter factory at Tumakuru.', ['exhibition 2023-01-11..2023-01-11', 'other 2023-01-11..2023-01-11']],
    ['two verbs of one subject, each with its own date', ' date 2022-09-03\nINS Vagir began its sea trials in February and completed them in August.', ['other 2022-02-01..2022-02-28', 'other 2022-08-01..2022-08-31']],
    ['a verbless "and" clause continuing the test before it', ' date 2021-12-20\nPakistan test-fired the Shaheen-III in March, and the Fatah-1 rocket in August.', ['other 2021-03-01..2021-03-31', 'other 2021-08-01..2021-08-31']],
    ['a future milestone with a deadline', ' date 2022-09-03\nThe carrier is expected to be fully operational by the end of 2023.', ['other 2023-10-01..2023-12-31']],
    ['a step told as a noun after "after"', ' date 2021-09-12\nThe drills come after a buildup of Russian troops near Ukraine in April.', ['other 2021-04-01..2021-04-30']],
    ['an interception at sea as an incident', ' date 2023-06-05\nA Chinese destroyer intercepted the USS Chung-Hoon in the Taiwan Strait on Saturday.', ['incident 2023-06-03..2023-06-03']],
    ['a drill pulled out of in a year, keeping the year', ' date 2021-09-12\nIndia withdrew from the Kavkaz-2020 drills last year.', ['exercise 2020-01-01..2020-12-31']],
    ['a contract signed hours before a visit, both on the day', ' date 2021-12-06\nThe two sides signed a contract for AK-203 rifles on Monday, hours before Putin landed in New Delhi for a working visit.', ['agreement 2021-12-06..2021-12-06', 'visit 2021-12-06..2021-12-06']],
    ['an exercise begun on a day and running over the next days', ' date 2022-09-01\nThe Vostok-2022 exercise started on Thursday and will run over the next seven days.', ['exercise 2022-09-01..2022-09-07']],
    ['a "since …, when" date given to the when-clause', ' date 2023-04-28\nIndia has kept 50,000 troops in eastern Ladakh since May 2020, when the standoff began.', ['incident 2020-05-01..2020-05-31']],
    ['a standoff dated by the "since" that follows it', ' date 2023-04-28\nThe two armies have been locked in a standoff in eastern Ladakh since May 2020.', ['incident 2020-05-01..2020-05-31']],
    ['an announcement on a day, with what it announced', ' date 2023-06-14\nThe defence ministry announced on Monday that the frigate would be commissioned next month.', ['other 2023-06-12..2023-06-12', 'delivery 2023-07-01..2023-07-31']],
    ['a confirmation on a day', ' date 2023-06-14\nBeijing confirmed on Tuesday that its carrier had entered the Pacific.', ['other 2023-06-13..2023-06-13']],
    ['a statement to Parliament', ' date 2022-12-14\nThe defence minister told Parliament on Tuesday that the Army had stopped the intrusion.', ['other 2022-12-13..2022-12-13']],
    ['a verbless "and" clause continuing a dateless one', ' date 2023-04-28\nThe two sides have pulled back from the Galwan Valley, and Gogra-Hot Springs, the last of them in September 2022.', ['other 2022-09-01..2022-09-30']],
    ['a stretch sharing its clause’s verb', ' date 2024-10-16\nDeliveries of the drones are expected to begin in January 2029, with the remainder following by 2030.', ['delivery 2029-01-01..2029-01-31', 'delivery 2030-01-01..2030-12-31']],
    ['a "which" clause dating the place named before it', ' date 2022-08-17\nThe port lies near the PLA Navy support base in Djibouti, which opened in August 2017.', ['other 2017-08-01..2017-08-31']],
    ['a show whose length runs till a weekday', ' date 2023-02-13\nModi on Monday inaugurated Aero India at Yelahanka. The five-day show, which runs till Friday, has drawn 800 exhibitors.', ['exhibition 2023-02-13..2023-02-17']],
    ['a port call stretched by "it will stay … until" in the next sentence', ' date 2022-08-17\nA Chinese research vessel docked at Hambantota port on Tuesday. It will stay in the port until August 22, officials said.', ['visit 2022-08-16..2022-08-22']],
    ['a planned commissioning as a delivery', ' date 2022-08-17\nThe Navy will commission the submarine INS Karanj on March 10.', ['delivery 2023-03-10..2023-03-10']],
    ['a past edition in the year it names', ' date 2021-09-03\nThe Zhuhai Airshow opened on Tuesday. The 2018 show was held from November 6 to 11.', ['exhibition 2018-11-06..2018-11-11', 'exhibition 2021-08-31..2021-08-31']],
    ['no incident in "attack helicopters"', ' date 2021-09-03\nThe Army on Friday inducted its first Apache attack helicopters at Pathankot.', ['delivery 2021-09-03..2021-09-03']],
    ['a port call planned from one day until another', ' date 2022-08-06\nThe ship, which can track satellites, was scheduled to dock at Hambantota on August 11 and remain there until August 17.', ['visit 2022-08-11..2022-08-17']],
    ['joint patrols as an exercise', ' date 2022-11-12\nThe Chinese and Russian navies conducted joint patrols in the Sea of Japan from July 15 to 18.', ['exercise 2022-07-15..2022-07-18']],
    ['a test told for two years apart, one event each', ' date 2021-03-01\nThe Strategic Forces Command test-fired the Agni-V in 2012 and 2018.', ['other 2012-01-01..2012-12-31', 'other 2018-01-01..2018-12-31']],
    ['a gift of helicopters listed in two years', ' date 2024-05-20\nMale still flies the Dhruv helicopters New Delhi gifted in 2011, and 2015.', ['delivery 2011-01-01..2011-12-31', 'delivery 2015-01-01..2015-12-31']],
    ['a verb with its own year before "and" and a delivery verb with a later one', ' date 2022-09-04\nHanoi studied the BrahMos offer in 2019 and took delivery of four Yakhont batteries in 2021.', ['other 2019-01-01..2019-12-31', 'delivery 2021-01-01..2021-12-31']],
    ['a vote named by its month', ' date 2024-01-14\nSolih, who lost the September run-off in the Maldives, left for London on Friday.', ['other 2023-09-01..2023-09-30', 'visit 2024-01-12..2024-01-12']],
    ['a plan told with "expects to"', ' date 2023-06-30\nBharat Forge expects to open its second artillery plant at Pune in 2025.', ['other 2025-01-01..2025-12-31']],
    ['an event put off "until" a year', ' date 2023-06-30\nThe submarine INS Vagsheer is not expected to be commissioned until 2025.', ['delivery 2025-01-01..2025-12-31']],
    ['an elided clause opening on "for"', ' date 2023-06-30\nThe contract for the first six corvettes was signed with Fincantieri in 2015 and for four more in 2019.', ['agreement 2015-01-01..2015-12-31', 'agreement 2019-01-01..2019-12-31']],
    ['a ruling named with its year after "despite"', ' date 2024-04-01\nBeijing kept building on Mischief Reef despite a 2016 ruling by The Hague tribunal.', ['other 2016-01-01..2016-12-31']],
    ['two accords named by their years', ' date 2017-09-01\nThimphu says the road breaks the 1988 and 1998 agreements with Beijing.', ['agreement 1988-01-01..1988-12-31', 'agreement 1998-01-01..1998-12-31']],
    ['a launch and sea trials of an unnamed boat, each on its date', ' date 2021-11-27\nThe submarine was launched in May 2019 and began sea trials in February 2021.', ['other 2019-05-01..2019-05-31', 'other 2021-02-01..2021-02-28']],
    ['the event and not who reported it', ' date 2022-12-13\nIndian and Chinese troops clashed near Yangtse on December 9, the Army said on Monday.', ['incident 2022-12-09..2022-12-09']],
    ['one incident, not a second from "since the … incident"', ' date 2022-12-13\nThis is the first major clash since the Galwan Valley incident in June 2020.', ['incident 2020-06-01..2020-06-30']],
    ['a visit by someone named by office only', ' date 2022-08-04\nBeijing protested after US House Speaker Nancy Pelosi visited Taipei on August 2.', ['visit 2022-08-02..2022-08-02']],
    ['an invasion as an incident', ' date 2022-06-10\nRussia launched its invasion of Ukraine on February 24.', ['incident 2022-02-24..2022-02-24']],
    ['a fleet review as a parade', ' date 2023-02-11\nA Fleet Review is planned off Karachi on Monday.', ['parade 2023-02-13..2023-02-13']],
    ['a "which" clause about another actor’s step', ' date 2021-08-04\nThe two sides are negotiating a deal for 21 MiG-29 jets, which the cabinet cleared last year.', ['other 2020-01-01..2020-12-31']],
  ])('finds %s', (_name, text, expected) => {
    expect(datedEventsOf(text)).toEqual(expected);
  });

  it.each([
    ['a reporting verb with its day', ' date 2021-08-04\nThe ministry said on Tuesday that ties with Moscow remained strong.'],
    ['a verb of telling with its day', ' date 2021-08-04\nThe spokesman told reporters on Tuesday that ties with Moscow remained strong.'],
    ['a page line', ' date 2021-08-04\nUpdated: Aug 04, 2021 09:15 IST'],
    ['a "since" bound of a state', ' date 2021-08-04\nTensions between the two navies have been high since 2003.'],
    ['a clause with no verb of action', ' date 2021-08-04\nHeavy rain across Assam in May.'],
    ['a programme’s term of years', ' date 2021-12-06\nThe two sides renewed their military-technical cooperation programme from 2021 to 2031.'],
    ['a copula with nothing named', ' date 2021-08-04\nIt was a busy week in July.'],
  ])('finds no event in %s', (_name, text) => {
    expect(datedEventsOf(text)).toEqual([]);
  });

  it.each([
    ['a relative clause dates the event named before it', ' date 2021-12-06\nPutin invited Modi to the next annual summit, which is due to be held in 2022, an aide said.', ['meeting 2022-01-01..2022-12-31']],
    ['a "which" clause hosting the meeting before it gives the meeting its day', ' date 2023-04-27\nThe SCO defence ministers’ meeting, which India is hosting in New Delhi on Friday, will discuss terrorism.', ['meeting 2023-04-28..2023-04-28']],
    ['a grouping’s ministers’ meeting and its summit as two meetings', ' date 2021-07-14\nThe SCO Council of Foreign Ministers on Wednesday discussed preparations for the summit, which will be held in Dushanbe on September 17.', ['meeting 2021-07-14..2021-07-14', 'meeting 2021-09-17..2021-09-17']],
    ['no meeting from "until further consultations"', ' date 2022-08-06\nIn a note to the Chinese Embassy in Colombo on Friday, Sri Lanka requested that the visit be deferred until further consultations are made.', ['other 2022-08-05..2022-08-05']],
    ['a date opening the sentence scopes over both of its clauses', ' date 2021-08-04\nLast month, the frigate Tabar took part in the Navy Day parade in St. Petersburg, and the Indian delegation attended the MAKS-2021 air show in Zhukovsky.', ['exhibition 2021-07-01..2021-07-31', 'parade 2021-07-01..2021-07-31']],
  ])('leaves %s', (_name, text, expected) => {
    expect(datedEventsOf(text)).toEqual(expected);
  });

  it.each([
    ['drops the connective and who said it', ' date 2021-08-04\nIndia and Japan held their first 2+2 in New Delhi in November 2019, officials said.', 'India and Japan held their first 2+2 in New Delhi'],
    ['keeps what was said, not who said it', ' date 2022-09-03\nNavy officials said the carrier would sail for its base at Karwar next week.', 'Carrier would sail for its base at Karwar'],
    ['keeps the part of a relative clause that holds the date', ' date 2023-01-18\nThe missile, which has a range of 2,750 km, was last tested in April 2022.', 'Missile last tested'],
    ['names the actor of a clause joined by "and" on its verb', ' date 2023-07-10\nThe third Scorpene submarine, INS Karanj, was delivered to the Navy on February 1 and will be commissioned on March 10.', 'Third Scorpene submarine to be commissioned'],
    ['names the person a "who" clause hangs on', ' date 2022-01-14\nThe delegation was led by Lt Gen Anindya Sengupta, who took over as commander of the 14 Corps earlier this month.', 'Anindya Sengupta took over as commander of the 14 Corps'],
  ])('titles a clause event: %s', (_name, text, title) => {
    expect(datedEventTitlesOf(text)).toContain(title);
  });
});

describe('the status of a clause event', () => {
  it('comes from the tense of its own clause, not of the sentence', () => {
    const text = ' date 2023-07-14\nIndia and France on Friday agreed on a jet engine, and India is expected to sign a deal for 26 Rafale-M fighters later this year.';
    const bundle = bundleOfOneArticle(text);
    expect(bundle.events.find((event) => event.dateText === 'later this year')?.status).toBe('planned');
  });
});

describe('splitClauses', () => {
  it.each([
    ['Since the standoff began in May 2020, India has deployed more troops.', ['Since the standoff began in May 2020', 'India has deployed more troops.']],
    ['The keel was laid in 2009 and the ship was floated out in 2013.', ['The keel was laid in 2009', 'and the ship was floated out in 2013.']],
    ['Modi visited Kochi, where he commissioned the carrier.', ['Modi visited Kochi', 'where he commissioned the carrier.']],
    ['Since 2013, when the Belt and Road Initiative was launched, China has invested in Pakistan.', ['Since 2013', 'when the Belt and Road Initiative was launched', 'China has invested in Pakistan.']],
    ['The Navy commissioned the ship in April and it will sail next week.', ['The Navy commissioned the ship in April', 'and it will sail next week.']],
    ['The meeting of the Commission for Technical and Military Cooperation which is expected in 2020.', ['The meeting of the Commission for Technical and Military Cooperation which is expected in 2020.']],
  ])('cuts "%s" into its clauses', (sentence, clauses) => {
    expect(splitClauses(sentence).map((clause) => sentence.slice(clause.start, clause.end).trim())).toEqual(clauses);
  });
});

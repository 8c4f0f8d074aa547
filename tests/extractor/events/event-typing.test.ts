/**
 * How events are typed on sentences of my own in other outlets' styles,
 * after the annotators' conventions: milestones of a system (approvals, tests,
 * first flights) are `other`; entering service, arriving, being shipped or
 * commissioned are deliveries; orders and purchases are agreements; drills
 * with another navy are exercises; scuffles and crossings are incidents.
 */
import { describe, expect, it } from 'vitest';
import { bundleOfOneArticle, datedEventsOf } from './one-article';

describe('the type of a dated clause no trigger word names', () => {
  it.each([
    ['a ship joining a named navy, told in the present, as a delivery', ' date 2023-06-10\nThe frigate Tushil joins the Indian Navy on December 9.', ['delivery 2023-12-09..2023-12-09']],
    ['a carrier sailing, told in the present, as a milestone', ' date 2023-06-10\nThe Fujian carrier sails from Shanghai on Monday.', ['other 2023-06-12..2023-06-12']],
    ['entering service as a delivery', ' date 2022-11-10\nThe Y-20 transport, which entered service in July 2016, flew the aid in.', ['delivery 2016-07-01..2016-07-31']],
    ['systems arriving as a delivery', ' date 2019-04-02\nThe remaining 14 helicopters will arrive by March 2020.', ['delivery 2020-03-01..2020-03-31']],
    ['unnamed jets arriving somewhere, by the visit word, as a delivery', ' date 2020-07-30\nThe first jets arrived in Ambala on Wednesday.', ['delivery 2020-07-29..2020-07-29']],
    ['jets arriving after an opening date and comma as a delivery', ' date 2020-07-30\nThe two sides signed the deal on March 3. A day later, the first jets arrived in Ambala.', ['agreement 2020-03-03..2020-03-03', 'delivery 2020-03-04..2020-03-04']],
    ['a headline’s jets "to land" on a day as a planned delivery', ' date 2020-07-27\nFive Rafale jets to land in Ambala on July 29', ['delivery 2020-07-29..2020-07-29']],
    ['unnamed jets landing somewhere as a delivery', ' date 2020-07-30\nThe first five jets landed in Ambala on Wednesday.', ['delivery 2020-07-29..2020-07-29']],
    ['warships arriving at a port as a port call', ' date 2022-12-20\nThe Russian group, led by the cruiser Varyag, arrived at the Chinese port of Zhoushan on Monday.', ['visit 2022-12-19..2022-12-19']],
    ['a video call planned before the end of the year as a meeting in its last quarter', ' date 2022-12-20\nRussian President Vladimir Putin is expected to hold a video call with Chinese leader Xi Jinping before the end of the year.', ['meeting 2022-10-01..2022-12-31']],
    [
      'systems due by a month, after "and", as a delivery',
      " date 2024-03-14\nThe IAF's first S-400 squadron became operational in Punjab in December 2021, and the remaining two squadrons are due by August 2026.",
      ['other 2021-12-01..2021-12-31', 'delivery 2026-08-01..2026-08-31'],
    ],
    ['a person arriving is no delivery', ' date 2019-04-02\nThe remaining officials reached Gilgit in March.', ['other 2019-03-01..2019-03-31']],
    ['a pre-induction launch as a milestone, no delivery', ' date 2023-06-08\nIndia on Wednesday carried out the first pre-induction night launch of the Agni-Prime missile.', ['other 2023-06-07..2023-06-07']],
    ['helicopters shipped to a port as a delivery', ' date 2019-04-02\nThe first four Chinooks were shipped to the Mundra port in Gujarat in February.', ['delivery 2019-02-01..2019-02-28']],
    ['an order placed in a relative clause as an agreement', ' date 2019-04-02\nThe T129 ATAK, 30 of which Pakistan ordered in July 2018, is stuck over its engine.', ['agreement 2018-07-01..2018-07-31']],
    ['a purchase as an agreement', ' date 2019-04-02\nThe Army bought 145 M777 howitzers from the US in November 2016.', ['agreement 2016-11-01..2016-11-30']],
    ['an acquisition as an agreement', ' date 2019-04-02\nPakistan acquired four Type 054A/P frigates from China in 2017.', ['agreement 2017-01-01..2017-12-31']],
    ['a purchase after an opening adverbial that names trials', ' date 2019-04-02\nDuring trials, it lifted the M777 ultra-light howitzer that the Army bought from the US in November 2016.', ['agreement 2016-11-01..2016-11-30']],
    ['an approval after trials stays an approval', ' date 2021-04-02\nAfter the trials, the ministry approved the purchase of 83 Tejas in January 2021.', ['other 2021-01-01..2021-01-31']],
    ['a carrier strike group sailing into a sea as an exercise', ' date 2022-06-18\nThe USS Ronald Reagan strike group sailed into the South China Sea on Monday.', ['exercise 2022-06-13..2022-06-13']],
    ['drills with another navy as an exercise', ' date 2021-09-12\nThe task group exercised with the Vietnamese navy in the South China Sea on August 18.', ['exercise 2021-08-18..2021-08-18']],
    ['a drone violating a country’s airspace as an incident', ' date 2022-11-10\nA Chinese drone violated Indian airspace near the LAC in June.', ['incident 2022-06-01..2022-06-30']],
    ['a series of confrontations at sea as an incident', ' date 2024-04-10\nTensions rose last year with a series of confrontations around the Second Thomas Shoal.', ['incident 2023-01-01..2023-12-31']],
    ['a ship joining other navies\' warships for a phase as an exercise', ' date 2023-10-02\nA Sri Lankan corvette joined Indian and Bangladeshi warships for the harbour phase on Saturday.', ['exercise 2023-09-30..2023-09-30']],
    ['a ship that was to have joined two fleets for a segment as an exercise', ' date 2022-09-06\nA Vietnamese frigate was to have joined the Russian and Chinese fleets for the sea segment on Monday, but the plan was dropped.', ['exercise 2022-09-05..2022-09-05']],
    ['a hijacking at sea as an incident', ' date 2024-01-10\nSomali pirates hijacked the bulk carrier Ruen off Socotra on December 14.', ['incident 2023-12-14..2023-12-14']],
    ['commandos boarding a vessel as an incident', ' date 2024-01-10\nMarine commandos boarded the Liberian-flagged vessel Lila Norfolk on Friday and rescued its 21 crew.', ['incident 2024-01-05..2024-01-05']],
    ['pirates surrendering as an incident', ' date 2024-03-20\nThe 35 pirates surrendered to the navy on Saturday after a 40-hour standoff.', ['incident 2024-03-16..2024-03-16']],
    ['chaff released in a patrol plane’s path as an incident', ' date 2022-06-10\nA PLA J-16 released chaff into the path of an Australian P-8 over the South China Sea in May.', ['incident 2022-05-01..2022-05-31']],
    ['a warship violating a state border as an incident', ' date 2021-06-25\nThe destroyer violated the state border near Cape Fiolent on Wednesday.', ['incident 2021-06-23..2021-06-23']],
    ['a warship calling at a port as a visit', ' date 2021-06-25\nThe destroyer had called at the Georgian port of Batumi on June 19.', ['visit 2021-06-19..2021-06-19']],
    ['submarines calling at a harbour in a year as a visit', ' date 2021-06-25\nThree Chinese survey ships called at Hambantota in 2019.', ['visit 2019-01-01..2019-12-31']],
    ['a submarine transferred to another navy as a delivery', ' date 2021-06-25\nIndia transferred the Kilo-class submarine Sindhuvir to Myanmar in October 2020.', ['delivery 2020-10-01..2020-10-31']],
    ['a fighter going down near a town as an incident', ' date 2024-03-20\nA Tejas Mk1 fighter went down near Jaisalmer on March 12.', ['incident 2024-03-12..2024-03-12']],
    ['a drone exploding near a destroyer as an incident', ' date 2024-03-20\nA Houthi drone exploded near the destroyer in the Red Sea on Monday.', ['incident 2024-03-18..2024-03-18']],
    ['soldiers captured near a border as an incident', ' date 2024-03-20\nInsurgents captured two soldiers near the border on Friday.', ['incident 2024-03-15..2024-03-15']],
    ['engineers kidnapped as an incident', ' date 2024-03-20\nGunmen kidnapped three engineers in Balochistan in February.', ['incident 2024-02-01..2024-02-29']],
    ['brigades deployed to a front as a move, not a delivery', ' date 2024-03-20\nThe army deployed two additional brigades to Ladakh in June.', ['other 2023-06-01..2023-06-30']],
    ['prototypes that were deployed as a move, not a delivery', ' date 2024-03-20\nTwo ALH prototypes were deployed in Sikkim in August 2020.', ['other 2020-08-01..2020-08-31']],
    ['a first squadron deployed stays a delivery', ' date 2024-03-20\nThe first S-400 squadron was deployed in Punjab in December 2021.', ['delivery 2021-12-01..2021-12-31']],
    ['troops trying to transgress a line as an incident', ' date 2024-03-20\nChinese troops attempted to transgress the LAC in the Yangtse area on December 9.', ['incident 2023-12-09..2023-12-09']],
    ['a destroyer targeted by a missile as an incident', ' date 2024-03-20\nThe destroyer was targeted by an anti-ship missile on January 26.', ['incident 2024-01-26..2024-01-26']],
    ['a destroyer arriving "for a four-day visit" as a port call over those days', ' date 2024-03-20\nThe destroyer arrived in Manila on 12 March for a four-day visit.', ['visit 2024-03-12..2024-03-15']],
    ['a warship reaching a port "for a goodwill visit" as a port call', ' date 2024-03-20\nThe Japanese destroyer JS Takanami reached Kochi on Monday for a three-day goodwill visit.', ['visit 2024-03-18..2024-03-20']],
    ['a prime minister receiving a visiting president as a meeting, not a delivery', ' date 2024-03-20\nPrime Minister Narendra Modi received Russian President Vladimir Putin at Hyderabad House on Monday.', ['meeting 2024-03-18..2024-03-18']],
    ['a minister receiving his counterpart as a meeting', ' date 2024-03-20\nDefence Minister Rajnath Singh received his Australian counterpart Richard Marles in New Delhi on Tuesday.', ['meeting 2024-03-19..2024-03-19']],
    ['a chief receiving a briefing as no delivery', ' date 2024-03-20\nThe army chief received a briefing on the situation in Ladakh on Monday.', ['other 2024-03-18..2024-03-18']],
    ['a navy receiving helicopters stays a delivery', ' date 2024-03-20\nThe navy received its first MH-60R helicopters in July 2021.', ['delivery 2021-07-01..2021-07-31']],
    ['an unnamed minister "on a four-day visit" from a weekday as that visit', ' date 2024-03-20\nThe Vietnamese defence minister is on a four-day visit to India starting Tuesday.', ['visit 2024-03-19..2024-03-22']],
    ['an unnamed navy chief "on an official visit" over a range of days as that visit', ' date 2024-03-20\nThe Indian Navy chief is on an official visit to Australia from March 18 to 21.', ['visit 2024-03-18..2024-03-21']],
    ['a president hosting a visiting prime minister as a meeting', ' date 2024-03-20\nChinese President Xi Jinping hosted Pakistani Prime Minister Shehbaz Sharif in Beijing on Friday.', ['meeting 2024-03-15..2024-03-15']],
    ['ministers gathering in a capital as a meeting', ' date 2024-03-20\nThe Quad foreign ministers gathered in Tokyo on Monday.', ['meeting 2024-03-18..2024-03-18']],
    ['a secretary of state who flew to a capital as a visit', ' date 2024-03-20\nSecretary of State Antony Blinken flew to Manila on Monday.', ['visit 2024-03-18..2024-03-18']],
    ['a missile "designed to deliver" warheads, tested on a day, as a test', ' date 2023-10-19\nPakistan on Wednesday conducted a flight test of the Ababeel missile, a weapon designed to deliver multiple warheads.', ['other 2023-10-18..2023-10-18']],
    ['a missile bringing islands "within reach", last tested on a day, as a test', ' date 2023-10-19\nThe Shaheen-III, whose range brings the Andaman Islands within reach, was last tested on April 9, 2021.', ['other 2021-04-09..2021-04-09']],
    ['a helicopter receiving its operational clearance as a milestone', ' date 2023-10-19\nThe LUH received initial operational clearance in February 2020.', ['other 2020-02-01..2020-02-29']],
    ['a missile cleared for induction as an approval', ' date 2024-04-20\nThe Pralay missile was cleared for induction in September 2023.', ['other 2023-09-01..2023-09-30']],
    ['an army that lost a helicopter near a town as an incident', ' date 2022-10-10\nThe Army lost a Cheetah helicopter near Patnitop in September 2021.', ['incident 2021-09-01..2021-09-30']],
    ['jets taking part in an exercise "since" a day as that exercise begun then', ' date 2024-04-12\nFour IAF Su-30MKI jets have been taking part in the multilateral exercise Iniochos-24 at Andravida air base in Greece since April 8, officials added.', ['exercise 2024-04-08..2024-04-08']],
    ['a first batch "to be produced" somewhere as production, not a delivery', ' date 2022-08-16\nThe first batch of AK-203 rifles will be produced at Korwa in 2023.', ['other 2023-01-01..2023-12-31']],
    ['a first batch delivered stays a delivery', ' date 2022-08-16\nThe first batch of AK-203 rifles was handed over to the Army in 2023.', ['delivery 2023-01-01..2023-12-31']],
    ['the surrender of pirates to a navy on a day as an incident', ' date 2024-03-25\nThe surrender of 35 pirates to the Indian Navy in the Arabian Sea on March 16 ended the operation.', ['incident 2024-03-16..2024-03-16']],
    ['violence breaking out somewhere as an incident', ' date 2023-08-25\nEthnic violence broke out in Manipur on May 3.', ['incident 2023-05-03..2023-05-03']],
    ['fighting that erupted on a border as an incident', ' date 2023-08-25\nFighting erupted along the Armenia-Azerbaijan border on Tuesday.', ['incident 2023-08-22..2023-08-22']],
    ['two warships freeing a fishing vessel as an incident', ' date 2024-04-02\nINS Sumedha and INS Trishul freed the Iranian fishing vessel Al Kambar near Socotra on March 29.', ['incident 2024-03-29..2024-03-29']],
    ['a firepower demonstration as an exercise', ' date 2024-03-28\nThe tri-service firepower demonstration Bharat Shakti was held at the Pokhran ranges on March 12.', ['exercise 2024-03-12..2024-03-12']],
    ['a drone strike as an incident', ' date 2024-01-20\nA drone strike hit the base near Erbil on Thursday.', ['incident 2024-01-18..2024-01-18']],
    ['troops facing off as an incident', ' date 2023-08-28\nIn 2017, troops faced off for 73 days at Doklam.', ['incident 2017-01-01..2017-12-31']],
    [
      'jets striking a camp "a day after" the day told before as an incident of the day before',
      ' date 2019-02-28\nPakistan shot down an Indian MiG-21 on Wednesday and captured its pilot, a day after Indian jets struck a camp near Balakot.',
      ['incident 2019-02-26..2019-02-26', 'incident 2019-02-27..2019-02-27'],
    ],
    ['an annexation as an incident', ' date 2024-03-10\nRussia annexed Crimea in March 2014.', ['incident 2014-03-01..2014-03-31']],
    ['a ship sunk, told by an irregular past, as an incident', ' date 2024-03-10\nHouthi fighters sank the bulk carrier Rubymar on Saturday.', ['incident 2024-03-09..2024-03-09']],
    ['a contract sealed as an agreement', ' date 2024-03-10\nThe two governments sealed the submarine contract in May.', ['agreement 2023-05-01..2023-05-31']],
    ['a deal struck as no incident', ' date 2019-02-28\nThe two sides struck a deal on Monday.', ['agreement 2019-02-25..2019-02-25']],
    ['a scuffle as an incident', ' date 2017-08-20\nIndian and Chinese soldiers scuffled on the banks of Pangong Tso on August 15.', ['incident 2017-08-15..2017-08-15']],
    ['a council taking up proposals as a meeting, dated by its day', ' date 2023-01-20\nThe DAC takes up proposals worth Rs 1.2 lakh crore on Thursday.', ['meeting 2023-01-19..2023-01-19']],
    ['a council to take up a service’s proposals as a meeting', " date 2023-01-20\nThe Defence Acquisition Council will take up the Navy's proposals for new fighters next month.", ['meeting 2023-02-01..2023-02-28']],
    ['a council clearing proposals as a milestone, not a meeting', ' date 2023-01-20\nThe Defence Acquisition Council cleared proposals worth Rs 1.2 lakh crore on Thursday.', ['other 2023-01-19..2023-01-19']],
    ['an acceptance of necessity for a purchase as a milestone', ' date 2023-07-15\nOn Thursday, the Defence Acquisition Council granted acceptance of necessity for the purchase of 26 Rafale M jets.', ['other 2023-07-13..2023-07-13']],
    ['an approval, even of a purchase, as a milestone', ' date 2022-11-10\nThe Cabinet Committee on Security on Wednesday cleared the purchase of 26 Rafale M jets.', ['other 2022-11-09..2022-11-09']],
    ['a delegation from a country visiting', ' date 2021-07-20\nA delegation from the United Arab Emirates visited the Rostec stand on Tuesday.', ['visit 2021-07-20..2021-07-20']],
    [
      'a ship expected to arrive, in a "with" clause after another event',
      ' date 2021-11-08\nThe frigates will reach Karachi after sea trials in Chinese waters, officials said, with PNS Taimur expected to arrive in January next year.',
      ['delivery 2022-01-01..2022-01-31'],
    ],
    ['a country holding parliamentary elections on a day as a milestone', ' date 2024-01-14\nSri Lanka holds parliamentary elections on March 17.', ['other 2024-03-17..2024-03-17']],
    ['elections named by their day before the word', ' date 2024-05-12\nThe party won 66 seats in the April 21 parliamentary elections.', ['other 2024-04-21..2024-04-21']],
    ['a president sworn in, in a relative clause', ' date 2024-01-14\nPresident Anura Dissanayake, who was sworn in in September, has made the review his priority.', ['other 2023-09-01..2023-09-30']],
    ['a statement to a chamber named with an adjective', ' date 2022-03-20\nThe defence minister told the Indian parliament on March 15 that an inquiry had been ordered.', ['other 2022-03-15..2022-03-15']],
  ])('types %s', (_name, text, expected) => {
    expect(datedEventsOf(text)).toEqual(expected);
  });
});

describe('frames for agreements by name and for disengagements', () => {
  it.each([
    [
      'two agreements named by their acronyms, each dated by its own phrase',
      ' date 2023-10-12\nIndia and the US signed the GSOMIA in 2002 and LEMOA in August 2016.',
      ['agreement 2002-01-01..2002-12-31', 'agreement 2016-08-01..2016-08-31'],
    ],
    [
      'two named agreements signed by one verb, each dated by its own phrase',
      ' date 2023-10-12\nThe two countries signed the Communications Compatibility and Security Agreement (COMCASA) in September 2018 and the Basic Exchange and Cooperation Agreement (BECA) during the 2+2 dialogue in New Delhi in October 2020.',
      ['agreement 2018-09-01..2018-09-30', 'agreement 2020-10-01..2020-10-31', 'meeting 2020-10-01..2020-10-31'],
    ],
    [
      'an agreement known by its name, beside the summit it was signed at',
      ' date 2020-06-05\nIndia and Australia signed a Mutual Logistics Support Arrangement on Thursday during a virtual summit between Narendra Modi and Scott Morrison.',
      ['agreement 2020-06-04..2020-06-04', 'meeting 2020-06-04..2020-06-04'],
    ],
    ['a meeting and no agreement from an organisation named after a treaty', ' date 2020-09-05\nSingh on Friday attended a joint meeting of the Collective Security Treaty Organisation in Moscow.', ['meeting 2020-09-04..2020-09-04']],
    ['a disengagement as a milestone of the standoff', ' date 2021-02-22\nThe disengagement at Pangong Tso was completed on Saturday.', ['other 2021-02-20..2021-02-20']],
    [
      'a pullback dated, and the talks it came before left undated',
      ' date 2021-02-21\nThe pullback began on February 10 and was verified by both armies through joint physical checks before the talks.',
      ['other 2021-02-10..2021-02-10'],
    ],
    [
      'a disengagement that ends a standoff: the standoff takes no date from it, and a face-off site is a place',
      ' date 2017-08-29\nNEW DELHI: India and China on Monday agreed to an expeditious disengagement at the face-off site in Doklam, ending a 73-day military standoff.',
      ['other 2017-08-28..2017-08-28'],
    ],
    ['no event from a disengagement that is only an aim', ' date 2021-02-22\nThe ministers agreed to pursue disengagement in eastern Ladakh.', []],
  ])('finds %s', (_name, text, expected) => {
    expect(datedEventsOf(text)).toEqual(expected);
  });
});

describe('frames typed by who or what they are about', () => {
  it.each([
    ['systems arriving in a country as a delivery, not a visit', ' date 2021-11-08\nIts first batch of J-10C fighter jets is expected to arrive in Pakistan in the first quarter of next year.', ['delivery 2022-01-01..2022-03-31']],
    ['a person arriving in a country as a visit', ' date 2021-11-08\nPrime Minister Imran Khan arrived in Beijing on Monday.', ['visit 2021-11-08..2021-11-08']],
    ['a minister touring a shipyard as a visit', ' date 2023-06-22\nVietnamese Defence Minister Phan Van Giang toured the Goa Shipyard on Tuesday.', ['visit 2023-06-20..2023-06-20']],
    ['a president touring a city two days before a parade as a visit on that day', ' date 2024-02-16\nMacron was the chief guest at the Republic Day parade on January 26, two days after he toured Jaipur with Prime Minister Narendra Modi.', ['visit 2024-01-24..2024-01-24', 'parade 2024-01-26..2024-01-26']],
    ['no date from a saying for what was said', ' date 2021-02-20\nChina acknowledged on Friday that four PLA soldiers were killed in the Galwan Valley clash.', []],
  ])('%s', (_name, text, expected) => {
    expect(datedEventsOf(text)).toEqual(expected);
  });
});

describe('the date of a verb joined to an earlier one by "and"', () => {
  it.each([
    ['takes its own later date, the earlier verb keeping its own', ' date 2022-11-10\nPakistan evaluated the Chinese Z-10 in 2015 and received four Mi-35M helicopters from Russia in 2018.', ['other 2015-01-01..2015-12-31', 'delivery 2018-01-01..2018-12-31']],
    ['shares the earlier one when it has none', ' date 2022-11-10\nThe frigate sailed from Mumbai on Monday and docked at Colombo for a goodwill call.', ['visit 2022-11-07..2022-11-07']],
  ])('%s', (_name, text, expected) => {
    expect(datedEventsOf(text)).toEqual(expected);
  });
});

describe('the systems a trigger’s event is about', () => {
  it.each([
    [
      'leave out a system named in a later clause, so talks are not an agreement on it',
      ' date 2024-07-09\nHanoi and Beijing held talks on July 2 and agreed to ease tensions, but Vietnam will keep patrolling with its Gepard-class frigates.',
      ['meeting 2024-07-02..2024-07-02'],
    ],
    ['keep one named before a relative clause about it', ' date 2024-07-09\nIndia signed a deal for 26 Rafale-M jets on Friday, which will be based on INS Vikrant.', ['agreement 2024-07-05..2024-07-05']],
  ])('%s', (_name, text, expected) => {
    expect(datedEventsOf(text)).toEqual(expected);
  });
});

describe('a possessive date ("This year\'s drills")', () => {
  it.each([
    [
      'dates the drills it names, not the agreement told after them',
      ' date 2021-09-06\nThis year\'s Varuna drills come after India and France signed the Reciprocal Logistics Support Agreement on March 10, 2018, during a summit between Narendra Modi and Emmanuel Macron in New Delhi.',
      ['agreement 2018-03-10..2018-03-10', 'meeting 2018-03-10..2018-03-10', 'exercise 2021-01-01..2021-12-31'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(datedEventsOf(text)).toEqual(expected);
  });
});

describe('a year written before the noun of an event ("the 2017 standoff")', () => {
  it.each([
    ['dates the clash after "since", which is then no bound, and not the talks held since', ' date 2023-04-10\nSince the 2020 Galwan clash, the two armies have held 21 rounds of talks at Chushul.', ['incident 2020-01-01..2020-12-31']],
    ['dates the standoff after "after"', ' date 2023-04-10\nAfter the 2017 standoff at Doklam, China built new roads near the plateau.', ['incident 2017-01-01..2017-12-31']],
    ['makes a war an incident, dated by its year and not by the day of the sentence', ' date 2023-04-10\nVeterans of the 1971 war gathered in Dhaka on Friday.', ['incident 1971-01-01..1971-12-31', 'other 2023-04-07..2023-04-07']],
    ['dates the war and not the squadron revived later', ' date 2020-09-10\nThe 17 Squadron, which fought in the 1999 Kargil war under Wing Commander B.S. Dhanoa, was resurrected in September 2019.', ['incident 1999-01-01..1999-12-31', 'other 2019-09-01..2019-09-30']],
    ['leaves out a war named without a year', ' date 2020-06-24\nThe parade on Red Square marked the 75th anniversary of the Soviet victory in the Great Patriotic War on Wednesday.', ['parade 2020-06-24..2020-06-24']],
    ['dates an agreement known by a long capitalised name', ' date 2023-03-15\nUS forces will gain access to four more bases under the 2014 Enhanced Defense Cooperation Agreement.', ['agreement 2014-01-01..2014-12-31']],
    ['dates a treaty whose name goes on with "of"', ' date 2021-08-20\nOfficials in Delhi recalled the 1971 Indo-Soviet Treaty of Peace and Friendship.', ['agreement 1971-01-01..1971-12-31']],
    ['keeps a war of words or a trade war out', ' date 2023-04-10\nThe trade war of 2019 hurt exports from China to the United States.', []],
    ['keeps a trade war named by a year before it out', ' date 2023-04-10\nThe 2019 tariff war hurt exports from China.', []],
    [
      'keeps a pact its year when the finer date of that year is of what it is told after',
      ' date 2023-08-28\nThe 2013 pact was signed weeks after a three-week standoff at Depsang in April-May that year.',
      ['agreement 2013-01-01..2013-12-31', 'incident 2013-04-01..2013-05-31'],
    ],
    ['makes a ruling an event of its year, in a sentence with no verb of action', ' date 2023-05-02\nManila says its patrols are lawful under a 2016 ruling by an arbitral tribunal in The Hague.', ['other 2016-01-01..2016-12-31']],
    ['names a ruling by its year after "of"', ' date 2023-05-02\nVietnam cites the arbitral ruling of 2016 against Beijing.', ['other 2016-01-01..2016-12-31']],
    ['types an agreement that names no system or city by its noun, not by the verb of the clause', ' date 2023-05-02\nThe helicopters will be based there in line with the 1994 agreement with Kazakhstan.', ['agreement 1994-01-01..1994-12-31']],
    ['dates each of two years listed before one noun', ' date 2017-08-30\nNepal said the new road broke the 1961 and 1979 treaties between Kathmandu and Beijing.', ['agreement 1961-01-01..1961-12-31', 'agreement 1979-01-01..1979-12-31']],
    [
      'leaves the years listed before a noun to it, and the statement its day',
      ' date 2017-08-30\nThimphu kept quiet beyond a statement on June 29 that the road violated the 1988 and 1998 agreements between Thimphu and Beijing.',
      ['agreement 1988-01-01..1988-12-31', 'agreement 1998-01-01..1998-12-31', 'other 2017-06-29..2017-06-29'],
    ],
    ['makes a conflict named by its year an incident, and leaves the meeting its day', ' date 2023-04-10\nVeterans of the 1965 conflict met the President in Delhi on Monday.', ['incident 1965-01-01..1965-12-31', 'meeting 2023-04-10..2023-04-10']],
  ])('%s', (_name, text, expected) => {
    expect(datedEventsOf(text)).toEqual(expected);
  });
});

describe('a financial year (April to March) dates an event like a calendar year', () => {
  it.each([
    ['a planned delivery of unnamed jets', ' date 2024-03-28\nHAL now plans to deliver 40 jets in fiscal 2025-26.', ['delivery 2025-04-01..2026-03-31']],
    ['a submarine to be handed over, the year written before its words', ' date 2024-03-28\nMazagon Dock will hand over the third Scorpene submarine in the 2025-26 financial year.', ['delivery 2025-04-01..2026-03-31']],
    ['a record reached, written "FY"', ' date 2023-06-01\nArms exports climbed to Rs 16,000 crore in FY 2022-23, the ministry said.', ['other 2022-04-01..2023-03-31']],
    ['a letter handed over is no delivery', ' date 2024-03-28\nThe envoy will hand over a letter to the President in March.', ['other 2024-03-01..2024-03-31']],
    ['a programme renewed for ten years is still no event of those years', ' date 2021-06-01\nThe two navies renewed the programme from 2021 to 2031.', []],
  ])('%s', (_name, text, expected) => {
    expect(datedEventsOf(text)).toEqual(expected);
  });
});

describe('a clause opening on a past participle after a comma', () => {
  it.each([
    ['an agreement on the noun before it', ' date 2023-06-01\nThe naval base at Ream, agreed in March 2019, is due to open next year.', ['agreement 2019-03-01..2019-03-31', 'other 2024-01-01..2024-12-31']],
    ['an agreement after a when-clause cut at its comma', ' date 2023-06-01\nIt will be tested again when the jetty the Navy is building at Sabang, agreed in May 2018, is finally finished.', ['agreement 2018-05-01..2018-05-31']],
  ])('tells %s', (_name, text, expected) => {
    expect(datedEventsOf(text)).toEqual(expected);
  });
});

describe('"his meeting with" someone', () => {
  it('is a meeting of the person the article is about with them', () => {
    const text = ' date 2023-06-01\nPrime Minister Sheikh Hasina spoke to reporters in Dhaka. The two countries set up a joint commission during her meeting with Narendra Modi in Delhi on Tuesday.';
    expect(bundleOfOneArticle(text).events.map((event) => `${event.type} ${event.start} ${event.title}`)).toEqual(['meeting 2023-05-30 Sheikh Hasina meets Narendra Modi']);
  });
});

describe('a visit by someone the people directory does not know', () => {
  it.each([
    ['a visitor named right before the verb', ' date 2023-04-10\nNancy Pelosi visited Taipei last August.', ['visit 2022-08-01..2022-08-31']],
    [
      'a visit after "after" keeps its date when a when-clause follows',
      ' date 2023-04-10\nThe drills were smaller than those China staged after Nancy Pelosi visited Taipei last August, when the PLA fired ballistic missiles into the waters around Taiwan.',
      ['other 2022-08-01..2022-08-31', 'visit 2022-08-01..2022-08-31'],
    ],
    [
      'a possessive name after its title, with inner capitals, whose visit and the drills after it share one date phrase',
      " date 2023-06-14\nAfter Speaker Kevin McCarthy's visit to Taipei in April, the PLA held drills around the island.",
      ['exercise 2023-04-01..2023-04-30', 'visit 2023-04-01..2023-04-30'],
    ],
    [
      'a meeting with someone named after "met" and a title, told after "after" by its verb, dated by the phrase opening the sentence',
      ' date 2024-05-24\nIn April last year, the command held the Joint Sword exercises after Tsai Ing-wen met U.S. House Speaker Kevin McCarthy in California.',
      ['exercise 2023-04-01..2023-04-30', 'meeting 2023-04-01..2023-04-30'],
    ],
    ['an institution is no visitor', ' date 2023-04-10\nThe Indian Navy visited Colombo in May 2022.', ['other 2022-05-01..2022-05-31']],
    ['a title in the possessive is no visitor', ' date 2020-09-10\nThe Indian Defence Minister\'s visits to Russia in June and September were his first abroad.', []],
  ])('%s', (_name, text, expected) => {
    expect(datedEventsOf(text)).toEqual(expected);
  });
});

describe('"the previous edition" of an air show', () => {
  it.each([
    ['is that show, not an exercise', ' date 2023-04-10\nThe Zhuhai Airshow opened on Tuesday in Guangdong. The previous edition was held from September 28 to October 3 last year.', ['exhibition 2022-09-28..2022-10-03', 'exhibition 2023-04-04..2023-04-04']],
  ])('%s', (_name, text, expected) => {
    expect(datedEventsOf(text)).toEqual(expected);
  });
});

describe('a date before a verb of admitting and "that"', () => {
  it.each([
    ['dates the admission, not the deaths and collision admitted', ' date 2021-02-22\nBeijing on Friday admitted that two of its sailors died when the destroyer collided with a fishing boat.', ['other 2021-02-19..2021-02-19']],
    ['leaves the incident its own date', ' date 2023-05-10\nThe Pentagon on Tuesday for the first time acknowledged that a Chinese balloon had crossed Alaska in February.', ['other 2023-02-01..2023-02-28', 'other 2023-05-09..2023-05-09']],
    ['gives a crash confirmed on a day only its own month', ' date 2023-05-10\nMoscow on Tuesday confirmed that its Su-24 crashed over the Black Sea last month.', ['incident 2023-04-01..2023-04-30']],
  ])('%s', (_name, text, expected) => {
    expect(datedEventsOf(text)).toEqual(expected);
  });
});

describe('events told in other ways', () => {
  it.each([
    ['an edition named by its bare name and year', ' date 2023-05-10\nMalabar 2023 will be held off Sydney in August, the Australian navy said.', ['exercise 2023-08-01..2023-08-31']],
    ['an edition named with a two-digit year, dated in that year', ' date 2024-01-16\nIn October, the navy hosted the AMAN-23 exercise off Karachi.', ['exercise 2023-10-01..2023-10-31']],
    ['a test told again "and again in" a later month', ' date 2023-11-16\nThe Navy test-fired the Babur-3 off the Makran coast in January 2017 and again in March 2018.', ['other 2017-01-01..2017-01-31', 'other 2018-03-01..2018-03-31']],
    ['an edition with a hyphenated year', ' date 2023-05-10\nIndia skipped Tsentr-2019 in September that year.', ['exercise 2019-09-01..2019-09-30']],
    ['a visit by an office named in lower case', ' date 2023-05-10\nJapan\'s defence minister visited Delhi on 8-9 May.', ['visit 2023-05-08..2023-05-09']],
    ['a visit over two days joined by "and"', ' date 2023-05-10\nThe Army chief General Manoj Pande visited Ladakh on Monday and Tuesday.', ['visit 2023-05-08..2023-05-09']],
    ['a warship arriving at a foreign port as a port call', ' date 2023-05-10\nThe Australian Navy\'s HMAS Anzac arrived in Visakhapatnam on Tuesday.', ['visit 2023-05-09..2023-05-09']],
    ['a warship arriving home as a delivery', ' date 2022-01-25\nPNS Tughril arrived in Karachi on Monday after a voyage from Shanghai.', ['delivery 2022-01-24..2022-01-24']],
  ])('%s', (_name, text, expected) => {
    expect(datedEventsOf(text)).toEqual(expected);
  });
});

describe('titles of incidents', () => {
  it.each([
    ['a verb as its noun', ' date 2022-12-13\nIndian and Chinese troops clashed near Yangtse on Friday.', 'Clash near Yangtse'],
    ['warning shots as firing', ' date 2021-02-11\nIndian troops fired warning shots near Pangong Tso on Sept. 7.', 'Firing near Pangong Tso'],
    ['not the place the report was filed from', ' date 2017-08-29\nNEW DELHI: The 73-day standoff at Doklam ended on Monday.', 'Standoff near Doklam'],
    [
      'told between two countries, between them: a place of another incident in the article may not be its place',
      ' date 2021-03-02\nSoldiers of both armies clashed at the Depsang Plains on Friday. The standoff between India and China began last May.',
      'Standoff between India and China',
    ],
    [
      'told against one country, after the place the article tells its incidents at',
      ' date 2021-03-02\nSoldiers of both armies clashed at the Depsang Plains on Friday. Tensions have run high since the standoff with China began last May.',
      'Standoff near Depsang Plains',
    ],
    ['after a place of its sentence before the incident word, not a country after it', ' date 2023-01-20\nIndia keeps 50,000 troops in eastern Ladakh since the standoff with China began in May 2020.', 'Standoff near Ladakh'],
    ['after the country it is told around, not a place named far after it', ' date 2023-04-10\nChina held three days of combat exercises around Taiwan after the president met the Speaker at the Reagan Library in California.', 'Military exercise near Taiwan'],
    ['after a country when no other place is named', ' date 2023-01-20\nTensions have run high since the standoff with China began in May 2020.', 'Standoff near China'],
  ])('%s', (_name, text, title) => {
    const bundle = bundleOfOneArticle(text);
    expect(bundle.events.map((event) => event.title)).toContain(title);
  });
});

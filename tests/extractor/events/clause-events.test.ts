/**
 * Events told without a trigger word, on sentences of my own in the styles of
 * PTI, Reuters, TASS, Dawn and The Diplomat: each row is a short article and
 * the dated events it should yield (type, start, end).
 */
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../extractor/events/clause-events';
import { extractBundle } from '../../../extractor/extract-bundle';

function datedEventsOf(text: string): string[] {
  const bundle = extractBundle([{ name: 'a.txt', bytes: new TextEncoder().encode(text) }], { generatedAt: '2020-01-01T00:00:00.000Z' });
  return bundle.events.filter((event) => event.start).map((event) => `${event.type} ${event.start}..${event.end}`);
}

function titlesOf(text: string): string[] {
  const bundle = extractBundle([{ name: 'a.txt', bytes: new TextEncoder().encode(text) }], { generatedAt: '2020-01-01T00:00:00.000Z' });
  return bundle.events.filter((event) => event.start).map((event) => event.title);
}

describe('events of dated clauses without a trigger word', () => {
  it.each([
    ['a background fact with a year', ' date 2023-03-02\nFrance last took part in Varuna off Goa in 2019.', ['exercise 2019-01-01..2019-12-31']],
    ['a base opening in a month', ' date 2023-05-10\nChina opened its naval base in Ream in Cambodia in April 2023.', ['other 2023-04-01..2023-04-30']],
    ['an approval beside a deal word, typed as a milestone', ' date 2021-06-04\nThe ministry approved the contract for 83 Tejas Mk1A jets in January.', ['other 2021-01-01..2021-01-31']],
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
    ['a "which" clause about another actor’s step', ' date 2021-08-04\nThe two sides are negotiating a deal for 21 MiG-29 jets, which the cabinet cleared last year.', ['other 2020-01-01..2020-12-31']],
  ])('finds %s', (_name, text, expected) => {
    expect(datedEventsOf(text)).toEqual(expected);
  });

  it.each([
    ['a reporting verb with its day', ' date 2021-08-04\nThe ministry said on Tuesday that ties with Moscow remained strong.'],
    ['a page line', ' date 2021-08-04\nUpdated: Aug 04, 2021 09:15 IST'],
    ['a "since" bound', ' date 2021-08-04\nThe two navies have held the exercise since 2003.'],
    ['a clause with no verb of action', ' date 2021-08-04\nHeavy rain across Assam in May.'],
    ['a programme’s term of years', ' date 2021-12-06\nThe two sides renewed their military-technical cooperation programme from 2021 to 2031.'],
    ['a copula with nothing named', ' date 2021-08-04\nIt was a busy week in July.'],
  ])('finds no event in %s', (_name, text) => {
    expect(datedEventsOf(text)).toEqual([]);
  });

  it.each([
    ['a relative clause dates the event named before it', ' date 2021-12-06\nPutin invited Modi to the next annual summit, which is due to be held in 2022, an aide said.', ['meeting 2022-01-01..2022-12-31']],
    ['a date opening the sentence scopes over both of its clauses', ' date 2021-08-04\nLast month, the frigate Tabar took part in the Navy Day parade in St. Petersburg, and the Indian delegation attended the MAKS-2021 air show in Zhukovsky.', ['exhibition 2021-07-01..2021-07-31', 'parade 2021-07-01..2021-07-31']],
  ])('leaves %s', (_name, text, expected) => {
    expect(datedEventsOf(text)).toEqual(expected);
  });

  it.each([
    ['drops the connective and who said it', ' date 2021-08-04\nIndia and Japan held their first 2+2 in New Delhi in November 2019, officials said.', 'India and Japan held their first 2+2 in New Delhi'],
    ['keeps what was said, not who said it', ' date 2022-09-03\nNavy officials said the carrier would sail for its base at Karwar next week.', 'The carrier would sail for its base at Karwar'],
    ['names the person a "who" clause hangs on', ' date 2022-01-14\nThe delegation was led by Lt Gen Anindya Sengupta, who took over as commander of the 14 Corps earlier this month.', 'Anindya Sengupta took over as commander of the 14 Corps'],
  ])('titles a clause event: %s', (_name, text, title) => {
    expect(titlesOf(text)).toContain(title);
  });
});

describe('splitClauses', () => {
  it.each([
    ['Since the standoff began in May 2020, India has deployed more troops.', ['Since the standoff began in May 2020', 'India has deployed more troops.']],
    ['The keel was laid in 2009 and the ship was floated out in 2013.', ['The keel was laid in 2009', 'and the ship was floated out in 2013.']],
    ['Modi visited Kochi, where he commissioned the carrier.', ['Modi visited Kochi', 'where he commissioned the carrier.']],
    ['The meeting of the Commission for Technical and Military Cooperation which is expected in 2020.', ['The meeting of the Commission for Technical and Military Cooperation which is expected in 2020.']],
  ])('cuts "%s" into its clauses', (sentence, clauses) => {
    expect(splitClauses(sentence).map((clause) => sentence.slice(clause.start, clause.end).trim())).toEqual(clauses);
  });
});

import { describe, expect, it } from 'vitest';
import { detectTense, detectTenseAt, findActionVerb, findActionVerbs } from '../../../extractor/dates/detect-tense';

describe('detectTense', () => {
  it.each([
    ['Defence Minister Rajnath Singh on Wednesday left for Moscow on a three-day visit.', 'past'],
    ['India agreed to buy five S-400 regiments in 2018.', 'past'],
    ['Vietnam has decided to acquire BrahMos batteries from India.', 'past'],
    ['Union Defence Minister Rajnath Singh on Thursday held talks with his Russian counterpart.', 'past'],
    ['Rajnath Singh embarked on a three-day visit to Russia on September 2, 2020.', 'past'],
    ['He had represented India at the Victory Day Parade in Moscow on June 24.', 'past'],
    ['Russia has also invited External Affairs Minister S Jaishankar to attend the meeting.', 'past'],
    ['The standoff began on May 5.', 'past'],
    ['The two sides signed the agreement in 2019.', 'past'],
    ['Two days ago, PLA troops attempted to occupy heights near Pangong Tso.', 'past'],
    ['The defence ministers are expected to deliberate on regional security in Moscow on Friday.', 'future'],
    ['He will attend the SCO Defence Ministers’ meeting during his visit.', 'future'],
    ['The delivery of the first batch is scheduled by the end of 2021.', 'future'],
    ['Singh is likely to press for the early supply of spares.', 'future'],
    ['The Aero India Exhibition to be held in February 2021.', 'future'],
    ['Singh confirmed that he would have bilateral talks with Shoigu.', 'past'],
    ['The Navy plans to commission the submarine next month.', 'future'],
    ['Rajnath Singh leaves for Moscow on a three-day visit to Russia.', 'unknown'],
    ['India is hosting the SCO defence ministers in New Delhi on Friday.', 'future'],
    ['The SCO grouping comprises China, India, Kazakhstan and Russia.', 'unknown'],
    ['The combined meeting of the Defence Ministers is being held in Moscow.', 'unknown'],
    ['Sri Lanka holds presidential elections in September.', 'future'],
    ['The Malabar exercise begins on Monday off Guam.', 'future'],
    ['India holds talks with China in the capital.', 'unknown'],
  ])('%s -> %s', (sentence, tense) => {
    expect(detectTense(sentence)).toBe(tense);
  });
});

describe('detectTenseAt', () => {
  it.each<[string, string, string]>([
    ['Singh, who arrived in Moscow on Wednesday, will hold talks on Friday.', 'Wednesday', 'past'],
    ['Singh, who arrived in Moscow on Wednesday, will hold talks on Friday.', 'Friday', 'future'],
    ['Union Defence Minister Rajnath Singh on Monday (June 22) left for a three-day visit.', 'Monday', 'past'],
    ['The ministers are expected to meet in Moscow on Friday, sources said.', 'Friday', 'future'],
    ['The SCO grouping comprises China, India and Russia.', 'Russia', 'unknown'],
    ['Putin has accepted an invitation to attend the opening ceremony on February 4.', 'February', 'future'],
    ['The two navies agreed on Friday to hold the next round of talks on March 3.', 'Friday', 'past'],
    ['The two navies agreed on Friday to hold the next round of talks on March 3.', 'March', 'future'],
    ['Seoul and Tokyo decided to resume the shuttle summits in May, officials said.', 'May', 'future'],
    ['Manila vowed to send more coast guard ships to the shoal by Sunday.', 'Sunday', 'future'],
  ])('%s: the verb of "%s" is %s', (sentence, word, tense) => {
    expect(detectTenseAt(sentence, sentence.indexOf(word))).toBe(tense);
  });
});

describe('findActionVerb', () => {
  it.each<[string, string | null]>([
    ['Australia last took part in the drills in 2007', 'took'],
    ['The Indonesian navy chief is on a four-day visit to India', 'is on a four-day visit'],
    ['The delegation was on an official tour of the shipyards', 'was on an official tour'],
    ['The keel of the frigate was laid in 2019', 'was laid'],
    ['The carrier will join the fleet next year', 'will join'],
    ['The contract is set to be signed in March', 'is set to be'],
    ['Contingents are taking part at Mulino', 'are taking'],
    ['The two sides began trials and completed them', 'began'],
    ['a task group that sailed from Visakhapatnam on August 2', 'sailed'],
    ['with PNS Taimur expected to arrive in January', 'expected to arrive'],
    ['series deliveries could start in 2026', 'could start'],
    ['the remaining two squadrons are due by August 2026', 'are due'],
    ['Five Rafale jets to land in Ambala on July 29', 'to land'],
    ['According to officials, the talks went well', 'went'],
    ['the payment is due', null],
    ['the second batch might arrive by March', 'might arrive'],
    ['the drills held in May this year', 'held'],
    ['The exercise begins on Monday off Sydney', 'begins'],
    ['The visits in May were cordial', null],
    ["the minister's visits to Russia", null],
    ['officials said on Monday', null],
    ['the Leh-based corps and its guided missiles', null],
    ['a year ago', null],
  ])('finds the verb of action in "%s": %s', (clause, verb) => {
    expect(findActionVerb(clause)?.text ?? null).toBe(verb);
  });
});

describe('findActionVerbs', () => {
  it('finds every verb of action of a sentence with its offset, skipping reporting verbs', () => {
    const sentence = 'The submarine was launched in May, officials said, and began sea trials in February.';
    expect(findActionVerbs(sentence)).toEqual([
      { index: 14, text: 'was launched' },
      { index: 55, text: 'began' },
    ]);
  });
});


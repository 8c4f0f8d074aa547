/**
 * Sentence templates modelled on Indian, Russian and wire-service defence
 * reporting. `{slot}` is replaced by the story's words (see SLOT_NAMES); every
 * date slot is relative to the article's publication day, so the extractor has
 * real resolving to do.
 */
import { literals } from './literals';

export const SLOT_NAMES = literals(
  'visitor', 'visitorRole', 'visitorSurname', 'visitorCountry', 'visitorAdj',
  'host', 'hostRole', 'hostSurname', 'hostCountry', 'hostAdj', 'aHostAdj',
  'city', 'homeCity', 'region', 'water',
  'system', 'systemCategory', 'system2', 'quantity', 'bigCount', 'count', 'value',
  'exercise', 'exercise2', 'exhibition', 'outlet', 'anniversary',
  'durationAdj', 'exerciseLength', 'nextDaysPhrase',
  'pastWeekday', 'pastWeekdayParen', 'nextWeekday', 'pastDayMonth', 'olderDayMonth', 'nextDayMonth',
  'pastDayMonthYear', 'pastMonthYear', 'nextMonthYear', 'endOfYearPhrase', 'pastYear', 'futureYear',
);
export type SlotName = (typeof SLOT_NAMES)[number];
export type Slots = Record<SlotName, string>;

export const TOPICS = literals(
  'visit', 'meeting', 'exercise', 'parade', 'exhibition', 'delivery', 'agreement', 'incident', 'procurement',
);
export type Topic = (typeof TOPICS)[number];

export interface TopicTemplates {
  headlines: string[];
  /** Opening sentences: the story's main event. */
  leads: string[];
  /** Follow-up sentences about the same event. */
  details: string[];
}

export const TOPIC_TEMPLATES: Record<Topic, TopicTemplates> = {
  visit: {
    headlines: ['{visitorSurname} leaves for {city} on {durationAdj} visit', '{visitorRole} {visitorSurname} to visit {hostCountry}'],
    leads: [
      '{visitorRole} {visitor} on {pastWeekday} left for {city} on a {durationAdj} visit to {hostCountry}, where talks with {hostRole} {host} are on the agenda.',
      '{visitorRole} {visitor} on {pastWeekdayParen} arrived in {city} on a {durationAdj} visit aimed at deepening the {visitorAdj}-{hostAdj} defence and strategic partnership.',
      '{visitor} embarked on a {durationAdj} visit to {hostCountry} on {pastDayMonthYear}, the second trip to {city} by the minister this year.',
    ],
    details: [
      'During the stay in {city}, {visitorSurname} is scheduled to meet {hostRole} {host} and senior executives of the {hostAdj} defence industry.',
      'The visit comes days after the two sides held talks on the early supply of spares for the {system} fleet.',
      '{visitorSurname} will return to {homeCity} on {nextWeekday} after wrapping up the visit, officials said.',
    ],
  },
  meeting: {
    headlines: ['{visitorSurname}, {hostSurname} discuss {system} supplies in {city}', 'Defence ministers to meet in {city} on {nextDayMonth}'],
    leads: [
      '{visitorRole} {visitor} on {pastWeekday} held talks with {hostRole} {host} in {city} on a wide range of issues, including the supply of {system} and spares for legacy platforms.',
      'The defence ministers of the member states will meet in {city} on {nextWeekday} to deliberate on regional security challenges like terrorism and extremism, sources said.',
      '{visitor} and {host} are expected to hold a bilateral meeting on the sidelines of the conclave in {city} on {nextDayMonth}.',
    ],
    details: [
      'The next meeting of the Inter-Governmental Commission on Military and Military-Technical Cooperation is expected to be held {endOfYearPhrase}.',
      "Calling the meeting 'productive', {visitorSurname} said both sides had agreed to maintain regular contacts at the level of defence ministers.",
      'The foreign ministers of the grouping are scheduled to meet on {nextDayMonth}, the statement said.',
    ],
  },
  exercise: {
    headlines: ['{exercise} exercise: navies to hold drills in the {water}', '{visitorAdj}, {hostAdj} troops begin {exercise} drills'],
    leads: [
      'The navies of {visitorCountry} and {hostCountry} will conduct the {exercise} exercise in the {water} {nextDaysPhrase}.',
      'Troops from {visitorCountry} and {hostCountry} began the {exerciseLength} {exercise} joint exercise near {region} on {pastWeekday}, the {visitorAdj} Army said.',
      'The {exercise} exercise, held every two years, was last conducted in {pastMonthYear} off the coast of {city}.',
    ],
    details: [
      'Warships, maritime patrol aircraft and helicopters from both sides will take part in the drills, which include anti-submarine warfare and air defence serials.',
      '{visitorCountry} had pulled out of the {exercise2} war game in {hostCountry} earlier this month, citing the situation along the border.',
    ],
  },
  parade: {
    headlines: ['{visitorAdj} contingent to march in {city} parade'],
    leads: [
      '{visitor} attended the military parade in {city} on {pastDayMonth}, which marked the {anniversary} anniversary of the victory in the Second World War.',
      'A tri-service contingent from {visitorCountry} will take part in the parade in {city} on {nextDayMonth}, the defence ministry said.',
      'New {system} systems were shown for the first time at the parade in {city}, which was reviewed by {host}.',
    ],
    details: [
      'The parade had been postponed from May because of the pandemic and was finally held on {pastWeekdayParen}.',
    ],
  },
  exhibition: {
    headlines: ['{hostCountry} to showcase {system} at {exhibition}'],
    leads: [
      '{hostCountry} will send a large delegation to the {exhibition} exhibition to be held in {nextMonthYear}, {host} said.',
      'More than 600 companies, including {count} from {hostCountry}, are expected to display their products at {exhibition} in {city} in {nextMonthYear}.',
      'The {system} drew large crowds at {exhibition}, where its manufacturer said it was in talks with at least {count} countries.',
    ],
    details: [
      'Organisers said the {exhibition} show would be held in a hybrid format, with business-to-business meetings conducted online.',
    ],
  },
  delivery: {
    headlines: ['First batch of {system} to arrive {endOfYearPhrase}', '{system} deliveries delayed, says report'],
    leads: [
      'The first batch of {system} systems is scheduled to be delivered to {visitorCountry} {endOfYearPhrase}, officials said.',
      '{hostCountry} has completed delivery of the second consignment of {system} to {visitorCountry}, the {visitorAdj} Air Force said on {pastWeekday}.',
      '{visitorCountry} was supposed to get the {system} by {nextMonthYear} but the delivery is being delayed due to the pandemic.',
    ],
    details: [
      'The {visitorAdj} side has also asked for spares for the {system} and {system2} fleets to be dispatched by air rather than by ship to save time.',
      'The delivery of the {system} is being closely watched by {visitorCountry}\u2019s neighbours, officials said.',
    ],
  },
  agreement: {
    headlines: ['{visitorCountry}, {hostCountry} ink pact on {system}'],
    leads: [
      '{visitorCountry} and {hostCountry} on {pastWeekday} signed an agreement for the licensed production of {system} in {visitorCountry}, worth {value}.',
      'An agreement on cooperation in the production of spare parts for {hostAdj}-origin military equipment was signed during the annual summit in {city} in {pastMonthYear}.',
      'Both sides are expected to officially finalise a long-pending proposal to produce {system} in {visitorCountry} through a joint venture.',
    ],
    details: [
      'The intergovernmental agreement for the {system} was signed in {pastMonthYear}, and deliveries are due to begin {endOfYearPhrase}.',
      'The joint venture will produce more than {bigCount} units over ten years, with the level of localisation rising to 100 per cent.',
    ],
  },
  incident: {
    headlines: ['Fresh face-off near {region}, says Army'],
    leads: [
      'Troops of the two sides clashed near {region} on the night of {pastDayMonth}, the {visitorAdj} Army said in a statement.',
      '{visitorCountry} thwarted yet another attempt to alter the status quo near {region} on {pastWeekday}, officials said.',
      '{aHostAdj} surveillance vessel was spotted in the {water} on {pastWeekday}, prompting the navy to deploy a frigate to shadow it.',
    ],
    details: [
      'Tensions have been running high along the border since the standoff near {region} began on {olderDayMonth}.',
      'Several rounds of military and diplomatic talks have failed to resolve the standoff near {region}.',
    ],
  },
  procurement: {
    headlines: ['DAC clears {system} purchase worth {value}', '{system} deal worth {value} in final stage'],
    leads: [
      'The Defence Acquisition Council on {pastWeekday} approved the purchase of {quantity} {system} worth {value}.',
      'The contract for the {system}, valued at {value}, is expected to be signed {endOfYearPhrase}, with deliveries starting in {nextMonthYear}.',
      'Negotiations for the {system} are in the final stage and the deal, worth an estimated {value}, could be signed during the visit.',
    ],
    details: [
      '{visitorCountry} has signed several defence deals with {hostCountry} in recent years, including the {value} deal for {system}.',
      'The {visitorAdj} defence ministry has issued a request for proposal for {quantity} {system}, with the first deliveries expected within three years of signing the contract.',
      'The {system} programme has been hit by delays, and the first units are now expected {endOfYearPhrase}.',
      'Under the deal, {quantity} {system} will be built in {visitorCountry} by a state-owned firm, while the rest will be imported in fly-away condition.',
      '{hostAdj} officials said the production line for the {system} was running at full capacity and deliveries were on schedule.',
    ],
  },
};

/** Quotes any story can carry, in the straight and curly styles different outlets use. */
export const QUOTE_TEMPLATES = [
  '"{visitorCountry} and {hostCountry} are privileged strategic partners. Looking forward to furthering this partnership during my visit," {visitorSurname} said in a tweet.',
  '"We discussed a wide range of issues, particularly how to deepen defence and strategic cooperation between our countries," {host} told reporters in {city}.',
  '"The {system} is one of the most capable systems of its kind, and we are ready to share the technology," {aHostAdj} official said.',
  '"There is no question of compromising on the timelines for the {system}," a senior official told {outlet}.',
  '\u201cOur armed forces are fully prepared to deal with any situation along the border,\u201d {visitorSurname} said on {pastWeekday}.',
  '\u201cThe talks were held in a warm and friendly atmosphere,\u201d the {hostAdj} defence ministry said in a statement.',
];

/** Context paragraphs: the history and setting reporters repeat from story to story. */
export const BACKGROUND_TEMPLATES = [
  '{hostCountry} is {visitorCountry}\u2019s largest defence supplier, and in the last couple of years the two countries have signed several deals.',
  'The {system} and the {system2} are examples of flagship cooperation between the two countries.',
  'The visit comes amid heightened tensions between {visitorCountry} and its neighbour following clashes near {region} earlier this year.',
  '{visitorSurname} had earlier visited {city} in {pastMonthYear} to attend the meeting of the Shanghai Cooperation Organisation (SCO) defence ministers.',
  'The SCO grouping comprises China, India, Kazakhstan, Kyrgyzstan, Russia, Pakistan, Tajikistan and Uzbekistan.',
  'The {water} is a key route for {visitorAdj} trade, and the navy has stepped up deployments there since {pastYear}.',
  '{region} has seen a steady build-up of troops and infrastructure on both sides of the Line of Actual Control.',
  'The government has set a target of doubling defence exports by {futureYear}, with the {system} among the systems offered to friendly countries.',
  'The {systemCategory} segment accounts for a growing share of the capital budget, according to the latest parliamentary committee report.',
  'The {exercise} series of exercises began in {pastYear} and has grown in scale and complexity since.',
];

/** Every template, for checks that each one only uses known slots. */
export function allTemplates(): string[] {
  const topicTemplates = Object.values(TOPIC_TEMPLATES).flatMap((topic) => [...topic.headlines, ...topic.leads, ...topic.details]);
  return [...topicTemplates, ...QUOTE_TEMPLATES, ...BACKGROUND_TEMPLATES];
}

const SLOT = /\{(\w+)\}/g;

function isSlotName(name: string): name is SlotName {
  return SLOT_NAMES.some((slot) => slot === name);
}

/** The slot names a template uses that are not defined. */
export function unknownSlots(template: string): string[] {
  return [...template.matchAll(SLOT)].map((match) => match[1] ?? '').filter((name) => !isSlotName(name));
}

/** The template with each `{slot}` replaced; throws on an unknown slot so a typo fails loudly. */
export function fillTemplate(template: string, slots: Slots): string {
  return template.replace(SLOT, (_match, name: string) => {
    if (!isSlotName(name)) throw new Error(`unknown slot {${name}} in template: ${template}`);
    return slots[name];
  });
}

/** The first letter in upper case: a slot can start a sentence. */
export function capitalise(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

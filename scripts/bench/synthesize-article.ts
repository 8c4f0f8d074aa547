/**
 * One synthetic article: a story (who, where, what, when — independent of how
 * it is told) rendered by an outlet into text. Rendering the same story twice
 * with different random streams gives the "same story re-worded by another
 * outlet" that near-duplicate detection and merging must cope with.
 */
import { BACKGROUND_TEMPLATES, QUOTE_TEMPLATES, TOPICS, TOPIC_TEMPLATES, capitalise, fillTemplate } from './article-templates';
import type { Slots, Topic } from './article-templates';
import type { CountryWords, Vocabulary, VocabularyPerson, VocabularyPlace } from './corpus-vocabulary';
import { chance, pick, randomInt, shuffled } from './random';
import type { Random } from './random';

export interface Story {
  topic: Topic;
  /** Topics whose sentences fill the rest of the article, as real reports mix events. */
  related: Topic[];
  published: Date;
  slots: Slots;
}

/** How the article states its publication date. */
export type DateStyle = 'header' | 'conflicting-header' | 'byline' | 'undated';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const NUMBER_WORDS = ['two', 'three', 'four', 'five'];
const ORDINALS = ['60th', '70th', '75th', '76th', '77th', '78th'];
const QUANTITIES = ['2', '4', '6', '8', '12', '21', '26', '36', '48', '56', '83', '114'];
const SUBHEADINGS = ['Key Details', 'Background', 'Meeting in wake of rising tensions', 'What the deal covers', 'Timeline', 'Big picture'];

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2019, 0, 1);
const LAST_DAY = Date.UTC(2023, 11, 31);

function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY_MS);
}

function addMonths(day: Date, months: number): Date {
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + months, 1));
}

function monthName(day: Date): string {
  return MONTHS[day.getUTCMonth()] ?? '';
}

/** "June 24" or, as British-style outlets write, "24 June". */
function dayMonth(random: Random, day: Date): string {
  return chance(random, 0.7) ? `${monthName(day)} ${day.getUTCDate()}` : `${day.getUTCDate()} ${monthName(day)}`;
}

function monthYear(day: Date): string {
  return `${monthName(day)} ${day.getUTCFullYear()}`;
}

function endOfYearPhrase(random: Random, published: Date): string {
  const yearsAhead = randomInt(random, 0, 2);
  const year = published.getUTCFullYear() + yearsAhead;
  const phrases = [`by the end of ${year}`, `towards the end of ${year}`, `by December ${year}`];
  if (yearsAhead === 1) phrases.push('by the end of next year');
  if (yearsAhead === 0) phrases.push('by the end of this year');
  return pick(random, phrases);
}

/** An ISO day: "2020-09-04". */
function isoDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/** Money as the outlets write it, in dollars, rupees (crore) or euros. */
function moneyText(random: Random): string {
  const style = randomInt(random, 0, 6);
  const billions = (randomInt(random, 3, 90) / 10).toFixed(1);
  const millions = randomInt(random, 12, 98) * 10;
  const crore = randomInt(random, 3, 480) * 25;
  const croreText = crore.toLocaleString('en-IN');
  switch (style) {
    case 0: return `USD ${billions} billion`;
    case 1: return `$${millions} million`;
    case 2: return `Rs ${croreText} crore`;
    case 3: return `INR ${croreText} crore`;
    case 4: return `\u20b9${croreText} crore`;
    case 5: return `EUR ${billions} billion`;
    default: return `\u20ac${millions} million`;
  }
}

function withArticle(adjective: string): string {
  return /^[AEIOU]/.test(adjective) ? `an ${adjective}` : `a ${adjective}`;
}

function countryWords(vocabulary: Vocabulary, code: string): CountryWords {
  return vocabulary.countries.find((country) => country.code === code) ?? { code, name: code, adjective: code };
}

function placeIn(random: Random, places: readonly VocabularyPlace[], country: string): VocabularyPlace {
  const local = places.filter((place) => place.country === country);
  return pick(random, local.length > 0 ? local : places);
}

/** A visitor and a host from two different countries. */
function twoSides(random: Random, people: readonly VocabularyPerson[]): [VocabularyPerson, VocabularyPerson] {
  const host = pick(random, people);
  const visitors = people.filter((person) => person.country !== host.country);
  return [pick(random, visitors.length > 0 ? visitors : people), host];
}

/** The facts of a story; every date is placed relative to its publication day. */
export function synthesizeStory(random: Random, vocabulary: Vocabulary): Story {
  const published = new Date(FIRST_DAY + randomInt(random, 0, (LAST_DAY - FIRST_DAY) / DAY_MS) * DAY_MS);
  const [visitor, host] = twoSides(random, vocabulary.people);
  const visitorCountry = countryWords(vocabulary, visitor.country);
  const hostCountry = countryWords(vocabulary, host.country);
  const [system, system2] = shuffled(random, vocabulary.systems);
  const pastWeekdayDay = addDays(published, -randomInt(random, 1, 6));
  const topic = pick(random, TOPICS);
  const slots: Slots = {
    visitor: visitor.name,
    visitorRole: visitor.role,
    visitorSurname: visitor.surname,
    visitorCountry: capitalise(visitorCountry.name),
    visitorAdj: visitorCountry.adjective,
    host: host.name,
    hostRole: host.role,
    hostSurname: host.surname,
    hostCountry: capitalise(hostCountry.name),
    hostAdj: hostCountry.adjective,
    aHostAdj: withArticle(hostCountry.adjective),
    city: placeIn(random, vocabulary.cities, host.country).name,
    homeCity: placeIn(random, vocabulary.cities, visitor.country).name,
    region: pick(random, vocabulary.regions).name,
    water: pick(random, vocabulary.waters).name,
    system: system?.name ?? 'S-400',
    systemCategory: system?.category ?? 'air defence',
    system2: system2?.name ?? system?.name ?? 'T-90',
    quantity: pick(random, QUANTITIES),
    bigCount: String(randomInt(random, 2, 75) * 10_000).replace(/\B(?=(\d{3})+$)/g, ','),
    count: String(randomInt(random, 3, 60)),
    value: moneyText(random),
    exercise: pick(random, vocabulary.exercises),
    exercise2: pick(random, vocabulary.exercises),
    exhibition: pick(random, vocabulary.exhibitions),
    outlet: pick(random, vocabulary.outlets),
    anniversary: pick(random, ORDINALS),
    durationAdj: `${pick(random, NUMBER_WORDS.slice(0, 3))}-day`,
    exerciseLength: pick(random, ['10-day', '12-day', 'two-week', '14-day']),
    nextDaysPhrase: `over the next ${pick(random, NUMBER_WORDS.slice(0, 2))} days`,
    pastWeekday: WEEKDAYS[pastWeekdayDay.getUTCDay()] ?? 'Monday',
    pastWeekdayParen: `${WEEKDAYS[pastWeekdayDay.getUTCDay()] ?? 'Monday'} (${monthName(pastWeekdayDay)} ${pastWeekdayDay.getUTCDate()})`,
    nextWeekday: WEEKDAYS[addDays(published, randomInt(random, 1, 6)).getUTCDay()] ?? 'Friday',
    pastDayMonth: dayMonth(random, addDays(published, -randomInt(random, 7, 60))),
    olderDayMonth: dayMonth(random, addDays(published, -randomInt(random, 61, 150))),
    nextDayMonth: dayMonth(random, addDays(published, randomInt(random, 3, 40))),
    pastDayMonthYear: `${monthName(pastWeekdayDay)} ${pastWeekdayDay.getUTCDate()}, ${pastWeekdayDay.getUTCFullYear()}`,
    pastMonthYear: monthYear(addMonths(published, -randomInt(random, 3, 30))),
    nextMonthYear: monthYear(addMonths(published, randomInt(random, 2, 10))),
    endOfYearPhrase: endOfYearPhrase(random, published),
    pastYear: String(published.getUTCFullYear() - randomInt(random, 1, 5)),
    futureYear: String(published.getUTCFullYear() + randomInt(random, 2, 5)),
  };
  const related = shuffled(random, TOPICS.filter((other) => other !== topic)).slice(0, 2);
  return { topic, related, published, slots };
}

/** "Published - September 04, 2020" or "Updated: Sep 03, 2020 07:05 IST". */
export function bylineFor(random: Random, published: Date): string {
  const day = String(published.getUTCDate()).padStart(2, '0');
  const month = monthName(published);
  const year = published.getUTCFullYear();
  if (chance(random, 0.5)) return `Published - ${month} ${day}, ${year}`;
  const time = `${String(randomInt(random, 0, 23)).padStart(2, '0')}:${String(randomInt(random, 0, 59)).padStart(2, '0')}`;
  return `Updated: ${month.slice(0, 3)} ${day}, ${year} ${time} IST`;
}

export interface RenderedArticle {
  headline: string;
  /** Header, byline and body as they appear in the file. */
  text: string;
  /** The body paragraphs, for renderings that wrap them (HTML). */
  paragraphs: string[];
}

function storySentences(random: Random, story: Story, slots: Slots): { lead: string; pool: string[] } {
  const own = TOPIC_TEMPLATES[story.topic];
  const [lead, ...otherLeads] = shuffled(random, own.leads);
  const relatedTemplates = story.related.flatMap((topic) => [...TOPIC_TEMPLATES[topic].leads, ...TOPIC_TEMPLATES[topic].details]);
  const pool = shuffled(random, [...otherLeads, ...own.details, ...relatedTemplates, ...QUOTE_TEMPLATES, ...BACKGROUND_TEMPLATES]);
  return {
    lead: capitalise(fillTemplate(lead ?? '', slots)),
    pool: pool.map((template) => capitalise(fillTemplate(template, slots))),
  };
}

/** Body paragraphs of 1–3 sentences, with the odd related-story link and subheading, until about `targetLength` characters. */
function bodyParagraphs(random: Random, story: Story, slots: Slots, targetLength: number): string[] {
  const { lead, pool } = storySentences(random, story, slots);
  const paragraphs = [chance(random, 0.5) && pool.length > 0 ? `${lead} ${pool.pop() ?? ''}` : lead];
  let length = paragraphs[0]?.length ?? 0;
  while (length < targetLength && pool.length > 0) {
    const sentences = pool.splice(-randomInt(random, 1, 3));
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
    if (chance(random, 0.08)) {
      const link = `READ | ${capitalise(fillTemplate(pick(random, TOPIC_TEMPLATES[pick(random, TOPICS)].headlines), slots))}`;
      paragraphs.push(link);
      length += link.length + 2;
    } else if (chance(random, 0.05)) {
      paragraphs.push(pick(random, SUBHEADINGS));
    }
  }
  return paragraphs;
}

/**
 * The article as one outlet tells the story: its own choice and order of
 * sentences, its own outlet name in quotes, and the date style asked for.
 */
export function renderArticle(random: Random, story: Story, vocabulary: Vocabulary, dateStyle: DateStyle): RenderedArticle {
  const slots: Slots = { ...story.slots, outlet: pick(random, vocabulary.outlets) };
  const headline = capitalise(fillTemplate(pick(random, TOPIC_TEMPLATES[story.topic].headlines), slots));
  const paragraphs = bodyParagraphs(random, story, slots, randomInt(random, 2900, 4100));
  const body = paragraphs.join('\n\n');
  switch (dateStyle) {
    case 'header':
      return { headline, paragraphs, text: ` date ${isoDay(story.published)} ${body}` };
    case 'conflicting-header': {
      // A re-post stamped with a later day than the byline it carries.
      const stamped = addDays(story.published, randomInt(random, 2, 40));
      return { headline, paragraphs, text: ` date ${isoDay(stamped)} ${headline}\n\n${bylineFor(random, story.published)}\n\n${body}` };
    }
    case 'byline':
      return { headline, paragraphs, text: `${headline}\n\n${bylineFor(random, story.published)}\n\n${body}` };
    case 'undated':
      return { headline, paragraphs, text: `${headline}\n\n${body}` };
  }
}

/**
 * Per-article event extraction: finds event "frames" in each sentence (a named
 * exercise, a ministers' meeting of a grouping, a visit by a person to a place,
 * a delivery of an item...), gives each frame the date phrase nearest to it,
 * and judges its status from the date and the tense. Every frame carries a
 * blocking key so the merge step can group the same event across outlets
 * without comparing all events pairwise.
 */
import type { EventStatus, EventType, IsoDay, PlaceKind, Precision, SourceInput } from '../../schema/bundle';
import { createMatcher } from '../dictionary/create-matcher';
import type { ActionVerb } from '../dates/detect-tense';
import { findActionVerbs } from '../dates/detect-tense';
import { addDays, toEpochDay, toIsoDay } from '../dates/iso-day';
import type { DateMention, DictionaryMatch, Sentence } from '../types';
import { sentenceIndexAt } from '../text/sentence-index';
import type { ClauseEntity } from './clause-events';
import { findClauseEvents, isListedAfter, isPossessive } from './clause-events';
import { compactTitle } from './compact-title';
import { CANCELLED, ELECTION, HARDWARE, MEETING_LEVELS, NAMED_EVENTS, ORGANISATIONS, RECEIVED_NO_DELIVERY, TRIGGERS, UNFOUGHT_WARS, YEAR_NAMED_NOUNS } from './event-frames';

/** The mention shapes this stage needs; the place, people and item stages return richer records. */
export interface PlaceRef {
  placeId: string;
  start: number;
  end: number;
  sentenceIndex: number;
}
export interface PersonRef {
  personId: string;
  name: string;
  country: string | null;
  start: number;
  end: number;
  sentenceIndex: number;
}
export interface ItemRef {
  itemId: string;
  name: string;
  start: number;
  end: number;
  sentenceIndex: number;
}
export interface PlaceInfo {
  name: string;
  kind: PlaceKind;
  country: string | null;
  lat: number;
  lon: number;
}

/** Degrees of the grid that groups nearby places: clashes at Galwan and at Pangong Tso are one theatre. */
const THEATRE_CELL_DEGREES = 5;

/** Where an incident or exercise happened, coarsely: reports name different villages of one theatre. */
export function theatreOf(placeId: string, context: Pick<ArticleEventContext, 'placeInfo'>): string {
  const info = context.placeInfo(placeId);
  if (!info) return placeId;
  if (info.kind === 'country') return info.country ?? placeId;
  return `${Math.floor(info.lat / THEATRE_CELL_DEGREES)}:${Math.floor(info.lon / THEATRE_CELL_DEGREES)}`;
}

export interface EventDate {
  start: IsoDay;
  end: IsoDay;
  precision: Precision;
  text: string;
  /** A departure or arrival day with no stated length: it fixes the start only. */
  startOnly: boolean;
}

/** One article's telling of one event, before merging. */
export interface EventMention {
  /** Blocking key: mentions with the same key may be the same event. */
  key: string;
  type: EventType;
  title: string;
  date: EventDate | null;
  status: EventStatus;
  placeIds: string[];
  people: string[];
  itemIds: string[];
  source: SourceInput;
  published: IsoDay | null;
}

export interface ArticleEventContext {
  articleId: string;
  text: string;
  sentences: Sentence[];
  published: IsoDay | null;
  places: PlaceRef[];
  people: PersonRef[];
  items: ItemRef[];
  placeInfo: (placeId: string) => PlaceInfo | undefined;
  /** `before`: the last date of the sentence just before, which "the next day" may count from. */
  findDates: (sentence: string, published: IsoDay | null, before?: DateMention) => DateMention[];
  findDuration: (sentence: string) => { days: number } | null;
  tenseOf: (sentence: string) => 'past' | 'future' | 'unknown';
}

interface Frame {
  key: string;
  type: EventType;
  title: string;
  /** Offset of the trigger words in the sentence: dates are given to the nearest frame. */
  at: number;
  /** End of the trigger words ("Victory Day Parade"), for measuring distance to a date after them. */
  end?: number;
  placeIds: string[];
  /** "The expo runs till Saturday": a later sentence about an event an earlier one named. */
  continues?: boolean;
  /** A clause told without a trigger word, with the date found for it: it claims that date only, and only when `claims`. */
  clause?: { date: DateMention; claims: boolean; tense: 'past' | 'future' | 'unknown' };
  /** "Vostok-2018": the year the event's own name gives, which a date without a year ("in September") falls in. */
  edition?: number;
}

const findNamedEvents = createMatcher(
  NAMED_EVENTS.map((event) => ({ key: event.key, phrases: event.phrases })),
  { flexibleSeparators: true },
);
const namedEventByKey = new Map(NAMED_EVENTS.map((event) => [event.key, event]));

/**
 * "Malabar 2023", "Vostok-2022", "Exercise Varuna 2021": an edition named by
 * the recurring event's bare name and its year, which the listed phrases
 * ("Malabar exercise") need not cover. One alternation of every bare name.
 */
function bareNameOf(phrase: string): string {
  return phrase.replace(/^exercise\s+/i, '').replace(/\s+(?:(?:naval|air|military|strategic|multinational)\s+)?(?:exercises?|drills?|show|air show|exhibition)$/i, '');
}

const BARE_NAMES = [...new Map(NAMED_EVENTS.flatMap((event) => event.phrases.map((phrase): [string, string] => [bareNameOf(phrase).toLowerCase(), event.key]))).entries()].filter(([name]) => !/\d/.test(name));
const keyOfBareName = new Map(BARE_NAMES);
const EDITION = new RegExp(`\\b(${BARE_NAMES.map(([name]) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s-]')).join('|')})(?:[\\s-]?(?:19|20)\\d\\d|-\\d\\d)\\b`, 'gi');

function findEditions(text: string): DictionaryMatch[] {
  return [...text.matchAll(EDITION)].flatMap((match) => {
    const key = keyOfBareName.get((match[1] ?? '').toLowerCase().replace(/[\s-]+/g, ' '));
    return key ? [{ key, text: match[0], start: match.index, end: match.index + match[0].length }] : [];
  });
}

/** The listed phrases' matches, and editions named by year where no phrase matched. */
function findNamedEventsAndEditions(text: string): DictionaryMatch[] {
  const named = findNamedEvents(text);
  const editions = findEditions(text).filter((edition) => !named.some((match) => overlaps(match, edition)));
  return [...named, ...editions].sort((a, b) => a.start - b.start);
}
const findOrganisations = createMatcher(
  ORGANISATIONS.map((organisation) => ({ key: organisation.key, phrases: organisation.phrases })),
  { caseSensitive: true },
);
const organisationByKey = new Map(ORGANISATIONS.map((organisation) => [organisation.key, organisation]));

/** Characters after a grouping's name where its meeting's level is named ("SCO Defence Ministers' meeting"). */
const LEVEL_WINDOW = 30;
const MEETING_WORDS = /\b(meeting|meet|talks|summit|conclave|deliberate|conference|gather|session|address(ed|es)?|council)\b/gi;
const NEGATED = /\b(no plans? to|not (to )?(meet|hold|visit|attend)|will not|won't|unlikely|ruled out|denied)\b/i;
/** "during his meeting with Prime Minister Modi": the other side is the person the article is about. */
const HIS_MEETING_WITH = /\b(?:his|her)\s+(?:[\w-]+\s+)?(?:meeting|talks|call)\s+with\b/i;
const COUNTERPART = /\b(Russian|Chinese|Pakistani|Indian|French|American|US|Japanese|Australian) counterpart\b/;
const ANAPHORIC =
  /\b(this|that|these|those|the|his|her|their|its|such) (?:(?:\w+-(?:day|week|month)|multinational|joint|bilateral|trilateral|naval|annual|biennial|military|air|strategic|international) )*(meeting|talks|visit|trip|exercises?|summit|drills?|war ?games?|manoeuvres|expo|show|exhibition|parade|deal|contract|agreement|clash|face-?off|stand-?off|(?:(?:first|second|third|final|next|latest|previous|\d{4})\s+)?(?:phase|edition|leg))\s*$/i;
/** A date after these words bounds something else ("since 2003", "days after", "until 2031"), it does not date the event. */
const DATE_NOT_OF_EVENT = /\b(since|until|till|after|before|ago)\s*$/i;
const BOUND_WORDS = /^(since|until|till|through|after|before)\b/i;
const BEFORE_THE_END = /^before\s+the\s+(?:very\s+)?end\s+of\b/i;
/** Where one clause ends and a clause about something else begins: a date does not cross it to reach a frame. */
const CLAUSE_BREAK =
  /,\s*(where|which|who|whom|whose|while|whereas|although|though|even as|and)\b|,\s*with\s+(?:[\w'’-]+\s+){1,4}(?:expected|set|due|scheduled|slated|likely)\s+to\b|;|\s[\u2014\u2013]\s|\b(where|which|after|before|ahead of|followed by)\b|\bto (attend|hold|participate|take part|meet|discuss|sign|join|review)\b/i;
/** "signed the contract on Monday, hours before Putin landed for the summit": both on one day. */
const SAME_DAY_LINK = /\bhours (?:before|after|later|earlier)\b/i;
/** A cancelled event keeps only a date said to be its schedule; "called off on Friday" dates the cancellation. */
const SCHEDULED_FOR = /\b(scheduled|planned|slated|due|set|fixed)\s+(for|on|in)\s*$/i;
const ROUND_OF_TALKS = /round/i;
/** An approval of a deal named right after it: "cleared the proposal and the contract" stays within this many characters. */
const APPROVAL_WINDOW = 40;
const APPROVAL_BEFORE = /\b(approv(?:ed|es|al of)|clear(?:ed|s|ance for)|sanction(?:ed|s))\b[^,;.]*$/i;
const PRODUCED_AFTER = /^[^,;.]*?\b(?:be|been|being|was|were|is|are)\s+(?:produced|manufactured|assembled|license-built|licence-built)\b/i;
const CLEARED_FOR = /\b(?:cleared|approved|sanctioned)\s+for\s+(?:its\s+|the\s+|early\s+)?$/i;
const ORDINAL_ROUND = /\b(\d+(?:st|nd|rd|th))\s+round\b/i;

/** What a milestone trigger says happened to a system: "test", "trials", "keel laid". */
function milestoneOf(words: string): string {
  if (/test|training launch/i.test(words)) return 'test';
  // A ship leaving its dock for the water is launched, however outlets put it.
  if (/^(?:launch|floated out|slid out)/i.test(words)) return 'launch';
  if (/trial/i.test(words)) return `${words.toLowerCase()}`;
  return words.toLowerCase();
}

/** Talks named by their format rather than by grouping or people. */
const DESCRIBED_TALKS =
  /\b((?:\d+(?:st|nd|rd|th)\s+round\s+of\s+(?:the\s+)?)?(?:corps commander|commander|military commander|senior highest military commander|flag|border personnel|WMCC|special representatives?|2\s?\+\s?2|strategic|ministerial|foreign office|foreign secretary|defence secretary)[-\s]level\s+(?:talks|meeting|dialogue)|(?:\d+(?:st|nd|rd|th)\s+round\s+of\s+(?:the\s+)?)?(?:corps commander|flag|border personnel|2\s?\+\s?2|WMCC)\s+(?:ministerial\s+)?(?:talks|meeting|dialogue))\b/i;
/** "The International Maritime Conference", "the Shangri-La Dialogue", "the 20th National Congress": a meeting known by its name. */
const NAMED_MEETING = /(?<![\w'’-])((?:\d+(?:st|nd|rd|th)\s+)?(?:(?!The\s)[A-Z][\w'’-]*\s+){1,5}(?:Conference|Dialogue|Conclave|Congress|Plenum))$/;
const SUMMIT_NAME = /((?:\d+(?:st|nd|rd|th) )?(?:[A-Z][a-z]+ ){0,3})Summit\b/;
const AGREEMENT_TOPIC = /\bagreement (?:on|for|to) ((?:the )?[a-z][\w/-]*(?: [\w/-]+){0,14}?)(?= (?:was|were|is|has|had|will|between|during|signed)\b|[,.;]|$)/i;
/** "a Mutual Logistics Support Arrangement", "the Basic Exchange and Cooperation Agreement": an agreement known by its name. */
const NAMED_AGREEMENT =
  /(?<![A-Z][\w-]*\s)((?!(?:The|A|An|This|That|Its|Their)\s)[A-Z][\w-]*(?:\s+(?:(?:and|of|on|for)\s+)?[A-Z][\w-]*){0,6}\s+(?:Agreement|Arrangement|Treaty|Accord|Pact|Protocol|Memorandum of Understanding))\b(?!\s+Organi[sz]ation)/;
const NAMED_AGREEMENTS = new RegExp(NAMED_AGREEMENT.source, 'g');

/** Names whose last word is itself a trigger word of an agreement. */
const NAMED_BY_A_TRIGGER = /(?:Agreement|Treaty|Accord|Pact|Memorandum of Understanding)$/;

/** "signed COMCASA in 2018 and the Basic Exchange and Cooperation Agreement in 2020": the agreement whose name holds the trigger, else the sentence's first. */
function namedAgreementAt(sentence: string, at: number): { name: string; holds: boolean } | undefined {
  const names = [...sentence.matchAll(NAMED_AGREEMENTS)];
  const holding = names.find((found) => found.index <= at && at < found.index + found[0].length);
  const name = (holding ?? names[0])?.[1];
  return name === undefined ? undefined : { name, holds: holding !== undefined };
}

const CAPITALISED = /^[a-z]/;
const SIGNED_DURING = /\b(signed|inked|concluded)\b.*\bduring\b/i;

function slug(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function capitalise(value: string): string {
  return CAPITALISED.test(value) ? value.charAt(0).toUpperCase() + value.slice(1) : value;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The grouping's most-mentioned ministerial level in the article, for sentences that name only the grouping. */
function defaultLevels(sentences: Sentence[], organisationsBySentence: Map<number, DictionaryMatch[]>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const [index, organisations] of organisationsBySentence) {
    const sentence = sentences[index];
    if (!sentence) continue;
    const levels = MEETING_LEVELS.filter((level) => level.pattern.test(sentence.text));
    if (levels.length === 0) continue;
    for (const organisation of organisations) {
      const perLevel = counts.get(organisation.key) ?? new Map<string, number>();
      for (const level of levels) perLevel.set(level.key, (perLevel.get(level.key) ?? 0) + 1);
      counts.set(organisation.key, perLevel);
    }
  }
  const defaults = new Map<string, string>();
  for (const [organisation, perLevel] of counts) {
    const [best] = [...perLevel].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (best) defaults.set(organisation, best[0]);
  }
  return defaults;
}

/** The person the article is mostly about: the actor of first-person quotes and tweets. */
function mainPersonOf(people: PersonRef[]): PersonRef | null {
  const counts = new Map<string, { person: PersonRef; count: number }>();
  for (const person of people) {
    const entry = counts.get(person.personId) ?? { person, count: 0 };
    entry.count += 1;
    counts.set(person.personId, entry);
  }
  const [best] = [...counts.values()].sort((a, b) => b.count - a.count || a.person.start - b.person.start);
  return best?.person ?? null;
}

/** "Exercise Ajeya Warrior", "exercise Dharma Guardian": a named exercise the list of recurring ones does not know. */
const EXERCISE_NAME = /\b[Ee]xercise\s+((?:[A-Z][A-Za-z0-9]+)(?:[ -](?:[A-Z][A-Za-z0-9]+|\d{4}))?)/g;

function unlistedExerciseFrames(sentence: string, covered: { start: number; end: number }[]): Frame[] {
  return [...sentence.matchAll(EXERCISE_NAME)].flatMap((match) => {
    const span = { start: match.index, end: match.index + match[0].length };
    const name = unlistedNameOf(match);
    if (!name || covered.some((range) => overlaps(range, span))) return [];
    covered.push(span);
    return [unlistedExerciseFrame(name, span)];
  });
}

function unlistedNameOf(match: RegExpMatchArray): string {
  return (match[1] ?? '').replace(/[ -]\d{4}$/, '');
}

function unlistedExerciseFrame(name: string, span: { start: number; end: number }): Frame {
  return { key: `exercise|${slug(name)}`, type: 'exercise', title: `Exercise ${name}`, at: span.start, end: span.end, placeIds: [] };
}

/** The key a bare name an article took up stands for: a listed event's, or an unlisted exercise's (UNLISTED_KEY and its name). */
const UNLISTED_KEY = 'unlisted-exercise:';
/** Capitalised words that name no exercise after "Exercise": weekdays, months and sentence openers. */
const NOT_AN_EXERCISE_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|In|On|At|By|And|But)$/;

/**
 * "for Exercise Pitch Black 2022 … Pitch Black will return in 2024", "the
 * Malabar exercise … Malabar will be held in Japan next year": a name the
 * article gave an exercise or show in full stands for it alone afterwards.
 * One alternation of the article's own names, searched once.
 */
function findBareNamesUsed(text: string, named: readonly DictionaryMatch[]): DictionaryMatch[] {
  const keyOfName = new Map<string, string>();
  for (const match of named) {
    const event = namedEventByKey.get(match.key);
    for (const phrase of event?.phrases ?? []) {
      const bare = bareNameOf(phrase);
      if (bare !== phrase && !/\d/.test(bare)) keyOfName.set(bare, match.key);
    }
  }
  for (const match of text.matchAll(EXERCISE_NAME)) {
    const name = unlistedNameOf(match);
    if (name.length > 3 && !NOT_AN_EXERCISE_NAME.test(name.split(/[ -]/)[0] ?? '')) keyOfName.set(name, `${UNLISTED_KEY}${name}`);
  }
  if (keyOfName.size === 0) return [];
  const names = [...keyOfName.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\w-])(?:${names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\w-])`, 'g');
  return [...text.matchAll(pattern)].flatMap((match) => {
    const span = { start: match.index, end: match.index + match[0].length };
    const key = keyOfName.get(match[0]);
    const taken = named.some((other) => overlaps(other, span)) || /\b[Ee]xercise\s+$/.test(text.slice(Math.max(0, span.start - 10), span.start));
    return key && !taken ? [{ key, text: match[0], start: span.start, end: span.end }] : [];
  });
}

function namedFrames(named: DictionaryMatch[], covered: { start: number; end: number }[]): Frame[] {
  return named.flatMap((match) => {
    if (match.key.startsWith(UNLISTED_KEY)) {
      if (covered.some((range) => overlaps(range, match))) return [];
      covered.push(match);
      return [unlistedExerciseFrame(match.key.slice(UNLISTED_KEY.length), match)];
    }
    const named = namedEventByKey.get(match.key);
    if (!named) return [];
    covered.push(match);
    const edition = editionYearOf(match.text);
    return [{ key: `${named.type}|${named.key}`, type: named.type, title: named.title, at: match.start, end: match.end, placeIds: [], ...(edition ? { edition } : {}) }];
  });
}

/** "Zapad-2021", "AMAN-23": the year an edition's name gives, two digits being this century's. */
function editionYearOf(name: string): number | undefined {
  const year = /(?:(?:19|20)\d\d|(?<=-)\d\d)$/.exec(name)?.[0];
  if (year === undefined) return undefined;
  return year.length === 2 ? 2000 + Number(year) : Number(year);
}

/** "India skipped Tsentr-2019 in September": a date resolved without a written year moves into the year the edition names. */
function inEditionYear(mention: DateMention, edition: number | undefined): DateMention {
  if (edition === undefined || !mention.relative || mention.precision === 'year') return mention;
  const shift = edition - Number(mention.startDay.slice(0, 4));
  const moved = (day: IsoDay): IsoDay | null => toIsoDay(Number(day.slice(0, 4)) + shift, Number(day.slice(5, 7)), Number(day.slice(8, 10)));
  const startDay = moved(mention.startDay);
  const endDay = moved(mention.endDay);
  return shift === 0 || startDay === null || endDay === null ? mention : { ...mention, startDay, endDay, relative: false };
}

function organisationFrames(
  sentence: string,
  organisations: DictionaryMatch[],
  levels: Map<string, string>,
  covered: { start: number; end: number }[],
): Frame[] {
  const [organisation] = organisations;
  const info = organisation && organisationByKey.get(organisation.key);
  if (!organisation || !info) return [];
  // "the SCO summit" names its level right after the grouping; elsewhere in the sentence a level word may describe a person.
  const nextToGrouping = sentence.slice(organisation.end, organisation.end + LEVEL_WINDOW);
  const levelInSentence =
    MEETING_LEVELS.find((level) => level.pattern.test(nextToGrouping)) ?? MEETING_LEVELS.find((level) => level.pattern.test(sentence));
  const sentenceLevel = MEETING_LEVELS.find((candidate) => candidate.key === (levelInSentence?.key ?? levels.get(organisation.key)));
  const frames: Frame[] = [];
  for (const meetingWord of sentence.matchAll(MEETING_WORDS)) {
    const span = { start: meetingWord.index, end: meetingWord.index + meetingWord[0].length };
    // "the Council of Foreign Ministers … preparations for the summit": each meeting word with a level of its own is its own meeting.
    const around = sentence.slice(Math.max(0, span.start - LEVEL_WINDOW), span.end + LEVEL_WINDOW);
    const ownLevel = MEETING_LEVELS.find((candidate) => candidate.pattern.test(around));
    const level = frames.length === 0 ? (ownLevel && ownLevel.key === 'summit' ? ownLevel : sentenceLevel) : ownLevel;
    if (frames.length > 0 && !level) continue;
    const key = `meeting|${organisation.key}${level ? `-${level.key}` : ''}`;
    if (frames.some((frame) => frame.key === key)) continue;
    covered.push(span);
    frames.push({ key, type: 'meeting', title: level ? `${info.short} ${level.label}` : `${info.short} meeting`, at: span.start, end: span.end, placeIds: [] });
  }
  return frames;
}

interface SentenceRefs {
  offset: number;
  places: PlaceRef[];
  people: PersonRef[];
  items: ItemRef[];
  /** Items of the sentence before: "The S-400 ... . The second squadron is expected in 2022." */
  itemsBefore: ItemRef[];
  /** Where the article's incidents are mostly told at, for one told only against countries ("the standoff between India and China"). */
  incidentPlace: string | null;
}

/** A sentence naming no system may continue the previous one about one or two systems. */
const MAX_ITEMS_CARRIED = 2;

function itemsAbout(refs: SentenceRefs): ItemRef[] {
  if (refs.items.length > 0) return refs.items;
  const carried = [...new Map(refs.itemsBefore.map((item) => [item.itemId, item])).values()];
  return carried.length <= MAX_ITEMS_CARRIED ? carried : [];
}

/** One pass over the text finds every trigger word; the first listed type wins at a position. */
const TRIGGER_PATTERN = new RegExp(TRIGGERS.map((trigger) => `(${trigger.pattern.source})`).join('|'), 'gi');

/** How many groups a pattern has: a match of the pattern or nothing, on nothing, holds them all. */
function groupCount(pattern: RegExp): number {
  return (new RegExp(`${pattern.source}|`).exec('')?.length ?? 1) - 1;
}

/**
 * The number of the group around each trigger's pattern in TRIGGER_PATTERN (its own groups follow it): numbered groups
 * and a look-up by number, where a named group per trigger, looked up by a name built per trigger per match, cost a fifth more.
 */
const TRIGGER_GROUPS = TRIGGERS.map((_trigger, index) => 1 + TRIGGERS.slice(0, index).reduce((groups, trigger) => groups + 1 + groupCount(trigger.pattern), 0));

interface Trigger {
  type: EventType;
  words: string;
  start: number;
  end: number;
}

function findTriggers(text: string): Trigger[] {
  const triggers: Trigger[] = [];
  TRIGGER_PATTERN.lastIndex = 0;
  for (const match of text.matchAll(TRIGGER_PATTERN)) {
    const index = TRIGGER_GROUPS.findIndex((group) => match[group] !== undefined);
    const trigger = TRIGGERS[index];
    const end = match.index + match[0].length;
    // "received Russian President Vladimir Putin", "received a briefing": no delivery.
    if (trigger && !(trigger.type === 'delivery' && /^receiv/i.test(match[0]) && RECEIVED_NO_DELIVERY.test(text.slice(end, end + 80)))) {
      triggers.push({ type: trigger.type, words: match[0], start: match.index, end });
    }
  }
  return triggers;
}

/** "the previous edition", "the second phase": words that only continue an event told before, an air show or a parade as well as an exercise. */
const EDITION_WORD = /(?:phase|edition|leg)$/i;

function triggerFrames(
  sentence: string,
  triggers: Trigger[],
  refs: SentenceRefs,
  context: ArticleEventContext,
  mainPerson: PersonRef | null,
  covered: { start: number; end: number }[],
  earlier: ReadonlyMap<EventType, Frame>,
  namedTypes: ReadonlySet<EventType>,
): Frame[] {
  const frames: Frame[] = [];
  const seen = new Set<string>();
  for (const trigger of triggers) {
    if (covered.some((range) => overlaps(range, trigger))) continue;
    // "launched the Zapad-2021 strategic exercise": the generic word names the exercise already found.
    if (namedTypes.has(trigger.type) && trigger.type !== 'meeting') continue;
    const previous = earlier.get(trigger.type) ?? (EDITION_WORD.test(trigger.words) ? (earlier.get('exhibition') ?? earlier.get('parade')) : undefined);
    if (previous && isAnaphoric(sentence.slice(0, trigger.end), trigger.type, refs) && sameIncidentKind(trigger.words, previous)) {
      if (!seen.has(previous.key)) {
        seen.add(previous.key);
        frames.push({ ...previous, at: trigger.start, end: trigger.end, placeIds: [], continues: true });
      }
      covered.push(trigger);
      continue;
    }
    const found = genericFrame(trigger.type, trigger.start, trigger.words, sentence, refs, context, mainPerson);
    const frame = found ? { ...found, end: trigger.end } : null;
    covered.push(trigger);
    // Two incidents of one theatre in a sentence ("the standoff that began on May 5 and the Galwan clash in June") are two events.
    if (frame && (!seen.has(frame.key) || frame.type === 'incident')) {
      seen.add(frame.key);
      frames.push(frame);
    }
  }
  return frames;
}

/** A standoff lasts months and a clash is over in a day: "when the standoff began" does not refer back to the Galwan clash told before, nor "the clash" to a standoff. */
function sameIncidentKind(words: string, previous: Frame): boolean {
  if (previous.type !== 'incident') return true;
  const standoff = incidentLabel('standoff');
  return (incidentLabel(words) === standoff) === previous.title.startsWith(`${standoff} `);
}

/** "These exercises", "the visit": a reference back to an event told elsewhere, not a new one. */
function isAnaphoric(before: string, type: EventType, refs: SentenceRefs): boolean {
  if (!ANAPHORIC.test(before)) return false;
  return type !== 'meeting' || refs.people.length === 0;
}

/**
 * "its first batch of J-10C jets is expected to arrive in Pakistan": systems
 * arriving are a delivery, not a visit. The systems named last before the
 * verb, when no person is named after them.
 */
function hardwareArriving(at: number, refs: SentenceRefs): ItemRef[] {
  const itemsBefore = refs.items.filter((item) => item.end - refs.offset <= at);
  const lastItem = itemsBefore.at(-1);
  if (!lastItem || refs.people.some((person) => person.start > lastItem.start && person.start - refs.offset < at)) return [];
  return itemsBefore.filter((item) => lastItem.start - item.start <= ARRIVING_ITEMS_REACH);
}

/** How far before the last system named others may still be part of the same arriving group ("the Rafale and Su-30MKI jets"). */
const ARRIVING_ITEMS_REACH = 40;

/** The navy a ship's prefix names ("HMAS Anzac" is Australia's), by the country code of the places it may call at. */
const SHIP_PREFIX_COUNTRY: Record<string, string> = {
  INS: 'IN', PNS: 'PK', HMAS: 'AU', USS: 'US', USNS: 'US', HMS: 'GB', JS: 'JP', CNS: 'CN', BRP: 'PH', KRI: 'ID', RSS: 'SG', ROKS: 'KR', HMCS: 'CA', HMNZS: 'NZ', FS: 'FR', TCG: 'TR', SLNS: 'LK', BNS: 'BD', RTN: 'TH', KD: 'MY', ITS: 'IT', FGS: 'DE',
};

/**
 * "HMAS Anzac arrived in Visakhapatnam": a warship arriving at a port of
 * another country is a port call; arriving home ("PNS Tughril arrived in
 * Karachi") it is delivered.
 */
function isCallAtForeignPort(arriving: ItemRef[], at: number, refs: SentenceRefs, context: ArticleEventContext): boolean {
  const [ship] = arriving;
  const navy = ship && SHIP_PREFIX_COUNTRY[ship.name.split(' ')[0] ?? ''];
  const port = refs.places.find((place) => place.start - refs.offset >= at);
  const country = port && context.placeInfo(port.placeId)?.country;
  return navy !== undefined && typeof country === 'string' && country !== navy;
}

/** A warship's port call ("docked at Hambantota"): the ship is the visitor, the port the place. */
function shipVisitFrame(at: number, refs: SentenceRefs, context: ArticleEventContext): Frame | null {
  const ship = [...refs.items].reverse().find((item) => item.start - refs.offset < at) ?? refs.items[0];
  const port = refs.places.find((place) => place.start - refs.offset >= at);
  if (!ship || !port) return null;
  return { key: `visit|${ship.itemId}|${port.placeId}`, type: 'visit', title: `${ship.name} port call at ${placeName(context, port.placeId)}`, at, placeIds: [port.placeId] };
}

/** "agreed to ease tensions, but … its troops on the BRP Sierra Madre": a system named in a later clause is not what the trigger's event is about. */
const LATER_CLAUSE = new RegExp(`${CLAUSE_BREAK.source}|,\\s*but\\b`, 'i');

function namedInLaterClause(item: ItemRef, at: number, sentence: string, refs: SentenceRefs): boolean {
  const start = item.start - refs.offset;
  return start > at && LATER_CLAUSE.test(sentence.slice(at, start));
}

function placeName(context: ArticleEventContext, placeId: string): string {
  return context.placeInfo(placeId)?.name ?? placeId;
}

function genericFrame(
  type: EventType,
  at: number,
  words: string,
  sentence: string,
  refs: SentenceRefs,
  context: ArticleEventContext,
  mainPerson: PersonRef | null,
): Frame | null {
  const placeIds = unique(refs.places.map((place) => place.placeId));
  // "The deal …", "The second squadron …" continue the systems of the sentence before; "The agreement, signed in Tokyo" need not.
  const carries = type === 'delivery' || (type === 'agreement' && /^(?:deals?|contracts?|order)/i.test(words));
  const items = (carries ? itemsAbout(refs) : refs.items).filter((item) => !namedInLaterClause(item, at, sentence, refs));
  const itemIds = unique(items.map((item) => item.itemId)).sort();
  const itemNames = unique(items.map((item) => item.name));
  switch (type) {
    case 'visit': {
      if (/^(dock|port call|berth)/i.test(words)) return shipVisitFrame(at, refs, context);
      const arriving = /^(arriv|land)/i.test(words) ? hardwareArriving(at, refs) : [];
      if (arriving.length > 0 && isCallAtForeignPort(arriving, at, refs, context)) return shipVisitFrame(at, refs, context);
      if (arriving.length > 0) {
        const arrivingIds = unique(arriving.map((item) => item.itemId)).sort();
        return { key: `delivery|${arrivingIds.join('+')}`, type: 'delivery', title: `${unique(arriving.map((item) => item.name)).join(', ')} delivery`, at, placeIds };
      }
      const before = refs.people.filter((person) => person.start - refs.offset < at);
      const visitor = before[before.length - 1] ?? unlistedVisitorBefore(sentence, at, refs) ?? refs.people[0] ?? mainPerson;
      if (!visitor) return null;
      const abroad = refs.places.filter((place) => {
        const info = context.placeInfo(place.placeId);
        return place.start - refs.offset >= at && (!visitor.country || info?.country !== visitor.country);
      });
      const destination = abroad[0];
      if (!destination) return null;
      const destinationInfo = context.placeInfo(destination.placeId);
      return {
        key: `visit|${visitor.personId}|${destinationInfo?.country ?? destination.placeId}`,
        type,
        title: `${visitor.name} visits ${destinationInfo?.name ?? destination.placeId}`,
        at,
        placeIds: unique(abroad.map((place) => place.placeId)),
      };
    }
    case 'meeting': {
      const counterpart = COUNTERPART.exec(sentence);
      const participants = unique(refs.people.map((person) => person.personId));
      // "I met …", "He held talks with …": the person the article is about is the one speaking or meant.
      const speaksOrMeant = (participants.length >= 1 && /\b(I|my|me)\b/.test(sentence)) || /^(?:He|She)\s/.test(sentence) || (participants.length === 1 && HIS_MEETING_WITH.test(sentence));
      if (mainPerson && speaksOrMeant && !participants.includes(mainPerson.personId)) participants.unshift(mainPerson.personId);
      // Numbered rounds ("the 14th round of Corps Commander-level talks") are one series however outlets name the format.
      const described = DESCRIBED_TALKS.exec(sentence);
      const round = ORDINAL_ROUND.exec(sentence);
      if (round && (described || ROUND_OF_TALKS.test(words))) {
        const name = described?.[1]?.replace(/\s+/g, ' ') ?? `${round[1]} round of talks`;
        return { key: 'meeting|round-of-talks', type, title: capitalise(name), at, placeIds };
      }
      // "The DAC takes up proposals worth Rs 1.2 lakh crore": the body's sitting, titled by the body.
      if (/^(?:tak|took)/i.test(words)) {
        return { key: 'meeting|taking-up-proposals', type, title: compactTitle(sentence.slice(0, at + words.length)), at, placeIds };
      }
      if (/^(working mechanism|consultations|rounds? of)/i.test(words)) {
        return { key: `meeting|${slug(words)}`, type, title: capitalise(words.toLowerCase()), at, placeIds };
      }
      if (described) {
        const name = described[1]?.replace(/\s+/g, ' ') ?? words;
        return { key: `meeting|${slug(name)}`, type, title: capitalise(name), at, placeIds };
      }
      const named = NAMED_MEETING.exec(sentence.slice(0, at + words.length))?.[1];
      if (named) return { key: `meeting|${slug(named)}`, type, title: named, at, placeIds };
      const summit = /summit/i.test(words) ? SUMMIT_NAME.exec(sentence) : null;
      if (summit && placeIds.length > 0) {
        const name = summit[0].trim();
        return { key: `meeting|${slug(name)}|${placeIds.join('+')}`, type, title: `${name}, ${placeName(context, placeIds[0] ?? '')}`, at, placeIds };
      }
      const names = participants.map((id) => refs.people.find((person) => person.personId === id)?.name ?? mainPerson?.name ?? id);
      const other = participants.length === 1 ? unlistedPersonAfter(sentence, at + words.length, refs) : null;
      if (other && !names.includes(other)) {
        return { key: `meeting|${[participants[0] ?? '', `unlisted-${slug(other)}`].sort().join('+')}`, type, title: `${names[0]} meets ${other}`, at, placeIds };
      }
      if (participants.length >= 2) {
        return { key: `meeting|${[...participants].sort().join('+')}`, type, title: `${names[0]} meets ${names.slice(1).join(', ')}`, at, placeIds };
      }
      if (participants.length === 1 && counterpart) {
        return {
          key: `meeting|${participants[0]}|${slug(counterpart[1] ?? '')}-counterpart`,
          type,
          title: `${names[0] ?? participants[0]} meets ${counterpart[1]} counterpart`,
          at,
          placeIds,
        };
      }
      return null;
    }
    case 'delivery':
      if (itemIds.length === 0) return null;
      // "Pralay was cleared for induction in September 2023": the clearance happened, the induction is still to come.
      if (CLEARED_FOR.test(sentence.slice(Math.max(0, at - APPROVAL_WINDOW), at))) {
        return { key: `other|${itemIds.join('+')}|approval`, type: 'other', title: `${itemNames.join(', ')} approval`, at, placeIds };
      }
      // "The first batch of AK-203 rifles will be produced at Korwa in 2023": made, not handed over.
      if (PRODUCED_AFTER.test(sentence.slice(at, at + APPROVAL_WINDOW + words.length))) {
        return { key: `other|${itemIds.join('+')}|production`, type: 'other', title: `${itemNames.join(', ')} production`, at, placeIds };
      }
      return { key: `delivery|${itemIds.join('+')}`, type, title: `${itemNames.join(', ')} delivery`, at, placeIds };
    case 'agreement': {
      // "The ministry approved the contract for 83 Tejas": the approval happened, the contract is still to come.
      if (itemIds.length > 0 && APPROVAL_BEFORE.test(sentence.slice(Math.max(0, at - APPROVAL_WINDOW), at))) {
        return { key: `other|${itemIds.join('+')}|approval`, type: 'other', title: `${itemNames.join(', ')} approval`, at, placeIds };
      }
      const named = namedAgreementAt(sentence, at);
      // "signed the … Security Agreement in 2018 and the … Cooperation Agreement in 2020": each name's own word frames it, nearer its date than the verb.
      if (named && !named.holds && NAMED_BY_A_TRIGGER.test(named.name)) return null;
      if (named) return { key: `agreement|${slug(named.name)}`, type, title: named.name, at, placeIds };
      const topic = AGREEMENT_TOPIC.exec(sentence)?.[1];
      const dealWord = /^(deals?|contracts?)$/i.test(words);
      if (itemIds.length > 0) {
        return { key: `agreement|${itemIds.join('+')}`, type, title: dealWord ? `${itemNames.join(', ')} deal` : `Agreement on ${itemNames.join(', ')}`, at, placeIds };
      }
      if (topic) return { key: `agreement|${slug(topic)}`, type, title: `Agreement on ${topic}`, at, placeIds };
      const where = placeIds.filter((id) => context.placeInfo(id)?.kind !== 'country');
      if (!/^(agreements?|MoUs?|memorandum of understanding|pacts?|lease[sd]?)$/i.test(words) || where.length === 0) return null;
      return { key: `agreement|${where.join('+')}`, type, title: `${capitalise(words.toLowerCase())}, ${where.map((id) => placeName(context, id)).join(', ')}`, at, placeIds: where };
    }
    case 'incident':
    case 'exercise':
    case 'parade':
    case 'exhibition': {
      if (/(phase|edition|leg)$/i.test(words)) return null;
      const after = refs.places.filter((place) => place.start - refs.offset >= at);
      // "exercises around Taiwan … after Tsai's meeting in California": a place more specific than a country, but only near the words.
      const specific = after.find((place) => !isCountry(place.placeId, context) && place.start - refs.offset - at <= SPECIFIC_PLACE_WINDOW);
      // "NEW DELHI: … ending a 73-day standoff": where the report was filed is not where the standoff was.
      const filedAt = PLACE_DATELINE.exec(sentence)?.[0].length ?? 0;
      const told = refs.places.filter((place) => place.start - refs.offset >= filedAt);
      const where = (specific ?? after[0] ?? told[0])?.placeId;
      if (!where) return null;
      const label = type === 'incident' ? incidentLabel(words) : { exercise: 'Military exercise', parade: 'Parade', exhibition: 'Exhibition' }[type];
      return { key: `${type}|${theatreOf(where, context)}`, type, title: `${label} ${wherePhraseOf(where, type, at, told, refs, context)}`, at, placeIds };
    }
    case 'other': {
      if (/^disengage/i.test(words)) return PURPOSE_BEFORE.test(sentence.slice(Math.max(0, at - 32), at)) ? null : disengagementFrame(at, refs, context);
      if (ELECTION_WORDS.test(words)) return electionFrame(at, words, refs, context);
      if (itemIds.length === 0) return null;
      const milestone = milestoneOf(words);
      return { key: `other|${itemIds.join('+')}|${milestone}`, type, title: `${itemNames.join(', ')} ${milestone}`, at, placeIds };
    }
  }
}

/**
 * "after Nancy Pelosi visited Taipei": the visitor named right before the verb
 * when the people directory does not know them (and no title introduced them):
 * two or three capitalised words that are no place, month, day, institution,
 * title or possessive ("the Defence Minister visited", "the Indian Defence
 * Minister's visit" are the article's main person).
 */
const NAME_BEFORE_VERB = /(?<![\p{L}'’-])((?:\p{Lu}\p{Ll}[\p{L}'’-]*\s+){1,2}\p{Lu}\p{Ll}[\p{L}'’-]*)\s+(?:(?:has|had|will|would|is|was)\s+)?(?:also\s+)?$/u;
const NOT_A_VISITOR =
  /^(?:The|A|An|In|On|At|After|Before|When|While|Since|Last|This|Next|Earlier|Later|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:Navy|Army|Ministry|Force|Guard|Command|Government|Corps|Fleet|Council|Office|Department|Agency|Group|Delegation|Team|Minister|President|Secretary|Chief|Advis[eo]r|General|Admiral|Marshal|Commander|Ambassador|Spokes\w+|Premier|Chancellor|Speaker|King|Queen|Prince|Leader|Head|Envoy|Director)\b|['’]s$/;
const NAME_REACH = 60;
const TITLE_BEFORE_NAME = /^(?:(?:US|U\.S\.|House|Senate|Vice|Deputy|Prime|Foreign|Defen[cs]e)\s+)*(?:President|Speaker|Minister|Secretary|Senator|Premier|Chancellor|General|Admiral|Ambassador|Envoy)\s+/;

function unlistedVisitorBefore(sentence: string, at: number, refs: SentenceRefs): PersonRef | null {
  const windowStart = Math.max(0, at - NAME_REACH);
  const found = NAME_BEFORE_VERB.exec(sentence.slice(windowStart, at));
  // "Speaker Kevin McCarthy's visit": the name after its title, without the possessive; a title alone ("the Defence Minister's visit") is no name.
  const name = found?.[1]?.replace(TITLE_BEFORE_NAME, '').replace(/['’]s$/, '');
  if (!found || !name || !/\s/.test(name) || NOT_A_VISITOR.test(name)) return null;
  const start = windowStart + found.index + found[0].indexOf(name);
  const end = start + name.length;
  if (refs.places.some((place) => place.start - refs.offset < end && place.end - refs.offset > start)) return null;
  return { personId: `unlisted-${slug(name)}`, name, country: null, start: refs.offset + start, end: refs.offset + end, sentenceIndex: -1 };
}

/** "met U.S. House Speaker Kevin McCarthy": the other side of a meeting, named after the verb and a title when the people directory does not know them. */
const NAME_AFTER_MEETING_WORD = /^\s+(?:with\s+)?(?:(?:the\s+)?(?:U\.S\.|US|[A-Z][a-z]+(?:'s)?)\s+){0,3}?(?:(?:House\s+)?Speaker|President|Prime Minister|(?:Foreign|Defen[cs]e)\s+(?:Minister|Secretary)|Secretary of State|Chancellor|Premier|Senator|Minister|leader)\s+((?:\p{Lu}\p{Ll}[\p{L}'’-]*\s+){1,2}\p{Lu}\p{Ll}[\p{L}'’-]*)/u;

function unlistedPersonAfter(sentence: string, from: number, refs: SentenceRefs): string | null {
  const found = NAME_AFTER_MEETING_WORD.exec(sentence.slice(from, from + NAME_REACH));
  const name = found?.[1];
  if (!found || !name || NOT_A_VISITOR.test(name)) return null;
  const start = from + found[0].length - name.length;
  const known = refs.people.some((person) => person.start - refs.offset <= start && person.end - refs.offset >= start + name.length);
  const placed = refs.places.some((place) => place.start - refs.offset < start + name.length && place.end - refs.offset > start);
  return known || placed ? null : name;
}

function isCountry(placeId: string, context: ArticleEventContext): boolean {
  return context.placeInfo(placeId)?.kind === 'country';
}

/**
 * Where an event's title places it: "near" where it was told at. An incident
 * told only against countries ("the standoff that began on May 5", after
 * talks between India and China) is placed near a place named close to its
 * words, else "between" the countries its sentence names, else near the place
 * the article's incidents are told at: a place elsewhere in the article may
 * belong to another incident. The key keeps the country, so reports group as
 * before.
 */
function wherePhraseOf(where: string, type: EventType, at: number, told: PlaceRef[], refs: SentenceRefs, context: ArticleEventContext): string {
  if (type !== 'incident' || !isCountry(where, context)) return `near ${placeName(context, where)}`;
  const close = told.find((place) => !isCountry(place.placeId, context) && Math.abs(place.start - refs.offset - at) <= SPECIFIC_PLACE_WINDOW);
  if (close) return `near ${placeName(context, close.placeId)}`;
  const countries = [...new Set(told.map((place) => place.placeId).filter((id) => isCountry(id, context)))];
  const [first, second] = countries;
  if (first && second && countries.length === 2) return `between ${placeName(context, first)} and ${placeName(context, second)}`;
  return `near ${placeName(context, refs.incidentPlace ?? where)}`;
}

/**
 * The place an article's incidents are told at: the place other than a
 * country named most often after an incident word ("clashed in the Galwan
 * Valley", "the standoff at Pangong Tso"), the first named on a tie. Null when
 * the article places none.
 */
function incidentPlaceOf(
  triggersBySentence: ReadonlyMap<number, Trigger[]>,
  placesBySentence: ReadonlyMap<number, PlaceRef[]>,
  sentences: Sentence[],
  context: ArticleEventContext,
): string | null {
  const counts = new Map<string, number>();
  for (const [index, triggers] of triggersBySentence) {
    const incident = triggers.find((trigger) => trigger.type === 'incident');
    const sentence = sentences[index];
    if (!incident || !sentence) continue;
    for (const place of placesBySentence.get(index) ?? []) {
      if (place.start - sentence.start >= incident.start && !isCountry(place.placeId, context)) counts.set(place.placeId, (counts.get(place.placeId) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  for (const [placeId, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = placeId;
  return best;
}

/** Characters after an incident or exercise word within which a place more specific than a country names where it was ("the standoff between India and China in eastern Ladakh"). */
const SPECIFIC_PLACE_WINDOW = 60;

const ELECTION_WORDS = new RegExp(`^${ELECTION}$`, 'i');

/** "The Maldives holds parliamentary elections on March 17": a vote, keyed by its country and kind. */
function electionFrame(at: number, words: string, refs: SentenceRefs, context: ArticleEventContext): Frame {
  const country = refs.places.find((place) => isCountry(place.placeId, context)) ?? refs.places[0];
  const kind = capitalise(words.toLowerCase().replace(/\s+/g, ' '));
  const where = country ? placeName(context, country.placeId) : null;
  return {
    key: `other|election|${country?.placeId ?? 'unplaced'}|${slug(kind)}`,
    type: 'other',
    title: where ? `${kind} in ${where}` : kind,
    at,
    placeIds: country ? [country.placeId] : [],
  };
}

/** "agreed to pursue disengagement": an aim, not an event. */
const PURPOSE_BEFORE = /\bto\s+(?!an?\b|the\b)[a-z]+\s+(?:(?:the|further|complete|full)\s+)?$/i;

/** "NEW DELHI: India and China …": the place a report was filed from, in capitals before a colon. */
const PLACE_DATELINE = /^[ \t]*\p{Lu}[\p{Lu} .'-]{2,30}:\s/u;

/** What an incident trigger names, as the noun an analyst would title it with ("clashed" -> "Clash"). */
const INCIDENT_NOUNS: [RegExp, string][] = [
  [/^clash/i, 'Clash'],
  [/^face-?off/i, 'Face-off'],
  [/^stand-?off/i, 'Standoff'],
  [/^skirmish/i, 'Skirmish'],
  [/^crash/i, 'Crash'],
  [/^(?:killed|martyred)/i, 'Deadly incident'],
  [/crossed the/i, 'Border crossing'],
  [/^fired|firing$/i, 'Firing'],
  [/^intercept/i, 'Interception'],
  [/^attack/i, 'Attack'],
  [/^ambush/i, 'Ambush'],
  [/^seized/i, 'Seizure'],
  [/^detained/i, 'Detention'],
  [/^shot down/i, 'Shoot-down'],
  [/airspace/i, 'Airspace violation'],
  [/^(?:collided|collision)/i, 'Collision'],
  [/^rammed/i, 'Ramming'],
  [/^water cannon/i, 'Water cannon use'],
  [/^(?:explosion|blast)/i, 'Explosion'],
  [/^abducted/i, 'Abduction'],
  [/^air ?strike/i, 'Air strike'],
  [/^(?:aerial engagement|dogfight)/i, 'Aerial engagement'],
  [/^invasi|^invaded/i, 'Invasion'],
];

function incidentLabel(words: string): string {
  return INCIDENT_NOUNS.find(([pattern]) => pattern.test(words))?.[1] ?? capitalise(words.toLowerCase());
}

/** A disengagement of troops where a standoff was: keyed by theatre, like the standoff it ends. */
function disengagementFrame(at: number, refs: SentenceRefs, context: ArticleEventContext): Frame | null {
  const specific = refs.places.filter((place) => context.placeInfo(place.placeId)?.kind !== 'country');
  const where = (specific.find((place) => place.start - refs.offset >= at) ?? specific[0])?.placeId;
  if (!where) return null;
  return { key: `other|disengagement|${theatreOf(where, context)}`, type: 'other', title: `Disengagement at ${placeName(context, where)}`, at, placeIds: [where] };
}

/** Words that say a multi-day event began on the date given ("launched Zapad-2021 on Friday"), not that it lasted one day. */
const STARTED = /\b(launch(ed|es)?|beg[ia]n[s]?|kick(ed|s)? off|open(ed|s)?|inaugurat(ed|es)|commenc(ed|es)|start(ed|s)?|got under way|arriv(ed|es))\b/i;
const MULTI_DAY: ReadonlySet<EventType> = new Set(['visit', 'exercise', 'exhibition']);
/** Events whose stated length stretches a day they began or ended on: a meeting too ("the two-day talks concluded on Wednesday"), though it is never left open-ended. */
const LASTING: ReadonlySet<EventType> = new Set([...MULTI_DAY, 'meeting']);

/** Words that say a multi-day event ended on the date given ("the five-day exercise concluded on Friday"). */
const ENDED = /\b(end(?:ed|s)|conclud(?:ed|es)|complet(?:ed|es)|culminat(?:ed|es)|wound up|wrapped up|came to an end|(?:drew|came) to a close|closed)\b/i;

/** `durationOf`: the sentence's stated length in days, looked for only when a one-day date of a multi-day event needs it. */
function toEventDate(mention: DateMention, frame: Frame, durationOf: () => number | null, sentence: string): EventDate {
  const oneDay = mention.precision === 'day' && mention.startDay === mention.endDay;
  const durationDays = oneDay && LASTING.has(frame.type) ? durationOf() : null;
  const lasts = durationDays !== null && durationDays > 1;
  // "concluded its three-day visit on Friday": the day given is the last one.
  if (lasts && ENDED.test(sentence) && !STARTED.test(sentence)) {
    return { start: addDays(mention.startDay, 1 - durationDays), end: mention.startDay, precision: 'day', text: mention.text, startOnly: false };
  }
  // "for five days from November 21": a start with a length.
  if (lasts && (frame.type === 'visit' || mention.bound === 'start' || STARTED.test(sentence))) {
    return { start: mention.startDay, end: addDays(mention.startDay, durationDays - 1), precision: 'day', text: mention.text, startOnly: false };
  }
  const startOnly = oneDay && MULTI_DAY.has(frame.type) && (frame.type === 'visit' || STARTED.test(sentence));
  return { start: mention.startDay, end: mention.endDay, precision: mention.precision, text: mention.text, startOnly };
}

/** "over the next seven days" after the day an event began: it lasts that many days from its start. */
const NEXT_DAYS = /^(?:over|for|during|in)?\s*the\s+(?:next|following|coming)\b/i;

/** A start-only date stretched by a later "will run over the next seven days" in the sentence. */
function lastingFrom(date: EventDate, mention: DateMention, found: DateMention[], sentence: string): EventDate {
  if (!date.startOnly) return date;
  const later = found.filter((candidate) => candidate.start > mention.end && candidate.precision === 'day');
  const span = later.find((candidate) => NEXT_DAYS.test(candidate.text));
  if (span) {
    const days = toEpochDay(span.endDay) - toEpochDay(span.startDay) + 1;
    return { start: date.start, end: addDays(date.start, days - 1), precision: 'day', text: `${date.text} – ${span.text}`, startOnly: false };
  }
  // "will begin … on Tuesday, with 17,600 troops taking part through April 28": the same event's last day, in the same clause.
  const end = later.find((candidate) => candidate.bound === 'end' && /^(?:until|till|through|to)\b/i.test(candidate.text) && !/;/.test(sentence.slice(mention.end, candidate.start)));
  if (!end || toEpochDay(end.endDay) <= toEpochDay(date.start)) return date;
  return { start: date.start, end: end.endDay, precision: 'day', text: `${date.text} – ${end.text}`, startOnly: false };
}

/**
 * Characters between a frame's trigger and a date phrase. English puts the
 * date after the event ("the parade on June 24"), so a frame after the date
 * counts as further away than one before it.
 */
function distanceToDate(frame: Frame, mention: DateMention): number {
  if (frame.clause) return frame.clause.claims && mention === frame.clause.date ? 0 : Infinity;
  const end = frame.end ?? frame.at;
  if (end <= mention.start) return mention.start - end;
  if (frame.at >= mention.end) return (frame.at - mention.end) * 1.5;
  return 0;
}

/** "since May 2020, when the standoff began", "locked in a standoff since May 2020", "have been taking part in the exercise since April 8": a "since" that dates a beginning. */
const WHEN_AFTER = /^\s*,\s*when\b/i;
const ONGOING_BEFORE = /\b(?:stand-?off|face-?off|tensions?|conflict|crisis|impasse|(?:been|are|is)\s+(?:taking part|participating))\b[^.;,]{0,80}$/i;
const ONGOING_WINDOW = 100;
/**
 * "has operated two drones since November 2020", "has been flying over Ladakh
 * since August": a use that began then, which the "since" dates (a series
 * "held since 2003" is no event). Its own frame, so that no other event of the
 * sentence (the lease, the standoff "amid" which they fly) takes the date.
 */
const IN_USE_VERB = String.raw`\b(?:has|have|had)\s+(?:been\s+)?(operat(?:ed|ing)|fl(?:own|ying)|deploy(?:ed|ing)|station(?:ed|ing)|based)\b`;
const IN_USE_SINCE = new RegExp(`${IN_USE_VERB}([^.;]{0,80})$`, 'i');
const IN_USE_IN_SENTENCE = new RegExp(`${IN_USE_VERB}[^.;]{0,80}\\bsince\\b`, 'i');
/** Where the clause of a use begins: after the last comma, semicolon or colon before its verb. */
const CLAUSE_START = /^.*[,;:]\s*/s;

function inUseFrames(sentence: string, found: DateMention[], refs: SentenceRefs): Frame[] {
  return found.flatMap((mention): Frame[] => {
    if (!/^since\b/i.test(mention.text)) return [];
    const windowStart = Math.max(0, mention.start - ONGOING_WINDOW);
    const use = IN_USE_SINCE.exec(sentence.slice(windowStart, mention.start));
    if (!use) return [];
    const verbAt = windowStart + use.index;
    const clauseStart = CLAUSE_START.exec(sentence.slice(0, verbAt))?.[0].length ?? 0;
    const item = refs.items.find((ref) => ref.start - refs.offset > verbAt && ref.end - refs.offset <= mention.start);
    // Systems someone operates or has deployed came into service then; aircraft flying somewhere began a routine.
    const subject = sentence.slice(clauseStart, verbAt);
    const system = item ?? refs.items.find((ref) => ref.start - refs.offset >= clauseStart && ref.end - refs.offset <= verbAt);
    const inService = /^(?:operat|deploy|station|based)/i.test(use[1] ?? '') && (system !== undefined || HARDWARE.test(use[2] ?? '') || HARDWARE.test(subject));
    // Troops deployed "since May 2020" tell the standoff they were sent for, not an event of their own.
    if (!inService && !/^(?:operat|fl)/i.test(use[1] ?? '')) return [];
    const type: EventType = inService ? 'delivery' : 'other';
    const title = compactTitle(sentence.slice(clauseStart, mention.start));
    return [{ key: `${type}|in-use|${system?.itemId ?? slug(title.split(' ').slice(0, 3).join(' '))}`, type, title, at: clauseStart, end: mention.start, placeIds: [], clause: { date: mention, claims: true, tense: 'past' } }];
  });
}

/** "proposed the March 15 deadline at the meeting": a date naming a deadline dates no event told with it. */
const NAMES_DEADLINE = /^\s+(?:deadline|cut-?off date)\b/i;

/** "are not expected until next year", "will not be delivered before 2026": the event is put off to that date, which is when it is due. */
const NOT_UNTIL = /\bnot\s+(?:(?:be|yet|likely|expected|due|set|scheduled|slated|planned|to|going)\s+){0,4}(?:[a-z]+(?:ed|en)\s+)?(?:[\w-]+\s+){0,4}$/i;

/**
 * "since the 2020 Galwan clash", "after the 2017 standoff", "the 1962 war",
 * "the 1988 and 1998 agreements", "the arbitral ruling of 2016": a year written
 * before the noun of an event, or after it with "of", names which event it
 * was, and dates it, whatever preposition comes before.
 */
const YEAR_NAMED = YEAR_NAMED_NOUNS.map(({ nouns }) => nouns).join('|');
const LISTED_YEARS = String.raw`(?:\s*,?\s*(?:and|or)?\s+(?:19|20)\d\d)*`;
/** Capitalised words between ("the 1999 Kargil war"); a bare year, which the year-of-noun parser found, also takes lower-case ones ("a 2016 arbitral ruling"). */
const EVENT_NOUN_AFTER = new RegExp(`^${LISTED_YEARS}\\s+((?:[A-Z][\\w'’-]+\\s+){0,2}(?:${YEAR_NAMED}))\\b`);
const EVENT_NOUN_AFTER_BARE_YEAR = new RegExp(`^${LISTED_YEARS}\\s+((?:[A-Za-z][\\w'’-]+\\s+){0,2}(?:${YEAR_NAMED}))\\b`);
const EVENT_NOUN_BEFORE_OF = new RegExp(`\\b((?:[A-Z][\\w'’-]+\\s+|[a-z]+al\\s+)?(?:${YEAR_NAMED}))\\s+$`);
const TYPE_OF_NOUN = YEAR_NAMED_NOUNS.map(({ type, nouns }): [EventType, RegExp] => [type, new RegExp(`(?:^|\\s)(?:${nouns})$`)]);
const WRITTEN_YEAR_END = /\b\d{4}$/;
const BARE_YEAR = /^(?:19|20)\d\d$/;
const OF_YEAR = /^of\s+(?:19|20)\d\d$/i;
const NOUN_OF_REACH = 60;
/** A sentence that may name an event by its year, cheaply told before its dates are looked for. */
const YEAR_AND_EVENT_NOUN = new RegExp(`\\b(?:19|20)\\d\\d\\s+(?:[\\w'’-]+\\s+){0,2}(?:${YEAR_NAMED})\\b|\\b(?:${YEAR_NAMED})\\s+of\\s+(?:19|20)\\d\\d\\b`);
/** "the 2019 trade war", "the Cold War": wars no one fought with arms. */
const NO_FIGHTING = new RegExp(String.raw`\b(?:${UNFOUGHT_WARS})\s+(?:[\w-]+\s+)?wars?$`);
const NO_FIGHTING_REACH = 24;

interface NamedNoun {
  type: EventType;
  /** The noun with the words that name it ("Kargil war", "arbitral ruling"). */
  words: string;
  start: number;
  end: number;
}

/** The event noun a written year names, after it or before its "of", with the type that noun gives the event. */
function nounNamedBy(mention: DateMention, sentence: string): NamedNoun | null {
  const found = nounPhraseOf(mention, sentence);
  if (found && NO_FIGHTING.test(sentence.slice(Math.max(0, found.start - NO_FIGHTING_REACH), found.end))) return null;
  const type = found && TYPE_OF_NOUN.find(([, pattern]) => pattern.test(found.words))?.[0];
  return found && type ? { ...found, type } : null;
}

function nounPhraseOf(mention: DateMention, sentence: string): Omit<NamedNoun, 'type'> | null {
  if (OF_YEAR.test(mention.text)) {
    const from = Math.max(0, mention.start - NOUN_OF_REACH);
    const before = EVENT_NOUN_BEFORE_OF.exec(sentence.slice(from, mention.start));
    const words = before?.[1];
    return before && words ? { words, start: from + before.index, end: from + before.index + words.length } : null;
  }
  if (!WRITTEN_YEAR_END.test(mention.text)) return null;
  const after = (BARE_YEAR.test(mention.text) ? EVENT_NOUN_AFTER_BARE_YEAR : EVENT_NOUN_AFTER).exec(sentence.slice(mention.end));
  const words = after?.[1];
  if (!after || !words) return null;
  const end = mention.end + after[0].length;
  return { words, start: end - words.length, end };
}

function namesEventAfter(mention: DateMention, sentence: string): boolean {
  return nounNamedBy(mention, sentence) !== null;
}

/**
 * "the 1994 agreement with Kazakhstan", "a 2016 ruling": the event a year
 * names when no frame tells it (no systems or places to key an agreement by,
 * no trigger for a ruling), typed by its noun, dated by that year only.
 */
function yearNamedFrames(sentence: string, found: DateMention[], frames: Frame[]): Frame[] {
  return found.flatMap((mention): Frame[] => {
    const noun = nounNamedBy(mention, sentence);
    if (!noun || frames.some((frame) => isNamedBy(frame, mention, sentence))) return [];
    const year = mention.startDay.slice(0, 4);
    const at = Math.min(noun.start, mention.start);
    return [{ key: `${noun.type}|year-named|${slug(noun.words)}|${year}`, type: noun.type, title: `${capitalise(noun.words)} of ${year}`, at, end: Math.max(noun.end, mention.end), placeIds: [], clause: { date: mention, claims: true, tense: 'past' } }];
  });
}

function isEventDate(mention: DateMention, sentence: string): boolean {
  if (namesEventAfter(mention, sentence)) return true;
  if (DATE_NOT_OF_EVENT.test(sentence.slice(0, mention.start)) || NAMES_DEADLINE.test(sentence.slice(mention.end))) return false;
  // "will hold a call before the end of the year": a deadline, like "by the end of the year".
  if (!BOUND_WORDS.test(mention.text) || BEFORE_THE_END.test(mention.text)) return true;
  if (/^(?:until|till|before)\b/i.test(mention.text) && NOT_UNTIL.test(sentence.slice(Math.max(0, mention.start - 60), mention.start))) return true;
  // "will continue until Friday": a stretch from the publication day, which findDates made of it, not an open bound.
  if (/^(?:until|till|through)\b/i.test(mention.text) && mention.bound === undefined) return true;
  if (!/^since\b/i.test(mention.text)) return false;
  const before = sentence.slice(Math.max(0, mention.start - ONGOING_WINDOW), mention.start);
  return WHEN_AFTER.test(sentence.slice(mention.end)) || ONGOING_BEFORE.test(before) || (DONE_SINCE.test(before) && !COMPARED_SINCE.test(before) && !IN_USE_SINCE.test(before));
}

/**
 * "developed by the GTRE since 1989", "inducted since September 2019", "have
 * held 24 rounds of talks since 1984": a verb of doing in the "since" clause
 * began then, which the "since" dates (a use since then is its own frame, which no other takes the date from).
 */
const DONE_SINCE = /\b(?:[a-z]{3,}ed|held|built|run|flown|fought|made|sold|bought|begun)\b[^,;:.]{0,80}$/;
/** "the largest since 1981", "for the first time since 1996": what was last done then, not this. */
const COMPARED_SINCE = /\b(?:first|largest|biggest|highest|lowest|worst|best|longest|most|least|last|only)\b[^,;:.]*$/i;

/** "Last month, the frigate took part in the parade, and the delegation attended MAKS": a leading date scopes over every clause. */
function opensSentence(mention: DateMention, sentence: string): boolean {
  return mention.start <= 3 && /^\s*,/.test(sentence.slice(mention.end));
}

/** ", which were to resume in April last year,": a relative clause closed again, which the main clause goes on after. */
const CLOSED_RELATIVE = /,\s*(?:which|who)\b[^,;]*,/g;

function crossesClause(frame: Frame, mention: DateMention, sentence: string): boolean {
  const from = Math.min(frame.end ?? frame.at, mention.end);
  const to = Math.max(frame.at, mention.start);
  const between = sentence.slice(from, to);
  if (from === (frame.end ?? frame.at) && RELATIVE_ON_FRAME.test(between)) return false;
  return from < to && CLAUSE_BREAK.test(between.replace(CLOSED_RELATIVE, ' ')) && !SAME_DAY_LINK.test(between);
}

/** "for Exercise Pitch Black 2022, which will be held from August 19 to September 8", "meetings of the WMCC on border affairs, the latest of which was held in November": a relative clause on the frame's noun phrase tells its date. */
const RELATIVE_ON_FRAME = /^(?:[\s-]*(?:19|20)\d\d)?(?:\s*,\s*(?:which|that)|[^,;.]{0,80}?,\s*the\s+(?:latest|last|most\s+recent)\s+of\s+(?:which|them))\s+(?:is|are|was|were|will|would|has|have|had|began|begins|ran|runs|took|takes|opened|opens|started|starts|ended|ends|concluded|concludes)\b[^,;]{0,60}$/i;

/**
 * Gives each date phrase to the frame whose trigger is nearest; a frame keeps
 * its nearest phrase. A frame left without one shares the nearest phrase of
 * its own clause ("arrived on Monday for talks with Modi": the visit and the
 * talks are both on Monday), but never across a clause about something else.
 */
/** Characters a clause break counts for: more than any sentence's distances. */
const CLAUSE_PENALTY = 1000;

/**
 * "China acknowledged on Friday that four soldiers were killed", "China on
 * Friday for the first time acknowledged that …": a date right before "that",
 * or before the verb of saying that opens it, dates the saying, never what was said.
 */
const SAYING_THAT =
  /^[\s)]*(?:(?:[\w-]+\s+){0,4}?(?:said|says|announced|acknowledged|acknowledges|admitted|admits|confirmed|confirms|claimed|claims|stated|declared|revealed|disclosed|reported|denied|alleged|insisted|told\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+)?that\b/i;
const SAYING_REACH = 80;

function datesWhatIsSaid(frame: Frame, mention: DateMention, sentence: string): boolean {
  if (mention.end > frame.at) return false;
  const saying = SAYING_THAT.exec(sentence.slice(mention.end, mention.end + SAYING_REACH));
  return saying !== null && mention.end + saying[0].length <= frame.at;
}

/** "This year's edition comes after India signed …", "since the 2020 clash, the armies have held talks": a possessive or attributive date names which thing follows it, and dates no other frame. */
const POSSESSED_NOUN_REACH = 30;

/** The frame a date written before (or with "of" after) its noun names: one whose trigger is that noun or takes the year in ("the 1962 war"), or the noun right after a possessive date. */
function isNamedBy(frame: Frame, mention: DateMention, sentence: string): boolean {
  const span = { start: frame.at, end: frame.end ?? frame.at + 1 };
  const noun = nounNamedBy(mention, sentence);
  if (overlaps(span, mention) || (noun && overlaps(span, noun))) return true;
  return frame.at >= mention.end && frame.at - mention.end <= POSSESSED_NOUN_REACH;
}

function namesOtherThing(frame: Frame, mention: DateMention, sentence: string): boolean {
  return (isPossessive(sentence, mention) || namesEventAfter(mention, sentence)) && !isNamedBy(frame, mention, sentence);
}

/**
 * "evaluated the Z-10 in 2015 and received four Mi-35M in 2018": a date just
 * before "and" + the frame's verb is the earlier verb's; the frame takes a
 * date of its own after it when there is one, and shares the earlier only when not.
 */
const VERB_JOINT_PENALTY = 200;
/** "The INDRA exercise, held since 2003, began on Friday": a frame told with a date of its own takes that one, not when its series began. */
const SINCE_PENALTY = 300;
const AND_BETWEEN = /^\s*,?\s*and\s*$/i;

function joinsAnotherVerb(frame: Frame, mention: DateMention, sentence: string): boolean {
  return mention.end <= frame.at && AND_BETWEEN.test(sentence.slice(mention.end, frame.at));
}

/** "The pullback began on February 10 … before the talks": an event named only as the point of reference of a clause. */
const REFERENCE_POINT = /\b(?:before|after|ahead of|following|since)\s+(?:the|a|an|his|her|their|its|this|that|last|next)?\s*(?:[\w-]+\s+){0,2}$/i;

/** "his first visit since he took charge in March": a clause event opening on the word of reference. */
const REFERENCE_CLAUSE = /^(?:since|after|before|following)\b/i;

/** "the first show since the 20th Party Congress last month": a date after an event named as the point of reference is that event's, which no frame before it shares. */
function datesReferencePoint(frame: Frame, mention: DateMention, frames: Frame[], sentence: string): boolean {
  const from = frame.end ?? frame.at;
  return frames.some(
    (other) =>
      other !== frame &&
      other.at > from &&
      other.at < mention.start &&
      (REFERENCE_POINT.test(sentence.slice(Math.max(0, other.at - 24), other.at)) || REFERENCE_CLAUSE.test(sentence.slice(other.at))),
  );
}

/** "agreed on Monday to disengage, ending a 73-day standoff": an event being ended, whose date is not the ending's. */
const ENDED_BY = /\b(?:ending|ended|end(?:s|ing)? to|after|following|since)\s+(?:an?|the|its|their|this|that)?\s*(?:[\w-]+\s+){0,3}$/i;

/** "fought in the 1999 Kargil war …, was revived in September 2019", "the 1988 and 1998 agreements": the frames attributive dates name, each with those dates, which are the only ones they take. */
function namedByDate(frames: Frame[], dates: DateMention[], sentence: string): Map<Frame, DateMention[]> {
  const named = new Map<Frame, DateMention[]>();
  for (const mention of dates) {
    if (!namesEventAfter(mention, sentence)) continue;
    const frame = frames.find((candidate) => isNamedBy(candidate, mention, sentence));
    if (frame) named.set(frame, [...(named.get(frame) ?? []), mention]);
  }
  return named;
}

/** "after Nancy Pelosi visited Taipei last August, when …": an event told by its own verb after "after" is a clause with a date of its own, not an event named as the point of reference. */
const TOLD_BY_VERB = /^(?:[a-z]+ed|met|held|began|took|made|fought|struck|flew|left|came)\b/;

function datesByFrame(frames: Frame[], dates: DateMention[], sentence: string): Map<Frame, DateMention> {
  const eventDates = dates.filter((mention) => isEventDate(mention, sentence));
  const byFrame = new Map<Frame, { mention: DateMention; distance: number }>();
  const named = namedByDate(frames, eventDates, sentence);
  for (const mention of eventDates) {
    let nearest: { frame: Frame; distance: number } | null = null;
    for (const frame of frames) {
      if (datesWhatIsSaid(frame, mention, sentence) || namesOtherThing(frame, mention, sentence)) continue;
      const ownDates = named.get(frame);
      if (ownDates && !ownDates.includes(mention)) continue;
      if (REFERENCE_POINT.test(sentence.slice(Math.max(0, frame.at - 24), frame.at)) && mention.end <= frame.at && crossesClause(frame, mention, sentence)) continue;
      // A frame of the date's own clause beats a nearer one across a clause break ("…, which the ministry approved last year").
      const distance =
        distanceToDate(frame, mention) +
        (crossesClause(frame, mention, sentence) && !opensSentence(mention, sentence) ? CLAUSE_PENALTY : 0) +
        (joinsAnotherVerb(frame, mention, sentence) ? VERB_JOINT_PENALTY : 0) +
        (/^since\b/i.test(mention.text) ? SINCE_PENALTY : 0);
      if (!nearest || distance < nearest.distance) nearest = { frame, distance };
    }
    if (!nearest || nearest.distance === Infinity) continue;
    const current = byFrame.get(nearest.frame);
    if (!current || nearest.distance < current.distance) byFrame.set(nearest.frame, { mention, distance: nearest.distance });
  }
  for (const frame of frames) {
    if (byFrame.has(frame) || (ENDED_BY.test(sentence.slice(Math.max(0, frame.at - 40), frame.at)) && !TOLD_BY_VERB.test(sentence.slice(frame.at)))) continue;
    const shared = eventDates
      .filter(
        (mention) =>
          !datesWhatIsSaid(frame, mention, sentence) &&
          !namesOtherThing(frame, mention, sentence) &&
          !datesReferencePoint(frame, mention, frames, sentence) &&
          (opensSentence(mention, sentence) || !crossesClause(frame, mention, sentence)),
      )
      .map((mention) => ({ mention, distance: distanceToDate(frame, mention) }))
      .filter(({ distance }) => distance !== Infinity)
      .sort((a, b) => a.distance - b.distance)[0];
    if (shared) byFrame.set(frame, shared);
  }
  return new Map([...byFrame].map(([frame, { mention }]) => [frame, mention]));
}

/** Planned, occurred or cancelled: from the date against the publication day, else from the tense. */
export function judgeStatus(
  date: Pick<EventDate, 'start' | 'end'> | null,
  published: IsoDay | null,
  tense: 'past' | 'future' | 'unknown',
  cancelled: boolean,
): EventStatus {
  if (cancelled) return 'cancelled';
  if (date && published) {
    if (toEpochDay(date.end) < toEpochDay(published)) return 'occurred';
    if (toEpochDay(date.start) > toEpochDay(published)) return 'planned';
  }
  if (tense === 'future') return 'planned';
  if (tense === 'past') return 'occurred';
  return 'unknown';
}

/** Buckets article-wide matches by sentence, with offsets made relative to their sentence. */
function bySentence<T extends { start: number; end: number }>(sentences: Sentence[], matches: T[]): Map<number, T[]> {
  const buckets = new Map<number, T[]>();
  for (const match of matches) {
    const index = sentenceIndexAt(sentences, match.start);
    const sentence = sentences[index];
    if (!sentence || match.end > sentence.end) continue;
    const relative = { ...match, start: match.start - sentence.start, end: match.end - sentence.start };
    const bucket = buckets.get(index);
    if (bucket) bucket.push(relative);
    else buckets.set(index, [relative]);
  }
  return buckets;
}

function groupBySentence<T extends { sentenceIndex: number }>(mentions: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const mention of mentions) {
    const group = groups.get(mention.sentenceIndex);
    if (group) group.push(mention);
    else groups.set(mention.sentenceIndex, [mention]);
  }
  return groups;
}

/** Every event an article tells, one mention per event per sentence. */
export function extractEvents(context: ArticleEventContext): EventMention[] {
  const { sentences, text } = context;
  const namedInText = findNamedEventsAndEditions(text);
  const namedBySentence = bySentence(sentences, [...namedInText, ...findBareNamesUsed(text, namedInText)].sort((a, b) => a.start - b.start));
  const organisationsBySentence = bySentence(sentences, findOrganisations(text));
  const triggersBySentence = bySentence(sentences, findTriggers(text));
  const placesBySentence = groupBySentence(context.places);
  const peopleBySentence = groupBySentence(context.people);
  const itemsBySentence = groupBySentence(context.items);
  const levels = defaultLevels(sentences, organisationsBySentence);
  const incidentPlace = incidentPlaceOf(triggersBySentence, placesBySentence, sentences, context);
  const mainPerson = mainPersonOf(context.people);
  const mentions: EventMention[] = [];
  const earlier = new Map<EventType, Frame>();
  let lasting: Frame | null = null;
  const datesOfKey = new Map<string, EventDate>();
  let previous: DatedSentence | null = null;
  sentences.forEach((sentence, index) => {
    const before = previous?.index === index - 1 ? previous : null;
    const named = namedBySentence.get(index) ?? [];
    const organisations = organisationsBySentence.get(index) ?? [];
    const triggers = triggersBySentence.get(index) ?? [];
    if (NEGATED.test(sentence.text)) return;
    // Without a trigger only a clause event can come of the sentence, and that needs a verb of action: dates are costlier to find.
    const hasTrigger = named.length > 0 || triggers.length > 0 || organisations.length > 0;
    const verbs = findActionVerbs(sentence.text);
    // "India has been operating the S-400 since December 2021": a use told by "-ing" alone, which is no verb of action.
    const inUse = IN_USE_IN_SENTENCE.test(sentence.text);
    if (!hasTrigger && verbs.length === 0 && !inUse && !YEAR_AND_EVENT_NOUN.test(sentence.text)) return;
    // "That year", "two days later" count from the story's last day told, across a sentence that told none.
    const anchor = previous && previous.index >= index - ANCHOR_REACH ? previous.found.at(-1) : undefined;
    const found = context.findDates(sentence.text, context.published, anchor);
    if (found.length > 0) previous = { index, found, dates: [] };
    if (!hasTrigger && found.length === 0) return;
    const refs: SentenceRefs = {
      offset: sentence.start,
      places: placesBySentence.get(index) ?? [],
      people: peopleBySentence.get(index) ?? [],
      items: itemsBySentence.get(index) ?? [],
      itemsBefore: itemsBySentence.get(index - 1) ?? [],
      incidentPlace,
    };
    const covered: { start: number; end: number }[] = [];
    const namedOnes = [...namedFrames(named, covered), ...unlistedExerciseFrames(sentence.text, covered)];
    const framed = [
      ...namedOnes,
      ...organisationFrames(sentence.text, organisations, levels, covered),
      ...triggerFrames(sentence.text, triggers, refs, context, mainPerson, covered, earlier, new Set(namedOnes.map((frame) => frame.type))),
    ];
    const staying = lasting && stayFrame(sentence.text, lasting, framed);
    if (staying) framed.push(staying);
    const yearNamed = yearNamedFrames(sentence.text, found, framed);
    const clauses = hasTrigger || verbs.length > 0 ? clauseFrames({ sentence: sentence.text, found, frames: [...framed, ...yearNamed], triggers, refs, verbs, tenseOf: context.tenseOf }) : [];
    const uses = inUse ? inUseFrames(sentence.text, found, refs) : [];
    // "has deployed J-20s at Hotan since June": the use dated by its "since" tells the deployment the trigger word found.
    const kept = uses.length > 0 ? framed.filter((frame) => !uses.some((use) => use.type === frame.type && frame.at >= use.at && frame.at < (use.end ?? use.at))) : framed;
    const frames = [...kept, ...yearNamed, ...uses, ...clauses];
    if (frames.length === 0) return;
    const own = mentionsOf(frames, sentence, refs, context, datesOfKey, found);
    const told = found.length === 0 && before ? withDateOfSentenceBefore(own, sentence.text, before, context) : own;
    if (previous?.index === index) previous.dates = told.flatMap((mention) => (mention.date ? [mention.date] : []));
    for (const frame of framed) earlier.set(frame.type, frame);
    lasting = frames.findLast((frame) => MULTI_DAY.has(frame.type) && !frame.continues) ?? lasting;
    for (const mention of told) if (mention.date && !datesOfKey.has(mention.key)) datesOfKey.set(mention.key, mention.date);
    mentions.push(...told);
  });
  return mentions;
}

/** How many sentences back the last date told may anchor "that year" or "two days later": the one before, or the one before that when the one between told none. */
const ANCHOR_REACH = 2;

/** A sentence's date phrases, and the dates its events took from them. */
interface DatedSentence {
  index: number;
  found: DateMention[];
  dates: EventDate[];
}

/**
 * "On Tuesday, Singh arrived in Tokyo. He held talks with Hamada": a sentence
 * with no date of its own that goes on telling the same actors' day ("He",
 * "The two sides", "During the visit") takes the one day the sentence before
 * gave its events, when its tense agrees. Never when the sentence before gave
 * several dates, or a coarser one: then which is meant is a guess.
 */
const GOES_ON_TELLING =
  /^(?:(?:He|She|They)\s|The (?:two |three )?(?:sides|leaders|ministers|delegations?|navies|armies|countries|visiting [\w-]+)\s|(?:There|Later|Subsequently|Afterwards|During (?:the|his|her|their) (?:visit|trip|stay|meeting|talks))\b)/;

function withDateOfSentenceBefore(mentions: EventMention[], sentence: string, before: DatedSentence, context: ArticleEventContext): EventMention[] {
  const [date, ...others] = before.dates;
  if (!date || date.precision !== 'day' || others.some((other) => other.start !== date.start || other.end !== date.end) || !GOES_ON_TELLING.test(sentence)) return mentions;
  const tense = context.tenseOf(sentence);
  const published = context.published;
  if (published && ((tense === 'future' && date.end < published) || (tense === 'past' && date.start > published))) return mentions;
  return mentions.map((mention) =>
    mention.date || mention.status === 'cancelled'
      ? mention
      : { ...mention, date: { ...date, startOnly: false }, status: judgeStatus(date, published, tense, false) },
  );
}

/** "It will stay in the port until August 22": the ship, exercise or show told just before goes on. */
const STAYS =
  /^(?:It|They|The (?:[\w-]+ ){0,2}(?:ship|vessel|frigate|destroyer|carrier|submarine|warship|exercise|drills|wargames?|show|expo|exhibition|forum|fair|salon|visit|delegation|contingent))\b[^.;]{0,60}?\b(?:stay|remain|run|continue|last|end|conclude|culminate|wrap|close)\w*\b/i;

function stayFrame(sentence: string, lasting: Frame, framed: Frame[]): Frame | null {
  const stay = STAYS.exec(sentence);
  if (!stay || framed.some((frame) => frame.key === lasting.key)) return null;
  return { key: lasting.key, type: lasting.type, title: lasting.title, at: 0, end: stay[0].length, placeIds: [], continues: true };
}

/** Events of the dated clauses no frame tells, keyed by what they are about and their verb. */
interface ClauseSentence {
  sentence: string;
  found: DateMention[];
  frames: Frame[];
  triggers: Trigger[];
  refs: SentenceRefs;
  verbs: ActionVerb[];
  tenseOf: ArticleEventContext['tenseOf'];
}

function clauseFrames({ sentence, found, frames, triggers, refs, verbs, tenseOf }: ClauseSentence): Frame[] {
  if (found.length === 0) return [];
  const relative = (ref: { start: number; end: number }) => ({ start: ref.start - refs.offset, end: ref.end - refs.offset });
  const entities: ClauseEntity[] = [
    ...refs.items.map((item): ClauseEntity => ({ id: item.itemId, name: item.name, kind: 'item', ...relative(item) })),
    ...refs.people.map((person): ClauseEntity => ({ id: person.personId, name: person.name, kind: 'person', ...relative(person) })),
    ...refs.places.map((place): ClauseEntity => ({ id: place.placeId, name: sentence.slice(place.start - refs.offset, place.end - refs.offset), kind: 'place', ...relative(place) })),
  ];
  const named = namedByDate(frames, found, sentence);
  const events = findClauseEvents({
    sentence,
    dates: found.filter((mention) => isEventDate(mention, sentence)),
    taken: frames.map((frame) => ({ start: frame.at, end: frame.end ?? frame.at + 1, type: frame.type, title: frame.title, namedBy: named.get(frame) })),
    triggers,
    entities,
    verbs,
  });
  return events.map((event) => ({
    key: `${event.type}|clause|${event.anchor?.id ?? slug(event.title.split(' ').slice(0, 3).join(' '))}|${event.verb}`,
    type: event.type,
    title: event.title,
    at: event.start,
    end: event.end,
    placeIds: unique(refs.places.filter((place) => place.start - refs.offset >= event.start && place.end - refs.offset <= event.end).map((place) => place.placeId)),
    // The clause's own tense: "agreed on Friday, and India is expected to sign a deal later this year".
    clause: { date: event.date, claims: !event.sharesDate, tense: tenseOf(sentence.slice(event.start, event.end)) },
  }));
}

function mentionsOf(
  frames: Frame[],
  sentence: Sentence,
  refs: SentenceRefs,
  context: ArticleEventContext,
  datesOfKey: ReadonlyMap<string, EventDate>,
  found: DateMention[],
): EventMention[] {
  const text = sentence.text;
  const dates = datesByFrame(frames, found, text);
  let duration: { days: number | null } | null = null;
  const durationOf = (): number | null => (duration ??= { days: context.findDuration(text)?.days ?? null }).days;
  const tense = context.tenseOf(text);
  const cancelledFrame = frameCancelled(frames, text);
  const sentencePlaces = unique(refs.places.map((place) => place.placeId));
  const claimed = new Set(dates.values());
  return frames.flatMap((frame) => {
    const given = frame.clause?.date ?? (MULTI_DAY.has(frame.type) ? withFullerRange(dates.get(frame), found) : dates.get(frame)) ?? inheritedDate(frame, frames, dates, text);
    const assigned = given && inEditionYear(given, frame.edition);
    // "withdrew from the drills last year": a date as coarse as a year still places the event itself.
    const datesCancellation = frame === cancelledFrame && assigned && assigned.precision !== 'year' && !SCHEDULED_FOR.test(text.slice(0, assigned.start));
    const mention = datesCancellation ? undefined : assigned;
    // A sentence referring back to an event ("The meeting comes as ... near Chumar") is not about where it took place.
    const placeIds = frame.continues || frame.clause ? frame.placeIds : frame.placeIds.length > 0 ? frame.placeIds : placesJustAfter(frame, refs, text) ?? sentencePlaces;
    const ended = mention && !frame.continues && MULTI_DAY.has(frame.type) ? endedOn(datesOfKey.get(frame.key), mention, text) : null;
    const date = frame.continues ? continuedDate(frame, frames, found, datesOfKey.get(frame.key), text) : ended ?? (mention ? lastingFrom(toEventDate(mention, frame, durationOf, text), mention, found, text) : null);
    const told = {
      key: frame.key,
      type: frame.type,
      title: frame.title,
      date,
      status: judgeStatus(date, context.published, frame.clause?.tense ?? tenseOfClauseAt(frame.at, text, tense, context), frame === cancelledFrame),
      placeIds,
      people: unique(refs.people.map((person) => person.personId)),
      itemIds: unique(refs.items.map((item) => item.itemId)),
      source: { articleId: context.articleId, quote: text, start: sentence.start, end: sentence.end },
      published: context.published,
    };
    // Clause frames tell their listed dates themselves (findClauseEvents).
    const listed = mention && !frame.clause && !frame.continues ? listedWith(mention, found, text).filter((other) => !claimed.has(other)) : [];
    const firstEdition = date && !frame.clause ? firstEditionOf(frame, frames, dates, found, text) : undefined;
    if (firstEdition) listed.push(firstEdition);
    const lastTime = date && !frame.continues ? lastTimeOf(frame, frames, found, text) : undefined;
    if (lastTime) listed.push(lastTime);
    return [
      told,
      ...listed.map((other) => {
        const again = toEventDate(other, frame, () => null, text);
        return { ...told, date: again, status: judgeStatus(again, context.published, tense, frame === cancelledFrame) };
      }),
    ];
  });
}

/**
 * "The five-day exercise, held every two years since 2007, will run until
 * February 14": an event dated by its own date that has been held since a
 * year, first held then; told again on that year.
 */
function firstEditionOf(frame: Frame, frames: Frame[], dates: Map<Frame, DateMention>, found: DateMention[], sentence: string): DateMention | undefined {
  const claimed = new Set(dates.values());
  const since = found.find((mention) => /^since\b/i.test(mention.text) && !claimed.has(mention) && mention.start >= (frame.end ?? frame.at) && isEventDate(mention, sentence));
  if (!since || crossesClause(frame, since, sentence)) return undefined;
  const nearest = frames.filter((candidate) => !candidate.clause).sort((a, b) => distanceToDate(a, since) - distanceToDate(b, since))[0];
  return nearest === frame ? since : undefined;
}

/**
 * "fired ballistic missiles around Taiwan for the first time since 1996",
 * "its new white paper, the first since 2015", "his second such address after
 * June 2016": the dated event was last done then, so it is told again on that
 * date. Only the event told last before the words, in their clause.
 */
const FIRST_SINCE = /\b(?:first|second|third)\b[^,;:.]{0,80}[\s,]$/i;
const FIRST_SINCE_REACH = 100;

function lastTimeOf(frame: Frame, frames: Frame[], found: DateMention[], sentence: string): DateMention | undefined {
  const since = found.find(
    (mention) => /^(?:since|after)\s/i.test(mention.text) && mention.start > frame.at && FIRST_SINCE.test(sentence.slice(Math.max(0, mention.start - FIRST_SINCE_REACH), mention.start)),
  );
  if (!since || crossesClause(frame, since, sentence)) return undefined;
  const last = frames.filter((candidate) => candidate.at < since.start && !candidate.continues).sort((a, b) => b.at - a.at)[0];
  // "The hijacking of the Ruen in December was the first successful hijacking … since 2017": the same event named again before the words.
  return last === frame || last?.key === frame.key ? since : undefined;
}

/** Where a clause with a subject and verb of its own begins (", and India is expected to …"); "followed by", "after" go on the main verb's tense. */
const COORDINATE_BREAKS = /,\s*(?:and|but|while|whereas)\b|;|\s[\u2014\u2013]\s/g;

/** "agreed on Friday …, and India is expected to sign a deal later this year": the deal's tense is its own clause's, when it follows a clause break. */
function tenseOfClauseAt(at: number, sentence: string, sentenceTense: 'past' | 'future' | 'unknown', context: ArticleEventContext): 'past' | 'future' | 'unknown' {
  let start = 0;
  for (const found of sentence.matchAll(COORDINATE_BREAKS)) if (found.index + found[0].length <= at) start = found.index;
  return start === 0 ? sentenceTense : context.tenseOf(sentence.slice(start));
}

/** The dates listed with a frame's date ("gifted in 2010 and 2013", "the 1988 and 1998 agreements"): the same event told again on each. */
function listedWith(mention: DateMention, found: DateMention[], sentence: string): DateMention[] {
  const at = found.indexOf(mention);
  if (at < 0) return [];
  const joined = (first: DateMention | undefined, second: DateMention | undefined) => first !== undefined && second !== undefined && isListedAfter(sentence, first, second);
  let from = at;
  while (joined(found[from - 1], found[from])) from -= 1;
  let to = at;
  while (joined(found[to], found[to + 1])) to += 1;
  return found.slice(from, to + 1).filter((other) => other !== mention);
}

/**
 * Where a named event took place: a place the sentence puts it "in", "at" or
 * "off" after the event's name, or failing that one right after it
 * ("the Victory Day Parade, Red Square"). Places elsewhere in the sentence are
 * usually about something else ("amid tension in eastern Ladakh").
 */
const NEAR_WINDOW = 80;
const LOCATIVE_WINDOW = 160;
const LOCATIVE = /\b(in|at|off|near|outside|inside)\s+(the\s+)?([a-z]+ern\s+)?$/i;

function placesJustAfter(frame: Frame, refs: SentenceRefs, sentence: string): string[] | null {
  if (frame.end === undefined) return null;
  const end = frame.end;
  const after = refs.places.filter((place) => place.start - refs.offset >= end);
  const locative = after.filter(
    (place) => place.start - refs.offset - end <= LOCATIVE_WINDOW && LOCATIVE.test(sentence.slice(Math.max(0, place.start - refs.offset - 24), place.start - refs.offset)),
  );
  const near = locative.length > 0 ? locative : after.filter((place) => place.start - refs.offset - end <= NEAR_WINDOW);
  return unique(near.map((place) => place.placeId));
}

/**
 * The date a later sentence gives an event named earlier: an end ("runs till
 * Saturday", "through Sept. 16") stretches the earlier start; a full date or
 * range stands as told.
 */
const FOLLOW_UP = /\b(?:complet|deliver|finish|fulfil|execut|expir|implement|run|last)\w*/i;

/**
 * "which sailed on Wednesday, operated in the Pacific during the drills": an
 * event told before, named only as the time of something else, takes no date
 * but one right after its name ("during their meeting in Moscow on Sept. 10").
 */
const TIME_OF_OTHER = /\b(?:during|amid|throughout|after|before|ahead of|following|since)\s+(?:the|these|those|this|that|its|their)\s+(?:[\w-]+\s+){0,2}$/i;

function datesTimeOfOther(frame: Frame, mention: DateMention, sentence: string): boolean {
  if (!TIME_OF_OTHER.test(sentence.slice(Math.max(0, frame.at - 40), frame.at))) return false;
  const end = frame.end ?? frame.at;
  return mention.start < end || CLAUSE_BREAK.test(sentence.slice(end, mention.start));
}

function continuedDate(frame: Frame, frames: Frame[], found: DateMention[], before: EventDate | undefined, sentence: string): EventDate | null {
  // The sentence is about the earlier event ("The expo, which runs till Saturday"), so its clauses are too,
  // but a date nearer another event of the sentence ("coincides with the exercises over the next two days") is that one's.
  const isNearest = (candidate: DateMention) => frames.every((other) => distanceToDate(frame, candidate) <= distanceToDate(other, candidate));
  const mention = found
    .filter((candidate) => !/^since\b/i.test(candidate.text) && isNearest(candidate) && !datesTimeOfOther(frame, candidate, sentence))
    .sort((a, b) => distanceToDate(frame, a) - distanceToDate(frame, b))[0];
  if (!mention) return null;
  const ended = endedOn(before, mention, sentence);
  if (ended) return ended;
  const isEnd = mention.bound === 'end' || /^(until|till|through|to)\b/i.test(mention.text) || NEXT_DAYS.test(mention.text);
  // "The contract is to be completed by 2028": a deadline of what follows a deal, not the deal's date ("… to sign the contract by March" is).
  if (isEnd && !MULTI_DAY.has(frame.type) && FOLLOW_UP.test(sentence.slice(frame.end ?? frame.at, mention.start))) return null;
  // "the contract would be signed by the end of 2022": a deadline for a deal or a delivery, no stretch from when it was first told.
  if (isEnd && before && LASTING.has(frame.type) && toEpochDay(before.start) <= toEpochDay(mention.endDay)) {
    return { start: before.start, end: mention.endDay, precision: 'day', text: `${before.text} – ${mention.text}`, startOnly: false };
  }
  return { start: mention.startDay, end: mention.endDay, precision: mention.precision, text: mention.text, startOnly: false };
}

/** "The exercise will conclude on February 26": a day told as the end of a visit, exercise or show. */
const ENDS_ON = /\b(?:end(?:s|ed)?|conclud(?:e|es|ed)|culminat(?:e|es|ed)|wound\s+up|wind\s+up|wrap(?:s|ped)?\s+up|close[sd]?)\s+(?:on\s+)?$/i;
const ENDS_ON_REACH = 30;

function isEndDay(mention: DateMention, sentence: string): boolean {
  return mention.precision === 'day' && mention.startDay === mention.endDay && ENDS_ON.test(sentence.slice(Math.max(0, mention.start - ENDS_ON_REACH), mention.start));
}

/** How long a visit, exercise or show told as begun before may run to an end day told later: longer, the end is another edition's. */
const MAX_EVENT_DAYS = 92;

/** An end day of an event an earlier sentence began on a day: the stretch from that beginning. */
function endedOn(before: EventDate | undefined, mention: DateMention, sentence: string): EventDate | null {
  if (!before || before.precision !== 'day' || !isEndDay(mention, sentence)) return null;
  const days = toEpochDay(mention.endDay) - toEpochDay(before.start);
  if (days <= 0 || days > MAX_EVENT_DAYS) return null;
  return { start: before.start, end: mention.endDay, precision: 'day', text: `${before.text} – ${mention.text}`, startOnly: false };
}

/** The frame a cancellation cue ("withdrew from", "called off") is about: the nearest one after it, else the nearest. */
function frameCancelled(frames: Frame[], sentence: string): Frame | null {
  const cue = CANCELLED.exec(sentence);
  if (!cue) return null;
  const after = frames.filter((frame) => frame.at >= cue.index).sort((a, b) => a.at - b.at)[0];
  return after ?? [...frames].sort((a, b) => Math.abs(a.at - cue.index) - Math.abs(b.at - cue.index))[0] ?? null;
}

/**
 * "on Monday kicked off Exercise Cope India 2023, a two-week exercise being
 * held from April 10 to April 24": a range of days written out after the
 * weekday a visit, exercise or show took, starting on that day, tells it more
 * fully.
 */
function withFullerRange(mention: DateMention | undefined, found: DateMention[]): DateMention | undefined {
  if (!mention || mention.precision !== 'day' || mention.startDay !== mention.endDay || /\d/.test(mention.text)) return mention;
  return found.find((other) => other.precision === 'day' && other.startDay === mention.startDay && other.endDay > mention.endDay && other.bound === undefined && other.start > mention.end) ?? mention;
}

/** An agreement "signed during" a summit or visit takes that event's date. */
function inheritedDate(frame: Frame, frames: Frame[], dates: Map<Frame, DateMention>, sentence: string): DateMention | undefined {
  if (frame.type !== 'agreement' || !SIGNED_DURING.test(sentence)) return undefined;
  const host = frames.find((other) => other !== frame && (other.type === 'meeting' || other.type === 'visit') && dates.has(other));
  return host ? dates.get(host) : undefined;
}

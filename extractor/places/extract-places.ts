/**
 * Finds gazetteer places in an article with one pass of the shared dictionary
 * matcher. The matcher runs case-insensitively; each match is then kept only
 * when it is written like a proper noun: short or ambiguous names ("Leh",
 * "US", "LoC", "Georgia") must match an alias letter for letter, the others
 * need a capital somewhere ("Pangong lake", not "bay of bengal"). A place
 * inside an organisation's name ("Goa Police", "India-Africa Defence
 * Dialogue") or a seat of government standing for it ("the Kremlin said")
 * is not a mention of the place.
 */
import { createMatcher } from '../dictionary/create-matcher';
import type { DictionaryMatch, Sentence } from '../types';
import type { GazetteerPlace } from './gazetteer';
import { GAZETTEER } from './gazetteer';
import { NON_PLACE_PHRASES } from './non-place-phrases';
import { PEOPLE_DIRECTORY } from '../people/people-directory';
import { isFollowedByOrganisationHead, isNamedAsBuilding } from './organisation-context';
import { sentenceIndexAt } from '../text/sentence-index';
import { withinLines } from './within-lines';

export interface PlaceMention {
  placeId: string;
  /** The words as written in the article. */
  text: string;
  /** Offsets in the article text. */
  start: number;
  end: number;
  sentenceIndex: number;
}

/** A key no gazetteer id can take: matches of organisation names carry it and are dropped. */
const NOT_A_PLACE = '#not-a-place';

/** Single words that are also common words or names: they count only as written in the gazetteer. */
const EXACT_CASE_NAMES = new Set(['Georgia', 'Jordan', 'Turkey', 'Sofia', 'Darwin', 'Perth', 'Sela', 'Kashi', 'Canton', 'Caspian']);
const MAX_LOOSE_CASE_SHORT_NAME = 4;

/** A ship is named after a city ("INS Kolkata", "HMS Chennai"?): the prefix says it is the ship. */
const SHIP_PREFIX = /\b(?:INS|HMS|USS|PNS|RFS|CNS|HMAS|BNS|SLNS|KRI|ROKS|TCG|ICGS|CGS)\s+$/;
/** Merchant ships are named after anything ("MV Lila Norfolk", "MT Kolkata Spirit"): a place among the words after the prefix is the ship's. */
const MERCHANT_SHIP_BEFORE = /\b(?:MV|M\/V|MT|M\/T|SS)\s+(?:\p{Lu}[\p{L}'-]*\s+){0,3}$/u;
/** A type designation right before the place makes it the type's name: the "K-8 Karakoram" trainer, the "ZDK-03 Karakoram Eagle". */
const DESIGNATION_BEFORE = /(?<![\p{L}\p{N}-])\p{Lu}{1,4}-?\d{1,4}[A-Z]{0,3}\s+$/u;
/** "Kolkata-class destroyers" name a ship class, not the city. */
const CLASS_SUFFIX = /^[-\s\u2010-\u2013]class\b/i;
/** "the submarine Kazan", "the Moskva cruiser": warships named after cities, without a prefix. */
const WARSHIP_NOUN = '(?:submarine|cruiser|frigate|destroyer|corvette|warship|carrier|ship|vessel)s?';
/** The noun, in lower case, may head a list: "the carriers Liaoning, Shandong and Fujian", "three vessels, the Hainan, the Guangxi and the Anhui". */
const WARSHIP_BEFORE = new RegExp(`\\b${WARSHIP_NOUN},?\\s+(?:(?:the\\s+)?\\p{Lu}[\\p{L}-]*,?\\s+(?:and\\s+)?){0,3}(?:the\\s+)?$`, 'u');
const WARSHIP_AFTER = new RegExp(`^\\s+${WARSHIP_NOUN}\\b`, 'i');
const SHIP_CONTEXT = 64;
const TOKEN = /[\p{L}\p{N}]+/gu;
/** Landmarks whose name also stands for the government seated there ("the Kremlin said"). */
const SEATS_OF_GOVERNMENT = new Set(['kremlin', 'white-house', 'pentagon', 'south-block', 'north-block', 'zhongnanhai', 'downing-street', 'elysee-palace', 'raisina-hill', 'smolensk-square']);
/** Ships take the names of cities and provinces, never of countries. */
const SHIP_NAMESAKE_KINDS: ReadonlySet<string> = new Set(['city', 'region']);
/** "an open, inclusive Indo-Pacific": the policy vision, not the region on a map. */
const VISION_BEFORE = /\b(?:an?|the)\s+(?:(?:free|open|inclusive|rules[- ]based|prosperous|secure|stable|peaceful|resilient|connected)(?:\s*,\s*|\s+and\s+|\s+))+$/i;
const VISION_NAMES: ReadonlySet<string> = new Set(['indo-pacific', 'asia-pacific']);
const VISION_CONTEXT = 60;
/** A compass word in lower case qualifies the place ("the northern Arabian Sea"); capitalised it is part of a name ("Northern Arabian Sea"). */
const LOWER_CASE_COMPASS = /^(?:north|south|east|west|northern|southern|eastern|western|north-east|north-west|south-east|south-west|northeastern|northwestern|southeastern|southwestern)\b[\s-]*/;
/** What joins two places of one compound name ("India-China Border Affairs"). */
const COMPOUND_JOINER = /^[-\u2010-\u2013/]$/;
const UPPERCASE_START = /^\p{Lu}/u;

interface CaseRule {
  /** Token sequences (joined by a space) accepted exactly as written. */
  exactForms: Set<string>;
  /** Whether any spelling with a capitalised word is accepted. */
  anyCapitalised: boolean;
}

function tokensOf(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function needsExactCase(phrase: string, tokens: readonly string[]): boolean {
  const single = tokens.length === 1;
  const shortOrAmbiguous = single && (phrase.length <= MAX_LOOSE_CASE_SHORT_NAME || EXACT_CASE_NAMES.has(phrase));
  const hasInnerCapital = tokens.some((token) => /\p{L}\p{Lu}/u.test(token));
  return shortOrAmbiguous || hasInnerCapital;
}

function phrasesOf(place: GazetteerPlace): string[] {
  return [place.name, ...place.aliases];
}

function buildCaseRules(places: readonly GazetteerPlace[]): Map<string, CaseRule> {
  const rules = new Map<string, CaseRule>();
  for (const phrase of places.flatMap(phrasesOf)) {
    const tokens = tokensOf(phrase);
    const folded = tokens.join(' ').toLowerCase();
    const rule = rules.get(folded) ?? { exactForms: new Set<string>(), anyCapitalised: false };
    if (needsExactCase(phrase, tokens)) rule.exactForms.add(tokens.join(' '));
    else rule.anyCapitalised = true;
    rules.set(folded, rule);
  }
  return rules;
}

const PLACES_BY_ID = new Map(GAZETTEER.map((place) => [place.id, place]));
const CASE_RULES = buildCaseRules(GAZETTEER);
const PLACE_ENTRIES = GAZETTEER.map((place) => ({ key: place.id, phrases: phrasesOf(place) }));
/** People whose names contain a place ("Lt Gen Rashim Bali"): matched whole, so the place inside is hidden like an organisation's. */
const PLACE_WORDS: ReadonlySet<string> = new Set(GAZETTEER.flatMap(phrasesOf).filter((phrase) => tokensOf(phrase).length === 1));
const PEOPLE_NAMED_LIKE_PLACES = PEOPLE_DIRECTORY.flatMap((person) => [person.name, ...person.aliases]).filter((phrase) =>
  tokensOf(phrase).some((token) => PLACE_WORDS.has(token)),
);
const NOT_PLACE_PHRASES = [...NON_PLACE_PHRASES, ...PEOPLE_NAMED_LIKE_PLACES];
const findPlaceMatches = createMatcher([...PLACE_ENTRIES, { key: NOT_A_PLACE, phrases: NOT_PLACE_PHRASES }]);
/** For the rare organisation-like phrase written in lower case ("India today signed"): the places inside it. */
const findPlacesOnly = createMatcher(PLACE_ENTRIES);
/** Each organisation name by its folded words, with its words as written. */
const NON_PLACE_SPELLINGS = new Map(NOT_PLACE_PHRASES.map((phrase): [string, string[]] => [tokensOf(phrase).join(' ').toLowerCase(), tokensOf(phrase)]));

/** The gazetteer entry with this id, or undefined. */
export function getGazetteerPlace(id: string): GazetteerPlace | undefined {
  return PLACES_BY_ID.get(id);
}

function isWrittenAsProperNoun(matched: string): boolean {
  const tokens = tokensOf(matched);
  const rule = CASE_RULES.get(tokens.join(' ').toLowerCase());
  if (!rule) return false;
  if (rule.exactForms.has(tokens.join(' '))) return true;
  return rule.anyCapitalised && tokens.some((token) => UPPERCASE_START.test(token));
}

/** "Russia Today" is an outlet; "Russia today said" is the country: capitals must be where the name has them. */
function isWrittenAsOrganisation(matched: string): boolean {
  const words = tokensOf(matched);
  const spelling = NON_PLACE_SPELLINGS.get(words.join(' ').toLowerCase()) ?? [];
  return spelling.every((word, index) => !UPPERCASE_START.test(word) || UPPERCASE_START.test(words[index] ?? ''));
}

/** The places inside `from`..`match.end` of a match, with offsets in the article text. */
function placesWithin(match: DictionaryMatch, from: number): DictionaryMatch[] {
  return findPlacesOnly(match.text.slice(from)).map((inner) => ({ ...inner, start: match.start + from + inner.start, end: match.start + from + inner.end }));
}

/**
 * Regions the news names with a compass word in lower case as often as
 * capitalised, and that lie far from the centre of what the word qualifies:
 * "the western Pacific" is off Guam and the Philippines, not mid-ocean.
 */
const COMPASS_NAMED_REGIONS: ReadonlySet<string> = new Set(['western-pacific']);

/** "northern Arabian Sea" matched as the place "Northern Arabian Sea": the place is the Arabian Sea the words qualify. */
function withoutLowerCaseCompass(match: DictionaryMatch): DictionaryMatch[] {
  const compass = COMPASS_NAMED_REGIONS.has(match.key) ? null : LOWER_CASE_COMPASS.exec(match.text);
  return compass ? placesWithin(match, compass[0].length) : [match];
}

/** The matches of the text with organisation names resolved: kept out, or searched for places when written in lower case. */
function placeMatchesOf(text: string): DictionaryMatch[] {
  return withinLines(findPlaceMatches(text), findPlaceMatches).flatMap((match) => {
    if (match.key !== NOT_A_PLACE) return withoutLowerCaseCompass(match);
    if (isWrittenAsOrganisation(match.text)) return [];
    return placesWithin(match, 0);
  });
}

/** Warships take cities' names, not countries' ("a Pakistan frigate" is Pakistan's). */
function namesAShip(text: string, match: DictionaryMatch): boolean {
  const before = text.slice(Math.max(0, match.start - SHIP_CONTEXT), match.start);
  const after = text.slice(match.end, match.end + SHIP_CONTEXT);
  if (SHIP_PREFIX.test(before) || CLASS_SUFFIX.test(after) || MERCHANT_SHIP_BEFORE.test(before)) return true;
  const kind = PLACES_BY_ID.get(match.key)?.kind ?? '';
  return SHIP_NAMESAKE_KINDS.has(kind) && (WARSHIP_BEFORE.test(before) || WARSHIP_AFTER.test(after));
}

function namesAType(text: string, match: DictionaryMatch): boolean {
  return PLACES_BY_ID.get(match.key)?.kind !== 'country' && DESIGNATION_BEFORE.test(text.slice(Math.max(0, match.start - SHIP_CONTEXT), match.start));
}

function namesAVision(text: string, match: DictionaryMatch): boolean {
  return VISION_NAMES.has(match.key) && VISION_BEFORE.test(text.slice(Math.max(0, match.start - VISION_CONTEXT), match.start));
}

function isLandmark(match: DictionaryMatch): boolean {
  return PLACES_BY_ID.get(match.key)?.kind === 'landmark';
}

/**
 * The matches that belong to an organisation's name, with the places
 * hyphenated to them ("India-Africa Defence Dialogue" takes India too).
 * Landmarks are exempt: a shipyard's own name ends in "Limited".
 */
function matchesInOrganisationNames(text: string, matches: readonly DictionaryMatch[]): Set<DictionaryMatch> {
  const inside = new Set<DictionaryMatch>();
  for (let index = matches.length - 1; index >= 0; index -= 1) {
    const match = matches[index];
    if (!match || isLandmark(match)) continue;
    const next = matches[index + 1];
    const joinedToNext = next !== undefined && inside.has(next) && COMPOUND_JOINER.test(text.slice(match.end, next.start));
    if (joinedToNext || isFollowedByOrganisationHead(text, match.end)) inside.add(match);
  }
  return inside;
}

/** A word of place before a name: "in Imphal", "from the Surat port", "the city of Imphal". */
const PLACE_WORD_BEFORE = /\b(?:in|at|to|from|near|off|into|around|outside|across|via|towards?|of)\s+(?:the\s+)?$/i;
/** A name set off by a comma after a company's: "Garden Reach Shipbuilders and Engineers, Kolkata". */
const AFTER_A_COMPANY = /\b(?:Shipbuilders|Engineers|Limited|Ltd|Dock|Shipyard|Works|Factory|Industries|Aeronautics)\.?,\s+$/;

/**
 * The places whose names the article gives a ship with its prefix ("INS
 * Imphal"): their bare names elsewhere in it are that ship too ("Naval
 * planners see Imphal as part of a larger build-up"), unless a word of place
 * comes before them.
 */
function shipNamesOf(text: string, matches: readonly DictionaryMatch[]): Set<string> {
  return new Set(matches.filter((match) => SHIP_PREFIX.test(text.slice(Math.max(0, match.start - SHIP_CONTEXT), match.start))).map((match) => match.key));
}

function namesTheArticlesShip(text: string, match: DictionaryMatch, shipNames: ReadonlySet<string>): boolean {
  const before = text.slice(Math.max(0, match.start - SHIP_CONTEXT), match.start);
  return shipNames.has(match.key) && !PLACE_WORD_BEFORE.test(before) && !AFTER_A_COMPANY.test(before);
}

function namesSomethingElse(text: string, match: DictionaryMatch, inOrganisationNames: ReadonlySet<DictionaryMatch>, shipNames: ReadonlySet<string>): boolean {
  if (inOrganisationNames.has(match) || namesAShip(text, match) || namesTheArticlesShip(text, match, shipNames) || namesAType(text, match) || namesAVision(text, match)) return true;
  return SEATS_OF_GOVERNMENT.has(match.key) && !isNamedAsBuilding(text, match.start);
}

/**
 * Every gazetteer place mentioned in the article's sentences, in text order,
 * with offsets in `text`. Organisation and outlet names, ships named after
 * cities, seats of government speaking for it and lower-case common words are
 * not places.
 */
export function extractPlaces(text: string, sentences: Sentence[]): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  const matches = placeMatchesOf(text).filter((match) => isWrittenAsProperNoun(match.text));
  const inOrganisationNames = matchesInOrganisationNames(text, matches);
  const shipNames = shipNamesOf(text, matches);
  for (const match of matches) {
    if (namesSomethingElse(text, match, inOrganisationNames, shipNames)) continue;
    const sentenceIndex = sentenceIndexAt(sentences, match.start);
    if (match.end > (sentences[sentenceIndex]?.end ?? -1)) continue;
    mentions.push({ placeId: match.key, text: match.text, start: match.start, end: match.end, sentenceIndex });
  }
  return mentions;
}

/**
 * Warships named in the text ("INS Vikrant", "PNS Tughril", "USS John S.
 * McCain"): platforms analysts track like any system, though no catalogue can
 * list every hull. The navy prefix tells who operates the ship, not who built
 * it (INS Tushil came from a Russian yard). Shore
 * establishments commissioned like ships ("INS Hansa", an air station) are
 * places in the gazetteer, not platforms. Navies without a prefix are named
 * by their type ("the Chinese destroyer Nanning", "the submarine Kazan").
 */
import { DEMONYM_COUNTRIES } from '../people/demonyms';
import { PEOPLE_DIRECTORY } from '../people/people-directory';
import { GAZETTEER } from '../places/gazetteer';
import type { ItemCategory } from './catalogue';
import type { DesignationMention } from './find-designations';

/**
 * Not "CNS" (Indian reports' Chief of the Naval Staff, "CNS Admiral Hari
 * Kumar") nor "RSS" (the Rashtriya Swayamsevak Sangh) for the Chinese and
 * Singaporean navies: in this domain's news those letters mean something else.
 */
const NAVY_OF_PREFIX: Readonly<Record<string, string>> = {
  INS: 'IN',
  // The Indian Coast Guard's ships: "ICGS Samarth".
  ICGS: 'IN',
  PNS: 'PK',
  // Pakistan's submarines: "PNS/M Shushuk".
  'PNS/M': 'PK',
  USS: 'US',
  USNS: 'US',
  HMS: 'GB',
  HMAS: 'AU',
  HMNZS: 'NZ',
  HMCS: 'CA',
  FS: 'FR',
  FGS: 'DE',
  HNLMS: 'NL',
  ESPS: 'ES',
  NRP: 'PT',
  HDMS: 'DK',
  HNoMS: 'NO',
  HSwMS: 'SE',
  JS: 'JP',
  KRI: 'ID',
  BNS: 'BD',
  SLNS: 'LK',
  ROKS: 'KR',
  TCG: 'TR',
  RFS: 'RU',
  BRP: 'PH',
  HTMS: 'TH',
  UMS: 'MM',
};

const PREFIXES = Object.keys(NAVY_OF_PREFIX).join('|');
const SUBMARINE_PREFIXES: ReadonlySet<string> = new Set(['PNS/M']);
/** A prefix, then up to four capitalised words or initials ("USS John S. McCain", "JS Onami"). */
const NAMED_SHIP = new RegExp(`\\b(${PREFIXES})\\s+([A-Z][a-z][A-Za-z]*(?:\\s(?:[A-Z]\\.?(?=\\s[A-Z])|[A-Z][a-z][A-Za-z]*)){0,4})\\b`, 'g');
/** Capitalised words that start the next phrase in headlines rather than continue a ship's name. */
const NOT_PART_OF_NAME = new Set([
  'The', 'A', 'An', 'On', 'In', 'At', 'To', 'For', 'And', 'Or', 'But', 'Is', 'Was', 'Will', 'Has', 'Had', 'Into', 'From', 'With', 'Off', 'Near',
  'During', 'After', 'Before', 'Amid', 'As', 'Joins', 'Commissioned', 'Arrives', 'Sails', 'Docks', 'Enters', 'Leaves', 'Visits', 'Calls', 'Returns',
  'Reaches', 'Completes', 'Begins', 'Takes', 'Conducts', 'Launched', 'Delivered', 'Inducted', 'Decommissioned',
  'Carrier', 'Strike', 'Battle', 'Group', 'Task', 'Force', 'Class', 'Navy', 'Fleet', 'Squadron', 'Exercise', 'Drills', 'Type', 'Project',
  'Section', 'Sections', 'Chief',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
]);
const WORD_OR_INITIAL = /[A-Z][A-Za-z]*\.?/g;

const NAVY_PREFIX = new RegExp(`^(?:${PREFIXES}) `);

/** Whether a name is a ship's own name with a navy prefix ("INS Vikrant"), as opposed to a class or a type. */
export function isNamedHull(name: string): boolean {
  return NAVY_PREFIX.test(name);
}

const SHORE_ESTABLISHMENTS: ReadonlySet<string> = new Set(GAZETTEER.flatMap((place) => [place.name, ...place.aliases]));

/** The ship's own words: those before the first word that starts the next phrase, and no trailing initial. */
function nameWords(rawName: string): string[] {
  const words = rawName.match(WORD_OR_INITIAL) ?? [];
  const stop = words.findIndex((word) => NOT_PART_OF_NAME.has(word));
  const kept = stop < 0 ? words : words.slice(0, stop);
  while (kept.length > 1 && /^[A-Z]\.?$/.test(kept.at(-1) ?? '')) kept.pop();
  return kept;
}

/** The text of the first `count` words of `rawName`, as written. */
function writtenPrefix(rawName: string, words: readonly string[]): string {
  let end = 0;
  for (const word of words) end = rawName.indexOf(word, end) + word.length;
  return rawName.slice(0, end);
}

/**
 * A ship type in the singular, then a capital: where a ship's name may follow
 * ("the destroyer Nanning"). "ship" and "vessel" count only with a qualifier
 * ("research vessel").
 */
const SHIP_TYPE_THEN_CAPITAL = /\b(destroyer|frigate|corvette|submarine|cruiser|warship|carrier|ship|vessel)(,?)\s+(?=[A-Z])/g;
const QUALIFIED_TYPES: ReadonlySet<string> = new Set(['ship', 'vessel']);
const TYPE_QUALIFIER_BEFORE = /\b(?:assault|landing|patrol|tracking|research|survey|spy|supply|support|replenishment|hospital|anti-submarine|sister|second|third|fourth|last|first) $/;
/** "the car carrier Galaxy Leader", "the bulk carrier Ruen": merchant hulls are no weapon platforms. */
const MERCHANT_CARRIER_BEFORE = /\b(?:car|vehicle|bulk|LNG|LPG|cargo|container|ore|oil|crude|gas|chemical)\s+$/i;
const NAME_AFTER_TYPE = /^([A-Z][a-z][A-Za-z]*(?:\s[A-Z][a-z][A-Za-z]*){0,2})\b/;
const NAME_LOOKAHEAD = 64;

interface ShipOfType {
  /** Where the type word starts, and the word. */
  typeStart: number;
  type: string;
  /** The capitalised words after the type, as written, and where they start. */
  rawName: string;
  nameStart: number;
  /** Set off by commas ("the fourth frigate, Tamal, will"): a name only if nothing else could stand there. */
  apposition: boolean;
}

/** Every singular ship type followed by a capitalised name, in text order. */
function findShipTypes(text: string): ShipOfType[] {
  const found: ShipOfType[] = [];
  for (const match of text.matchAll(SHIP_TYPE_THEN_CAPITAL)) {
    const [whole, type = '', comma = ''] = match;
    const before = text.slice(Math.max(0, match.index - 16), match.index);
    if (QUALIFIED_TYPES.has(type) && !TYPE_QUALIFIER_BEFORE.test(before)) continue;
    if (type === 'carrier' && MERCHANT_CARRIER_BEFORE.test(before)) continue;
    const nameStart = match.index + whole.length;
    const name = NAME_AFTER_TYPE.exec(text.slice(nameStart, nameStart + NAME_LOOKAHEAD));
    const rawName = name?.[1] ?? '';
    const apposition = comma !== '';
    if (name && (!apposition || text[nameStart + rawName.length] === ',')) found.push({ typeStart: match.index, type, rawName, nameStart, apposition });
  }
  return found;
}

const COUNTRY_BY_NAME: ReadonlyMap<string, string> = new Map(
  GAZETTEER.flatMap((place): [string, string][] => (place.kind === 'country' && place.country ? [[place.name, place.country]] : [])),
);
/** A navy's own prefix: the first listed for its country ("INS", not the coast guard's "ICGS"). */
const PREFIX_OF_NAVY: ReadonlyMap<string, string> = new Map(
  Object.entries(NAVY_OF_PREFIX)
    .reverse()
    .map(([prefix, navy]) => [navy, prefix]),
);
/** Navies whose ships English-language news names with their prefix, so "the Indian frigate Tabar" is INS Tabar. */
const PREFIXED_NAVIES: ReadonlySet<string> = new Set(['IN', 'PK', 'US', 'GB', 'AU', 'JP', 'TR', 'LK', 'BD']);

/** The capitalised word before a ship type, before "Navy's" ("the Indian Navy's frigate") or a qualifier ("the Chinese research vessel"). */
const OWNER_BEFORE = /\b([A-Z][a-z]+)(?:\s+Navy['\u2019]s)?\s+(?:(?:amphibious|offshore|aircraft|guided-missile|stealth|nuclear|research|survey|tracking|spy|assault|landing|patrol)\s+){0,3}$/;
const OWNER_LOOKBEHIND = 32;

/** "Chinese", "Indian Navy's", "Pakistan Navy's" before a ship type: whose ship it is. */
function navyOf(words: string): string | null {
  const first = words.trim().split(/\s+/)[0] ?? '';
  return DEMONYM_COUNTRIES.get(first) ?? COUNTRY_BY_NAME.get(first) ?? null;
}

/** A submarine or a carrier named by its type is one of those, any other hull a surface ship. */
function categoryOfType(type: string): ItemCategory {
  if (type === 'submarine') return 'submarine';
  return type === 'carrier' ? 'aircraft carrier' : 'surface ship';
}

/** Whether a capitalised phrase is a ship's name rather than a country, a people, a weekday or a month. */
function isShipName(words: readonly string[]): boolean {
  const [first = ''] = words;
  return words.length > 0 && !NOT_PART_OF_NAME.has(first) && !COUNTRY_BY_NAME.has(words.join(' ')) && !DEMONYM_COUNTRIES.has(first);
}

/** Ships named after their type, with the navy the words before the type give ("Chinese"), if any. */
function findShipsByType(text: string): DesignationMention[] {
  const ships: DesignationMention[] = [];
  for (const { typeStart, type, rawName, nameStart, apposition } of findShipTypes(text)) {
    const owner = OWNER_BEFORE.exec(text.slice(Math.max(0, typeStart - OWNER_LOOKBEHIND), typeStart))?.[1] ?? '';
    const words = nameWords(rawName);
    if (words.length === 0 || (apposition && !isShipName(words))) continue;
    const written = writtenPrefix(rawName, words);
    const operator = navyOf(owner);
    const prefix = operator !== null && PREFIXED_NAVIES.has(operator) ? PREFIX_OF_NAVY.get(operator) : undefined;
    ships.push({
      name: prefix ? `${prefix} ${words.join(' ')}` : words.join(' '),
      text: written,
      start: nameStart,
      end: nameStart + written.length,
      category: categoryOfType(type),
      origin: null,
      operator,
    });
  }
  return ships;
}

/**
 * A plural ship type, a comma, then a list of two or more capitalised names
 * joined by "and": "the remaining two ships, Tippu Sultan and Shah Jahan".
 * A list is what tells ship names from a phrase that merely follows ("ships,
 * officials said"). After a navy or coast guard, "the", a class or a project
 * the comma may go: "the Indian Coast Guard ships Samarth and Abhinav", "the
 * Project 11356 frigates Tushil and Tamal".
 */
const SHIP_NAME = '[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}';
const PLURAL_SHIP_TYPE = '(?:ships|frigates|destroyers|corvettes|submarines|boats|warships)';
const LISTED_SHIPS = new RegExp(
  `\\b${PLURAL_SHIP_TYPE}(?:,\\s+|(?<=\\b(?:Coast Guard|Navy|Navy['\u2019]s|naval|the|[\\w-]+-class|Project \\d+[A-Z]?)\\s${PLURAL_SHIP_TYPE})\\s+)((?:${SHIP_NAME}, )*${SHIP_NAME},? and ${SHIP_NAME})\\b`,
  'g',
);
const LIST_SEPARATOR = /,? and |, /;

/** Ships listed by name after their plural type, without prefix or navy. */
function findListedShips(text: string): DesignationMention[] {
  const ships: DesignationMention[] = [];
  for (const match of text.matchAll(LISTED_SHIPS)) {
    const list = match[1] ?? '';
    const names = list.split(LIST_SEPARATOR).map((name) => name.split(' '));
    if (!names.every(isShipName)) continue;
    let from = match.index + match[0].length - list.length;
    for (const words of names) {
      const name = words.join(' ');
      const start = text.indexOf(name, from);
      from = start + name.length;
      ships.push({ name, text: name, start, end: from, category: 'surface ship', origin: null, operator: null });
    }
  }
  return ships;
}

/**
 * A name that a description of its hull follows: "Vagsheer, the sixth
 * Scorpene-class submarine, was", "Tamal, a stealth frigate". The words
 * between article and type describe the hull (no "of", "for", "by": "Naval
 * Group, the designer of the submarine" is no ship), and the name is no place
 * and no person the directory knows ("Rajnath Singh, the minister aboard the
 * carrier").
 */
const NAME_THEN_DESCRIPTION = new RegExp(
  `(?<![A-Za-z] )\\b(${SHIP_NAME}), (?:the|a|an) (?:(?!(?:of|for|to|by|with|from|and|in|at|on)\\b)[\\w-]+ ){0,4}(?:frigate|destroyer|corvette|submarine|cruiser|carrier|warship)\\b`,
  'g',
);

const PEOPLE_NAMES: ReadonlySet<string> = new Set(PEOPLE_DIRECTORY.flatMap((person) => [person.name, ...person.aliases]));

/** Ships named before a description of their hull, without prefix or navy. */
function findDescribedShips(text: string): DesignationMention[] {
  const ships: DesignationMention[] = [];
  for (const match of text.matchAll(NAME_THEN_DESCRIPTION)) {
    const name = match[1] ?? '';
    const words = name.split(' ');
    if (!isShipName(words) || SHORE_ESTABLISHMENTS.has(name) || PEOPLE_NAMES.has(name)) continue;
    ships.push({ name, text: name, start: match.index, end: match.index + name.length, category: 'surface ship', origin: null, operator: null });
  }
  return ships;
}

/**
 * A name written before its type, as Russian and Chinese reports do: "the
 * Admiral Kasatonov frigate", "the Pacific Fleet's Varyag missile cruiser".
 * No word of it may start another phrase ("the Eastern Fleet frigate").
 */
const NAME_BEFORE_TYPE = new RegExp(
  `(?:\\bthe|['\u2019]s) (${SHIP_NAME}) (?:(?:missile|guided-missile|stealth|nuclear|nuclear-powered|diesel-electric|anti-submarine|large|patrol) ){0,2}(frigate|destroyer|cruiser|corvette|submarine)\\b`,
  'g',
);

/** Ships named before their type, without prefix or navy. */
function findShipsBeforeType(text: string): DesignationMention[] {
  const ships: DesignationMention[] = [];
  for (const match of text.matchAll(NAME_BEFORE_TYPE)) {
    const [whole, name = '', type = ''] = match;
    const words = name.split(' ');
    if (!isShipName(words) || words.some((word) => NOT_PART_OF_NAME.has(word)) || SHORE_ESTABLISHMENTS.has(name) || PEOPLE_NAMES.has(name)) continue;
    const start = match.index + whole.indexOf(name);
    ships.push({ name, text: name, start, end: start + name.length, category: categoryOfType(type), origin: null, operator: null });
  }
  return ships;
}

/** Ships named with a navy prefix ("INS Tushil"), shore establishments left out. */
function findPrefixedShips(text: string): DesignationMention[] {
  const ships: DesignationMention[] = [];
  for (const match of text.matchAll(NAMED_SHIP)) {
    const [, prefix = '', rawName = ''] = match;
    const words = nameWords(rawName);
    if (words.length === 0) continue;
    const written = `${prefix}${match[0].slice(prefix.length, match[0].length - rawName.length)}${writtenPrefix(rawName, words)}`;
    const name = `${prefix} ${words.join(' ')}`;
    if (SHORE_ESTABLISHMENTS.has(written) || SHORE_ESTABLISHMENTS.has(name)) continue;
    ships.push({
      name,
      text: written,
      start: match.index,
      end: match.index + written.length,
      category: SUBMARINE_PREFIXES.has(prefix) ? 'submarine' : 'surface ship',
      origin: null,
      operator: NAVY_OF_PREFIX[prefix] ?? null,
    });
  }
  return ships;
}

/** The name without its navy prefix: "INS Tushil" -> "Tushil". */
function bareName(name: string): string {
  return name.replace(NAVY_PREFIX, '');
}

/**
 * Every named ship in the text, in no particular order. A ship named by its
 * type or in a list where the text also gives its prefix ("INS Tushil ... the frigate
 * Tushil") takes the prefixed name, so one hull is one item.
 */
export function findNamedShips(text: string): DesignationMention[] {
  const prefixed = findPrefixedShips(text);
  const byBareName = new Map(prefixed.map((ship) => [bareName(ship.name), ship]));
  const byType = [...findShipsByType(text), ...findListedShips(text), ...findDescribedShips(text), ...findShipsBeforeType(text)].map((ship) => {
    const known = byBareName.get(ship.name);
    return known ? { ...ship, name: known.name, operator: known.operator } : ship;
  });
  return [...byType, ...prefixed];
}

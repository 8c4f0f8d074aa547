/**
 * Warships named in the text ("INS Vikrant", "PNS Tughril", "USS John S.
 * McCain"): platforms analysts track like any system, though no catalogue can
 * list every hull. The navy prefix tells who operates the ship, not who built
 * it (INS Tushil came from a Russian yard). Shore
 * establishments commissioned like ships ("INS Hansa", an air station) are
 * places in the gazetteer, not platforms.
 */
import { GAZETTEER } from '../places/gazetteer';
import type { DesignationMention } from './find-designations';

const NAVY_OF_PREFIX: Readonly<Record<string, string>> = {
  INS: 'IN',
  PNS: 'PK',
  USS: 'US',
  USNS: 'US',
  HMS: 'GB',
  HMAS: 'AU',
  HMNZS: 'NZ',
  HMCS: 'CA',
  JS: 'JP',
  RSS: 'SG',
  KRI: 'ID',
  BNS: 'BD',
  SLNS: 'LK',
  ROKS: 'KR',
  TCG: 'TR',
  CNS: 'CN',
  RFS: 'RU',
  BRP: 'PH',
  HTMS: 'TH',
};

const PREFIXES = Object.keys(NAVY_OF_PREFIX).join('|');
/** A prefix, then up to four capitalised words or initials ("USS John S. McCain", "JS Onami"). */
const NAMED_SHIP = new RegExp(`\\b(${PREFIXES})\\s+([A-Z][a-z][A-Za-z]*(?:\\s(?:[A-Z]\\.?(?=\\s[A-Z])|[A-Z][a-z][A-Za-z]*)){0,4})\\b`, 'g');
/** Capitalised words that start the next phrase in headlines rather than continue a ship's name. */
const NOT_PART_OF_NAME = new Set([
  'The', 'A', 'An', 'On', 'In', 'At', 'To', 'For', 'And', 'Or', 'But', 'Is', 'Was', 'Will', 'Has', 'Had', 'Into', 'From', 'With', 'Off', 'Near',
  'During', 'After', 'Before', 'Amid', 'As', 'Joins', 'Commissioned', 'Arrives', 'Sails', 'Docks', 'Enters', 'Leaves', 'Visits', 'Calls', 'Returns',
  'Reaches', 'Completes', 'Begins', 'Takes', 'Conducts', 'Launched', 'Delivered', 'Inducted', 'Decommissioned',
  'Carrier', 'Strike', 'Battle', 'Group', 'Task', 'Force', 'Class', 'Navy', 'Fleet', 'Squadron', 'Exercise', 'Drills',
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

export function findNamedShips(text: string): DesignationMention[] {
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
      category: 'surface ship',
      origin: null,
      operator: NAVY_OF_PREFIX[prefix] ?? null,
    });
  }
  return ships;
}

/**
 * Designations of systems outside the catalogue ("Tu-22M3", "T-90S", "HQ-16",
 * "Type 055"), found by one regular expression and accepted only when the
 * prefix is a known military one. Prefixes that are also common letters or
 * words ("T", "F", "P", "Type") need a weapon noun or a procurement word
 * nearby, so "COVID-19", "G-20", "P5", "H-1B visa" or "T20 World Cup" are not
 * weapons.
 */
import type { ItemCategory } from './catalogue';
import { categoryOfNouns, hasTradeWord, hasWeaponNoun, wordsAround } from './context-cues';

interface DesignationPrefix {
  /** As the prefix is conventionally written ("MiG", "Su", "BMP"). */
  canonical: string;
  /** What joins prefix and number in the canonical name: "-" for "Su-35", " " for "Type 055", "" for "M777". */
  joiner: string;
  category: ItemCategory;
  origin: string | null;
  /** True when the prefix alone (with a hyphen or no separator) is evidence enough. */
  strong: boolean;
}

type PrefixRow = [canonical: string, joiner: string, category: ItemCategory, origin: string | null, strong: boolean];

const PREFIX_ROWS: PrefixRow[] = [
  ['Su', '-', 'combat aircraft', 'RU', true],
  ['MiG', '-', 'combat aircraft', 'RU', true],
  ['Tu', '-', 'combat aircraft', 'RU', true],
  ['Yak', '-', 'combat aircraft', 'RU', true],
  ['Il', '-', 'transport aircraft', 'RU', true],
  ['An', '-', 'transport aircraft', 'UA', false],
  ['Mi', '-', 'helicopter', 'RU', true],
  ['Ka', '-', 'helicopter', 'RU', true],
  ['BMP', '-', 'armour', 'RU', true],
  ['BTR', '-', 'armour', 'RU', true],
  ['BMD', '-', 'armour', 'RU', true],
  ['BM', '-', 'artillery', 'RU', true],
  ['AK', '-', 'small arms', 'RU', true],
  ['Kh', '-', 'missile', 'RU', true],
  ['T', '-', 'armour', 'RU', false],
  ['S', '-', 'air defence', 'RU', false],
  ['R', '-', 'missile', 'RU', false],
  ['J', '-', 'combat aircraft', 'CN', false],
  ['JF', '-', 'combat aircraft', 'PK', true],
  ['FC', '-', 'combat aircraft', 'CN', true],
  ['H', '-', 'combat aircraft', 'CN', false],
  ['Y', '-', 'transport aircraft', 'CN', false],
  ['Z', '-', 'helicopter', 'CN', false],
  ['KJ', '-', 'radar', 'CN', true],
  ['HQ', '-', 'air defence', 'CN', true],
  ['DF', '-', 'missile', 'CN', true],
  ['JL', '-', 'missile', 'CN', true],
  ['YJ', '-', 'missile', 'CN', true],
  ['PL', '-', 'missile', 'CN', true],
  ['CH', '-', 'drone', 'CN', true],
  ['GJ', '-', 'drone', 'CN', true],
  ['WZ', '-', 'helicopter', 'CN', true],
  ['ZTZ', '-', 'armour', 'CN', true],
  ['ZTQ', '-', 'armour', 'CN', true],
  ['ZTL', '-', 'armour', 'CN', true],
  ['ZBD', '-', 'armour', 'CN', true],
  ['ZBL', '-', 'armour', 'CN', true],
  ['PHL', '-', 'artillery', 'CN', true],
  ['PCL', '-', 'artillery', 'CN', true],
  ['PLZ', '-', 'artillery', 'CN', true],
  ['HJ', '-', 'missile', 'CN', true],
  ['CJ', '-', 'missile', 'CN', true],
  ['KD', '-', 'missile', 'CN', false],
  ['LY', '-', 'air defence', 'CN', true],
  ['FK', '-', 'air defence', 'CN', false],
  ['TOS', '-', 'artillery', 'RU', true],
  ['BMPT', '-', 'armour', 'RU', true],
  ['HTT', '-', 'other', 'IN', true],
  ['HJT', '-', 'other', 'IN', true],
  ['Type', ' ', 'surface ship', 'CN', false],
  ['F', '-', 'combat aircraft', 'US', false],
  ['FA', '-', 'combat aircraft', 'US', false],
  ['F/A', '-', 'combat aircraft', 'US', true],
  ['A', '-', 'combat aircraft', null, false],
  ['B', '-', 'combat aircraft', 'US', false],
  ['C', '-', 'transport aircraft', 'US', false],
  ['E', '-', 'radar', 'US', false],
  ['P', '-', 'other', 'US', false],
  ['KC', '-', 'transport aircraft', 'US', false],
  ['M', '', 'artillery', 'US', false],
  ['K', '-', 'artillery', 'KR', false],
  ['AH', '-', 'helicopter', 'US', true],
  ['UH', '-', 'helicopter', 'US', true],
  ['MH', '-', 'helicopter', 'US', true],
  ['MQ', '-', 'drone', 'US', true],
  ['RQ', '-', 'drone', 'US', true],
  ['AGM', '-', 'missile', 'US', true],
  ['AIM', '-', 'missile', 'US', true],
  ['FGM', '-', 'missile', 'US', true],
  ['MIM', '-', 'air defence', 'US', true],
  ['AL', '-', 'engine', 'RU', false],
  ['RD', '-', 'engine', 'RU', false],
  ['WS', '-', 'engine', 'CN', false],
  ['YY', '-', 'transport aircraft', 'CN', true],
  ['CM', '-', 'missile', 'CN', false],
  ['FH', '-', 'drone', 'CN', true],
  ['ASN', '-', 'drone', 'CN', false],
  ['QW', '-', 'air defence', 'CN', true],
  ['FN', '-', 'air defence', 'CN', false],
  ['HHQ', '-', 'air defence', 'CN', true],
  ['KF', '-', 'combat aircraft', 'KR', true],
  ['KN', '-', 'missile', 'KP', true],
  ['SH', '-', 'helicopter', 'US', false],
  ['HH', '-', 'helicopter', 'US', false],
  ['MV', '-', 'transport aircraft', 'US', false],
  ['CV', '-', 'transport aircraft', 'US', false],
  ['EP', '-', 'other', 'US', false],
  ['RC', '-', 'other', 'US', false],
  ['GBU', '-', 'munition', 'US', true],
  ['RIM', '-', 'missile', 'US', true],
  ['RGM', '-', 'missile', 'US', true],
  ['UGM', '-', 'missile', 'US', true],
  ['BGM', '-', 'missile', 'US', true],
  ['MGM', '-', 'missile', 'US', true],
  ['AW', '', 'helicopter', 'IT', false],
  ['EC', '', 'helicopter', 'FR', false],
  ['AS', '', 'helicopter', 'FR', false],
  ['Be', '-', 'transport aircraft', 'RU', false],
  ['ZSU', '-', 'air defence', 'RU', true],
  ['RPG', '-', 'small arms', 'RU', true],
  ['AGS', '-', 'small arms', 'RU', true],
];

const PREFIXES = new Map(
  PREFIX_ROWS.map(([canonical, joiner, category, origin, strong]): [string, DesignationPrefix] => [
    canonical.toUpperCase(),
    { canonical, joiner, category, origin, strong },
  ]),
);

/**
 * Prefix, separator, number, upper-case suffix ("MKI", "M3", "V5", "B3M",
 * "MSM"), a second number ("Il-114-300", "Mi-8MTV-5", "MiG-21-93"), plural "s".
 */
const DESIGNATION = /\b([A-Z][A-Za-z]{0,3}|F\/A)(-| ?)(\d{1,4})([A-Z]{1,4}\d?(?:[A-Z]{1,3}\d?)?)?(-\d{1,3}[A-Z]?(?!\d))?s?\b/g;

/** Words after a designation-shaped token that show it is not a weapon: "F-1 visa", "T20 World Cup". */
const NOT_A_WEAPON_AFTER = /^(?:visas?|holders?|workers?|petitions?|applications?|applicants?|world|cup|match|series|cricket|league|format|international|summit|nations|countries|race|racing|team|form|grade|category|diabetes|vaccines?|pandemic|cases?|highway|road|bus|sector|block|phase|phones?|smartphones?)$/i;
const YEAR = /^(?:19|20)\d\d$/;
/** Designation-shaped names that are something else: British intelligence services, interleukins ("IL-6 levels"). */
const NOT_A_DESIGNATION = /^(?:MI-?[56]|IL-?\d)$/;
/** "PSLV-C56", "GSLV-F14": the tail of a longer code (a launch vehicle's flight), not a designation of its own. */
const CODE_BEFORE = /[A-Za-z]-$/;

export interface DesignationMention {
  name: string;
  text: string;
  start: number;
  end: number;
  category: ItemCategory;
  origin: string | null;
  /** The country that operates it when the name says so (a navy's ship prefix): the recipient unless the text names another. */
  operator: string | null;
}

/** "INS Tamal (F71)", "Kalvari (S21)": a pennant number in brackets after a ship's name, not a system. */
const NAME_BEFORE_BRACKET = /\b[A-Z][a-z]+ \($/;

function isPennantNumber(text: string, start: number, end: number): boolean {
  return text[end] === ')' && NAME_BEFORE_BRACKET.test(text.slice(Math.max(0, start - 24), start));
}

/** "flight MH17": an airline's flight number, not a helicopter. */
const FLIGHT = /^flights?$/i;

/**
 * A variant letter after a hyphenated number ("J-10CE", "Y-20A", "H-6K") marks
 * a designation whatever the prefix; bare numbers after a letter ("A-1",
 * "G-20") are grades, summits and rules too often.
 */
function hasVariantSuffix(separator: string, suffix: string): boolean {
  return separator === '-' && suffix !== '';
}

function isEvidentWeapon(prefix: DesignationPrefix, separator: string, suffix: string, before: string[], after: string[]): boolean {
  if (NOT_A_WEAPON_AFTER.test(after[0] ?? '') || FLIGHT.test(before.at(-1) ?? '')) return false;
  if (hasWeaponNoun(after) || hasWeaponNoun(before) || hasVariantSuffix(separator, suffix)) return true;
  // "Mi 11X" is a phone: a space-separated designation needs a weapon noun, not just a trade word.
  if (separator === ' ') return false;
  return prefix.strong || hasTradeWord(after) || hasTradeWord(before);
}

function categoryOf(prefix: DesignationPrefix, before: string[], after: string[]): ItemCategory {
  const implied = categoryOfNouns(after) ?? categoryOfNouns(before);
  return implied === null || implied === 'other' ? prefix.category : implied;
}

/** Designation-shaped tokens in `text` that pass the prefix and context checks, with offsets into `text`. */
export function findDesignations(text: string): DesignationMention[] {
  const mentions: DesignationMention[] = [];
  for (const match of text.matchAll(DESIGNATION)) {
    const [whole, rawPrefix = '', separator = '', digits = '', suffix = '', secondNumber = ''] = match;
    const prefix = PREFIXES.get(rawPrefix.toUpperCase());
    if (!prefix || YEAR.test(digits) || NOT_A_DESIGNATION.test(whole) || (rawPrefix === 'Type' && separator !== ' ')) continue;
    const start = match.index;
    const end = start + whole.length;
    if (/^-[a-z]/.test(text.slice(end, end + 2)) || text[end] === '%' || isPennantNumber(text, start, end)) continue;
    if (CODE_BEFORE.test(text.slice(Math.max(0, start - 2), start))) continue;
    const { before, after } = wordsAround(text, start, end);
    if (!isEvidentWeapon(prefix, separator, suffix, before, after)) continue;
    mentions.push({
      name: `${prefix.canonical}${prefix.joiner}${digits}${suffix}${secondNumber}`,
      text: whole,
      start,
      end,
      category: categoryOf(prefix, before, after),
      origin: prefix.origin,
      operator: null,
    });
  }
  return mentions;
}

/**
 * Catalogue names in a text, found in one pass of the shared dictionary
 * matcher: designations and unambiguous names in any case, and names that are
 * also ordinary words ("Spike", "Akash") only with the catalogue's letter case
 * and beside a weapon noun.
 */
import { createMatcher, type MatcherEntry } from '../dictionary/create-matcher';
import type { DictionaryMatch } from '../types';
import { CATALOGUE, findCatalogueId, type CatalogueItem } from './catalogue';
import { hasWeaponNoun, wordsAround } from './context-cues';

function plainPhrases(item: CatalogueItem): string[] {
  return [item.name, ...item.aliases].filter((phrase) => !item.cuedAliases.includes(phrase));
}

/** Cued spellings share the one case-insensitive pass (tokenising a text is the expensive part) under a marked key. */
const CUED = 'cued:';

/** Names that contain a system's name but are something else: the IAF's aerobatic teams, named after their aircraft. */
const NOT_AN_ITEM = '#not-an-item';
const NON_ITEM_PHRASES = ['Surya Kiran', 'Surya Kiran Aerobatic Team', 'Sarang helicopter display team'];

const entries: MatcherEntry[] = [
  ...CATALOGUE.map((item) => ({ key: item.id, phrases: plainPhrases(item) })),
  ...CATALOGUE.map((item) => ({ key: `${CUED}${item.id}`, phrases: item.cuedAliases })),
  { key: NOT_AN_ITEM, phrases: NON_ITEM_PHRASES },
];
const findNames = createMatcher(entries, { flexibleSeparators: true, allowPlural: true });

const SEPARATORS = /[\s\-\u2010-\u2013.'\u2019]+/g;
const exactSpellings = new Set(CATALOGUE.flatMap((item) => item.cuedAliases.map((alias) => alias.replace(SEPARATORS, ''))));

/** "Spike" or "Spikes" as written in the catalogue, not "spike". */
function hasExactCase(text: string): boolean {
  const written = text.replace(SEPARATORS, '');
  return exactSpellings.has(written) || (written.endsWith('s') && exactSpellings.has(written.slice(0, -1)));
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Variant letters written onto a name that ends in a number: "Mirage 2000H", "Tu-95MS", "M777A2". */
const VARIANT_LETTERS = /^[A-Z]{1,4}\d?(?![\p{L}\p{N}])/u;
const ENDS_IN_DIGIT = /\d$/;

/** The variant letters right after a matched name that ends in a number, or "" ("S-400s" has none: a plural is lower-case). */
export function variantLettersAfter(text: string, match: DictionaryMatch): string {
  if (!ENDS_IN_DIGIT.test(match.text)) return '';
  return VARIANT_LETTERS.exec(text.slice(match.end, match.end + 6))?.[0] ?? '';
}

/**
 * The matcher splits "T-90SM" into tokens and would report "T-90"; a name must
 * not start or end inside a word, unless what follows is a variant's letters.
 */
function isWholeWord(text: string, match: DictionaryMatch): boolean {
  if (WORD_CHAR.test(text[match.start - 1] ?? '')) return false;
  return !WORD_CHAR.test(text[match.end] ?? '') || variantLettersAfter(text, match) !== '';
}

/** Makers whose name before a word makes it their product: "HAL Dhruv", "DRDO's Nag", "Boeing Apache". */
const MAKER_BEFORE = /\b(?:HAL|DRDO|BEL|BDL|Dassault|Sukhoi|Mikoyan|Kamov|Mil|Tupolev|Ilyushin|Boeing|Lockheed(?: Martin)?|Raytheon|Northrop(?: Grumman)?|General Atomics|Saab|MBDA|Thales|Safran|Rafael|IAI|Elbit|Almaz-Antey|Norinco|AVIC|Airbus|Leonardo|BAE(?: Systems)?|Naval Group)(?:['\u2019]s?)? $/;
const MAKER_LOOKBEHIND = 24;

/** "the Shandong, the first domestically built carrier,": an apposition that says what the name is, however many words it takes. */
const APPOSITION_AFTER = /^,\s+(?:the|a|an|its|their|China's|India's|Russia's|France's)\s+([^,.;()]{0,80})/u;
const APPOSITION_WORD = /[\p{L}\p{N}][\p{L}\p{N}&-]*/gu;

function isBesideWeaponNoun(text: string, match: DictionaryMatch): boolean {
  const { before, after } = wordsAround(text, match.start, match.end);
  if (hasWeaponNoun(after) || hasWeaponNoun(before) || MAKER_BEFORE.test(text.slice(Math.max(0, match.start - MAKER_LOOKBEHIND), match.start))) return true;
  const apposition = APPOSITION_AFTER.exec(text.slice(match.end, match.end + 100))?.[1];
  return apposition !== undefined && hasWeaponNoun(apposition.match(APPOSITION_WORD) ?? []);
}

/**
 * "The Shandong carried out its first open-sea training": a name the article
 * has already shown to be the weapon, told again with "the" as ships are
 * (the province is "in Shandong", never "the Shandong").
 */
const THE_BEFORE = /\bthe\s+$/i;

function isConfirmedElsewhere(text: string, match: DictionaryMatch, confirmed: ReadonlySet<string>): boolean {
  return confirmed.has(match.key) && THE_BEFORE.test(text.slice(Math.max(0, match.start - 5), match.start));
}

/** "INS Talwar", "PNS Hangor": a class name after a navy prefix names one ship, which the named-ship finder reports. */
const NAVY_PREFIX_BEFORE = /\b(?:INS|PNS|USS|USNS|HMS|HMAS|HMNZS|HMCS|JS|RSS|KRI|BNS|SLNS|ROKS|TCG|CNS|RFS|BRP|HTMS)\s+$/;

/** Pakistan's submarine prefix: "PNS/M Hangor" is the boat that opens its class, reported as the class. */
const SUBMARINE_PREFIX_BEFORE = /\bPNS\/M\s+$/;

function followsNavyPrefix(text: string, match: DictionaryMatch): boolean {
  return NAVY_PREFIX_BEFORE.test(text.slice(Math.max(0, match.start - 8), match.start));
}

function followsSubmarinePrefix(text: string, match: DictionaryMatch): boolean {
  return SUBMARINE_PREFIX_BEFORE.test(text.slice(Math.max(0, match.start - 8), match.start));
}

/**
 * Suffixes the matcher stops before but that continue a catalogued name:
 * Indian programmes written "Project 75(I)" as often as "Project 75I", and
 * Pakistan's "Babur Weapon System-1(B)" for the Babur-1B, and its "Type
 * 054A/P" and "HQ-9/P" variants. Each gives the
 * spelling to look up and is taken only when the catalogue knows it ("P-75(I)"
 * is not Project 75).
 */
const NAME_SUFFIXES: readonly { pattern: RegExp; spellingOf: (name: string, suffix: RegExpExecArray) => string }[] = [
  { pattern: /^\((?:I|India)\)/, spellingOf: (name) => `${name}I` },
  { pattern: /^\s+Weapon System[- ]?(\d)\s?\(?([A-Z])\)?/, spellingOf: (name, suffix) => `${name}-${suffix[1] ?? ''}${suffix[2] ?? ''}` },
  { pattern: /^\/([A-Z])(?![\p{L}\p{N}])/u, spellingOf: (name, suffix) => `${name}/${suffix[1] ?? ''}` },
];
const SUFFIX_LOOKAHEAD = 24;

/** The match taken on over a suffix that continues a catalogued name, else the match itself. */
function withNameSuffix(text: string, match: DictionaryMatch): DictionaryMatch {
  const after = text.slice(match.end, match.end + SUFFIX_LOOKAHEAD);
  for (const { pattern, spellingOf } of NAME_SUFFIXES) {
    const suffix = pattern.exec(after);
    const id = suffix ? findCatalogueId(spellingOf(match.text, suffix)) : null;
    if (!suffix || !id) continue;
    const end = match.end + suffix[0].length;
    return { key: id, text: text.slice(match.start, end), start: match.start, end };
  }
  return match;
}

/**
 * What may stand between two names of one list ("the indigenous Akash and the
 * Israeli-origin Spyder"): a name listed beside a weapon is a weapon too.
 */
const LIST_GAP = /^(?:[\s,]|\b(?:and|or|as well as|the|its|their|indigenous|home-grown|[\p{L}]+-(?:origin|made|built|designed|developed))\b)*$/iu;
const MAX_LIST_GAP = 48;

function isListedBeside(text: string, match: DictionaryMatch, weapons: readonly DictionaryMatch[]): boolean {
  return weapons.some((weapon) => {
    const gap = weapon.start >= match.end ? text.slice(match.end, weapon.start) : text.slice(weapon.end, match.start);
    return weapon !== match && gap.length <= MAX_LIST_GAP && (weapon.start >= match.end || weapon.end <= match.start) && LIST_GAP.test(gap);
  });
}

/** Catalogue mentions in `text`; each match's key is a catalogue id and its offsets are into `text`. */
export function findCatalogueMentions(text: string): DictionaryMatch[] {
  const accepted: DictionaryMatch[] = [];
  const uncued: DictionaryMatch[] = [];
  for (const match of findNames(text)) {
    if (!isWholeWord(text, match) || match.key === NOT_AN_ITEM) continue;
    if (!match.key.startsWith(CUED)) accepted.push(match);
    else if (!hasExactCase(match.text) || followsNavyPrefix(text, match)) continue;
    else if (isBesideWeaponNoun(text, match) || followsSubmarinePrefix(text, match)) accepted.push({ ...match, key: match.key.slice(CUED.length) });
    else uncued.push({ ...match, key: match.key.slice(CUED.length) });
  }
  const confirmed = new Set(accepted.map((match) => match.key));
  const listed = uncued.filter((match) => isListedBeside(text, match, accepted) || isConfirmedElsewhere(text, match, confirmed));
  return [...accepted, ...listed].sort((a, b) => a.start - b.start).map((match) => withNameSuffix(text, match));
}

/**
 * Nearby words that show a name or a designation is a weapon system: a weapon
 * noun ("Spike missiles", "T-72 tanks") or, for designations only, a word of
 * the procurement trade ("deal for 12 Su-35").
 */
import type { ItemCategory } from './catalogue';

/** Weapon nouns and the category they imply, most specific first. */
const NOUN_CATEGORIES: readonly (readonly [RegExp, ItemCategory])[] = [
  [/^(?:air[- ]defen[cs]e|sams?|interceptors?)$/i, 'air defence'],
  [/^(?:rifles?|carbines?|lmgs?|machine-guns?)$/i, 'small arms'],
  [/^(?:helicopters?|choppers?|gunships?)$/i, 'helicopter'],
  [/^(?:transport|airlifters?|tankers?)$/i, 'transport aircraft'],
  [/^(?:fighters?|jets?|bombers?|aircraft|warplanes?|planes?|squadrons?|airframes?)$/i, 'combat aircraft'],
  [/^(?:tanks?|mbts?|apcs?|icvs?|ifvs?|armou?red|vehicles?)$/i, 'armour'],
  [/^(?:howitzers?|guns?|artillery|mbrls?|mlrs|launchers?)$/i, 'artillery'],
  [/^(?:submarines?|subs|ssns?|ssks?|ssbns?)$/i, 'submarine'],
  [/^(?:frigates?|destroyers?|corvettes?|warships?|vessels?|ships?)$/i, 'surface ship'],
  [/^carriers?$/i, 'aircraft carrier'],
  [/^(?:missiles?|atgms?|rockets?|cruise|ballistic|hypersonic|icbms?)$/i, 'missile'],
  // "the Meteor beyond visual range air-to-air missile": the role names a missile before the noun does.
  [/^(?:(?:air|surface|ground|ship|sea)-to-(?:air|surface|ground|ship)|anti-(?:ship|tank|radiation))$/i, 'missile'],
  [/^(?:drones?|uavs?|ucavs?|rpas)$/i, 'drone'],
  [/^(?:radars?|awacs|aew&c)$/i, 'radar'],
  [/^(?:bombs?|munitions?|shells?|ammunition|torpedo(?:es)?|rounds)$/i, 'munition'],
  [/^engines?$/i, 'engine'],
  [/^(?:systems?(?:-\w+)?|weapons?|platforms?|variants?|versions?|batteries|battery|regiments?|units|trainers?|test-fired|test-fires?|launch(?:es|ed)?|tests?|tested)$/i, 'other'],
];

const TRADE_WORD = /^(?:deals?|contracts?|orders?|ordered|procure\w*|procurement|deliver\w*|acqui\w+|purchase\w*|buy|bought|induct\w*|supply|supplied|fleet|inventory)$/i;

/** A possessive stays on its word: "Pakistan's first multiple-warhead missile" is four words, not five. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}&-]*(?:['\u2019]s\b)?/gu;
const POSSESSIVE = /['\u2019]s$/;
const WINDOW_WORDS = 4;

/** Up to `count` words before `start` and after `end` in `text`. */
export function wordsAround(text: string, start: number, end: number, count = WINDOW_WORDS): { before: string[]; after: string[] } {
  const before = (text.slice(Math.max(0, start - count * 16), start).match(WORD) ?? []).slice(-count);
  const after = (text.slice(end, end + count * 16).match(WORD) ?? []).slice(0, count);
  return { before, after };
}

/**
 * All the nouns in one anchored alternation, a group per category: one test
 * per word instead of one per category (these run for every name and
 * designation found). The alternatives are tried in order, so the first
 * category that takes the whole word wins, as in the list.
 */
const ANY_NOUN = new RegExp(`^(?:${NOUN_CATEGORIES.map(([pattern]) => `(${pattern.source})`).join('|')})$`, 'i');

/** The category of the one group of ANY_NOUN that matched. */
function categoryOfMatch(match: RegExpExecArray): ItemCategory | null {
  const index = match.findIndex((group, at) => at > 0 && group !== undefined);
  return NOUN_CATEGORIES[index - 1]?.[1] ?? null;
}

/** The category implied by the first weapon noun among `words`, or null. */
export function categoryOfNouns(words: readonly string[]): ItemCategory | null {
  for (const word of words) {
    const match = ANY_NOUN.exec(word.replace(POSSESSIVE, ''));
    if (match) return categoryOfMatch(match);
  }
  return null;
}

export function hasWeaponNoun(words: readonly string[]): boolean {
  return categoryOfNouns(words) !== null;
}

export function hasTradeWord(words: readonly string[]): boolean {
  return words.some((word) => TRADE_WORD.test(word));
}

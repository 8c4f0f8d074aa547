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

const entries: MatcherEntry[] = [
  ...CATALOGUE.map((item) => ({ key: item.id, phrases: plainPhrases(item) })),
  ...CATALOGUE.map((item) => ({ key: `${CUED}${item.id}`, phrases: item.cuedAliases })),
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

/** The matcher splits "T-90S" into tokens and would report "T-90"; a name must not start or end inside a word. */
function isWholeWord(text: string, match: DictionaryMatch): boolean {
  return !WORD_CHAR.test(text[match.start - 1] ?? '') && !WORD_CHAR.test(text[match.end] ?? '');
}

function isBesideWeaponNoun(text: string, match: DictionaryMatch): boolean {
  const { before, after } = wordsAround(text, match.start, match.end);
  return hasWeaponNoun(after) || hasWeaponNoun(before);
}

/** Indian programmes are written "Project 75(I)" as often as "Project 75I"; the matcher stops at the bracket. */
const INDIA_SUFFIX = /^\((?:I|India)\)/;
const INDIA_SUFFIX_LOOKAHEAD = 7;

/** The match taken on over an "(I)" that names the Indian programme, when the catalogue knows it ("P-75(I)" is not Project 75). */
function withIndiaSuffix(text: string, match: DictionaryMatch): DictionaryMatch {
  const suffix = INDIA_SUFFIX.exec(text.slice(match.end, match.end + INDIA_SUFFIX_LOOKAHEAD));
  const id = suffix ? findCatalogueId(`${match.text}I`) : null;
  if (!suffix || !id) return match;
  const end = match.end + suffix[0].length;
  return { key: id, text: text.slice(match.start, end), start: match.start, end };
}

/** Catalogue mentions in `text`; each match's key is a catalogue id and its offsets are into `text`. */
export function findCatalogueMentions(text: string): DictionaryMatch[] {
  const mentions: DictionaryMatch[] = [];
  for (const match of findNames(text)) {
    if (!isWholeWord(text, match)) continue;
    if (!match.key.startsWith(CUED)) mentions.push(withIndiaSuffix(text, match));
    else if (hasExactCase(match.text) && isBesideWeaponNoun(text, match)) mentions.push({ ...match, key: match.key.slice(CUED.length) });
  }
  return mentions;
}

/**
 * Catalogue names in a text, found by the shared single-pass matcher: one
 * case-insensitive pass for designations and unambiguous names, and one exact-case
 * pass for names that are also ordinary words ("Spike", "Akash"), kept only
 * beside a weapon noun.
 */
import { createMatcher, type MatcherEntry } from '../dictionary/create-matcher';
import type { DictionaryMatch } from '../types';
import { CATALOGUE, type CatalogueItem } from './catalogue';
import { hasWeaponNoun, wordsAround } from './context-cues';

function plainPhrases(item: CatalogueItem): string[] {
  return [item.name, ...item.aliases].filter((phrase) => !item.cuedAliases.includes(phrase));
}

const plainEntries: MatcherEntry[] = CATALOGUE.map((item) => ({ key: item.id, phrases: plainPhrases(item) }));
const cuedEntries: MatcherEntry[] = CATALOGUE.filter((item) => item.cuedAliases.length > 0).map((item) => ({
  key: item.id,
  phrases: item.cuedAliases,
}));

const findPlain = createMatcher(plainEntries, { flexibleSeparators: true, allowPlural: true });
const findCued = createMatcher(cuedEntries, { caseSensitive: true, flexibleSeparators: true, allowPlural: true });

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The matcher splits "T-90S" into tokens and would report "T-90"; a name must not start or end inside a word. */
function isWholeWord(text: string, match: DictionaryMatch): boolean {
  return !WORD_CHAR.test(text[match.start - 1] ?? '') && !WORD_CHAR.test(text[match.end] ?? '');
}

function isBesideWeaponNoun(text: string, match: DictionaryMatch): boolean {
  const { before, after } = wordsAround(text, match.start, match.end);
  return hasWeaponNoun(after) || hasWeaponNoun(before);
}

/** Leftmost first; of two overlapping matches the earlier (then the longer) one stays. */
function withoutOverlaps(matches: DictionaryMatch[]): DictionaryMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DictionaryMatch[] = [];
  let lastEnd = -1;
  for (const match of sorted) {
    if (match.start < lastEnd) continue;
    kept.push(match);
    lastEnd = match.end;
  }
  return kept;
}

/** Catalogue mentions in `text`; each match's key is a catalogue id and its offsets are into `text`. */
export function findCatalogueMentions(text: string): DictionaryMatch[] {
  const plain = findPlain(text).filter((match) => isWholeWord(text, match));
  const cued = findCued(text).filter((match) => isWholeWord(text, match) && isBesideWeaponNoun(text, match));
  return cued.length === 0 ? plain : withoutOverlaps([...plain, ...cued]);
}

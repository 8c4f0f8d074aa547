/**
 * Finds names introduced by a title: "Kazakh Defence Minister Nurlan
 * Yermekbayev", "the Defence Minister of Tajikistan, Colonel General Sherali
 * Mirzo", "Lt Gen Harinder Singh". A title alone ("the Defence Minister") or a
 * title before an organisation ("General Assembly") gives nothing.
 */
import type { MatcherEntry } from '../dictionary/create-matcher';
import { GAZETTEER } from '../places/gazetteer';
import type { DictionaryMatch } from '../types';
import { DEMONYM_COUNTRIES } from './demonyms';
import type { PersonTitle } from './person-titles';
import { ADMIRAL_SHIP_NAMES, NOT_NAME_WORDS, PERSON_TITLES } from './person-titles';

export interface TitledName {
  name: string;
  /** Offsets of the name itself. */
  start: number;
  end: number;
  /** Start of the ranks and honorifics right before the name ("Lt Gen"), else `start`. */
  titledStart: number;
  role: string | null;
  country: string | null;
}

const TOKEN = /[\p{L}\p{N}]+/gu;
const ACRONYM = /^[\p{Lu}\p{N}]+$/u;
const UPPERCASE_START = /^\p{Lu}/u;
/** One name word after the title: a capitalised word, a dotted or bare initial, or initials before more of the name ("RKS Bhadauria", "C B Ananthakrishnan"). */
const NAME_TOKEN = /\p{Lu}\p{Ll}+(?:[-\u2010]\p{Lu}?\p{Ll}+)*|\p{Lu}\.|\p{Lu}{1,3}(?=[ \t]+\p{Lu})/uy;
const NAME_GAP = /[ \t]+|(?<=\.)[ \t]*/y;
const INITIAL = /^\p{Lu}{1,3}\.?$/u;
/** Between two titles, or a title and the name: a dot, a comma, spaces. */
const PLAIN_GAP = /\.?,?[ \t]+/y;
/** "Defence Minister of Kazakhstan", "ambassador to India,": the words after it must name a country. */
const PREPOSITION = /\.?[ \t]+(of|to|for)[ \t]+(?:the[ \t]+)?/y;
const CAPITALISED_WORD = /\p{Lu}[\p{L}.]*/uy;
const WORD_GAP = /[ \t]+/y;
const MAX_COUNTRY_WORDS = 3;
const CLASS_AFTER = /^[-\s\u2010-\u2013]class\b/i;
const CLASS_SUFFIX = /[-\u2010]class$/i;
const WORD_BEFORE = /(?:(\p{Lu}[\p{L}.]*)[ \t]+)?(\p{Lu}[\p{L}.]*?)(?:['’]s)?[ \t]+$/u;
const MAX_NAME_TOKENS = 4;

interface TitleRule {
  title: PersonTitle;
  exact: boolean;
}

function tokensOf(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function foldedKey(text: string): string {
  return tokensOf(text).join(' ').toLowerCase();
}

const TITLE_RULES = new Map<string, TitleRule>(
  PERSON_TITLES.flatMap((title) =>
    title.phrases.map((phrase): [string, TitleRule] => [foldedKey(phrase), { title, exact: ACRONYM.test(tokensOf(phrase).join('')) }]),
  ),
);

const TITLE_KEY = 'title:';

/** Dictionary entries for the titles, to be matched in the same pass as the people directory. */
export const TITLE_MATCHER_ENTRIES: readonly MatcherEntry[] = PERSON_TITLES.map((title, index) => ({
  key: `${TITLE_KEY}${index}`,
  phrases: title.phrases,
}));

/** Whether a dictionary match is one of the titles above. */
export function isTitleMatch(match: DictionaryMatch): boolean {
  return match.key.startsWith(TITLE_KEY);
}

const COUNTRY_BY_NAME = new Map(
  GAZETTEER.filter((place) => place.kind === 'country' && place.country !== null).flatMap((place) =>
    [place.name, ...place.aliases].map((alias): [string, string] => [foldedKey(alias), place.country ?? '']),
  ),
);

const PLACE_WORDS = new Set(
  GAZETTEER.flatMap((place) => [place.name, ...place.aliases]).filter((phrase) => tokensOf(phrase).length === 1),
);

function titleOf(match: DictionaryMatch): PersonTitle | null {
  const rule = TITLE_RULES.get(foldedKey(match.text));
  if (!rule) return null;
  if (rule.exact) return tokensOf(match.text).join('') === tokensOf(match.text).join('').toUpperCase() ? rule.title : null;
  if (rule.title.kind !== 'office') return UPPERCASE_START.test(match.text) ? rule.title : null;
  return rule.title;
}

/** The country of a possessive or demonym right before the title ("Russian", "Pakistan's", "Sri Lanka's"). */
function countryBefore(text: string, start: number): string | null {
  const found = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (!found) return null;
  const [, previous, word = ''] = found;
  const bare = word.replace(/\.$/, '');
  const twoWords = previous ? `${previous} ${bare}` : null;
  return (
    (twoWords ? (DEMONYM_COUNTRIES.get(twoWords) ?? COUNTRY_BY_NAME.get(foldedKey(twoWords))) : undefined) ??
    DEMONYM_COUNTRIES.get(word) ??
    DEMONYM_COUNTRIES.get(bare) ??
    COUNTRY_BY_NAME.get(foldedKey(bare)) ??
    null
  );
}

interface Connection {
  end: number;
  country: string | null;
}

function stickyMatch(pattern: RegExp, text: string, at: number): string | null {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0] ?? null;
}

/** Ends of the capitalised words from `at` ("Kazakhstan Nurlan Yermekbayev" -> three ends). */
function capitalisedWordEnds(text: string, at: number): number[] {
  const ends: number[] = [];
  let position = at;
  while (ends.length < MAX_COUNTRY_WORDS) {
    const word = stickyMatch(CAPITALISED_WORD, text, position);
    if (!word) break;
    const end = position + word.replace(/\.$/, '').length;
    ends.push(end);
    const gap = stickyMatch(WORD_GAP, text, position + word.length);
    if (!gap) break;
    position += word.length + gap.length;
  }
  return ends;
}

/** The longest run of words from `at` that names a country, with its code. */
function countryPhraseAt(text: string, at: number): { end: number; country: string } | null {
  for (const end of capitalisedWordEnds(text, at).reverse()) {
    const country = COUNTRY_BY_NAME.get(foldedKey(text.slice(at, end)));
    if (country) return { end, country };
  }
  return null;
}

/** What joins a title to the next title or to the name; "of <Country>" gives the country. */
function connectionAfter(text: string, from: number): Connection | null {
  const preposition = stickyMatch(PREPOSITION, text, from);
  if (preposition) {
    const phrase = countryPhraseAt(text, from + preposition.length);
    const gap = phrase ? stickyMatch(PLAIN_GAP, text, phrase.end) : null;
    if (!phrase || gap === null) return null;
    const ofCountry = preposition.trim().replace(/^\./, '').trim().startsWith('of');
    return { end: phrase.end + gap.length, country: ofCountry ? phrase.country : null };
  }
  const gap = stickyMatch(PLAIN_GAP, text, from);
  return gap === null ? null : { end: from + gap.length, country: null };
}

interface ParsedName {
  name: string;
  end: number;
}

function parseName(text: string, from: number): ParsedName | null {
  const words: { word: string; end: number }[] = [];
  let position = from;
  while (words.length < MAX_NAME_TOKENS) {
    const word = stickyMatch(NAME_TOKEN, text, position);
    if (!word || NOT_NAME_WORDS.has(word) || DEMONYM_COUNTRIES.has(word) || PLACE_WORDS.has(word)) break;
    words.push({ word, end: position + word.length });
    const gap = stickyMatch(NAME_GAP, text, position + word.length);
    if (gap === null) break;
    position += word.length + gap.length;
  }
  while (words.length > 0 && INITIAL.test(words.at(-1)?.word ?? '')) words.pop();
  const last = words.at(-1);
  if (!last || !words.some(({ word }) => !INITIAL.test(word) && /\p{Ll}/u.test(word))) return null;
  return { name: words.map(({ word }) => word).join(' '), end: last.end };
}

interface Chain {
  titles: PersonTitle[];
  start: number;
  /** Where the trailing ranks and honorifics begin. */
  rankStart: number;
  end: number;
  country: string | null;
}

function roleOf(titles: readonly PersonTitle[]): string | null {
  return (titles.find((title) => title.kind === 'office') ?? titles.find((title) => title.kind === 'rank'))?.role ?? null;
}

function isShipName(chain: Chain, parsed: ParsedName, text: string): boolean {
  const admiral = chain.titles.some((title) => title.role === 'Admiral');
  const surname = parsed.name.split(' ').at(-1) ?? '';
  return (
    (admiral && ADMIRAL_SHIP_NAMES.has(surname.replace(CLASS_SUFFIX, ''))) ||
    CLASS_SUFFIX.test(surname) ||
    CLASS_AFTER.test(text.slice(parsed.end, parsed.end + 7))
  );
}

/**
 * Every titled name in the text, in order, given the text's title matches; a
 * lone word ("Foreign Minister Wang") is left to coreference.
 */
export function findTitledNames(text: string, titleMatches: readonly DictionaryMatch[]): TitledName[] {
  const titled: TitledName[] = [];
  const matches = titleMatches.flatMap((match) => {
    const title = titleOf(match);
    return title ? [{ match, title }] : [];
  });
  let index = 0;
  while (index < matches.length) {
    const first = matches[index];
    if (!first) break;
    const chain: Chain = { titles: [first.title], start: first.match.start, rankStart: first.match.start, end: first.match.end, country: null };
    if (first.title.kind === 'office') chain.rankStart = -1;
    index += 1;
    let connection = connectionAfter(text, chain.end);
    while (connection) {
      const next = matches[index];
      if (!next || next.match.start !== connection.end) break;
      chain.country ??= connection.country;
      chain.titles.push(next.title);
      if (next.title.kind === 'office') chain.rankStart = -1;
      else if (chain.rankStart < 0) chain.rankStart = next.match.start;
      chain.end = next.match.end;
      index += 1;
      connection = connectionAfter(text, chain.end);
    }
    if (!connection) continue;
    const parsed = parseName(text, connection.end);
    if (!parsed || isShipName(chain, parsed, text)) continue;
    titled.push({
      name: parsed.name,
      start: connection.end,
      end: parsed.end,
      titledStart: chain.rankStart >= 0 ? chain.rankStart : connection.end,
      role: roleOf(chain.titles),
      country: chain.country ?? connection.country ?? countryBefore(text, chain.start),
    });
  }
  return titled;
}

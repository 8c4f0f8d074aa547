/**
 * Finds the people an article names. Three passes, each linear in the text:
 * directory names and aliases (one dictionary-matcher pass), names introduced
 * by a title ("Kazakh Defence Minister Nurlan Yermekbayev"), and bare
 * surnames ("Singh", "Wei") that refer back to someone already named in the
 * same article. A common surname never resolves to a stranger from the
 * directory.
 */
import { createMatcher } from '../dictionary/create-matcher';
import { withinLines } from '../places/within-lines';
import { sentenceIndexAt } from '../text/sentence-index';
import type { DictionaryMatch, Sentence } from '../types';
import { TITLE_MATCHER_ENTRIES, findTitledNames, isTitleMatch } from './find-titled-names';
import type { TitledName } from './find-titled-names';
import type { DirectoryPerson } from './people-directory';
import { PEOPLE_DIRECTORY } from './people-directory';
import { NOT_NAME_WORDS, PERSON_TITLES } from './person-titles';
import { wordsBefore } from './words-before';

export interface PersonMention {
  personId: string;
  name: string;
  aliases: string[];
  role: string | null;
  country: string | null;
  /** The words as written, with a rank or honorific right before the name ("Gen Shoigu"). */
  text: string;
  /** Offsets in the article text. */
  start: number;
  end: number;
  sentenceIndex: number;
}

interface Person {
  id: string;
  name: string;
  aliases: string[];
  role: string | null;
  country: string | null;
  surname: string;
}

interface Span {
  person: Person;
  start: number;
  end: number;
  /** Where the mention's text starts (a rank may precede the name). */
  textStart: number;
}

const TOKEN = /[\p{L}\p{N}]+/gu;
const UPPERCASE_START = /^\p{Lu}/u;
const WORD = /\p{L}+/gu;
const MIN_HEADLINE_CAPITALS = 4;
/** The only lower-case words a title-case headline keeps ("Minister Leaves for Moscow Amid Tensions with China"). */
const HEADLINE_LOWER_WORDS = new Set(['a', 'amid', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'over', 's', 'the', 'to', 'up', 'via', 'vs', 'with']);

function tokensOf(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function foldedKey(text: string): string {
  return tokensOf(text).join(' ').toLowerCase();
}

/** "Xi'an" is not "Xi": an apostrophe and more letters continue the word, unless it is a possessive "'s". */
const CONTINUES_WORD = /^['\u2019](?!s(?!\p{L}))\p{L}/u;

function phrasesOf(person: DirectoryPerson): string[] {
  return [person.name, ...person.aliases];
}

const PERSON_KEY = 'person:';
const DIRECTORY_BY_KEY = new Map(PEOPLE_DIRECTORY.map((person): [string, Person] => [`${PERSON_KEY}${person.id}`, person]));

/** For each spelling, its words as written: a matched word must be capitalised where the spelling's is. */
const SPELLINGS = new Map(PEOPLE_DIRECTORY.flatMap(phrasesOf).map((phrase): [string, string[]] => [foldedKey(phrase), tokensOf(phrase)]));

/** Directory names and titles in one pass: the matcher's cost is the scan of the text. */
const findNamesAndTitles = createMatcher([
  ...PEOPLE_DIRECTORY.map((person) => ({ key: `${PERSON_KEY}${person.id}`, phrases: phrasesOf(person) })),
  ...TITLE_MATCHER_ENTRIES,
]);

/** Ranks and honorifics, by their folded words ("lt gen", "mr"); at most three words long. */
const RANKS = new Set(
  PERSON_TITLES.filter((title) => title.kind !== 'office').flatMap((title) => title.phrases.map(foldedKey)),
);
const MAX_RANK_WORDS = 3;
/** Words that may stand right before a surname without being a first name of someone else. */
const TITLE_WORDS = new Set(PERSON_TITLES.flatMap((title) => title.phrases.flatMap(tokensOf)));
/** An initial before a name ("S.", "R.K.S.", "S"), unlike a sentence's last word ("LAC."). */
const INITIAL = /^(?:\p{Lu}\.)+$|^\p{Lu}$/u;

function isCapitalisedLike(matched: string): boolean {
  const spelling = SPELLINGS.get(foldedKey(matched));
  if (!spelling) return false;
  const words = tokensOf(matched);
  return spelling.every((word, index) => !UPPERCASE_START.test(word) || UPPERCASE_START.test(words[index] ?? ''));
}

/** Where a rank or honorific right before `start` begins ("Lt Gen ", "Gen. ", "Mr "), else `start`; not the "General" of "Secretary General". */
function rankStartBefore(text: string, start: number): number {
  const words = wordsBefore(text, start, MAX_RANK_WORDS + 1);
  for (let count = Math.min(MAX_RANK_WORDS, words.length); count >= 1; count -= 1) {
    const rank = words.slice(words.length - count);
    const first = rank[0];
    if (!first || !UPPERCASE_START.test(first.word) || !RANKS.has(foldedKey(rank.map(({ word }) => word).join(' ')))) continue;
    const before = words[words.length - count - 1]?.word.replace(/[-\u2010]$/, '');
    if (before !== 'Secretary') return first.start;
  }
  return start;
}

function toSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Countries whose names put the family name first ("Zhang Xudong" is Mr Zhang). */
const FAMILY_NAME_FIRST = new Set(['CN', 'TW', 'HK', 'KP', 'KR', 'VN']);

function adHocPerson(titled: TitledName): Person {
  const words = titled.name.split(' ');
  const familyNameFirst = titled.country !== null && FAMILY_NAME_FIRST.has(titled.country);
  return {
    id: toSlug(titled.name),
    name: titled.name,
    aliases: [],
    role: titled.role,
    country: titled.country,
    surname: (familyNameFirst ? words[0] : words.at(-1)) ?? titled.name,
  };
}

function directorySpans(text: string, matches: readonly DictionaryMatch[]): Span[] {
  return matches.flatMap((match) => {
    const person = DIRECTORY_BY_KEY.get(match.key);
    if (!person || !isCapitalisedLike(match.text)) return [];
    return [{ person, start: match.start, end: match.end, textStart: rankStartBefore(text, match.start) }];
  });
}

/** Spans of `candidates` that overlap none of `taken`; both sorted by start. */
function withoutOverlaps<T extends { start: number; end: number }>(candidates: T[], taken: readonly Span[]): T[] {
  const kept: T[] = [];
  let cursor = 0;
  for (const candidate of candidates) {
    while (cursor < taken.length && (taken[cursor]?.end ?? 0) <= candidate.start) cursor += 1;
    const next = taken[cursor];
    if (!next || next.start >= candidate.end) kept.push(candidate);
  }
  return kept;
}

function byStart(a: { start: number }, b: { start: number }): number {
  return a.start - b.start;
}

/** True for a line set in headline case ("Rajnath Singh Holds Talks With Russian Counterpart"): titles there are no cue. */
function isHeadlineCase(sentence: string): boolean {
  const words = sentence.match(WORD) ?? [];
  const capitalised = words.filter((word) => UPPERCASE_START.test(word)).length;
  const onlyMinorWordsInLowerCase = words.every((word) => UPPERCASE_START.test(word) || HEADLINE_LOWER_WORDS.has(word));
  return capitalised >= MIN_HEADLINE_CAPITALS && onlyMinorWordsInLowerCase;
}

interface Coreference {
  /** Resolves a surname at `offset` to the person named nearest before it, else first after it. */
  resolve: (surname: string, offset: number) => Person | null;
  surnames: string[];
}

/** The index of the last span starting before `offset` in spans sorted by start, or -1. */
function lastStartingBefore(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((spans[middle]?.start ?? offset) < offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** `named` must be sorted by start: each surname's spans stay sorted, so a lookup is a binary search. */
function buildCoreference(named: readonly Span[]): Coreference {
  const bySurname = new Map<string, Span[]>();
  for (const span of named) {
    const spans = bySurname.get(span.person.surname) ?? [];
    spans.push(span);
    bySurname.set(span.person.surname, spans);
  }
  return {
    // "He" of He Weidong is also the pronoun that starts many sentences.
    surnames: [...bySurname.keys()].filter((surname) => !NOT_NAME_WORDS.has(surname)),
    resolve(surname, offset) {
      const spans = bySurname.get(surname) ?? [];
      const before = lastStartingBefore(spans, offset);
      const nearest = spans[before] ?? spans.find((span) => span.start > offset);
      return nearest?.person ?? null;
    },
  };
}

/** A surname right after someone else's first name or initial ("Harpreet Singh") is not a back-reference. */
function followsAnotherName(text: string, start: number): boolean {
  const [before] = wordsBefore(text, start, 1);
  if (!before || !UPPERCASE_START.test(before.word)) return false;
  const written = before.word;
  const word = written.replace(/\.$/, '');
  const endsSentence = written.endsWith('.') && !INITIAL.test(written) && !TITLE_WORDS.has(word);
  return !endsSentence && !TITLE_WORDS.has(word) && !NOT_NAME_WORDS.has(word);
}

function surnameSpans(text: string, coreference: Coreference): Span[] {
  if (coreference.surnames.length === 0) return [];
  // The same single-pass matcher as the directory, over this article's surnames only (a regex per article was a hot spot).
  const findSurnames = createMatcher(
    coreference.surnames.map((surname) => ({ key: surname, phrases: [surname] })),
    { caseSensitive: true },
  );
  const spans: Span[] = [];
  for (const found of findSurnames(text)) {
    if (followsAnotherName(text, found.start) || CONTINUES_WORD.test(text.slice(found.end, found.end + 3))) continue;
    const person = coreference.resolve(found.text, found.start);
    if (person) spans.push({ person, start: found.start, end: found.end, textStart: rankStartBefore(text, found.start) });
  }
  return spans;
}

function toMention(text: string, span: Span, sentenceIndex: number): PersonMention {
  const { person } = span;
  return {
    personId: person.id,
    name: person.name,
    aliases: [...person.aliases],
    role: person.role,
    country: person.country,
    text: text.slice(span.textStart, span.end),
    start: span.textStart,
    end: span.end,
    sentenceIndex,
  };
}

/**
 * Every person named in the article's sentences, in text order, with offsets
 * in `text`: directory people by name or alias, unknown people introduced by a
 * title (with an id made from the name), and bare surnames of people already
 * named in the article.
 */
export function extractPeople(text: string, sentences: Sentence[]): PersonMention[] {
  const headlineCache = new Map<number, boolean>();
  const inProse = (offset: number): boolean => {
    const index = sentenceIndexAt(sentences, offset);
    const sentence = sentences[index];
    if (!sentence) return false;
    const cached = headlineCache.get(index) ?? isHeadlineCase(sentence.text);
    headlineCache.set(index, cached);
    return !cached;
  };

  const matches = withinLines(findNamesAndTitles(text), findNamesAndTitles);
  const known = directorySpans(text, matches);
  const titled = withoutOverlaps(findTitledNames(text, matches.filter(isTitleMatch)), known).filter((name) => inProse(name.start));
  const fullNames = titled.filter((name) => name.name.includes(' '));
  const named = [
    ...known,
    ...fullNames.map((name) => ({ person: adHocPerson(name), start: name.start, end: name.end, textStart: name.titledStart })),
  ].sort(byStart);
  const coreference = buildCoreference(named);

  // A lone titled word ("Mr Wang", "General Zhang") is only a back-reference: as an id it would merge strangers.
  const loneSpans = titled
    .filter((name) => !name.name.includes(' '))
    .flatMap((name): Span[] => {
      const person = coreference.resolve(name.name, name.start);
      return person ? [{ person, start: name.start, end: name.end, textStart: name.titledStart }] : [];
    });
  const claimed = [...named, ...loneSpans].sort(byStart);
  const backReferences = withoutOverlaps(surnameSpans(text, coreference), claimed);

  return [...claimed, ...backReferences].sort(byStart).flatMap((span) => {
    const sentenceIndex = sentenceIndexAt(sentences, span.start);
    const sentence = sentences[sentenceIndex];
    // A name never spans two sentences, nor does the rank before it.
    if (!sentence || span.end > sentence.end) return [];
    return [toMention(text, { ...span, textStart: Math.max(span.textStart, sentence.start) }, sentenceIndex)];
  });
}

/**
 * The pure per-article step: one file in, every fact it tells out, each with
 * its sentence as provenance. It knows nothing of other articles, so it can
 * run in any order, in worker threads, or from a cache.
 */
import type { ArticleInput, IsoDay, SourceInput } from '../../schema/bundle';
import { detectTense } from '../dates/detect-tense';
import { findDateMentions } from '../dates/find-date-mentions';
import { findDurationDays } from '../dates/find-duration-days';
import type { YearlessDay } from '../dates/find-yearless-days';
import { findYearlessDays } from '../dates/find-yearless-days';
import type { EventMention } from '../events/extract-events';
import { extractEvents } from '../events/extract-events';
import { findNoiseLines } from '../input/page-noise';
import { findPublicationDate, findYearlessDatelineDay } from '../input/publication-date';
import type { ReadArticle } from '../input/read-article';
import { readArticle } from '../input/read-article';
import type { PersonMention } from '../people/extract-people';
import { extractPeople } from '../people/extract-people';
import type { PlaceMention } from '../places/extract-places';
import { extractPlaces, getGazetteerPlace } from '../places/extract-places';
import type { ItemMention } from '../procurement/extract-items';
import { extractItems } from '../procurement/extract-items';
import { splitSentences } from '../text/split-sentences';
import type { DateMention, InputFile, Sentence } from '../types';

export interface PlaceFact {
  placeId: string;
  source: SourceInput;
}
export interface PersonFact {
  mention: PersonMention;
  source: SourceInput;
}
export interface ItemFact {
  mention: ItemMention;
  source: SourceInput;
}

/** Everything one article tells, before merging with the others. */
export interface ArticleFacts {
  places: PlaceFact[];
  people: PersonFact[];
  items: ItemFact[];
  events: EventMention[];
}

/**
 * The mentions that do not depend on the publication day. An undated
 * article is read twice (once alone, once against the day inferred from other
 * articles); the second reading takes these from the first instead of
 * finding them again.
 */
export interface DayFreeMentions {
  places: PlaceMention[];
  people: PersonMention[];
  /** Days the article names without a year, found only when it has no date (they tie it to dated reports of the same days). */
  yearlessDays: YearlessDay[];
}

export interface ArticleResult {
  file: string;
  /** Null when the file could not be read as an article (empty, binary...). */
  article: ArticleInput | null;
  /** Where the article's prose starts (after a date header), to read it again against an inferred day. */
  bodyStart: number;
  /** The day relative dates were resolved against (the article's, or one inferred later). */
  published: IsoDay | null;
  facts: ArticleFacts;
  /** Kept for undated articles only, for their second reading (null otherwise). */
  mentions: DayFreeMentions | null;
  /** Messages about this file, without the file name. */
  warnings: string[];
}

const NO_FACTS: ArticleFacts = { places: [], people: [], items: [], events: [] };

function sourceFor(articleId: string, sentences: Sentence[], sentenceIndex: number): SourceInput | null {
  const sentence = sentences[sentenceIndex];
  return sentence ? { articleId, quote: sentence.text, start: sentence.start, end: sentence.end } : null;
}

function findDayFreeMentions(read: ReadArticle, sentences: Sentence[], undated: boolean): DayFreeMentions {
  return { places: extractPlaces(read.text, sentences), people: extractPeople(read.text, sentences), yearlessDays: undated ? yearlessDaysOf(read, sentences) : [] };
}

/**
 * The days an undated article names without a year, and the day of its
 * year-less dateline ("MOSCOW, June 23 (Reuters) -"): the report was filed
 * then, so that is its day in the year it is inferred to be from, and it
 * ties to reports published that day.
 */
function yearlessDaysOf(read: ReadArticle, sentences: Sentence[]): YearlessDay[] {
  const told = findYearlessDays(sentences);
  const filed = findYearlessDatelineDay(read.text, read.bodyStart);
  return filed === null ? told : [...told, { monthDay: filed, past: true, filed: true }];
}

/**
 * findDateMentions for one reading of an article, remembering what it found
 * in each sentence: the procurement stage reads the dates of delivery
 * sentences and the event stage reads them again. A call that counts from
 * the sentence before, or against another day, is not remembered.
 */
function rememberingDateFinder(published: IsoDay | null): typeof findDateMentions {
  const found = new Map<string, DateMention[]>();
  return (sentence, day, before) => {
    if (before !== undefined || day !== published) return findDateMentions(sentence, day, before);
    const known = found.get(sentence);
    if (known) return known;
    const fresh = findDateMentions(sentence, day);
    found.set(sentence, fresh);
    return fresh;
  };
}

/** The facts of a readable article given its day-free mentions, resolving relative dates against `published` (null: absolute dates only). */
function factsOf(read: ReadArticle, sentences: Sentence[], mentions: DayFreeMentions, published: IsoDay | null): ArticleFacts {
  const { places, people } = mentions;
  const findDates = rememberingDateFinder(published);
  const items = extractItems(read.text, sentences, published, findDates);
  const events = extractEvents({
    articleId: read.id,
    text: read.text,
    sentences,
    published,
    places,
    people,
    items,
    placeInfo: getGazetteerPlace,
    findDates,
    findDuration: findDurationDays,
    tenseOf: detectTense,
  });
  const withSource = <T extends { sentenceIndex: number }>(found: T[]) =>
    found.flatMap((mention) => {
      const source = sourceFor(read.id, sentences, mention.sentenceIndex);
      return source ? [{ mention, source }] : [];
    });
  return {
    places: withSource(places).map(({ mention, source }) => ({ placeId: mention.placeId, source })),
    people: withSource(people),
    items: withSource(items),
    events,
  };
}

/**
 * The article's sentences without page furniture: other stories' links and
 * photo captions tell other days and places, mastheads and prompts nothing,
 * so no stage sees them. Bylines and credits stay ("By Rahul Singh, New
 * Delhi", "(Reporting by ... in Tokyo)"): the places they name are the
 * article's. Offsets still point into the unchanged text.
 */
function proseSentences(read: ReadArticle): Sentence[] {
  const sentences = splitSentences(read.text, read.bodyStart);
  const noise = findNoiseLines(read.text, read.bodyStart).filter((line) => line.kind !== 'credit');
  if (noise.length === 0) return sentences;
  let next = 0;
  return sentences.filter((sentence) => {
    while ((noise[next]?.end ?? Infinity) < sentence.start) next += 1;
    return sentence.end <= (noise[next]?.start ?? Infinity);
  });
}

/** The facts of an undated article read again against a day found elsewhere (its inferred day), reusing the day-free mentions of its first reading. */
export function redatedFacts(read: ReadArticle, published: IsoDay, mentions: DayFreeMentions): ArticleFacts {
  return factsOf(read, proseSentences(read), mentions, published);
}

/** Reads one file and extracts its facts against its own publication date. */
export function extractArticle(file: InputFile): ArticleResult {
  const { article: read, warnings: readWarnings } = readArticle(file);
  if (!read) return { file: file.name, article: null, bodyStart: 0, published: null, facts: NO_FACTS, mentions: null, warnings: readWarnings };
  const date = findPublicationDate(read.text, read.bodyStart);
  const article: ArticleInput = {
    id: read.id,
    file: read.file,
    title: read.title,
    outlet: read.outlet,
    published: date.published,
    publishedFrom: date.from,
    text: read.text,
    warnings: [...readWarnings, ...date.warnings],
  };
  const sentences = proseSentences(read);
  const mentions = findDayFreeMentions(read, sentences, date.published === null);
  const facts = factsOf(read, sentences, mentions, date.published);
  const hasFacts = facts.places.length + facts.events.length + facts.items.length + facts.people.length > 0;
  if (!hasFacts) article.warnings.push('no places, events, procurement items or people were found in it');
  return {
    file: file.name,
    article,
    bodyStart: read.bodyStart,
    published: date.published,
    facts,
    mentions: date.published ? null : mentions,
    warnings: article.warnings,
  };
}

/** The article as read, rebuilt from a result: results travel between threads and caches without a second copy of the text. */
export function readArticleOf(result: ArticleResult): ReadArticle | null {
  const { article } = result;
  return article
    ? { id: article.id, file: article.file, text: article.text, bodyStart: result.bodyStart, title: article.title, outlet: article.outlet }
    : null;
}

/**
 * Every quote filled in from the article text. Quotes are slices of the text,
 * so they are left empty when facts cross threads or go to the cache (where
 * each would become a copy) and restored here, sharing the text's memory.
 */
export function withQuotes(facts: ArticleFacts, text: string): ArticleFacts {
  return mapFacts(facts, (fact) => ({ ...fact, source: { ...fact.source, quote: text.slice(fact.source.start, fact.source.end) } }));
}

/** The same facts with every quote emptied, for crossing threads and caching; withQuotes restores them. */
export function withoutQuotes(facts: ArticleFacts): ArticleFacts {
  return mapFacts(facts, (fact) => ({ ...fact, source: { ...fact.source, quote: '' } }));
}

function mapFacts(facts: ArticleFacts, map: <T extends { source: SourceInput }>(fact: T) => T): ArticleFacts {
  return { places: facts.places.map(map), people: facts.people.map(map), items: facts.items.map(map), events: facts.events.map(map) };
}

import { describe, expect, it } from 'vitest';
import type { Precision } from '../../../schema/bundle';
import { IsoDaySchema } from '../../../schema/bundle';
import type { ArticleFacts } from '../../../extractor/article/extract-article';
import type { EventDate, EventMention } from '../../../extractor/events/extract-events';
import { EVENTS, mergeSection, PEOPLE, PLACES, PROCUREMENT } from '../../../extractor/merge/merge-blocks';
import { mergeEvents } from '../../../extractor/merge/merge-events';
import { mergeItems } from '../../../extractor/merge/merge-items';
import { mergePeople } from '../../../extractor/merge/merge-people';
import { mergePlaces } from '../../../extractor/merge/merge-places';
import { getGazetteerPlace } from '../../../extractor/places/extract-places';
import { extractArticle } from '../../../extractor/article/extract-article';
import { synthesizeCorpus } from '../../../scripts/bench/synthesize-corpus';

const articles = synthesizeCorpus({ count: 80, seed: 3 }).map(extractArticle);

function mention(key: string, articleId: string, start: string | null): EventMention {
  const base = articles.flatMap((article) => article.facts.events)[0];
  if (!base) throw new Error('the synthetic corpus has no events');
  const precision: Precision = 'day';
  const date: EventDate | null = start === null ? null : { start: IsoDaySchema.parse(start), end: IsoDaySchema.parse(start), precision, text: 'on the day', startOnly: false };
  return { ...base, key, date, source: { articleId, quote: '', start: 0, end: 1 } };
}

const noFacts: ArticleFacts = { places: [], people: [], items: [], events: [] };

describe('mergeSection', () => {
  it('gives each section\'s records in the order one merge of everything gives', () => {
    const facts = articles.map((article) => article.facts);
    const records = <R>(merged: { records: { record: R }[] }) => merged.records.map(({ record }) => record);
    expect(records(mergeSection(PLACES, articles))).toEqual(mergePlaces(facts.flatMap((fact) => fact.places), getGazetteerPlace));
    expect(records(mergeSection(EVENTS, articles))).toEqual(mergeEvents(facts.flatMap((fact) => fact.events), getGazetteerPlace));
    expect(records(mergeSection(PROCUREMENT, articles))).toEqual(mergeItems(facts.flatMap((fact) => fact.items)));
    expect(records(mergeSection(PEOPLE, articles))).toEqual(mergePeople(facts.flatMap((fact) => fact.people)));
  });

  it.each([
    ['the earlier file first', ['a.txt', 'b.txt']],
    ['the later file first', ['b.txt', 'a.txt']],
  ])('breaks ties between blocks by where their keys first appear, with %s', (_name, files) => {
    // Two keys that slug to the same id on the same day: only the order their keys first appear in tells them apart.
    const results = files.map((file, index) => ({ file, facts: { ...noFacts, events: [mention(index === 0 ? 'visit|A b' : 'visit|a-B', file, '2020-01-01')] } }));
    const sorted = [...results].sort((a, b) => (a.file < b.file ? -1 : 1));
    const merged = mergeSection(EVENTS, sorted).records.map(({ record }) => record);
    expect(merged).toEqual(mergeEvents(sorted.flatMap((result) => result.facts.events), getGazetteerPlace));
    expect(merged.map((event) => event.id)).toEqual(['visit-a-b-2020-01-01', 'visit-a-b-2020-01-01']);
  });
});

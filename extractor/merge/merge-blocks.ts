/**
 * The merge as blocks: every section of the bundle (places, events, items,
 * people) groups the articles' facts by key and merges each block on its
 * own. Kept per block, with each article's share of it, a later run that
 * changes a few articles re-merges only the blocks those articles touch and
 * puts the records back in the order one merge of everything gives.
 */
import type { EventInput, PersonInput, PlaceInput, ProcurementItemInput } from '../../schema/bundle';
import type { ArticleFacts, ItemFact, PersonFact, PlaceFact } from '../article/extract-article';
import type { EventMention } from '../events/extract-events';
import { getGazetteerPlace } from '../places/extract-places';
import { blockKeyOf, mergeEvents } from './merge-events';
import { mergeItems } from './merge-items';
import { mergePeople } from './merge-people';
import { mergePlaces } from './merge-places';
import { compareStrings } from './sources';

/** One article's facts of one key, in article order; `first` is where the first of them stands among the article's facts of that section. */
export interface Contribution<F> {
  file: string;
  first: number;
  facts: F[];
}

/**
 * Where a record stands among records that sort equal: one merge of
 * everything meets the blocks in the order their keys first appear (articles
 * by file, facts in article order), and a block's records in their own order.
 */
export interface Rank {
  file: string;
  first: number;
  index: number;
}

export type Order = [string, string];

export interface BlockRecord<R> {
  key: string;
  record: R;
  order: Order;
  rank: Rank;
}

export interface Section<F, R> {
  factsOf: (facts: ArticleFacts) => readonly F[];
  keyOf: (fact: F) => string;
  merge: (facts: F[]) => R[];
  /** What the section sorts its records by (date then id, name then id, or id), kept between runs without the record. */
  orderOf: (record: R) => Order;
}

export const PLACES: Section<PlaceFact, PlaceInput> = {
  factsOf: (facts) => facts.places,
  keyOf: (fact) => fact.placeId,
  merge: (facts) => mergePlaces(facts, getGazetteerPlace),
  orderOf: (place) => [place.id, ''],
};

export const EVENTS: Section<EventMention, EventInput> = {
  factsOf: (facts) => facts.events,
  keyOf: (mention) => blockKeyOf(mention, getGazetteerPlace),
  merge: (mentions) => mergeEvents(mentions, getGazetteerPlace),
  orderOf: (event) => [event.start ?? '9999', event.id],
};

export const PROCUREMENT: Section<ItemFact, ProcurementItemInput> = {
  factsOf: (facts) => facts.items,
  keyOf: (fact) => fact.mention.itemId,
  merge: mergeItems,
  orderOf: (item) => [item.name, item.id],
};

export const PEOPLE: Section<PersonFact, PersonInput> = {
  factsOf: (facts) => facts.people,
  keyOf: (fact) => fact.mention.personId,
  merge: mergePeople,
  orderOf: (person) => [person.id, ''],
};

/** One article's contributions to a section, by key, in the order the keys first appear in it. */
export function contributionsOf<F, R>(section: Section<F, R>, file: string, facts: ArticleFacts): Map<string, Contribution<F>> {
  const byKey = new Map<string, Contribution<F>>();
  section.factsOf(facts).forEach((fact, position) => {
    const key = section.keyOf(fact);
    const contribution = byKey.get(key);
    if (contribution) contribution.facts.push(fact);
    else byKey.set(key, { file, first: position, facts: [fact] });
  });
  return byKey;
}

/** Every article's contributions to a section, grouped by key; within a block, articles in the order given (by file). */
export function blocksOf<F, R>(section: Section<F, R>, articles: readonly { file: string; facts: ArticleFacts }[]): Map<string, Contribution<F>[]> {
  const blocks = new Map<string, Contribution<F>[]>();
  for (const article of articles) {
    for (const [key, contribution] of contributionsOf(section, article.file, article.facts)) {
      const block = blocks.get(key);
      if (block) block.push(contribution);
      else blocks.set(key, [contribution]);
    }
  }
  return blocks;
}

/** The records one block merges into, ranked for the global order. */
export function mergeBlock<F, R>(section: Section<F, R>, key: string, block: readonly Contribution<F>[]): BlockRecord<R>[] {
  const head = block[0];
  if (!head) return [];
  return section.merge(block.flatMap((contribution) => contribution.facts)).map((record, index) => ({ key, record, order: section.orderOf(record), rank: { file: head.file, first: head.first, index } }));
}

/** The order one merge of all the facts gives: the section's own, then where each block's key first appears. */
export function compareRecords(a: { order: Order; rank: Rank }, b: { order: Order; rank: Rank }): number {
  return (
    compareStrings(a.order[0], b.order[0]) ||
    compareStrings(a.order[1], b.order[1]) ||
    compareStrings(a.rank.file, b.rank.file) ||
    a.rank.first - b.rank.first ||
    a.rank.index - b.rank.index
  );
}

/** A whole section merged block by block: the blocks (to keep) and the records in bundle order. */
export function mergeSection<F, R>(section: Section<F, R>, articles: readonly { file: string; facts: ArticleFacts }[]): { blocks: Map<string, Contribution<F>[]>; records: BlockRecord<R>[] } {
  const blocks = blocksOf(section, articles);
  const records = [...blocks].flatMap(([key, block]) => mergeBlock(section, key, block));
  return { blocks, records: records.sort(compareRecords) };
}

/**
 * Procurement items of one article: every mention of a catalogued system or of
 * an uncatalogued designation, each with what its own sentence says about it
 * (status, value, expected delivery, supplier, recipient). Mentions are not
 * merged here; the merger groups them by `itemId`.
 */
import type { DateSpan, IsoDay, Money, ProcurementStatus } from '../../schema/bundle';
import { findDateMentions } from '../dates/find-date-mentions';
import type { DateMention, Sentence } from '../types';
import type { DictionaryMatch } from '../types';
import type { CatalogueItem } from './catalogue';
import { findCatalogueId, getCatalogueItem } from './catalogue';
import { toItemId, withoutPlural } from './designation-key';
import { detectStatus } from './detect-status';
import { findCatalogueMentions, variantLettersAfter } from './find-catalogue-mentions';
import { findNamedShips, isNamedHull } from './find-named-ships';
import { findDesignations } from './find-designations';
import { findMoney, type MoneyMention } from './find-money';
import type { PartyCue } from './find-parties';
import { findParties, resolveParties } from './find-parties';
import { groupClauses } from './group-clauses';

export { getCatalogueItem } from './catalogue';

export interface ItemMention {
  itemId: string;
  name: string;
  /** The spellings seen, singular ("MiG29K" for "MiG29Ks"). */
  aliases: string[];
  category: string;
  supplier: string | null;
  recipient: string | null;
  status: ProcurementStatus;
  value: Money | null;
  expectedDelivery: DateSpan | null;
  /** The words as written, with offsets into the article text. */
  text: string;
  start: number;
  end: number;
  sentenceIndex: number;
}

/** An item found in the text; offsets into the article text. */
interface FoundItem {
  itemId: string;
  name: string;
  spelling: string;
  category: string;
  origin: string | null;
  operator: string | null;
  text: string;
  start: number;
  end: number;
}

interface Span {
  start: number;
  end: number;
}

function distanceBetween(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** "Su-30MKIs" is seen as "Su-30MKI" when the singular still names the same item. */
function singularSpelling(text: string, itemId: string): string {
  if (!text.endsWith('s')) return text;
  const singular = text.slice(0, -1);
  return findCatalogueId(singular) === itemId ? singular : text;
}

/** "Babur-3", "Ghauri-II", "Nag Mk2", "Nag Mark 2": a numbered variant of a catalogued family the catalogue does not list. */
const VARIANT_SUFFIXES: readonly { pattern: RegExp; joiner: string }[] = [
  { pattern: /^-(\d{1,2}[A-Z]?|(?:I{1,3}|IV|VI{0,3}|IX|X)[A-Z]?)(?![\p{L}\p{N}-])/u, joiner: '-' },
  { pattern: /^[ -](?:Mk|Mark)[ -]?(\d[A-Z]?|I{1,3}|IV)(?![\p{L}\p{N}-])/u, joiner: ' Mk' },
];
const LETTER_END = /\p{L}$/u;
const DIGIT_END = /\d$/;
const SUFFIX_LOOKAHEAD = 10;

/** The variant named `name` (its catalogue entry when it has one), its mention taken on to `end`. */
function asVariant(text: string, found: FoundItem, name: string, end: number): FoundItem {
  const written = text.slice(found.start, end);
  const entry = getCatalogueItem(findCatalogueId(name) ?? '');
  const identity = entry ? { itemId: entry.id, name: entry.name, category: entry.category, origin: entry.origin } : { itemId: toItemId(name), name };
  return { ...found, ...identity, spelling: written, text: written, end };
}

/**
 * The catalogued item as found, or its variant: letters written onto a name
 * that ends in a number ("Mirage 2000H"), or a numbered suffix after a family
 * name that ends in a letter ("Babur-3").
 */
function toCatalogueItem(text: string, match: DictionaryMatch, entry: CatalogueItem): FoundItem {
  const found = { itemId: entry.id, name: entry.name, spelling: match.text, category: entry.category, origin: entry.origin, operator: null, text: match.text, start: match.start, end: match.end };
  const letters = variantLettersAfter(text, match);
  // "MV-22B" is not "MV-22 OspreyB": the letters go onto the designation as written when the name goes on past its number.
  const designation = DIGIT_END.test(entry.name) ? entry.name : match.text;
  if (letters !== '') return asVariant(text, found, `${designation}${letters}`, match.end + letters.length);
  const next = text[match.end];
  const after = next === '-' || next === ' ' ? text.slice(match.end, match.end + SUFFIX_LOOKAHEAD) : '';
  const variant = after && LETTER_END.test(entry.name) ? VARIANT_SUFFIXES.find(({ pattern }) => pattern.test(after)) : undefined;
  const suffix = variant?.pattern.exec(after);
  if (!variant || !suffix) return { ...found, spelling: singularSpelling(match.text, entry.id) };
  return asVariant(text, found, `${entry.name}${variant.joiner}${suffix[1] ?? ''}`, match.end + suffix[0].length);
}

/** Catalogue names and designations in one pass over the whole text (cheaper than sentence by sentence), in text order. */
function findItems(text: string): FoundItem[] {
  const items: FoundItem[] = [];
  for (const match of findCatalogueMentions(text)) {
    const entry = getCatalogueItem(match.key);
    if (entry) items.push(toCatalogueItem(text, match, entry));
  }
  // Both lists are in text order: one forward pointer finds the catalogue name a designation overlaps, if any.
  const catalogued = [...items];
  let next = 0;
  const designations = [...findDesignations(text), ...findNamedShips(text)].sort((a, b) => a.start - b.start);
  for (const designation of designations) {
    while (next < catalogued.length && (catalogued[next]?.end ?? 0) <= designation.start) next += 1;
    const candidate = catalogued[next];
    if (candidate && overlaps(candidate, designation)) continue;
    const entry = getCatalogueItem(findCatalogueId(designation.name) ?? '');
    items.push({
      itemId: entry?.id ?? toItemId(designation.name),
      name: entry?.name ?? designation.name,
      spelling: withoutPlural(designation.text),
      category: entry?.category ?? designation.category,
      origin: entry?.origin ?? designation.origin,
      operator: designation.operator,
      text: designation.text,
      start: designation.start,
      end: designation.end,
    });
  }
  return joinAdjacentSpellings(text, items.sort((a, b) => a.start - b.start));
}

const DIGIT = /\d/;

/** Of a designation and a class or nickname side by side, the designation: it says the variant ("MQ-9A SeaGuardian" is no MQ-9B). */
function moreSpecific(first: FoundItem, second: FoundItem): FoundItem {
  return DIGIT.test(second.text) ? second : first;
}

/**
 * A designation beside a class name or nickname of its category ("Type 039B
 * Yuan-class", "E-2C Hawkeye"). Two names without a number side by side stay
 * two platforms: "the Talwar-class frigate INS Tabar" is a class and a hull.
 */
function isDesignationWithName(first: FoundItem, second: FoundItem): boolean {
  if (isNamedHull(first.name) || isNamedHull(second.name)) return false;
  return first.category === second.category && DIGIT.test(first.text) !== DIGIT.test(second.text);
}

/**
 * "F/A-18 Super Hornet" is found as a designation then a name of the same
 * item, "Type 039B Yuan-class" as a variant then its class: one mention, not
 * two.
 */
function joinAdjacentSpellings(text: string, items: FoundItem[]): FoundItem[] {
  const joined: FoundItem[] = [];
  for (const item of items) {
    const previous = joined.at(-1);
    const adjacent = previous !== undefined && /^[ -]$/.test(text.slice(previous.end, item.start));
    if (previous && adjacent && (previous.itemId === item.itemId || isDesignationWithName(previous, item))) {
      const words = text.slice(previous.start, item.end);
      joined[joined.length - 1] = { ...moreSpecific(previous, item), text: words, spelling: words, start: previous.start, end: item.end };
    } else joined.push(item);
  }
  return joined;
}

/** Each cue goes to the item mention nearest to it; each item keeps the nearest of the cues it received. */
function assignToNearest<T extends Span>(items: readonly Span[], cues: readonly T[]): (T | null)[] {
  const assigned: (T | null)[] = items.map(() => null);
  for (const cue of cues) {
    let nearest = -1;
    items.forEach((item, index) => {
      const current = items[nearest];
      if (current === undefined || distanceBetween(item, cue) < distanceBetween(current, cue)) nearest = index;
    });
    const item = items[nearest];
    const held = assigned[nearest];
    if (item === undefined) continue;
    if (held === null || held === undefined || distanceBetween(item, cue) < distanceBetween(item, held)) assigned[nearest] = cue;
  }
  return assigned;
}

const DELIVERY_CONTEXT = /\b(?:deliver\w*|suppl(?:y|ies|ied)|induct\w*|arriv\w*|get|receive\w*|hand(?:ed)? over|handover|schedul\w*|due|slated|first batch|first lot|expected)\b/i;
/** Deadlines name a year or a year-relative period; date parsing is costly, so sentences without one skip it. */
const DEADLINE_CUE = /\b(?:(?:19|20)\d\d|(?:this|next|coming) (?:year|month|quarter|fiscal))\b/i;
const PREPOSITION_BEFORE = /\b(?:by|in|from|before|until|till|around|within|starting)\s+(?:the\s+)?$/i;

interface DeliveryDate extends Span {
  span: DateSpan;
}

/** The date phrase with the preposition that makes it a deadline ("by December 2021"). */
function toDeliveryDate(sentence: string, mention: DateMention): DeliveryDate {
  const preposition = PREPOSITION_BEFORE.exec(sentence.slice(Math.max(0, mention.start - 12), mention.start));
  const start = preposition === null ? mention.start : mention.start - preposition[0].length;
  const span = { start: mention.startDay, end: mention.endDay, precision: mention.precision, text: sentence.slice(start, mention.end) };
  return { span, start, end: mention.end };
}

/** How the dates of a sentence are found: findDateMentions, or a caller's copy that remembers them for the other stages. */
export type DateFinder = (sentence: string, published: IsoDay | null) => DateMention[];

/** Future dates in a sentence about delivery: what the deadline words promise, not when something happened. */
function findDeliveryDates(sentence: string, published: IsoDay | null, findDates: DateFinder): DeliveryDate[] {
  if (!DELIVERY_CONTEXT.test(sentence) || !DEADLINE_CUE.test(sentence)) return [];
  return findDates(sentence, published)
    .filter((mention) => published === null || mention.endDay > published)
    .map((mention) => toDeliveryDate(sentence, mention));
}

function toMoney(mention: MoneyMention | null): Money | null {
  return mention && { amount: mention.amount, currency: mention.currency, text: mention.text };
}

/** How far a possessive reaches: "India's first S-400 squadron", not "India's repeated publicity over ... the S-400". */
const OWNER_REACH = 40;

/** The index of the item nearest to the cue, or -1. */
function nearestItem(items: readonly Span[], cue: Span): number {
  let nearest = -1;
  items.forEach((item, index) => {
    const current = items[nearest];
    if (current === undefined || distanceBetween(item, cue) < distanceBetween(current, cue)) nearest = index;
  });
  return nearest;
}

/** The index of the first item after the cue within `reach` characters, or -1. */
function nextItem(items: readonly Span[], cue: Span, reach: number): number {
  return items.findIndex((item) => item.start >= cue.end && item.start - cue.end <= reach);
}

/** The index of the last item before the cue, or -1. */
function previousItem(items: readonly Span[], cue: Span): number {
  return items.findLastIndex((item) => item.end <= cue.start);
}

/**
 * Whether a cue speaks of the item at `index`. A supplier belongs to the item
 * nearest to it ("operates Agosta boats and bought frigates from China":
 * China supplied the frigates), the others keep their catalogue origin. A
 * possessive belongs to the item right after it ("China's DF-41"). A buyer is
 * shared by the items after it ("India ordered Rafale jets and Scorpene
 * boats") and owns the one right before it ("the Rafale jets India bought"),
 * not the earlier ones ("the JF-17 ... against the Rafale jets India bought").
 * A recipient after the items is theirs ("jets and tanks for India"), and of
 * the one right after it.
 */
function speaksOf(items: readonly Span[], cue: PartyCue, index: number): boolean {
  const item = items[index];
  if (!item) return false;
  if (cue.role === 'supplier') return nearestItem(items, cue) === index;
  if (cue.role === 'owner') return nextItem(items, cue, OWNER_REACH) === index;
  if (cue.role === 'buyer') return item.start >= cue.end || previousItem(items, cue) === index;
  if (cue.role === 'recipient') return item.end <= cue.start || nextItem(items, cue, Infinity) === index;
  return true;
}

function partiesOfItems(items: readonly Span[], parties: readonly PartyCue[]): PartyCue[][] {
  return items.map((_, index) => parties.filter((cue) => speaksOf(items, cue, index)));
}

/** The items of one sentence of `text`, as found in it, each described by what its clause group says. Offsets stay article offsets. */
function describeSentence(text: string, sentence: Sentence, sentenceIndex: number, found: readonly FoundItem[], published: IsoDay | null, findDates: DateFinder): ItemMention[] {
  const items = found.map((item) => ({ ...item, start: item.start - sentence.start, end: item.end - sentence.start }));
  const groups = groupClauses(sentence.text, items.map((item) => item.start));
  const statuses = groups.map((group) => detectStatus(sentence.text.slice(group.start, group.end)));
  const values = assignToNearest(items, findMoney(sentence.text));
  const deliveries = assignToNearest(items, findDeliveryDates(sentence.text, published, findDates));
  const partiesOf = partiesOfItems(items, findParties(sentence.text, { text, start: sentence.start }));
  return items.map((item, index) => {
    const groupIndex = groups.findIndex((group) => item.start >= group.start && item.start < group.end);
    const group = groups[groupIndex] ?? { start: 0, end: sentence.text.length };
    const status = statuses[groupIndex] ?? 'mentioned';
    const cues = (partiesOf[index] ?? []).filter((cue) => cue.start >= group.start && cue.start < group.end);
    const { supplier, recipient } = resolveParties(cues, { origin: item.origin, operator: item.operator }, item.start, item.end);
    return {
      itemId: item.itemId,
      name: item.name,
      aliases: [item.spelling],
      category: item.category,
      supplier,
      recipient,
      status,
      value: toMoney(values[index] ?? null),
      expectedDelivery: status === 'delivered' ? null : (deliveries[index]?.span ?? null),
      text: item.text,
      start: sentence.start + item.start,
      end: sentence.start + item.end,
      sentenceIndex,
    };
  });
}

/**
 * Every item mention in an article, in text order. `sentences` carry offsets
 * into `text`; a name outside every sentence (a skipped "READ |" link line)
 * is not a mention of this article. `published` resolves delivery dates and
 * tells a deadline from a date already past; `findDates` finds them.
 */
export function extractItems(text: string, sentences: readonly Sentence[], published: IsoDay | null, findDates: DateFinder = findDateMentions): ItemMention[] {
  const found = findItems(text);
  if (found.length === 0) return [];
  const order = sentences.map((_, index) => index).sort((a, b) => (sentences[a]?.start ?? 0) - (sentences[b]?.start ?? 0));
  const mentions: ItemMention[] = [];
  let next = 0;
  for (const index of order) {
    const sentence = sentences[index];
    if (!sentence) continue;
    while (next < found.length && (found[next]?.start ?? 0) < sentence.start) next += 1;
    const inside: FoundItem[] = [];
    for (let at = next; at < found.length; at += 1) {
      const item = found[at];
      if (!item || item.start >= sentence.end) break;
      if (item.end <= sentence.end) inside.push(item);
    }
    if (inside.length > 0) mentions.push(...describeSentence(text, sentence, index, inside, published, findDates));
  }
  return mentions.sort((a, b) => a.start - b.start);
}

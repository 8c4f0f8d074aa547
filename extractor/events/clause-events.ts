/**
 * The fallback for events the frames do not know: a clause with a date of its
 * own, a verb of action and something to act on (a named place, person,
 * system or organisation) tells an event even when no trigger word names it
 * ("Australia last took part in Malabar in 2007", "the keel was laid in 2009").
 * Clauses are cut with a few cheap patterns, never parsed.
 */
import type { EventType } from '../../schema/bundle';
import { DATE_OF_SAYING, findActionVerb } from '../dates/detect-tense';
import type { DateMention } from '../types';

export interface Span {
  start: number;
  end: number;
}

/** A named thing in the sentence (offsets relative to it), by which an event is keyed and titled. */
export interface ClauseEntity extends Span {
  id: string;
  name: string;
}

export interface ClauseEvent extends Span {
  type: EventType;
  title: string;
  /** The verb's stem ("laid", "join"), which tells two events of one anchor apart. */
  verb: string;
  /** The named thing the clause is about, if any. */
  anchor: ClauseEntity | null;
  date: DateMention;
}

/**
 * Where a clause ends: strong punctuation, a comma before a conjunction or a
 * relative word, "and"/"but" before a new subject's verb, and the first comma
 * after an opening subordinate clause ("Since the standoff began in May 2020,").
 */
const CLAUSE_BREAK =
  /;\s*|:\s+|\s[—–]\s|,\s+(?=(?:and|but|while|whereas|which|who|whom|whose|where|when|after|before|as|though|although|even as|adding|saying|following|amid|a decision|a move|a day|days|weeks|months|hours)\b)|\s(?=(?:and|but)\s+(?:(?!which|that|who)[\w'-]+\s+){0,4}?(?:will|would|shall|is|are|was|were|has|had|have)\s)|\s(?=(?:after|before|when|while|following|until|till)\s)/g;
const OPENING_SUBORDINATE = /^(?:since|after|before|when|while|as|although|though|following|once|until)\b/i;

/** The clauses of a sentence as spans, in order, covering it. */
export function splitClauses(sentence: string): Span[] {
  const clauses: Span[] = [];
  let start = 0;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    if (match.index <= start) continue;
    pushClause(clauses, sentence, start, match.index);
    start = match.index + match[0].length;
  }
  pushClause(clauses, sentence, start, sentence.length);
  return clauses;
}

function pushClause(clauses: Span[], sentence: string, start: number, end: number): void {
  const text = sentence.slice(start, end);
  const comma = OPENING_SUBORDINATE.test(text) ? text.indexOf(', ') : -1;
  if (comma > 0) {
    clauses.push({ start, end: start + comma }, { start: start + comma + 2, end });
  } else {
    clauses.push({ start, end });
  }
}

/**
 * Milestones of a programme or a dispute that no trigger names: approvals,
 * tenders, foundation stones, first flights, disengagements, hand-overs of a
 * command. They let a clause without a known name be an event.
 */
const MILESTONE =
  /\b(approv(?:ed|al|es)|clear(?:ed|ance)|sanctioned|foundation stone|request for proposals?|RFP|tender|bids?|first flight|maiden flight|keel|floated out|sea trials|trials|disengage(?:d|ment)?|took over|takes over|assumed (?:charge|command)|advance payment|payment|withdr[ea]wn?|withdrawal)\b/i;
/** Milestones that are `other` even beside a deal or delivery word ("the contract, which the ministry approved last year"). */
const NOT_THE_DEAL_ITSELF = /\b(approv(?:ed|al|es)|clear(?:ed|ance)|sanctioned|foundation stone|request for proposals?|RFP|tender|advance payment|payment|trials|took over|takes over)\b/i;
/** Lines of the page around the article, which carry dates but no events. */
const PAGE_FURNITURE = /^\s*(?:published|updated|last updated|first published|posted|written by|edited by|reported by|photo|file photo|image)\b/i;
const DATE_WORDS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|These|Those|It|He|She|They|We|I|In|On|At|By|Since|After|Before|Earlier|Later|Last|Next|But|And|Meanwhile|However)$/;
const PROPER_NOUN = /\b\p{Lu}[\p{L}\d-]*/gu;
const LEADING_CONNECTIVE = /^(?:and|but|while|whereas|which|who|whom|where|when|as|though|although|even as|since|after|before|following|once|that|then|also)\b[\s,]*/i;
const TRAILING_WORDS = /(?:\s+(?:on|in|at|by|from|of|during|the|a|an|and|or|only|earlier|later|this|last|next))+$/i;
const MAX_TITLE = 90;
/** ", Kremlin aide Yury Ushakov said": who told it, not what happened. */
const ATTRIBUTION = /,\s+(?:[^,]*\s)?(?:said|says|told|added|according to)\b.*$/i;

export interface ClauseInput {
  sentence: string;
  /** The sentence's dates that date an event (not "since", "until"...). */
  dates: DateMention[];
  /** Where the sentence's frames sit: a clause holding one already tells that event. */
  taken: Span[];
  /** Trigger words found in the sentence, typing a clause that holds one. */
  triggers: (Span & { type: EventType })[];
  entities: ClauseEntity[];
}

/** The events of the dated clauses no frame covers. */
export function findClauseEvents(input: ClauseInput): ClauseEvent[] {
  const { sentence } = input;
  if (PAGE_FURNITURE.test(sentence)) return [];
  return splitClauses(sentence).flatMap((clause) => {
    const date = input.dates.find((mention) => within(mention, clause));
    if (!date || input.taken.some((span) => within(span, clause))) return [];
    if (describesEventBefore(sentence, clause, input.taken)) return [];
    if (DATE_OF_SAYING.test(sentence.slice(clause.start, date.start))) return [];
    const text = sentence.slice(clause.start, clause.end);
    const verb = findActionVerb(text);
    const entities = input.entities.filter((entity) => within(entity, clause));
    if (!verb || (entities.length === 0 && !MILESTONE.test(text) && !hasProperNoun(text, date, clause))) return [];
    const anchor = entities[0] ?? antecedentOf(text, clause, input.entities);
    return [
      {
        ...clause,
        type: typeOf(text, clause, input.triggers),
        title: titleOf(sentence, clause, date, antecedentOf(text, clause, input.entities)),
        verb: stemOf(verb.text),
        anchor,
        date,
      },
    ];
  });
}

/** "the annual summit, which is due to be held in 2022": the clause dates the event named just before it. */
const RELATIVE_OF_SUBJECT = /^(?:which|that)\s+(?:is|are|was|were|will|would|has|have|had|began|begins|runs|ran|took|takes|starts|started|ended|ends|concluded|opened|opens)\b/i;
const NEAR_ANTECEDENT = 40;

function describesEventBefore(sentence: string, clause: Span, taken: Span[]): boolean {
  return RELATIVE_OF_SUBJECT.test(sentence.slice(clause.start, clause.end)) && taken.some((span) => span.end <= clause.start && clause.start - span.end <= NEAR_ANTECEDENT);
}

function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

function typeOf(text: string, clause: Span, triggers: ClauseInput['triggers']): EventType {
  if (NOT_THE_DEAL_ITSELF.test(text)) return 'other';
  return triggers.find((trigger) => within(trigger, clause))?.type ?? 'other';
}

/** A capitalised word that is not the clause's first, a date or a pronoun: a name the dictionaries do not know. */
function hasProperNoun(text: string, date: DateMention, clause: Span): boolean {
  for (const match of text.matchAll(PROPER_NOUN)) {
    const at = clause.start + match.index;
    if (match.index === 0 || (at >= date.start && at < date.end)) continue;
    if (!DATE_WORDS.test(match[0])) return true;
  }
  return false;
}

/** "…Sengupta, who took over…": the name a relative clause hangs on, to title it with. */
function antecedentOf(text: string, clause: Span, entities: ClauseEntity[]): ClauseEntity | null {
  if (!/^(?:who|which)\b/i.test(text)) return null;
  return [...entities].reverse().find((entity) => entity.end <= clause.start && clause.start - entity.end <= 3) ?? null;
}

/** The clause in its own words, without the date phrase or the connective that joined it to the sentence. */
function titleOf(sentence: string, clause: Span, date: DateMention, antecedent: ClauseEntity | null): string {
  const words = `${sentence.slice(clause.start, date.start)} ${sentence.slice(date.end, clause.end)}`
    .replace(/["“”]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.])/g, '$1')
    .trim()
    .replace(LEADING_CONNECTIVE, '')
    .replace(ATTRIBUTION, '')
    .replace(/[\s,.;:]+$/, '')
    .replace(TRAILING_WORDS, '');
  const told = antecedent ? `${antecedent.name} ${words.replace(/^(?:who|which)\s+/i, '')}` : words;
  const short = told.length <= MAX_TITLE ? told : `${told.slice(0, told.lastIndexOf(' ', MAX_TITLE))}…`;
  return short.charAt(0).toUpperCase() + short.slice(1);
}

/** The last word of the verb group, without its inflection: "was floated" -> "float". */
function stemOf(verb: string): string {
  const last = verb.toLowerCase().split(/\s+/).at(-1) ?? verb;
  return last.replace(/(?:ing|ed|es|s)$/, '');
}

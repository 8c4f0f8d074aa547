/**
 * The fallback for events the frames do not know: a clause with a date of its
 * own, a verb of action and something to act on (a named place, person,
 * system or organisation) tells an event even when no trigger word names it
 * ("Australia last took part in Malabar in 2007", "the keel was laid in 2009").
 * Clauses are cut with a few cheap patterns, never parsed.
 */
import type { EventType } from '../../schema/bundle';
import type { ActionVerb } from '../dates/detect-tense';
import { DATE_OF_SAYING } from '../dates/detect-tense';
import { toEpochDay } from '../dates/iso-day';
import { DATELINE } from '../text/dateline';
import { compactTitle, fitTitle } from './compact-title';
import { CLAUSE_VERB_TYPES, HARDWARE } from './event-frames';
import type { DateMention } from '../types';

export interface Span {
  start: number;
  end: number;
}

/** A named thing in the sentence (offsets relative to it), by which an event is keyed and titled. */
export interface ClauseEntity extends Span {
  id: string;
  name: string;
  kind: 'item' | 'person' | 'place';
}

export interface ClauseEvent extends Span {
  type: EventType;
  title: string;
  /** The verb's stem ("laid", "join"), which tells two events of one anchor apart. */
  verb: string;
  /** The named thing the clause is about, if any. */
  anchor: ClauseEntity | null;
  date: DateMention;
  /** Dated by the event before it in its clause ("… and laid the foundation stone"), so it claims no date of its own. */
  sharesDate?: boolean;
}

/**
 * Where a clause ends: strong punctuation, a comma before a conjunction or a
 * relative word, "and"/"but" before a new subject's verb (not inside a name
 * such as "Belt and Road"), "that" after a verb of admitting or announcing
 * ("acknowledged that …": the saying and what was said are two clauses), and
 * the first comma after an opening subordinate clause ("Since the standoff began in May 2020,").
 */
const CLAUSE_BREAK =
  /;\s*|:\s+|\s[—–]\s|,\s+(?=(?:and|but|while|whereas|which|who|whom|whose|where|when|after|before|as|though|although|even as|adding|saying|following|amid|with\s+(?:[\w'’-]+\s+){1,4}(?:expected|set|due|scheduled|slated|likely)\s+to|a decision|a move|a day|a week|a month|a year|days|weeks|months|hours)\b)|\s(?=(?:and|but)\s+(?![A-Z])(?:(?!which|that|who)[\w'-]+\s+){0,4}?(?:will|would|shall|could|can|may|might|should|must|is|are|was|were|has|had|have)\s)|\s(?<![A-Z][\w'-]*\s)(?=(?:and|but)\s+[A-Z](?:(?!which|that|who)[\w'-]+\s+){0,4}?(?:will|would|shall|could|can|may|might|should|must|is|are|was|were|has|had|have)\s)|\s(?=(?:after|before|when|while|until|till|ahead of|despite)\s|following\s+(?:the|a|an|his|her|their|its)\s)|\s(?=since\s+(?:he|she|they|it|the|a|an|his|her|their|its)\s)|(?<=\b(?:acknowledged|admitted|announced|confirmed|revealed|disclosed|claimed|declared|denied|alleged)\s)(?=that\s)/g;
const OPENING_SUBORDINATE = /^(?:since|after|before|when|while|as|although|though|following|once|until)\b/i;

/** The clauses of a sentence as spans, in order, covering it; never cutting through one of `unbroken` ("August 11 and remain there until August 17"). */
export function splitClauses(sentence: string, unbroken: readonly Span[] = []): Span[] {
  const clauses: Span[] = [];
  let start = 0;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    if (match.index <= start || unbroken.some((span) => span.start < match.index && match.index < span.end)) continue;
    pushClause(clauses, sentence, start, match.index);
    start = match.index + match[0].length;
  }
  pushClause(clauses, sentence, start, sentence.length);
  return clauses;
}

function pushClause(clauses: Span[], sentence: string, start: number, end: number): void {
  const text = sentence.slice(start, end);
  // An opening subordinate clause, and a "when" clause after a date ("Since 2013, when …, China has"), end at their comma.
  const closesAtComma = (clauses.length === 0 && OPENING_SUBORDINATE.test(text)) || /^when\b/i.test(text);
  const comma = closesAtComma ? text.indexOf(', ') : -1;
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
  /\b(approv(?:ed|al|es)|clear(?:ed|ance)|sanctioned|acceptance of necessity|AoN|foundation stone|request for proposals?|RFP|tender|bids?|first flight|maiden flight|keel|floated out|sea trials|trials|disengage(?:d|ment)?|pull-?back|pulled back|took over|takes over|assumed (?:charge|command|office)|took (?:charge|office)|takes (?:charge|office)|sworn in|appointed|advance payment|payment|withdr[ea]wn?|withdrawal|launched|(?:de)?commissioned|retire[sd]?|joint statement|press release|communiqu[eé]|(?:fully )?operational)\b/i;
/** Milestones that are `other` even beside a deal or delivery word ("the contract, which the ministry approved last year"). */
const NOT_THE_DEAL_ITSELF =
  /\b(approv(?:ed|al|es)|clear(?:ed|ance)|sanctioned|acceptance of necessity|AoN|foundation stone|request for proposals?|RFP|tender|advance payment|payment|trials|took over|takes over|announced|announces|declared|joint statement|press release)\b/i;
/** The wire dateline opening a story ("BEIJING, Jan. 14 (Xinhua) --") is no part of any clause's event. */
const DATELINE_AND_DASH = new RegExp(`${DATELINE.source}[\\s—–-]*`, 'u');
/** Lines of the page around the article, which carry dates but no events. */
const PAGE_FURNITURE = /^\s*(?:published|updated|last updated|first published|posted|written by|edited by|reported by|photo|file photo|image)\b/i;
/** Capitalised words that name nothing: months, weekdays, and words that open a sentence. */
const NOT_A_NAME =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|These|Those|It|He|She|They|We|I|In|On|At|By|Since|After|Before|Earlier|Later|Last|Next|But|And|Meanwhile|However)$/;
const PROPER_NOUN = /\b\p{Lu}[\p{L}\d-]*/gu;
const LEADING_CONNECTIVE = /^(?:(?:and|but|while|whereas|where|when|as|though|although|even as|since|after|before|following|amid|ahead of|despite|once|that|then|also|adding|saying|it is to be noted|notably)\b[\s,]*)+/i;
const TRAILING_WORDS = /(?:\s+(?:on|in|at|by|from|of|during|the|a|an|and|or|only|earlier|later|this|last|next))+$/i;
/** The preposition a date phrase left behind when cut out of a title ("was held in [October 2020] in New Delhi"). */
const PREPOSITION_AT_END = /(?:\s+(?:in|on|at|by|during|from|of|since))?(?:\s+(?:late|early|mid)-?)?\s*$/i;
/** ", Kremlin aide Yury Ushakov said": who told it, not what happened. */
const ATTRIBUTION = /,\s+(?:[^,]{0,60}\s(?:said|says|added)|according to [^,]{0,60})$/i;
/** "Navy officials said landing trials would begin": what was said is the event. */
const REPORTED_CONTENT = /^.{0,120}?\b(?:said|says|told [\w ]{1,30}?|added)\s+(?:that\s+)?/i;

/** A frame's place in the sentence, and what it told: a clause holding one already tells that event. */
export interface TakenSpan extends Span {
  type: EventType;
  title: string;
  /** The dates written before its noun ("the 1999 Kargil war", "the 1988 and 1998 agreements"): the frame's own, so it takes no other date of its clause. */
  namedBy?: DateMention[];
}

export interface ClauseInput {
  sentence: string;
  /** The sentence's dates that date an event (not "since", "until"...). */
  dates: DateMention[];
  taken: TakenSpan[];
  /** Trigger words found in the sentence, typing a clause that holds one. */
  triggers: (Span & { type: EventType })[];
  entities: ClauseEntity[];
  /** The sentence's verbs of action (findActionVerbs), found once for all its clauses. */
  verbs: ActionVerb[];
}

/** The first verb of action inside a stretch of the sentence, its offset counted from the stretch's start. */
function verbIn(verbs: ActionVerb[], span: Span): ActionVerb | null {
  const verb = verbs.find((candidate) => candidate.index >= span.start && candidate.index + candidate.text.length <= span.end);
  return verb ? { index: verb.index - span.start, text: verb.text } : null;
}

/** What the last clause with a verb told, which a verbless "and the Ghaznavi in November" continues. */
interface Told {
  type: EventType;
  title: string;
  verb: string;
}

/** The events of the dated clauses no frame covers, and of the verbless ones continuing the clause before. */
export function findClauseEvents(input: ClauseInput): ClauseEvent[] {
  const { sentence } = input;
  if (input.dates.length === 0 || PAGE_FURNITURE.test(sentence)) return [];
  const events: ClauseEvent[] = [];
  let told: Told | null = null;
  let whenDate: DateMention | null = null;
  let actor = '';
  const bodyStart = DATELINE_AND_DASH.exec(sentence)?.[0].length ?? 0;
  // "a statement on June 29 that the road violated the 1988 and 1998 agreements": years naming a frame are its own, no later date of the clause's verb.
  const naming = new Set(input.taken.flatMap((span) => span.namedBy ?? []));
  for (const { start, end } of splitClauses(sentence, input.dates.map(keptWithItsWord))) {
    const clause = { start: Math.max(start, Math.min(bodyStart, end)), end };
    const text = sentence.slice(clause.start, clause.end);
    const verb = verbIn(input.verbs, clause);
    // "INS Karanj was delivered on February 1 and will be commissioned on March 10": the second clause's actor is the first's.
    const subject = verb && SUBJECTLESS.test(text) ? actor : '';
    if (verb && !subject) actor = subjectOf(sentence, clause, verb.index, input.entities).replace(LEADING_CONNECTIVE, '');
    const own = input.dates.filter((mention) => within(mention, clause) && !isPossessive(sentence, mention));
    // "since May 2020, when the standoff began": the date is the when-clause's.
    const dates = /^when\b/i.test(text) && own.length === 0 && whenDate ? [whenDate] : own.filter((mention) => !WHEN_FOLLOWS.test(sentence.slice(mention.end)));
    whenDate = own.find((mention) => WHEN_FOLLOWS.test(sentence.slice(mention.end))) ?? null;
    // "The INDRA exercise, held since 2003, began on Friday": the event a frame tells takes its own date before the one its series began on.
    const [date, ...afterIt] = input.taken.some((span) => within(span, clause)) ? sinceLast(dates) : dates;
    const later = afterIt.filter((mention) => !naming.has(mention));
    const frame = input.taken.find((span) => within(span, clause) && (!span.namedBy || !date || span.namedBy.includes(date)));
    if (frame) {
      const before = date && later.length > 0 ? eventBeforeFrame(input, clause, frame, date) : date ? eventDuringFrame(input, clause, frame, date) : null;
      if (before) events.push(before);
      told = verb ? { type: frame.type, title: frame.title, verb: stemOf(verb.text) } : told;
      const milestone = date && verb ? milestoneAfter(input, clause, frame, date, verb) : null;
      if (milestone) events.push(milestone);
      // A date listed after the frame's ("gifted in 2010 and 2013") is the frame's own to tell again.
      if (date && verb && told) events.push(...laterEvents(input, clause, verb, date, later, told, true));
      continue;
    }
    // "… started on Thursday and will run over the next seven days": the event before going on, which its date covers.
    if (verb && GOES_ON.test(verb.text) && SAME_SUBJECT_GOES_ON.test(text.slice(0, verb.index))) continue;
    if (!verb) {
      const continued = told && date && CONTINUING.test(text) ? continuedEvent(input, clause, date, told) : null;
      const nominal = !continued && date && NOMINAL_EVENT.test(text) ? clauseEvent(input, clause, date, '') : null;
      // "the first major clash since the Galwan Valley incident in June 2020": the clash already tells it.
      const named = nominal && !input.taken.some((span) => span.type === nominal.type) ? nominal : null;
      const event = continued ?? named;
      if (event) events.push(event);
      continue;
    }
    const head = { start: clause.start, end: later[0] ? date?.end ?? clause.end : clause.end };
    const event = date ? clauseEvent(input, head, date, verb.text, subject) : null;
    // A clause without a date still tells what a verbless "and Gogra-Hot Springs, the last of them in September" continues.
    told = event ? { type: event.type, title: event.title, verb: event.verb } : date ? null : { type: typeOf(text, [], [], [], -1), title: compactTitle(tidy(text)), verb: stemOf(verb.text) };
    if (!event || !date || !told) continue;
    events.push(event, ...laterEvents(input, clause, verb, date, later, told));
  }
  return events;
}

function sinceLast(dates: DateMention[]): DateMention[] {
  const since = dates.filter((mention) => /^since\b/i.test(mention.text));
  return since.length === 0 ? dates : [...dates.filter((mention) => !since.includes(mention)), ...since];
}

/** "is not expected to join the fleet until 2026": a date that dates the event with "until" is no clause of its own (the break falls on the space before the word). */
function keptWithItsWord(mention: DateMention): Span {
  return /^(?:until|till|before)\b/i.test(mention.text) ? { start: Math.max(0, mention.start - 2), end: mention.end } : mention;
}

/** The words before a clause's verb, or for "who"/"which" the name the clause hangs on. */
function subjectOf(sentence: string, clause: Span, verbIndex: number, entities: ClauseEntity[]): string {
  const words = sentence.slice(clause.start, clause.start + verbIndex).trim();
  if (!/^(?:who|which)\b/i.test(words)) return words;
  return antecedentOf(sentence, clause, entities)?.name ?? '';
}

/** A clause joined by "and" that opens on its verb, sharing the subject of the clause before. */
const SUBJECTLESS = /^(?:and|but)\s+(?:will|would|shall|could|can|may|might|should|must|is|are|was|were|has|had|have)\b/i;

/** "started on Thursday and will run over the next seven days": the same event going on, which its frame's date covers. */
/** "and will run …", "and it continued …": the event before goes on; "and its berths were extended in 2021" tells something else that was extended. */
const SAME_SUBJECT_GOES_ON = /^(?:and|but)\s+(?:(?:it|they|then|later|also|still)\s+)*$/i;
const GOES_ON = /\b(?:run|runs|ran|continu\w*|last\w*|go on|goes on|went on|stay\w*|remain\w*|extend\w*)$/i;

/**
 * The events of a clause's later dates: a second verb with its own date is a
 * second event ("began its sea trials in February and completed them in
 * August"), a verbless stretch continues the first ("the Rafale M in January
 * and the Super Hornet in June"). A stretch holding a frame is that frame's.
 */
function laterEvents(input: ClauseInput, clause: Span, verb: { index: number }, first: DateMention, later: DateMention[], told: Told, framed = false): ClauseEvent[] {
  const { sentence } = input;
  const events: ClauseEvent[] = [];
  let segmentStart = first.end;
  for (const next of later) {
    const segment = { start: segmentStart, end: next.end };
    segmentStart = next.end;
    if (input.taken.some((span) => within(span, segment))) continue;
    const between = sentence.slice(segment.start, next.start);
    const previous = later[later.indexOf(next) - 1] ?? first;
    const ownVerb = verbIn(input.verbs, { start: segment.start, end: next.start });
    if (ownVerb && GOES_ON.test(ownVerb.text)) continue;
    const sharesSubject = ownVerb !== null && /^[\s,]*(?:and\s+)?$/.test(between.slice(0, ownVerb.index));
    const subject = sharesSubject ? subjectOf(sentence, clause, verb.index, input.entities) : '';
    const another = ownVerb
      ? clauseEvent(input, segment, next, ownVerb.text, subject)
      : isListedAfter(sentence, previous, next)
        ? framed ? null : { ...segment, type: told.type, title: told.title, verb: told.verb, anchor: null, date: next }
        : CONTINUING.test(between)
          ? continuedEvent(input, segment, next, told, true)
          : null;
    if (another) events.push(another);
  }
  return events;
}

/**
 * The event a clause tells about its date. Whether or not it names what it is
 * about ("the order for the remaining helicopters is expected to be placed in
 * fiscal 2023-24" names nothing the dictionaries know), annotators put it on the
 * timeline. `subject`: the head clause's subject, for a second verb sharing it
 * ("Vikrant began … and completed …").
 */
function clauseEvent(input: ClauseInput, clause: Span, date: DateMention, verb: string, subject = ''): ClauseEvent | null {
  const { sentence } = input;
  if (spansYears(date)) return null;
  const sayingWords = DATE_OF_SAYING.exec(sentence.slice(clause.start, date.start))?.[0];
  const saying = sayingWords !== undefined && PLAIN_SAYING.test(sayingWords);
  const statement = saying && TO_A_BODY.test(sentence.slice(clause.start, date.start));
  if (describesEventBefore(sentence, clause, input.taken) || (saying && !statement)) return null;
  const text = sentence.slice(clause.start, clause.end);
  const entities = input.entities.filter((entity) => within(entity, clause));
  // "which fought in the 1999 Kargil war, was resurrected in September 2019": an event its own year names does not type the clause's verb.
  const namedByYear = input.taken.filter((span) => span.namedBy);
  const triggers = input.triggers.filter((trigger) => (within(trigger, clause) || namesAntecedent(sentence, trigger, clause)) && !namedByYear.some((span) => within(trigger, span)));
  const antecedent = antecedentOf(sentence, clause, input.entities);
  const type = statement ? 'other' : typeOf(text, triggers, input.entities, entities, date.start - clause.start);
  return {
    ...clause,
    type,
    title: titleOf(sentence, clause, date, antecedent, subject, statement),
    verb: stemOf(verb),
    anchor: entities[0] ?? (antecedent?.id ? antecedent : null),
    date,
  };
}

/**
 * "Pakistan evaluated the Z-10 in 2015 and received four Mi-35M in 2018": a
 * verb with a date of its own, joined by "and" to the verb of a frame that has
 * a later date, is an event of its own (the frame keeps the later date).
 */
const AND_THEN_FRAME = /^\s*,?\s*and\s+(?:then\s+|also\s+|later\s+)?$/i;

function eventBeforeFrame(input: ClauseInput, clause: Span, frame: Span, date: DateMention): ClauseEvent | null {
  const { sentence } = input;
  if (date.end > frame.start || !AND_THEN_FRAME.test(sentence.slice(date.end, frame.start))) return null;
  const head = { start: clause.start, end: date.end };
  const verb = verbIn(input.verbs, { start: clause.start, end: date.start });
  return verb ? clauseEvent(input, head, date, verb.text) : null;
}

/**
 * "The purchase was announced in June 2023 during Modi's state visit", "a
 * joint statement was issued on Friday on the sidelines of the summit": one
 * date phrase dates both the clause's own verb and the event it was told
 * during, which keeps the date as well.
 */
const DURING_FRAME = /^\s*,?\s*(?:during|on the sidelines of|on the margins of|at)\s[^,;]{0,80}$/i;

function eventDuringFrame(input: ClauseInput, clause: Span, frame: Span, date: DateMention): ClauseEvent | null {
  const { sentence } = input;
  if (date.end > frame.start || !DURING_FRAME.test(sentence.slice(date.end, frame.start)) || verbIn(input.verbs, { start: date.end, end: frame.start })) return null;
  // "On June 21, during the visit, the two sides signed a memorandum": with no verb before the date, the main clause after the event it was told during.
  const verb = verbIn(input.verbs, { start: clause.start, end: date.start });
  const comma = sentence.indexOf(', ', frame.end);
  const told = verb ? { start: clause.start, end: date.end } : { start: comma >= 0 && comma < clause.end ? comma + 2 : frame.end, end: clause.end };
  const ownVerb = verb ?? verbIn(input.verbs, told);
  if (!ownVerb || input.taken.some((span) => span !== frame && span.start < told.end && span.end > told.start) || (!verb && input.dates.some((mention) => within(mention, told)))) return null;
  const event = clauseEvent(input, told, date, ownVerb.text);
  return event && { ...event, sharesDate: true };
}

/** "… inaugurated DefExpo and laid the foundation stone of an airbase": a milestone sharing the subject and day of the event before it. */
const AND_VERB = /\s+and\s+(?=[a-z])/g;

function milestoneAfter(input: ClauseInput, clause: Span, frame: Span, date: DateMention, verb: { index: number; text: string }): ClauseEvent | null {
  const { sentence } = input;
  AND_VERB.lastIndex = frame.end;
  const joint = AND_VERB.exec(sentence.slice(0, clause.end));
  if (!joint) return null;
  const segment = { start: joint.index + joint[0].length, end: clause.end };
  const text = sentence.slice(segment.start, segment.end);
  const ownVerb = verbIn(input.verbs, segment);
  if (ownVerb?.index !== 0 || !MILESTONE.test(text) || input.dates.some((mention) => within(mention, segment))) return null;
  const subjectEnd = clause.start + verb.index;
  const subject = tidy(`${sentence.slice(clause.start, Math.min(date.start, subjectEnd))} ${date.end < subjectEnd ? sentence.slice(date.end, subjectEnd) : ''}`);
  const entities = input.entities.filter((entity) => within(entity, segment));
  return {
    ...segment,
    type: 'other',
    title: compactTitle(`${subject} ${tidy(text)}`),
    verb: stemOf(ownVerb.text),
    anchor: entities[0] ?? null,
    date,
    sharesDate: true,
  };
}

/**
 * "tested in 2012 and 2018", "in March, and May": a year or month listed right
 * after another, telling the same event once more. Days are left alone: "on
 * Monday and Tuesday" is more often one event over both.
 */
const LISTED_DATE = /^\s*(?:,\s*(?:and|or)?|and|or)(?:\s+(?:again|later|once more))?(?:\s+(?:in|on))?\s*$/;

export function isListedAfter(sentence: string, first: DateMention, second: DateMention): boolean {
  return first.end <= second.start && first.precision === second.precision && (first.precision === 'year' || first.precision === 'month') && LISTED_DATE.test(sentence.slice(first.end, second.start));
}

/** A verbless stretch ("and from the Gogra area in August", "the Rafale M in January") telling the same kind of event again. */
const CONTINUING = /^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or|as well as)\s+)(?:(?:the|from|with|of|in|at|to|by|for|a|an|its|including|especially|notably|first|then)\b|\p{Lu})/u;

/** `inClause`: the stretch shares its clause's verb ("begin in 2029, with the remainder following by 2030"), so it needs no name of its own. */
function continuedEvent(input: ClauseInput, segment: Span, date: DateMention, told: Told, inClause = false): ClauseEvent | null {
  const text = input.sentence.slice(segment.start, date.start);
  if (verbIn(input.verbs, { start: segment.start, end: date.start })) return null;
  const entities = input.entities.filter((entity) => within(entity, segment));
  const named = entities.length > 0 || hasProperNoun(text, date, segment);
  const words = tidy(text);
  // ", the Army said on Monday": who told it, not more of the event before it.
  if (DATE_OF_SAYING.test(text) || words.split(' ').length < 2 || (!inClause && !named)) return null;
  return { ...segment, type: told.type, title: fitTitle(`${told.title} (${words})`), verb: told.verb, anchor: entities[0] ?? null, date };
}

/** Days in a leap year: a financial year ("fiscal 2024-25", April to March) is one year, however many calendar years it touches. */
const DAYS_IN_A_YEAR = 366;

/** "renewed the programme from 2021 to 2031": how long something holds, not when something happened. */
function spansYears(date: DateMention): boolean {
  return date.precision === 'year' && toEpochDay(date.endDay) - toEpochDay(date.startDay) >= DAYS_IN_A_YEAR;
}

/** "said on Monday", "told reporters on Friday": words that only report, whose date is no event; "announced", "confirmed", "warned" on a day are. */
const PLAIN_SAYING = /\b(?:said|says|told|tells|added|adds|noted|quoted|reported|remarked|stated|states)\b/i;

/** A statement to a chamber or a council is itself an event: "told Parliament on Tuesday". */
const TO_A_BODY =
  /\b(?:told|addressed|informed|briefed)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:Parliament|Lok Sabha|Rajya Sabha|Senate|Congress|National Assembly|State Duma|Duma|Security Council|General Assembly)\b/i;
const WHEN_FOLLOWS = /^\s*,\s*when\b/i;

/** "after the withdrawal of US troops in August": an event told as a noun, dating the clause it hangs on. */
const NOMINAL_EVENT = /^(?:after|before|following|since|amid|ahead of|despite)\s+(?:(?:a|an|the)\s+(?!(?:same|next|following|previous|last|first)\s+(?:day|week|month|year)\b)(?:(?:19|20)\d\d\s+)?[a-z]|[a-z]+ing\b)/i;

/** "Wednesday's talks": the date names which talks, it does not date the clause's verb. */
export function isPossessive(sentence: string, mention: DateMention): boolean {
  return /^['’]s\b/.test(sentence.slice(mention.end, mention.end + 3));
}

/** "the annual summit, which is due to be held in 2022": the clause dates the event named just before it. */
const RELATIVE_OF_SUBJECT =
  /^(?:which|that)\s+(?:(?:is|are|was|were|will|would|has|have|had|began|begins|runs|ran|took|takes|starts|started|ended|ends|concluded|opened|opens)\b|(?:[\w'’-]+\s+){1,4}?(?:(?:is|are|was|were|will|would)\s+)?(?:host|hold|held|organi[sz]|attend|chair)\w*\b)/i;
const NEAR_ANTECEDENT = 40;

function describesEventBefore(sentence: string, clause: Span, taken: Span[]): boolean {
  return RELATIVE_OF_SUBJECT.test(sentence.slice(clause.start, clause.end)) && taken.some((span) => span.end <= clause.start && clause.start - span.end <= NEAR_ANTECEDENT);
}

function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** "took part in Malabar", "will join the naval segment": an exercise when no trigger names the event. */
const TAKING_PART = /\b(t[ao]ok part|take[sn]? part|taking part|participat(?:e|ed|es|ing|ion)|join(?:ed|s|ing)?\s+(?:[\w'’-]+\s+){0,8}?(?:segment|drills?|exercises?|phase|manoeuvres|war ?games?))\b/i;

/** Someone who makes visits, named by an office the people directory may not know ("House Speaker Nancy Pelosi"). */
const VISITOR =
  /\b(?:President|Prime Minister|Minister|Secretary|Speaker|Chancellor|Premier|General|Admiral|Marshal|Chief|chief|envoy|[Aa]mbassador|delegation|King|Queen|Prince|leader|Senator|Congressman)\s+(?:(?:of|from)\s+(?:the\s+)?)?\p{Lu}|\b(?:president|prime minister|minister|secretary|chief|envoy|ambassador|delegation|premier|commander|admiral|general)s?\s+(?:\w+\s+)?(?:visit(?:s|ed)?|arriv(?:es|ed)|travel(?:s|led)|landed|left for|will (?:visit|travel|arrive)|(?:is|was|are|were)\s+(?:currently\s+|now\s+|also\s+)?on\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:visit|tour|trip))\b/u;
/** A ship's port call is a visit without a visiting person; aircraft "arriving" are not. */
const PORT_CALL = /\b(dock(s|ed|ing)? (?:at|in)|port call|berth(s|ed)? at|arriv(?:e|es|ed|ing) (?:at|in) (?:the )?(?:[\w-]+ ){0,2}port|(?:arriv(?:e|es|ed|ing) (?:at|in)|reach(?:es|ed)?|call(?:s|ed)? at) [^,;]{1,60}?\bfor (?:a|an|its) (?:[\w-]+ ){0,2}visit)\b/i;

/** `entities`: the sentence's, which may name a visitor; `own`: the clause's, which say whether it is about a system. */
/** "During trials, it lifted the M777 that the Army bought in 2016": an opening adverbial sets the scene, it is not what the clause tells. */
const OPENING_ADVERBIAL = /^(?:During|After|Before|Following|Amid|Despite)\b[^,]*,\s*/;

function typeOf(text: string, triggers: ClauseInput['triggers'], entities: ClauseEntity[], own: ClauseEntity[], dateAt: number): EventType {
  if (NOT_THE_DEAL_ITSELF.test(text.replace(OPENING_ADVERBIAL, ''))) return 'other';
  const type = triggers[0]?.type ?? (TAKING_PART.test(text) ? 'exercise' : typeOfVerb(text, own, dateAt));
  // "The first jets arrived in Ambala": a visit word with no visitor is typed by its verb, which systems arriving make a delivery.
  if (type === 'visit' && !PORT_CALL.test(text) && !VISITOR.test(text) && !entities.some((entity) => entity.kind === 'person')) return typeOfVerb(text, own, dateAt);
  return type;
}

/**
 * The type the clause's typing verb gives it ("entered service", "ordered",
 * "exercised with"), else `other`: the verb of the comma-stretch holding the
 * date ("the T129, 30 of which Pakistan ordered in July 2018, is stuck"),
 * else the earliest one outside an apposition ("PNS Babur, the first of four
 * corvettes ordered from Turkey, was launched in August" is no order).
 */
function typeOfVerb(text: string, entities: ClauseEntity[], dateAt: number): EventType {
  const aboutHardware = entities.some((entity) => entity.kind === 'item') || (HARDWARE.test(text) && !entities.some((entity) => entity.kind === 'person'));
  const stretches = commaStretches(text);
  const ofDate = stretches.find((stretch) => stretch.start <= dateAt && dateAt < stretch.end);
  // "A day later, the first jets arrived": after an opening stretch holding only the date, the next one is the main clause, not an apposition.
  const main = ofDate === stretches[0] ? 1 : 0;
  const outside = stretches.filter((stretch, index) => index <= main || !APPOSITION.test(text.slice(stretch.start, stretch.end)));
  for (const candidates of [ofDate ? [ofDate] : [], outside]) {
    let earliest: { type: EventType; index: number } | null = null;
    for (const stretch of candidates) {
      const words = text.slice(stretch.start, stretch.end);
      for (const { type, pattern, needsHardware } of CLAUSE_VERB_TYPES) {
        const match = pattern.exec(words);
        const index = stretch.start + (match?.index ?? 0);
        if (match && (!needsHardware || aboutHardware) && (earliest === null || index < earliest.index)) earliest = { type, index };
      }
    }
    if (earliest) return earliest.type;
  }
  return 'other';
}

/** A stretch between commas that describes the noun before it: "the first of four corvettes …", "30 of which …". */
const APPOSITION = /^\s*(?:the|a|an|one|its|their|which|who|\d+ of (?:which|whom)|[\w-]+ of (?:which|whom))\b/i;

function commaStretches(text: string): Span[] {
  const stretches: Span[] = [];
  let start = 0;
  for (const comma of text.matchAll(/,/g)) {
    stretches.push({ start, end: comma.index });
    start = comma.index + 1;
  }
  stretches.push({ start, end: text.length });
  return stretches;
}

/** A capitalised word that is not the clause's first, a date or a pronoun: a name the dictionaries do not know. */
function hasProperNoun(text: string, date: DateMention, clause: Span): boolean {
  for (const match of text.matchAll(PROPER_NOUN)) {
    const at = clause.start + match.index;
    if (match.index === 0 || (at >= date.start && at < date.end)) continue;
    if (!NOT_A_NAME.test(match[0])) return true;
  }
  return false;
}

/** "The week-long drills, which began on Monday": the trigger a relative clause hangs on types the clause. */
function namesAntecedent(sentence: string, trigger: Span, clause: Span): boolean {
  return /^(?:which|that)\b/i.test(sentence.slice(clause.start, clause.end)) && trigger.end <= clause.start && /^[\s,]*$/.test(sentence.slice(trigger.end, clause.start));
}

/** "…, agreed in February 2021, …": a clause opening on a past participle after a comma describes the noun before it. */
const PARTICIPLE_OPENING = /^[a-z]{3,}ed\b/;

function hangsOnNounBefore(sentence: string, clause: Span): boolean {
  const text = sentence.slice(clause.start, clause.end);
  return /^(?:who|which)\b/i.test(text) || (PARTICIPLE_OPENING.test(text) && /,\s*$/.test(sentence.slice(0, clause.start)));
}

/** "…Sengupta, who took over…", "the harbour at Uthuru Thila Falhu, agreed in 2021": the name a relative clause hangs on, to title it with. */
function antecedentOf(sentence: string, clause: Span, entities: ClauseEntity[]): ClauseEntity | null {
  if (!hangsOnNounBefore(sentence, clause)) return null;
  const named = [...entities].reverse().find((entity) => entity.end <= clause.start && clause.start - entity.end <= 3);
  // "the PLA Navy's support base in Djibouti, which opened …", "The six aircraft, which arrived …": the noun phrase, not just its name.
  const phrase = NOUN_PHRASE_BEFORE.exec(sentence.slice(0, clause.start))?.[1];
  if (named) return phrase?.endsWith(named.name) ? { ...named, name: phrase } : named;
  return phrase ? { id: '', name: phrase, kind: 'item', start: 0, end: phrase.length } : null;
}

const NOUN_PHRASE_BEFORE = /(?:^|\s)((?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,6}[\w'’-]+),?\s*$/i;

/** The clause in its own words, without the date phrase, the connective that joined it to the sentence, or who said it. */
function titleOf(sentence: string, whole: Span, date: DateMention, antecedent: ClauseEntity | null, subject: string, statement = false): string {
  const clause = antecedent ? ownPart(sentence, whole, date) : whole;
  const before = sentence.slice(clause.start, date.start).replace(PREPOSITION_AT_END, '');
  const words = tidy(`${before} ${sentence.slice(Math.max(date.end, clause.start), clause.end).replace(/^\s*onwards?\b/i, '')}`);
  const reported = REPORTED_CONTENT.exec(words);
  const content = reported && !statement && reported[0].length < words.length - 12 ? words.slice(reported[0].length) : words;
  const own = content.replace(/^(?:who|which)\s+/i, '');
  const told = antecedent ? `${antecedent.name} ${own}` : subject ? `${subject} ${own}` : own;
  return compactTitle(told);
}

/**
 * "The missile, which has a range of 2,750 km, was last tested in April": a
 * relative clause runs on into the main verb; the title keeps the part with the date.
 */
function ownPart(sentence: string, clause: Span, date: DateMention): Span {
  const comma = sentence.indexOf(', ', clause.start);
  if (comma < 0 || comma >= clause.end) return clause;
  return date.start < comma ? { start: clause.start, end: comma } : { start: comma + 2, end: clause.end };
}

function tidy(text: string): string {
  return text
    .replace(/["“”]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.])/g, '$1')
    .replace(/^[\s,;:]+/, '')
    .trim()
    .replace(LEADING_CONNECTIVE, '')
    .replace(/^according to [^,]{1,80},\s*/i, '')
    .replace(/[\s,.;:]+$/, '')
    .replace(ATTRIBUTION, '')
    .replace(TRAILING_WORDS, '');
}

/** The last word of the verb group, without its inflection: "was floated" -> "float". */
function stemOf(verb: string): string {
  const last = verb.toLowerCase().split(/\s+/).at(-1) ?? verb;
  return last.replace(/(?:ing|ed|es|s)$/, '');
}

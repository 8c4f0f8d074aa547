export type Tense = 'past' | 'future' | 'unknown';

/**
 * Words and constructions that put a clause in the future (including the
 * future seen from the past: "would", "was to"), and the present of a
 * scheduled event with its date ("Taiwan holds elections in January", "the
 * exercise begins on Monday"). What was agreed, decided or promised "to" do
 * lies ahead of the agreeing ("has accepted an invitation to attend the
 * ceremony on February 4"); the cue starts at "to", so the agreeing itself
 * stays past for a sentence's tense.
 */
const FUTURE =
  /\bto\s+[a-z]{2,}\b(?<=\b(?:agreed|agrees|decided|decides|accepted an invitation|accepts an invitation|promised|promises|pledged|pledges|vowed|vows|resolved)\sto\s+[a-z]{2,})|\b(?:will|shall|won't|would|is to|are to|was to|were to|upcoming|forthcoming|tomorrow|next|later this|plans? to|planning to|intends? to|aims? to|hopes? to|to be (?:held|conducted|hosted|organi[sz]ed|signed|launched|delivered|inducted|commissioned|attended|inaugurated))\b|'ll\b|\b(?:is|are|am|was|were|be)\s+(?:\w+ly\s+|also\s+|now\s+)?(?:scheduled|expected|set|due|slated|likely|going|poised|planned|proposed|supposed|to)\b|\b(?:is|are|am)\s+(?:hosting|holding|visiting|leaving|travelling|traveling|arriving|heading|flying|attending|convening)\b|\b(?:holds|hosts|begins|opens|kicks off)\b(?=[^.;]*\b(?:on|in|from)\s+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b))/i;

const IRREGULAR_PAST =
  'left|held|met|said|told|began|underwent|undertook|oversaw|laid|arrived|took|came|went|gave|made|flew|sent|saw|spoke|won|led|brought|bought|sold|struck|fought|thought|became|stood|kept|rose|fell|paid|sought|built|lost|drew|grew|withdrew|broke|chose|wrote|ran|sat|felt|heard|found|meant|got|shot|spent|threw|understood|wore|sank|overran|overtook|withheld|upheld|shook|dealt|lent|rebuilt|ago|yesterday|earlier|last';

const NOT_AFTER = 'is|are|am|be|been|being|the|a|an|its|his|her|their|our|this|that|these|those|of|and|very|more|most|highly|well';
const ADJECTIVES_IN_ED =
  'expected|scheduled|proposed|planned|supposed|united|advanced|based|related|armed|concerned|detailed|limited|hundred|kindred|sacred|naked|wicked|indeed|need|speed|seed|feed|breed|proceed|succeed|exceed|red|bed|shed|fled';

/** Past auxiliaries and perfect forms, then past verbs (irregular or "-ed") that do not follow "is", "be" or a determiner. */
const PAST = new RegExp(
  `\\b(?:was|were|had|did|(?:has|have) (?:\\w+ly |also |already |not )?(?:been|\\w+ed|\\w+en|${IRREGULAR_PAST}))\\b|\\b(?:${IRREGULAR_PAST}|(?!(?:${ADJECTIVES_IN_ED})\\b)[a-z]{2,}ed)\\b(?<!\\b(?:${NOT_AFTER})\\s\\w+)`,
  'i',
);

/**
 * The tense of a sentence or clause as far as dates are concerned: whichever of
 * a future or a past cue comes first, since news sentences lead with their main
 * verb ("Singh on Monday left ... and will hold talks" is past).
 */
export function detectTense(sentence: string): Tense {
  const future = FUTURE.exec(sentence);
  const past = PAST.exec(sentence);
  if (future === null && past === null) return 'unknown';
  if (past === null) return 'future';
  if (future === null) return 'past';
  return future.index <= past.index ? 'future' : 'past';
}

const FUTURE_CUES = new RegExp(FUTURE.source, 'gi');
const PAST_CUES = new RegExp(PAST.source, 'gi');

/**
 * The tense of the verb that governs a date at `position`: the nearest tense
 * cue before it ("arrived on Wednesday, will hold talks on Friday" gives each
 * date its own verb), else the first one after it ("on Monday (June 22) left").
 */
export function detectTenseAt(text: string, position: number): Tense {
  let before: { index: number; tense: Tense } | null = null;
  let after: { index: number; tense: Tense } | null = null;
  for (const [cues, tense] of [[FUTURE_CUES, 'future'], [PAST_CUES, 'past']] satisfies [RegExp, Tense][]) {
    for (const cue of text.matchAll(cues)) {
      if (cue.index < position) {
        if (before === null || cue.index > before.index) before = { index: cue.index, tense };
      } else if (after === null || cue.index < after.index) {
        after = { index: cue.index, tense };
        break;
      }
    }
  }
  return before?.tense ?? after?.tense ?? 'unknown';
}

/** Verbs that report speech: their date dates the saying, not the event said. */
const REPORTING_VERB =
  'said|says|told|tells|added|adds|stated|states|noted|claimed|quoted|reported|remarked|asserted|stressed|emphasi[sz]ed|recalled|informed|clarified|confirmed|insisted|alleged|denied|warned|urged';
const ACTION_IRREGULAR = IRREGULAR_PAST.split('|')
  .filter((word) => !['ago', 'yesterday', 'earlier', 'last', 'said', 'told'].includes(word))
  .join('|');
/** "began its trials and completed them", "a task group that sailed on August 2": after "and" or a relative "that" a past form is a verb, not an adjective. */
const ACTION_NOT_AFTER = NOT_AFTER.replace('|and|', '|').replace('|that|', '|');
const PARTICIPLE = String.raw`(?!(?:${REPORTING_VERB})\b)(?:[a-z]{2,}ed|[a-z]{3,}en|${ACTION_IRREGULAR}|laid|set|put|cut|hit|shut|begun|done|flown|shown|drawn|sworn|undertaken|overseen|upheld)`;

const HEADLINE_VERBS = 'visit|sign|buy|hold|host|launch|get|receive|deploy|induct|attend|meet|test|begin|start|deliver|join|arrive|land|acquire|order|procure|commission|conduct|hold|unveil|skip';
const SCHEDULED_PRESENT = 'holds|hosts|begins|starts|opens|ends|concludes|sails|leaves|arrives|joins|signs|launches|visits|receives|inducts|commissions|unveils|kicks off|wraps up';

/**
 * A finite verb of action, past or future: "took part", "was floated out",
 * "will join", "is set to sign", "are taking part". Reporting verbs ("said",
 * "told") and time words ("ago", "next") are not actions.
 */
const ACTION_VERB = new RegExp(
  [
    // "could begin in 2026" ("may" is left out: "May this year" is a month).
    String.raw`\b(?:will|shall|would|won't|could|might|should|must|is to|are to|was to|were to|plans? to|intends? to|hopes? to|aims? to|expects? to|seeks? to|wants? to)\s+(?:\w+ly\s+|also\s+|not\s+|then\s+)?(?:be\s+|have\s+)?[a-z]{2,}`,
    // "with PNS Tughril expected to arrive in January": the auxiliary may be left out.
    String.raw`\b(?:(?:is|are|was|were)\s+(?:\w+ly\s+|also\s+|now\s+|not\s+)?)?(?:scheduled|expected|set|due|slated|likely|poised|planned)\s+to\s+[a-z]{2,}`,
    // "the remaining two squadrons are due by August 2026".
    String.raw`\b(?:is|are|was|were)\s+(?:now\s+|also\s+)?(?:due|slated|scheduled)\b(?=\s+(?:by|in|on|for|before)\b)`,
    String.raw`\b(?:is|are|was|were)\s+(?:\w+ly\s+|also\s+|now\s+)?[a-z]{3,}ing\b`,
    // "The Vietnamese defence minister is on a four-day visit to India": being on a visit is visiting.
    String.raw`\b(?:is|are|was|were)\s+(?:currently\s+|now\s+|also\s+)?on\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:visit|tour|trip)\b`,
    String.raw`\b(?:was|were|has|have|had|is|are|been)\s+(?:\w+ly\s+|also\s+|already\s+|not\s+|first\s+|then\s+)?(?:been\s+)?${PARTICIPLE}\b`,
    String.raw`\b(?:${ACTION_IRREGULAR}|(?!(?:${ADJECTIVES_IN_ED}|${REPORTING_VERB})\b)[a-z]{2,}ed)\b(?<!\b(?:${ACTION_NOT_AFTER})\s\w+)`,
    // "Five Rafale jets to land in Ambala on July 29": a headline's future, its subject right before "to".
    // "to" before the look-behind: checking the sentence start at every position cost a third of the whole pattern.
    String.raw`\bto(?<=^(?:[\w'’.-]+\s+){1,6}to)\s+(?:${HEADLINE_VERBS})\b`,
    // "The exercise begins on Monday", "INS Tushil joins the fleet on December 9": the present of a scheduled or headline event.
    String.raw`\b(?:${SCHEDULED_PRESENT})\b(?<!\b(?:${ACTION_NOT_AFTER})\s\w+)(?<!['’]s\s\w+)`,
  ].join('|'),
  'i',
);

export interface ActionVerb {
  index: number;
  text: string;
}

/** The first verb of action in a clause, with its offset, or null when the clause has none. */
export function findActionVerb(clause: string): ActionVerb | null {
  const match = ACTION_VERB.exec(clause);
  return match && { index: match.index, text: match[0] };
}

const ACTION_VERBS = new RegExp(ACTION_VERB.source, 'gi');

/** Every verb of action in a sentence, in order: one pass, which its clauses then share. */
export function findActionVerbs(sentence: string): ActionVerb[] {
  return [...sentence.matchAll(ACTION_VERBS)].map((match) => ({ index: match.index, text: match[0] }));
}

/** Words right before a date that make it the date of a saying: "said on Monday", "told reporters on Friday". */
export const DATE_OF_SAYING = new RegExp(
  String.raw`\b(?:${REPORTING_VERB})(?:\s+(?:reporters|journalists|the media|the press|(?:the\s+)?(?:[A-Z]\w+\s+)?(?:parliament|Parliament|lawmakers|legislators)|[A-Z]\w+))?(?:\s+in a statement)?\s*(?:on|in|earlier|late|last)?\s*$`,
  'i',
);

/**
 * The procurement status a sentence reports. Each status has cue phrases; a
 * cue under a modal or future word ("expected to finalise", "to be delivered",
 * "yet to arrive") reports less than it says: an agreement, contract or
 * production not yet reached is still being negotiated, a delivery not yet made
 * is pending. Of the cues left, the most advanced status wins.
 */
import type { ProcurementStatus } from '../../schema/bundle';

/** Most advanced first; "delayed" outranks "delivery-pending" because a delay is news about a pending delivery. */
export const STATUS_PRIORITY: readonly ProcurementStatus[] = [
  'delivered',
  'delayed',
  'delivery-pending',
  'in-production',
  'contracted',
  'agreed',
  'negotiating',
  'mentioned',
];

interface StatusCue {
  status: ProcurementStatus;
  pattern: RegExp;
  /** What the cue reports when it stands under a modal or future word; null when modality does not change it. */
  whenTentative: ProcurementStatus | null;
}

const CUES: readonly StatusCue[] = [
  {
    status: 'delivered',
    pattern: /\b(?:delivered|received(?! (?:an? |the |its |their )?(?:assurances?|requests?|invitations?|support|approvals?|nod|clearance|go-ahead|bids?|offers?|proposals?|responses?|queries|letters?|calls?)\b)|inducted|induct(?:s|ion)?|arrived|handed over|commissioned|took delivery|taken delivery|entered service|joined the fleet|operationali[sz]ed|deployed|(?:began|begun|started|commenced) (?:deliver|supply|supplies|supplying|hand)\w*|completed (?:the )?deliver\w*|deliver(?:y|ies) (?:was|were|has been|have been) completed)\b/,
    whenTentative: 'delivery-pending',
  },
  {
    status: 'delayed',
    pattern: /\b(?:delay(?:ed|s)?|behind schedule|postponed|pushed back|deferred|held up|stalled|slipp(?:ed|age))\b/,
    whenTentative: 'delayed',
  },
  {
    status: 'delivery-pending',
    pattern: /\b(?:deliver(?:y|ies)|supply|supplies|induction|handover|arrival)\b(?=[^.;]{0,80}?\b(?:scheduled|expected|due|slated|set|planned)\b)|\b(?:scheduled|expected|due|slated|set) to (?:be )?(?:deliver|arriv|reach|induct|hand)\w*|\bsupposed to (?:get|receive)\b|\b(?:timely|early|expedit\w*|speedy|faster|swift|remaining|pending) deliver\w*|\bdeliver(?:y|ies) of\b|\bawait\w*|\byet to\b|\bwill (?:get|receive|arrive|deliver|supply|hand over)\b|\bto be (?:delivered|supplied|handed)\b|\b(?:is|are) (?:now )?(?:expected|due|scheduled|slated)\b(?= (?:by|in|before|around|next|this|early|mid|late|from|within)\b)/,
    whenTentative: null,
  },
  {
    status: 'in-production',
    pattern: /\blicen[cs]e[ds]?[- ](?:production|produc\w+|manufactur\w+|built)\b|\bjoint venture for (?:the )?(?:production|manufactur\w*)|\b(?:produc(?:e|ed|es|ing|tion)|manufactur\w+|assembl(?:e|ed|ing|y))\b/,
    whenTentative: 'negotiating',
  },
  {
    status: 'contracted',
    pattern: /\bsign(?:ed|ing|s)?\b(?=[^.;]{0,50}?\b(?:deal|contract|order|pact)s?\b)|\b(?:deal|contract|order)s?\b(?=[^.;]{0,60}?\b(?:signed|inked|sealed|awarded|placed|concluded|worth|valued)\b)|\b(?:inked|sealed)\b|\bordered\b|\bplaced (?:an |a firm )?orders?\b|\b(?:billion|million|crore|bn|mn|cr)\s+(?:deal|contract|order)\b/,
    whenTentative: 'negotiating',
  },
  {
    status: 'agreed',
    pattern: /\bagreed\b|\bagreements?\b|\bMoUs?\b|\bmemorandum of understanding\b|\bfinali[sz](?:e|ed|es|ing)\b|\binter-governmental agreement\b|\bIGA\b/,
    whenTentative: 'negotiating',
  },
  {
    status: 'negotiating',
    pattern: /\b(?:talks?|negotiat\w*|proposals?|proposed|press(?:ed|ing)? for|requests?|requested|discuss\w*|tenders?|RFP|bids?|offer(?:ed|s)?|considering|evaluat\w*|(?:plans? )?to (?:buy|acquire|procure|purchase|lease)|close to (?:a |an |the )?(?:deal|contract|agreement)|approv\w+|cleared|clearance)\b/,
    whenTentative: null,
  },
];

const TENTATIVE_WORDS = new Set([
  'expected', 'likely', 'set', 'slated', 'plan', 'plans', 'planning', 'planned', 'proposal', 'proposed', 'propose',
  'hope', 'hopes', 'hoping', 'seek', 'seeks', 'seeking', 'want', 'wants', 'keen', 'considering', 'mulling', 'may',
  'might', 'could', 'would', 'will', 'shall', 'should', 'yet', 'awaiting', 'supposed', 'scheduled', 'due', 'aim',
  'aims', 'intend', 'intends', 'ready', 'not', 'never', 'soon', 'going', "won't", 'possible', 'potential',
  // Agreeing on production is not yet producing.
  'agree', 'agreed', 'agreement',
]);
/** "to (formally) induct", "to be delivered": an infinitive right before the cue. */
const INFINITIVE_BEFORE = /\bto(?:\s+\w+ly)?(?:\s+be)?(?:\s+\w+ly)?\s*$/i;
const NEGATED_DELAY_BEFORE = /\b(?:without|no|avoid|not be|any)\s+(?:any\s+)?$/i;
const WORDS_BEFORE = 4;

function isTentative(before: string): boolean {
  if (INFINITIVE_BEFORE.test(before)) return true;
  const words = before.toLowerCase().match(/[a-z']+/g) ?? [];
  return words.slice(-WORDS_BEFORE).some((word) => TENTATIVE_WORDS.has(word));
}

/** A deal still to be signed ("the contract is expected to be signed", "close to a deal") is not yet agreed or contracted. */
const SIGNATURE_AHEAD = /\b(?:expected|likely|set|scheduled|due|yet|about|going|ready|poised|slated) to be (?:signed|inked|finali[sz]ed|sealed|concluded)\b|\bwill (?:be )?sign(?:ed)?\b|\bclose to (?:a |an |the )?(?:deal|contract|agreement)/i;

/** "discussions for the establishment of a joint venture for the production of": production still being talked about. */
const PRODUCTION_UNDER_TALKS = /\b(?:discussions?|talks|negotiations?|proposals?)\s+(?:for|on|about|over|to)\b/i;
const TALKS_LOOKBEHIND = 120;

function statusOfCue(cue: StatusCue, sentence: string, at: number): ProcurementStatus | null {
  if ((cue.status === 'contracted' || cue.status === 'agreed') && SIGNATURE_AHEAD.test(sentence)) return 'negotiating';
  if (cue.status === 'in-production' && PRODUCTION_UNDER_TALKS.test(sentence.slice(Math.max(0, at - TALKS_LOOKBEHIND), at))) return 'negotiating';
  const before = sentence.slice(Math.max(0, at - 60), at);
  if (cue.status === 'delayed' && NEGATED_DELAY_BEFORE.test(before)) return null;
  if (cue.whenTentative !== null && isTentative(before)) return cue.whenTentative;
  return cue.status;
}

/**
 * Every cue in one alternation, one capture group per cue, so a sentence is
 * scanned once. Cues that need a second word later ("delivery ... scheduled")
 * look ahead for it rather than consume it, so no cue hides another.
 */
const ANY_CUE = new RegExp(CUES.map((cue) => `(${cue.pattern.source})`).join('|'), 'gi');

function cueOf(match: RegExpMatchArray): StatusCue | undefined {
  return CUES.find((_, index) => match[index + 1] !== undefined);
}

/** The most advanced status any cue in `sentence` reports, or "mentioned" when none does. */
export function detectStatus(sentence: string): ProcurementStatus {
  let best = STATUS_PRIORITY.length - 1;
  for (const match of sentence.matchAll(ANY_CUE)) {
    const cue = cueOf(match);
    const status = cue && statusOfCue(cue, sentence, match.index);
    const rank = status ? STATUS_PRIORITY.indexOf(status) : -1;
    if (rank >= 0 && rank < best) best = rank;
  }
  return STATUS_PRIORITY[best] ?? 'mentioned';
}

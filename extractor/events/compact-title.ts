/**
 * Clause events are titled from their clause's own words; a timeline needs
 * them short, as an analyst would write them: actor, action, object or place
 * ("Cabinet Committee on Security cleared the purchase of 26 Rafale M jets"),
 * never a sentence cut off in mid-phrase. Cheap rewrites only, no parsing.
 */
import { findActionVerb } from '../dates/detect-tense';

/** Titles longer than this are cut at a phrase boundary. */
export const MAX_TITLE_LENGTH = 80;

/** "(DAC)", "(with the Philippines' navy …)": asides the title does without. */
const PARENTHESIS = /\s*\([^()]*\)?/g;
/** "On the night, …", "In 2019, …": the setting the date left behind, before the actor. */
const LEADING_SETTING = /^(?:(?:in|on|at|by|during|after|before|since|earlier|later|meanwhile|however|besides|also|then)\b[^,]{0,40}|\w+ly),\s+(?=\S)/i;
/** ", chaired by Rajnath Singh,", ", the first of four corvettes …,": a description between commas. */
const APPOSITION = /,\s+(?:the|a|an|its|their|his|her|\d+ of (?:which|whom)|which|who|whose|chaired by|led by|flown by|headed by|estimated at|worth|including|a source)\b[^,]*(?:,|$)/gi;
/** Where the clause goes on about something else: a subordinate clause, a purpose, a comment. */
const TAIL =
  /,|;|\s(?:because|since|after|before|while|whereas|although|though|which|who|whose|citing|saying|adding|making|despite|amid|once|until|so that|even as|according to)\s/i;
/** Words a headline leaves out: auxiliaries before a participle, "will" as "to". */
const HEADLINE_VERBS: [RegExp, string][] = [
  [/\b(?:is|are|was|were)\s+((?:\w+ly\s+)?(?:expected|scheduled|set|due|likely|slated|poised|planned)\s+to)\b/gi, '$1'],
  [/\b(?:is|are|was|were)\s+to\s+/gi, 'to '],
  [/\bwill\s+be\s+/gi, 'to be '],
  [/\bwill\s+(?!be\b)/gi, 'to '],
  [/\b(?:has|have|had)\s+been\s+(?=\w+(?:ed|en|wn|lt|ld|nt)\b)/gi, ''],
  [/\b(?:was|were)\s+(?=(?:\w+ly\s+|first\s+|last\s+)?\w+(?:ed|en|wn|lt|ld|nt|id|ung)\b)/gi, ''],
];
/** Words a clause cut from its sentence may open with that a title cannot: an article, a relative word, a bare auxiliary. */
const LEADING_FILLER = /^(?:(?:the|a|an|whose|which|who|that)\s+|(?:is|are|was|were)\s+(?=(?:a|an|the)\s))(?=\S)/i;
/** Words a title must not end on once cut. */
const DANGLING =
  /(?:[\s,;:]+(?:the|a|an|of|in|on|at|by|for|from|to|with|and|or|but|near|along|under|over|during|into|its|their|his|her|that|which|who|as|had|has|have|was|were|is|are|would|will|could|should|be|been|more|most|very))+$/i;
/** The words at which a long title may be cut: before a preposition or conjunction ("of" and "to" bind too tightly). */
const PHRASE_BOUNDARY = /\s(?=(?:in|on|at|for|with|from|and|near|along|under|over|during|by|into|after|before|off)\s)/gi;
/** A cut at a phrase boundary must keep this much of the limit; otherwise the title is cut between words. */
const MIN_PHRASE_CUT = 60;
/** A title shorter than this after a cut says too little: cut later. */
const MIN_KEPT = 24;

/** The clause's words (date, connective and attribution already taken out) as a short title. */
export function compactTitle(words: string): string {
  let title = words.replace(PARENTHESIS, '').replace(/\s+/g, ' ').trim();
  const setting = LEADING_SETTING.exec(title);
  if (setting && title.length - setting[0].length >= MIN_KEPT) title = title.slice(setting[0].length);
  title = withoutSubjectAside(title.replace(APPOSITION, '').trim());
  // The tail is cut only after the verb: "The Ababeel, Pakistan's first MIRV missile, was tested" keeps its verb.
  const verb = findActionVerb(title);
  const from = Math.max(MIN_KEPT, verb ? verb.index + verb.text.length : 0);
  const tail = TAIL.exec(title.slice(from));
  if (tail) title = title.slice(0, from + tail.index);
  for (const [pattern, replacement] of HEADLINE_VERBS) title = title.replace(pattern, replacement);
  return fitTitle(withShortSubject(title.replace(LEADING_FILLER, '').replace(DANGLING, '').trim()));
}

/** "INS Shivalik and corvette INS Kadmatt exercised with …": when the actors alone fill the title, the first of them stands for all. */
function withShortSubject(title: string): string {
  const verb = findActionVerb(title);
  if (title.length <= MAX_TITLE_LENGTH || !verb || verb.index < MAX_TITLE_LENGTH / 2) return title;
  const and = title.slice(0, verb.index).indexOf(' and ');
  return and > 0 ? `${title.slice(0, and)} ${title.slice(verb.index)}` : title;
}

/** "INS Shivalik and INS Kadmatt, along with a P-8I aircraft, exercised …": an aside between the actor and its verb. */
function withoutSubjectAside(title: string): string {
  const verb = findActionVerb(title);
  const first = title.indexOf(', ');
  const second = first < 0 ? -1 : title.indexOf(', ', first + 2);
  if (!verb || first < 0 || second < 0 || second > verb.index) return title;
  return `${title.slice(0, first)} ${title.slice(second + 2)}`;
}

/** The title capitalised and, when too long, cut where a phrase ends (never mid-phrase, never with an ellipsis). */
export function fitTitle(title: string): string {
  const fitted = title.length > MAX_TITLE_LENGTH ? cutAtPhrase(title) : title;
  return fitted.charAt(0).toUpperCase() + fitted.slice(1);
}

/** The longest head of the title up to the limit that ends where a phrase ends. */
function cutAtPhrase(title: string): string {
  let cut = -1;
  for (const boundary of title.matchAll(PHRASE_BOUNDARY)) {
    if (boundary.index > MAX_TITLE_LENGTH) break;
    cut = boundary.index;
  }
  const head = cut >= MIN_PHRASE_CUT ? title.slice(0, cut) : wordsUpTo(title, MAX_TITLE_LENGTH);
  return head.replace(DANGLING, '');
}

/** How far past the limit a title may run to finish a name it cut ("… with the Royal Australian | Navy"). */
const NAME_OVERFLOW = 16;
const NAME_WORD = /^[\p{Lu}\d][\p{L}\d'’-]*$/u;

/** The words that fit in `length` characters, not ending inside a name: it is finished if short enough, else left out. */
function wordsUpTo(title: string, length: number): string {
  const all = title.split(' ');
  const words: string[] = [];
  let used = -1;
  for (const word of all) {
    used += word.length + 1;
    if (used > length) break;
    words.push(word);
  }
  const rest = all.slice(words.length);
  const [next = ''] = rest;
  // "his Chinese | counterpart": a name used as an adjective needs its noun.
  const nounOfName = NAME_WORD.test(words.at(-1) ?? '') && /^\p{Ll}+$/u.test(next) && !DANGLING.test(` ${next}`);
  if (nounOfName && [...words, next].join(' ').length <= length + NAME_OVERFLOW) return [...words, next].join(' ');
  const nameGoesOn = NAME_WORD.test(next) && NAME_WORD.test(words.at(-1) ?? '');
  if (!nameGoesOn) return words.join(' ');
  const finished = [...words];
  for (const word of rest) {
    if (!NAME_WORD.test(word)) break;
    finished.push(word);
  }
  if (finished.join(' ').length <= length + NAME_OVERFLOW) return finished.join(' ');
  while (words.length > 1 && NAME_WORD.test(words.at(-1) ?? '')) words.pop();
  return words.join(' ');
}

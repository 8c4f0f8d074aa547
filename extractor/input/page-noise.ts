/**
 * Page furniture that news sites wrap around an article and that survives a
 * copy to plain text: related-story links, photo captions and credits, agency
 * and syndication credits, bylines, date lines, share and newsletter prompts,
 * breadcrumbs.
 * None of it is the article's prose: it names other stories' dates, places
 * and headlines, so later stages skip these lines. The article text itself is
 * never changed (sources quote offsets into it).
 */
import { findDateStamps } from './date-stamps';

/**
 * `related`: other stories (their headlines and dates); `caption`: a photo's
 * caption or credit; `credit`: who wrote or reported it, where from ("By Rahul
 * Singh, New Delhi", "(Reporting by ... in Tokyo)"), and the article's own
 * date; `furniture`: the site's mastheads, breadcrumbs, share and newsletter
 * prompts, comment counts, and lines that only stamp the article's date.
 */
export type NoiseKind = 'related' | 'caption' | 'credit' | 'furniture';

export interface NoiseLine {
  kind: NoiseKind;
  /** Offsets of the line in the text, without its line break. */
  start: number;
  end: number;
}

/** Longer lines are paragraphs of prose, whatever they start with. */
const MAX_NOISE_LINE = 300;
const LEADING_BULLET = /^[ \t]*[•●▪◦■*][ \t]*/;

/** Longer lines with a date are prose. */
const MAX_DATE_LINE = 200;
/** A related-stories heading lists at most this many headlines below it. */
const MAX_RELATED_BLOCK_LINES = 12;

/** A heading alone on its line above a list of other stories' headlines. */
const RELATED_HEADING =
  /^(?:also read|read also|read more|must read|related|related (?:news|stories|articles|posts|coverage|links|reads|content)|also see|see also|you may also like|you might also like|recommended(?: for you| stories| articles)?|trending(?: now| stories| news| topics)?|top stories|latest news|latest stories|more stories|more news|more on this(?: story)?|more from [\p{L} .]{2,30}|popular (?:stories|news|now)|editor'?s picks?|also watch|watch video|in other news|best of [\p{L} .]{2,30}|top news|more top stories|don'?t miss|must watch|latest|featured(?: stories| news)?|explore more|also in [\p{L} .]{2,30})\s*[:|–—-]?$/iu;

/** A related-story link on its own line: "Also Read: ...", "READ MORE | ...", "ALSO READ India and China ...". */
const RELATED_LINK = /^(?:also read|read also|read more|must read|also watch|watch|read|related|see also|also see|suggested read)\s*(?:[:|–—>»]|-\s|\.\.\.)/i;
const RELATED_LINK_IN_CAPITALS = /^(?:ALSO READ|READ MORE|READ ALSO|MUST READ|SEE ALSO)\b/;

/** A caption opened by its credit or kind: "File photo of ...", "Photo: PTI", "Header image: ...", "Representative image", "Photo taken on ...". */
const CAPTION_START =
  /^\(?\s*(?:(?:file\s+|header\s+|top\s+|featured\s+)?(?:photo|image|picture|pic|visual)s?\s*(?:credit|courtesy|source)?\s*[:|/]|file (?:photo|image|picture|pic)\b|representa(?:tive|tional) (?:image|photo|picture)|image (?:used )?for representation|photo taken on\b|in this (?:file )?(?:photo|picture|image)\b)/i;

/**
 * A caption closed by its credit: "(Photo: PTI)", "(PTI Photo)", "(Reuters
 * file photo)", "(Xinhua/Li Xin)", "| Photo Credit: PTI", "... on June 10.
 * Photo: China Military", "— ISPR/File".
 */
const CAPTION_END =
  /(?:\((?:[^()]*\b(?:photo|image|picture|pic|file)s?\b[^()]*|(?:Xinhua|Reuters|AFP|AP|PTI|ANI|IANS|Sputnik|TASS)\/[^()]+)\)|\|\s*(?:(?:photo|image|picture|pic)s?(?:\s*credit)?\s*[:|]?\s*[^|]{0,60}|(?:PTI|ANI|IANS|Reuters|AFP|AP|Getty Images|File|Twitter|@\w+))|[.!?]\s+(?:photo|image|picture|file photo)s?(?:\s*credit)?\s*:\s*[^.:]{1,60}|[—–]\s*[\p{L} ]{0,30}\/\s*(?:file|photo))\s*\.?$/iu;

/** Agency and reporting credits: "(With inputs from agencies)", "(Reporting by ... in Tokyo; Editing by ...)", "Written by ...". */
const CREDIT =
  /^\(?\s*(?:with (?:inputs?|agency inputs) from|inputs from|additional reporting by|reporting by|writing by|edited by|editing by|compiled by|written by|reported by|translated by|curated by)\b/i;

/** The site around the article: copyright, share and newsletter prompts, read times, comment counts, tags. */
const SITE_PROMPT =
  /^(?:©|copyright\b|all rights reserved|follow us\b|follow [\p{L} .]{1,30} on\b|share (?:this|on|via|article|story)\b|share\s*:|sign up\b|subscribe\b|click (?:here|to)\b|download (?:the|our)\b|get the latest\b|track (?:the )?latest\b|catch (?:all|the) latest\b|for (?:all )?the latest\b|join (?:us|our)\b|like us on\b|listen to (?:this|the) (?:article|story)|\d+\s*min(?:ute)?s? read\b|advertisement$|story continues below|continue reading|comments?\s*(?:\(\d+\))?$|\d+\s+comments?$|view comments|post a comment|leave a comment|tags\s*:|topics\s*:|print$|e-?mail$)/iu;

/** "By Rahul Singh, New Delhi", "By PTI | ...": who wrote it, not what happened. */
const BYLINE = /^(?:By|BY|by)\s*:?\s+[\p{Lu}@][^.!?]{0,80}$/u;

/** A syndication or editing note anywhere in a line: "(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)". */
const SYNDICATION_NOTE = /syndicated feed|has not been edited by/i;

/** A writer's desk rather than a name: "Special Correspondent", "The Newspaper's Staff Reporter", "HT Correspondent", "ET Bureau". */
const DESK_LINE = /^(?:[\p{L}'’.]+\s+){0,3}(?:correspondent|staff reporter|reporter|bureau|news service|news desk|web desk|online desk|desk|staff|news network)$/iu;

/** "Home / India / Defence", "Home » News » World": the site's section path. */
const BREADCRUMB = /^[\p{L}&' -]{1,30}(?:\s*[/>›»]\s*[\p{L}&' -]{1,30}){2,}$/u;

/** A site's own name as a line ("The Hindu", "DAWN.COM", "TASS"): a masthead, not a headline. */
const MASTHEAD =
  /^(?:the )?(?:hindu|hindustan times|times of india|indian express|economic times|financial express|business standard|deccan herald|tribune(?: india)?|print|wire|quint|mint|livemint|ndtv|india today|news18|firstpost|wion|republic(?: world)?|zee news|dawn(?:\.com)?|express tribune|news international|nation|tass|ria novosti|sputnik(?: international| india)?|interfax|rt|global times|china daily|xinhua(?:net)?|cgtn|people's daily(?: online)?|china military online|reuters|associated press|afp|bbc news|diplomat|defense news|breaking defense|naval news|janes)$|^[\w-]+(?:\.[\w-]+)*\.(?:com|in|cn|ru|pk|net|org|co\.uk)$/i;

/** The kind of page furniture a single line is, judged on the line alone; null for prose and headlines. */
export function noiseKindOfLine(line: string): NoiseKind | null {
  // A list bullet ("• Also Read: ...", markdown lists) leaves the line what it was.
  const trimmed = line.replace(LEADING_BULLET, '').trim();
  if (trimmed === '' || trimmed.length > MAX_NOISE_LINE) return null;
  if (RELATED_HEADING.test(trimmed) || RELATED_LINK.test(trimmed) || RELATED_LINK_IN_CAPITALS.test(trimmed)) return 'related';
  if (CAPTION_START.test(trimmed) || CAPTION_END.test(trimmed)) return 'caption';
  if (CREDIT.test(trimmed) || BYLINE.test(trimmed) || SYNDICATION_NOTE.test(trimmed) || DESK_LINE.test(trimmed)) return 'credit';
  const isFurniture = SITE_PROMPT.test(trimmed) || BREADCRUMB.test(trimmed) || MASTHEAD.test(trimmed) || isDateLine(trimmed);
  return isFurniture ? 'furniture' : null;
}

/** A line that only stamps the article's date ("August 31, 20208:41 PM UTCUpdated 2 years ago"): it tells no event. */
function isDateLine(line: string): boolean {
  return line.length <= MAX_DATE_LINE && findDateStamps(line).length > 0;
}

/** A headline of a related-stories list ends without a full stop; a line of prose ends with one. */
function isListedHeadline(line: string): boolean {
  return line !== '' && line.length <= MAX_NOISE_LINE && !/[.!?]["'”’)]?$/.test(line);
}

/**
 * Every line of page furniture from `from` on, in text order, in one pass.
 * The headlines listed under a related-stories heading ("Related", "Also
 * Read") count as related too, up to the first blank line or line of prose.
 */
export function findNoiseLines(text: string, from = 0): NoiseLine[] {
  const found: NoiseLine[] = [];
  let relatedLinesLeft = 0;
  for (let start = from; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end).trim();
    const listed = relatedLinesLeft > 0 && isListedHeadline(line);
    const kind = listed ? 'related' : noiseKindOfLine(line);
    relatedLinesLeft = listed ? relatedLinesLeft - 1 : 0;
    if (kind !== null) found.push({ kind, start, end });
    if (kind === 'related' && RELATED_HEADING.test(line)) relatedLinesLeft = MAX_RELATED_BLOCK_LINES;
    start = end + 1;
  }
  return found;
}

/**
 * True when line `index` of `lines` tells another story: a related link, a
 * headline listed under a related-stories heading, or a photo caption. Looks
 * only around that line, for callers that check a few lines of many.
 */
export function isOtherStoryLine(lines: readonly string[], index: number): boolean {
  const line = (lines[index] ?? '').trim();
  const kind = noiseKindOfLine(line);
  if (kind === 'related' || kind === 'caption') return true;
  if (!isListedHeadline(line)) return false;
  for (let above = index - 1; above >= 0 && above >= index - MAX_RELATED_BLOCK_LINES; above -= 1) {
    const previous = (lines[above] ?? '').trim();
    if (RELATED_HEADING.test(previous)) return true;
    if (!isListedHeadline(previous)) return false;
  }
  return false;
}

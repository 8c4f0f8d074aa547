/**
 * Who supplies and who receives, from the words around country names in a
 * sentence: "from Russia", "Russian-made", "Russia will supply", "supplied by
 * France" name a supplier; "to India", "for the IAF", "India's", "the Indian
 * Navy", "India was supposed to get", "produce ... in India" name a recipient.
 * An "India-Russian joint venture" makes the partner that designed the item its
 * supplier and the other its recipient.
 */
import { createMatcher, type MatcherEntry } from '../dictionary/create-matcher';
import type { DictionaryMatch } from '../types';

/**
 * Who receives is told two ways: a `buyer` is the subject of a verb of buying
 * ("India ordered the jets"), a `recipient` follows the item ("jets for the
 * IAF", "handed over to India"). `owner` ("India's") and `signatory` ("India
 * signed") are recipients unless they are the supplier itself ("Russia's S-400"
 * names the maker); `partner` is one side of a joint venture; `host` ("produced
 * in India") receives unless it makes its own system there.
 */
export type PartyRole = 'supplier' | 'buyer' | 'recipient' | 'owner' | 'signatory' | 'partner' | 'host';

export interface PartyCue {
  country: string;
  role: PartyRole;
  start: number;
  end: number;
}

interface CountryNames {
  code: string;
  names: string[];
  /** Armed services: "the Indian Navy" always names the recipient. */
  forces: string[];
}

const COUNTRIES: readonly CountryNames[] = [
  { code: 'IN', names: ['India', 'Indian', 'Indo', 'New Delhi'], forces: ['Indian Air Force', 'Indian Navy', 'Indian Army', 'IAF', 'Indian armed forces', 'Indian Coast Guard'] },
  { code: 'RU', names: ['Russia', 'Russian', 'Russian Federation', 'Soviet', 'Soviet Union'], forces: ['Russian Air Force', 'Russian Navy', 'Russian Army', 'Russian Aerospace Forces'] },
  { code: 'CN', names: ['China', 'Chinese', 'Beijing'], forces: ['PLA', 'PLAAF', 'PLAN', "People's Liberation Army", 'PLA Navy', 'PLA Air Force'] },
  { code: 'PK', names: ['Pakistan', 'Pakistani', 'Islamabad'], forces: ['PAF', 'Pakistan Air Force', 'Pakistan Navy', 'Pakistan Army'] },
  { code: 'US', names: ['United States', 'US', 'U.S.', 'USA', 'America', 'American', 'Washington'], forces: ['US Air Force', 'US Navy', 'US Army', 'USAF', 'US Marine Corps'] },
  { code: 'FR', names: ['France', 'French', 'Paris'], forces: ['French Air Force', 'French Navy'] },
  { code: 'IL', names: ['Israel', 'Israeli', 'Tel Aviv'], forces: ['IDF', 'Israeli Air Force'] },
  { code: 'GB', names: ['United Kingdom', 'UK', 'Britain', 'British'], forces: ['Royal Air Force', 'Royal Navy', 'RAF'] },
  { code: 'DE', names: ['Germany', 'German'], forces: ['Bundeswehr'] },
  { code: 'SE', names: ['Sweden', 'Swedish'], forces: [] },
  { code: 'KR', names: ['South Korea', 'South Korean', 'Seoul'], forces: [] },
  { code: 'UA', names: ['Ukraine', 'Ukrainian', 'Kyiv', 'Kiev'], forces: [] },
  { code: 'TR', names: ['Turkey', 'Turkish', 'Türkiye', 'Ankara'], forces: [] },
  { code: 'IR', names: ['Iran', 'Iranian', 'Tehran'], forces: [] },
  { code: 'ES', names: ['Spain', 'Spanish'], forces: [] },
  { code: 'IT', names: ['Italy', 'Italian'], forces: [] },
  { code: 'JP', names: ['Japan', 'Japanese', 'Tokyo'], forces: ['JSDF'] },
  { code: 'AU', names: ['Australia', 'Australian'], forces: ['RAAF'] },
  { code: 'VN', names: ['Vietnam', 'Vietnamese'], forces: [] },
  { code: 'ID', names: ['Indonesia', 'Indonesian'], forces: [] },
  { code: 'PH', names: ['Philippines', 'Philippine'], forces: [] },
  { code: 'MY', names: ['Malaysia', 'Malaysian'], forces: [] },
  { code: 'MM', names: ['Myanmar', 'Burmese'], forces: [] },
  { code: 'BD', names: ['Bangladesh', 'Bangladeshi'], forces: [] },
  { code: 'LK', names: ['Sri Lanka', 'Sri Lankan'], forces: [] },
  { code: 'NP', names: ['Nepal', 'Nepalese'], forces: [] },
  { code: 'AF', names: ['Afghanistan', 'Afghan'], forces: [] },
  { code: 'AE', names: ['UAE', 'United Arab Emirates', 'Emirati'], forces: [] },
  { code: 'SA', names: ['Saudi Arabia', 'Saudi'], forces: [] },
  { code: 'EG', names: ['Egypt', 'Egyptian'], forces: [] },
  { code: 'DZ', names: ['Algeria', 'Algerian'], forces: [] },
  { code: 'BY', names: ['Belarus', 'Belarusian'], forces: [] },
  { code: 'KZ', names: ['Kazakhstan', 'Kazakh'], forces: [] },
  { code: 'AM', names: ['Armenia', 'Armenian'], forces: [] },
  { code: 'GR', names: ['Greece', 'Greek'], forces: [] },
  { code: 'BR', names: ['Brazil', 'Brazilian'], forces: [] },
  { code: 'TW', names: ['Taiwan', 'Taiwanese'], forces: [] },
];

const FORCE_SUFFIX = ':force';
/** "the Navy", "the Army": a service named without its country, which only the rest of the sentence can tell. */
const BARE_SERVICE = 'service';
const BARE_SERVICE_NAMES = ['Navy', 'Army', 'Air Force', 'Coast Guard'];

const entries: MatcherEntry[] = [
  ...COUNTRIES.flatMap((country) => [
    { key: country.code, phrases: country.names },
    { key: `${country.code}${FORCE_SUFFIX}`, phrases: country.forces },
  ]),
  { key: BARE_SERVICE, phrases: BARE_SERVICE_NAMES },
];
const findCountries = createMatcher(entries, { caseSensitive: true });

const MADE_SUFFIX = /^-(?:made|built|origin|supplied|manufactured|designed|developed)\b/i;
const FROM_BEFORE = /\b(?:from|(?:supplied|made|built|manufactured|developed|designed|sold|delivered|produced|exported|offered) by)\s+(?:the\s+)?$/i;
const BARE_FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/i;
/** "ships from Sri Lanka" joined an exercise; "jets from France" were bought: a bare "from" names a supplier only in a sentence about trade. */
const TRADE_CONTEXT = /\b(?:buy\w*|bought|order\w*|import\w*|deliver\w*|suppl\w*|acqui\w*|procur\w*|purchas\w*|deals?|contract\w*|leas\w*|sourced|receiv\w*|got|get|gets|induct\w*|sale|sold|export\w*|made|built|origin)\b/i;
const SUPPLY_VERB_AFTER = /^(?:'s)?\s+(?:(?:has|have|had|will|would|is|was|to|also|already|agreed to|offered to|set to|expected to|likely to|going to|plans to|is to|has agreed to|had agreed to)\s+){0,3}(?:suppl(?:y|ies|ied)|deliver(?:s|ed)?|sell|sells|sold|export(?:s|ed)?|provid(?:e|es|ed)|ship(?:s|ped)?|transfer(?:s|red)?|offer(?:s|ed)?|hand(?:s|ed)? over)\b/i;
/** Up to four lower-case words between the country and the verb ("Pakistan is reported to have ordered"), never another name. */
const RECEIVE_VERB_AFTER = /^\s+(?:[a-z]+\s+){0,4}?(?:get|gets|got|receive[sd]?|buy|buys|bought|acquire[sd]?|procure[sd]?|purchase[sd]?|order(?:s|ed)?|induct(?:s|ed)?|import(?:s|ed)?|take delivery|took delivery|field(?:s|ed)?|operate[sd]?|deploy(?:s|ed)?)\b/;
/** "the MiG-29Ks of the Indian Navy", "jets for the IAF": a force after a preposition receives the item before it. */
const PREPOSITION_BEFORE = /\b(?:of|for|to|with|into|by|from|in|at)\s+(?:the\s+)?$/i;
/** "to counter the PLA Air Force": a force named as the adversary is not the buyer. */
const ADVERSARY_BEFORE = /\b(?:counter(?:ing)?|against|opposite|deter(?:ring)?|facing|confront(?:ing)?|match(?:ing)?|rival(?:ling)?)\s+(?:the\s+)?$/i;
/** A signatory of a deal is its buyer unless it is the supplier itself. */
const SIGNED_AFTER = /^\s+(?:and\s+[A-Z][\p{L}-]*\s+)?(?:(?:[a-z]+|on\s+[A-Z][a-z]+)\s+){0,3}?(?:sign(?:s|ed)?|inked)\b/u;
/** "PLA aircraft and ships": a force named as the owner of other equipment is no party to the item. */
const FORCE_OF_OTHER_NOUN = /^\s+(?:\d+\s+)?(?:aircraft|ships|vessels|jets|fighters|warships|troops|soldiers|personnel|drones|helicopters|bombers|patrols?|drills|exercises|positions|build-?up|Day|Week|Academy|Band|Museum)\b/;
const TO_BEFORE = /\bto\s+(?:the\s+)?$/i;
/** "and France" right after a country: a second subject of the same verb. */
const COSUBJECT_AFTER = /^\s+and\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?/u;
const FOR_BEFORE = /\bfor\s+(?:the\s+)?$/i;
const ADJECTIVE_AFTER = /^[ -][A-Z0-9]/;
const IN_BEFORE = /\bin\s+$/i;
const ARRIVED_IN_BEFORE = /\b(?:arrived|landed|reached|deployed|inducted|delivered|based)\s+in\s+$/i;
const SUPPLY_WORD = /\b(?:deliver\w*|suppl\w*|sell|sold|sale|export\w*|transfer\w*|handed over|ship\w*|dispatch\w*)\b/i;
const PRODUCTION_WORD = /\b(?:produc\w*|manufactur\w*|joint venture|make in india|assembl\w*)\b/i;
const JOINT_VENTURE_AFTER = /^\s+joint venture/i;
const LOOK_BEHIND = 100;
interface CountryMention {
  country: string;
  isForce: boolean;
  start: number;
  end: number;
}

function toCountryMention(key: string, start: number, end: number): CountryMention {
  const isForce = key.endsWith(FORCE_SUFFIX);
  return { country: isForce ? key.slice(0, -FORCE_SUFFIX.length) : key, isForce, start, end };
}

/** Where a sentence lies in its article: the article's text and the sentence's offset in it. */
export interface SentencePlace {
  text: string;
  start: number;
}

/** The countries named in a sentence, searched in place in its article when its place is known (the article is cut into words once). */
function countryMatchesOf(sentence: string, place: SentencePlace | undefined): DictionaryMatch[] {
  if (!place) return findCountries(sentence);
  return findCountries(place.text, place.start, place.start + sentence.length).map((match) => ({ ...match, start: match.start - place.start, end: match.end - place.start }));
}

/**
 * Country mentions of a sentence, a bare service included when the sentence
 * names the forces of one country only: "the MiG-29Ks of the Indian Navy ...
 * and the Kilo-class submarines of the Navy" speaks of India's Navy; with no
 * force named, or those of two countries, "the Navy" says nothing.
 */
function findCountryMentions(sentence: string, place: SentencePlace | undefined): CountryMention[] {
  const matches = countryMatchesOf(sentence, place);
  const forceCountries = new Set(matches.filter((match) => match.key.endsWith(FORCE_SUFFIX)).map((match) => match.key.slice(0, -FORCE_SUFFIX.length)));
  const [onlyCountry] = forceCountries.size === 1 ? [...forceCountries] : [];
  return matches.flatMap((match) => {
    if (match.key !== BARE_SERVICE) return [toCountryMention(match.key, match.start, match.end)];
    return onlyCountry === undefined ? [] : [{ country: onlyCountry, isForce: true, start: match.start, end: match.end }];
  });
}

/** Country names that are adjectives: "Chinese ships" is no China that ships. */
const ADJECTIVES: ReadonlySet<string> = new Set([
  'Indian', 'Indo', 'Russian', 'Soviet', 'Chinese', 'Pakistani', 'American', 'French', 'Israeli', 'British', 'German', 'Swedish', 'South Korean',
  'Ukrainian', 'Turkish', 'Iranian', 'Spanish', 'Italian', 'Japanese', 'Australian', 'Vietnamese', 'Indonesian', 'Philippine', 'Malaysian',
  'Burmese', 'Bangladeshi', 'Sri Lankan', 'Nepalese', 'Afghan', 'Emirati', 'Saudi', 'Egyptian', 'Algerian', 'Belarusian', 'Kazakh', 'Armenian',
  'Greek', 'Brazilian', 'Taiwanese',
]);

function roleOf(sentence: string, mention: CountryMention): PartyRole | null {
  const before = sentence.slice(Math.max(0, mention.start - 24), mention.start);
  if (mention.isForce) {
    if (ADVERSARY_BEFORE.test(before) || FORCE_OF_OTHER_NOUN.test(sentence.slice(mention.end))) return null;
    return PREPOSITION_BEFORE.test(before) ? 'recipient' : 'buyer';
  }
  const after = sentence.slice(mention.end, mention.end + 80);
  const earlier = sentence.slice(Math.max(0, mention.start - LOOK_BEHIND), mention.start);
  const fromSupplier = FROM_BEFORE.test(before) && (!BARE_FROM_BEFORE.test(before) || TRADE_CONTEXT.test(sentence));
  const suppliesAfter = !ADJECTIVES.has(sentence.slice(mention.start, mention.end)) && SUPPLY_VERB_AFTER.test(after);
  if (MADE_SUFFIX.test(after) || fromSupplier || suppliesAfter) return 'supplier';
  // "India and France are negotiating the purchase": the first of two subjects shares their verb.
  if (RECEIVE_VERB_AFTER.test(after) || RECEIVE_VERB_AFTER.test(after.replace(COSUBJECT_AFTER, ''))) return 'buyer';
  if (after.startsWith("'s") || after.startsWith('’s')) return 'owner';
  if (SIGNED_AFTER.test(after)) return 'signatory';
  // "for Russian S-400 systems" uses the name as an adjective of the item, not as its buyer.
  const adjective = ADJECTIVE_AFTER.test(after);
  if (!adjective && (FOR_BEFORE.test(before) || (TO_BEFORE.test(before) && SUPPLY_WORD.test(earlier)))) return 'recipient';
  if (ARRIVED_IN_BEFORE.test(before)) return 'recipient';
  if (IN_BEFORE.test(before) && PRODUCTION_WORD.test(sentence)) return 'host';
  return null;
}

/** "India-Russian Joint Venture": both partners, in the order written, when a joint venture follows them. */
function jointVenturePartners(sentence: string, mentions: CountryMention[]): PartyCue[] {
  const cues: PartyCue[] = [];
  mentions.forEach((first, index) => {
    const second = mentions[index + 1];
    if (!second || sentence.slice(first.end, second.start) !== '-') return;
    if (!JOINT_VENTURE_AFTER.test(sentence.slice(second.end, second.end + 20))) return;
    cues.push({ country: first.country, role: 'partner', start: first.start, end: first.end });
    cues.push({ country: second.country, role: 'partner', start: second.start, end: second.end });
  });
  return cues;
}

/** Supplier and recipient cues in `sentence`, with offsets relative to it; `place` says where it lies in its article, if known. */
export function findParties(sentence: string, place?: SentencePlace): PartyCue[] {
  const mentions = findCountryMentions(sentence, place);
  const jointVenture = jointVenturePartners(sentence, mentions);
  const covered = new Set(jointVenture.map((cue) => cue.start));
  const single = mentions.flatMap((mention): PartyCue[] => {
    if (covered.has(mention.start)) return [];
    const role = roleOf(sentence, mention);
    return role === null ? [] : [{ country: mention.country, role, start: mention.start, end: mention.end }];
  });
  return [...jointVenture, ...single];
}

export interface Parties {
  supplier: string | null;
  recipient: string | null;
}

function nearest(cues: PartyCue[], start: number, end: number): PartyCue | undefined {
  const distance = (cue: PartyCue) => (cue.end <= start ? start - cue.end : Math.max(0, cue.start - end));
  return [...cues].sort((a, b) => distance(a) - distance(b))[0];
}

/** What the item's own name says about its parties: who designs it (catalogue), who operates it (a navy's ship prefix). */
export interface ItemParties {
  origin: string | null;
  operator: string | null;
}

/**
 * The supplier and recipient of the item at `start`..`end` of the sentence:
 * the nearest explicit cue, else the catalogue origin as supplier and the
 * operator as recipient. In a joint venture the partner that is the item's
 * origin supplies and the other receives (production in India of a Russian
 * rifle: supplier RU, recipient IN).
 */
export function resolveParties(cues: PartyCue[], { origin, operator }: ItemParties, start: number, end: number): Parties {
  const ofRole = (role: PartyRole) => cues.filter((cue) => cue.role === role);
  const partners = ofRole('partner');
  const designer = partners.find((cue) => cue.country === origin) ?? partners[1];
  const host = partners.find((cue) => cue !== designer);
  const supplier = nearest(ofRole('supplier'), start, end)?.country ?? designer?.country ?? origin;
  // A country building its own system is no recipient of it: BrahMos made in India is not "India -> India".
  const receivers = [...ofRole('recipient'), ...ofRole('buyer'), ...ofRole('host').filter((cue) => cue.country !== supplier)];
  // Of two buyers, the one that is not the supplier: a country buys its own system only when no other country does.
  const foreign = receivers.filter((cue) => cue.country !== supplier);
  const owners = [...ofRole('owner'), ...ofRole('signatory')].filter((cue) => cue.country !== supplier);
  const recipient = nearest(foreign.length > 0 ? foreign : receivers, start, end)?.country ?? host?.country ?? operator ?? nearest(owners, start, end)?.country;
  return { supplier, recipient: recipient ?? null };
}

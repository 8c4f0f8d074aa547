/**
 * The words around a place name that show it is part of another name or
 * stands for a government, not a location: "Cochin Shipyard Limited",
 * "India-Africa Defence Dialogue", "Punjab Regiment", "the Kremlin press
 * service said". Rules over the following words rather than a list of whole
 * names, so names the curated list has never seen are caught too.
 */

/** Capitalised words that end the name of an outlet, body, unit, agreement, event or company. */
const ORGANISATION_HEADS = new Set([
  // Outlets
  'Times', 'Post', 'Herald', 'Tribune', 'Chronicle', 'Gazette', 'Observer', 'Telegraph', 'Express', 'Daily', 'Journal', 'News', 'Television', 'TV', 'Radio',
  // Agreements, formats and processes
  'Format', 'Declaration', 'Process', 'Initiative', 'Consensus', 'Agreement', 'Agreements', 'Accord', 'Accords', 'Pact', 'Treaty', 'Protocol', 'Charter', 'Communique', 'Dialogue', 'Affairs',
  // Bodies and companies
  'Police', 'Council', 'Commission', 'Committee', 'Organisation', 'Organization', 'Association', 'Foundation', 'Society', 'Party', 'Club', 'League',
  'University', 'Institute', 'Trust', 'Exchange', 'Airlines', 'Airways', 'Corporation', 'Industries', 'Limited', 'Ltd',
  'Shipyard', 'Shipyards', 'Dock', 'Docks', 'Shipbuilders', 'Shipbuilding',
  // Military units named after a region
  'Regiment', 'Rifles', 'Scouts', 'Infantry', 'Sappers', 'Grenadiers', 'Fleet', 'Flotilla',
]);
/** "India-Africa Defence Dialogue": the head may follow a word or two of the name. */
const MAX_WORDS_TO_HEAD = 3;
const NEXT_CAPITALISED_WORD = /^[ \u00a0\-\u2010-\u2013](\p{Lu}[\p{L}]*)/u;
/**
 * Words that cannot stand inside such a name, only in a Title Case headline
 * ("China Signs Agreement With Pakistan"): function words and verbs ending in "s".
 */
const HEADLINE_WORD = /^(?:To|For|On|With|In|At|And|Of|The|A|An|By|From|Over|As|Amid|After|Before|\p{L}+s)$/u;
const LOOKAHEAD = 40;

/** Whether the capitalised words right after `end` finish an organisation's name. */
export function isFollowedByOrganisationHead(text: string, end: number): boolean {
  let position = end;
  for (let count = 0; count < MAX_WORDS_TO_HEAD; count += 1) {
    const word = NEXT_CAPITALISED_WORD.exec(text.slice(position, position + LOOKAHEAD));
    if (!word) return false;
    const written = word[1] ?? '';
    if (ORGANISATION_HEADS.has(written)) return true;
    if (HEADLINE_WORD.test(written)) return false;
    position += word[0].length;
  }
  return false;
}

/** What a seat of government does when it stands for the government: it speaks, has aides and positions. */
const GOVERNMENT_VOICE =
  /^(?:['\u2019]s)?\s+(?:press|spokes(?:man|woman|person|people)|aides?|advis[eo]rs?|officials?|sources?|statement|readout|website|chief|administration|insiders?|reaction|position|response|said|says|say|stated|announced|confirmed|denied|added|noted|insisted|warned|claimed|has|had|is|was|will|would|did|does|declined|responded|welcomed|rejected|believes|hopes|expects)\b/;
/** "Kremlin-backed", "Pentagon-funded". */
const ADJECTIVE_AFTER = /^[-\u2010-\u2013][a-z]/;
const PRO_BEFORE = /\b(?:pro|anti)[-\u2010-\u2013]$/i;

/** Whether a landmark at [start, end) stands for the government seated there ("the Kremlin said"), not the building. */
export function speaksForGovernment(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + LOOKAHEAD);
  return GOVERNMENT_VOICE.test(after) || ADJECTIVE_AFTER.test(after) || PRO_BEFORE.test(text.slice(Math.max(0, start - 5), start));
}

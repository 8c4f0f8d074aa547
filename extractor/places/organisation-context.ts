/**
 * The words around a place name that show it is part of another name or
 * stands for a government, not a location: "Cochin Shipyard Limited",
 * "India-Africa Defence Dialogue", "Punjab Regiment", "the Kremlin press
 * service said". Rules over the surrounding words rather than a list of whole
 * names, so names the curated list has never seen are caught too.
 */

/** Capitalised words that end the name of an outlet, body, unit, agreement, event or company. */
const ORGANISATION_HEADS = new Set([
  // Outlets ("Post" is left out: border posts are named after places, "Gogra Post"; the outlets are listed whole)
  'Times', 'Herald', 'Tribune', 'Chronicle', 'Gazette', 'Observer', 'Telegraph', 'Express', 'Daily', 'Journal', 'News', 'Television', 'TV', 'Radio',
  // Agreements, formats and processes
  'Format', 'Declaration', 'Process', 'Initiative', 'Consensus', 'Agreement', 'Agreements', 'Accord', 'Accords', 'Pact', 'Treaty', 'Protocol', 'Charter', 'Communique', 'Dialogue', 'Affairs',
  // Bodies and companies
  'Police', 'Council', 'Commission', 'Committee', 'Organisation', 'Organization', 'Association', 'Foundation', 'Society', 'Party', 'Club', 'League',
  'University', 'Institute', 'Trust', 'Exchange', 'Airlines', 'Airways', 'Corporation', 'Industries', 'Limited', 'Ltd',
  'Shipyard', 'Shipyards', 'Dock', 'Docks', 'Shipbuilders', 'Shipbuilding',
  // Military units named after a region
  'Regiment', 'Rifles', 'Scouts', 'Infantry', 'Sappers', 'Grenadiers', 'Fleet', 'Flotilla',
]);
/**
 * Words that may stand between the place and the head ("India-Africa Defence
 * Dialogue", "Karachi Stock Exchange"). A closed list, because in a Title Case
 * headline any word is capitalised: "India, Russia Sign Pact" is no organisation.
 */
const NAME_DESCRIPTORS = new Set([
  'Defence', 'Defense', 'Border', 'Stock', 'International', 'Naval', 'Strategic', 'Security', 'Economic', 'Maritime', 'Air', 'Coast',
  'State', 'National', 'Foreign', 'High', 'Joint', 'Military', 'Port', 'Regional', 'Cooperation', 'Public', 'Light', 'Armed', 'Special',
  'Intergovernmental', 'Peoples', "People's", 'Friendship', 'Business', 'Trade', 'Chamber', 'Press', 'Broadcasting', 'Legislative',
  'Aerospace', 'Aeronautics', 'Aircraft', 'Heavy', 'Electronics', 'Shipbuilding', 'Engineering',
]);
const MAX_DESCRIPTORS = 2;
const NEXT_CAPITALISED_WORD = /^[ \u00a0\-\u2010-\u2013](\p{Lu}[\p{L}'\u2019]*)/u;
const LOOKAHEAD = 40;

/** Whether the capitalised words right after `end` finish an organisation's name. */
export function isFollowedByOrganisationHead(text: string, end: number): boolean {
  let position = end;
  for (let descriptors = 0; descriptors <= MAX_DESCRIPTORS; descriptors += 1) {
    const word = NEXT_CAPITALISED_WORD.exec(text.slice(position, position + LOOKAHEAD));
    const written = word?.[1] ?? '';
    if (ORGANISATION_HEADS.has(written)) return true;
    if (!word || !NAME_DESCRIPTORS.has(written)) return false;
    position += word[0].length;
  }
  return false;
}

/** "in the Kremlin", "outside the White House", "visited South Block": words that put a seat of government on the map. */
const LOCATIVE_BEFORE = /\b(?:in|at|inside|outside|near|to|into|within|around|towards?|visit(?:s|ed|ing)?)\s+(?:the\s+)?$/i;
const LOOKBEHIND = 24;

/**
 * Whether a seat of government starting at `start` is named as the building,
 * not as the government it houses: only after a word of place. "The Kremlin
 * said", "Kremlin aide", "the Pentagon reviewed" and "pro-Kremlin" speak for
 * the government, and news mostly names these seats that way.
 */
export function isNamedAsBuilding(text: string, start: number): boolean {
  return LOCATIVE_BEFORE.test(text.slice(Math.max(0, start - LOOKBEHIND), start));
}

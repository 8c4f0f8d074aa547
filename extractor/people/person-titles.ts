/**
 * Titles that introduce a person's name in news prose: offices ("Defence
 * Minister"), military ranks ("Lt Gen") and honorifics ("Mr"). An office names
 * the role; a rank is the role only when no office comes with it.
 */
export type TitleKind = 'office' | 'rank' | 'honorific';

export interface PersonTitle {
  /** The canonical role; null for honorifics, which say nothing of the role. */
  role: string | null;
  kind: TitleKind;
  phrases: string[];
}

export const PERSON_TITLES: readonly PersonTitle[] = [
  { role: 'Defence Minister', kind: 'office', phrases: ['Defence Minister', 'Defense Minister', 'Minister of Defence', 'Minister of Defense'] },
  { role: 'Deputy Defence Minister', kind: 'office', phrases: ['Deputy Defence Minister', 'Deputy Defense Minister', 'Deputy Minister of Defence'] },
  { role: 'Minister of State for Defence', kind: 'office', phrases: ['Minister of State for Defence', 'MoS Defence', 'Minister of State for Defense'] },
  { role: 'Foreign Minister', kind: 'office', phrases: ['Foreign Minister', 'Minister of Foreign Affairs', 'Foreign Affairs Minister'] },
  { role: 'External Affairs Minister', kind: 'office', phrases: ['External Affairs Minister', 'Minister of External Affairs', 'EAM'] },
  { role: 'Prime Minister', kind: 'office', phrases: ['Prime Minister', 'PM', 'Premier'] },
  { role: 'Deputy Prime Minister', kind: 'office', phrases: ['Deputy Prime Minister', 'First Deputy Prime Minister', 'Deputy PM', 'Vice Premier'] },
  { role: 'President', kind: 'office', phrases: ['President'] },
  { role: 'Vice President', kind: 'office', phrases: ['Vice President', 'Vice-President'] },
  { role: 'Home Minister', kind: 'office', phrases: ['Home Minister', 'Interior Minister'] },
  { role: 'Finance Minister', kind: 'office', phrases: ['Finance Minister'] },
  { role: 'Defence Secretary', kind: 'office', phrases: ['Defence Secretary', 'Defense Secretary', 'Secretary of Defense', 'Secretary of Defence'] },
  { role: 'Secretary of State', kind: 'office', phrases: ['Secretary of State'] },
  { role: 'Foreign Secretary', kind: 'office', phrases: ['Foreign Secretary'] },
  { role: 'Secretary General', kind: 'office', phrases: ['Secretary General', 'Secretary-General'] },
  { role: 'National Security Adviser', kind: 'office', phrases: ['National Security Adviser', 'National Security Advisor', 'NSA'] },
  { role: 'Chief of Defence Staff', kind: 'office', phrases: ['Chief of Defence Staff', 'Chief of Defense Staff', 'CDS'] },
  { role: 'Chief of the General Staff', kind: 'office', phrases: ['Chief of the General Staff', 'Chief of General Staff'] },
  { role: 'Army chief', kind: 'office', phrases: ['Army chief', 'Chief of Army Staff', 'Chief of the Army Staff', 'COAS'] },
  { role: 'Navy chief', kind: 'office', phrases: ['Navy chief', 'Naval chief', 'Chief of Naval Staff', 'Chief of the Naval Staff'] },
  { role: 'Air Force chief', kind: 'office', phrases: ['Air Force chief', 'IAF chief', 'Air chief', 'Chief of Air Staff', 'Chief of the Air Staff'] },
  { role: 'Commander', kind: 'office', phrases: ['Commander', 'Corps Commander', 'Army Commander'] },
  { role: 'Ambassador', kind: 'office', phrases: ['Ambassador', 'Envoy', 'High Commissioner'] },
  { role: 'Spokesperson', kind: 'office', phrases: ['Spokesperson', 'Spokesman', 'Spokeswoman'] },
  { role: 'Minister', kind: 'office', phrases: ['Minister', 'Cabinet Minister'] },
  { role: 'Deputy Foreign Minister', kind: 'office', phrases: ['Deputy Foreign Minister', 'Vice Foreign Minister'] },
  { role: 'Chief Minister', kind: 'office', phrases: ['Chief Minister'] },
  { role: 'Governor', kind: 'office', phrases: ['Governor', 'Lieutenant Governor', 'Lt Governor'] },
  { role: 'Chairman', kind: 'office', phrases: ['Chairman', 'Chairperson', 'Chairwoman'] },
  { role: 'Director General', kind: 'office', phrases: ['Director General', 'Director-General'] },
  { role: 'Chief Executive', kind: 'office', phrases: ['Chief Executive', 'Chief Executive Officer', 'CEO'] },
  { role: 'Senator', kind: 'office', phrases: ['Senator'] },
  { role: 'Field Marshal', kind: 'rank', phrases: ['Field Marshal'] },
  { role: 'General', kind: 'rank', phrases: ['General', 'Gen', 'Army General'] },
  { role: 'Lieutenant General', kind: 'rank', phrases: ['Lieutenant General', 'Lt Gen', 'Lt General', 'Lt-Gen'] },
  { role: 'Major General', kind: 'rank', phrases: ['Major General', 'Maj Gen'] },
  { role: 'Colonel General', kind: 'rank', phrases: ['Colonel General', 'Col Gen'] },
  { role: 'Brigadier', kind: 'rank', phrases: ['Brigadier', 'Brig'] },
  { role: 'Colonel', kind: 'rank', phrases: ['Colonel', 'Col', 'Senior Colonel'] },
  { role: 'Admiral', kind: 'rank', phrases: ['Admiral', 'Adm'] },
  { role: 'Vice Admiral', kind: 'rank', phrases: ['Vice Admiral', 'Vice Adm'] },
  { role: 'Rear Admiral', kind: 'rank', phrases: ['Rear Admiral', 'Rear Adm'] },
  { role: 'Air Chief Marshal', kind: 'rank', phrases: ['Air Chief Marshal', 'ACM'] },
  { role: 'Air Marshal', kind: 'rank', phrases: ['Air Marshal'] },
  { role: 'Air Vice Marshal', kind: 'rank', phrases: ['Air Vice Marshal', 'AVM'] },
  { role: null, kind: 'honorific', phrases: ['Mr', 'Mrs', 'Ms', 'Dr'] },
];

/**
 * Capitalised words that follow a title without being a name: function words,
 * calendar words, headline verbs and the nouns of organisations ("General
 * Assembly", "General Staff"). A name stops before the first of them.
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'A', 'About', 'After', 'Also', 'An', 'And', 'Are', 'As', 'At', 'Be', 'But', 'By', 'For', 'From', 'Has', 'Had', 'Have',
  'He', 'Her', 'His', 'If', 'In', 'Into', 'Is', 'It', 'Its', 'Not', 'Of', 'On', 'Or', 'Over', 'She', 'That', 'The',
  'Their', 'They', 'This', 'To', 'Under', 'Was', 'Were', 'Who', 'Will', 'With', 'Would',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Today', 'Tomorrow', 'Yesterday',
  'Says', 'Said', 'Meets', 'Met', 'Holds', 'Held', 'Visits', 'Visited', 'Leaves', 'Left', 'Arrives', 'Arrived', 'Calls',
  'Called', 'Reviews', 'Embarks', 'Attends', 'Speaks', 'Talks', 'Urges', 'Warns', 'Inaugurates', 'Launches', 'Signs',
  'Minister', 'Ministers', 'Ministry', 'Secretary', 'General', 'Chief', 'Chiefs', 'Staff', 'Army', 'Navy', 'Air', 'Force',
  'Forces', 'Council', 'Command', 'Assembly', 'Headquarters', 'Officer', 'Officers', 'Administration', 'Court',
  'Hospital', 'Atomics', 'Electric', 'Dynamics', 'Motors', 'Office', 'Elections', 'Election', 'Affairs', 'Defence',
  'Defense', 'Security', 'Corps', 'Commission', 'Committee', 'Department', 'Government', 'Parliament',
  'Level', 'Meeting', 'Meetings', 'Round', 'Summit', 'Dialogue', 'Conference', 'Forum', 'Mechanism',
]);

/** Russian warships named after admirals ("Admiral Grigorovich-class frigates"): a ship, not a person. */
export const ADMIRAL_SHIP_NAMES: ReadonlySet<string> = new Set([
  'Kuznetsov', 'Gorshkov', 'Grigorovich', 'Makarov', 'Essen', 'Nakhimov', 'Chabanenko', 'Vinogradov', 'Panteleyev',
  'Tributs', 'Levchenko', 'Kasatonov', 'Golovko', 'Isakov', 'Lazarev', 'Ushakov',
]);

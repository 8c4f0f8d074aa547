/**
 * The domain's event vocabulary: which words announce which kind of event, and
 * which named events (exercises, exhibitions, parades, multilateral meetings)
 * recur across outlets under different spellings. Kept as data so a new
 * exercise or air show is one line, not a new rule.
 */
import type { EventType } from '../../schema/bundle';

export interface NamedEvent {
  key: string;
  title: string;
  type: EventType;
  phrases: string[];
}

/** Recurring named events. Matched case-insensitively with flexible separators ("Aero India", "AeroIndia"). */
export const NAMED_EVENTS: NamedEvent[] = [
  // Exercises
  { key: 'indra', title: 'INDRA exercise', type: 'exercise', phrases: ['INDRA', 'Indra Navy', 'Indra Naval Exercise', 'Indra Naval Exercises'] },
  { key: 'malabar', title: 'Malabar naval exercise', type: 'exercise', phrases: ['Malabar exercise', 'Malabar naval exercise', 'Exercise Malabar'] },
  { key: 'kavkaz', title: 'Kavkaz strategic exercise', type: 'exercise', phrases: ['Kavkaz', 'Kavkaz-2020', 'Caucasus-2020'] },
  { key: 'zapad', title: 'Zapad strategic exercise', type: 'exercise', phrases: ['Zapad', 'Zapad-2021'] },
  { key: 'vostok', title: 'Vostok strategic exercise', type: 'exercise', phrases: ['Vostok-2018', 'Vostok-2022', 'Vostok exercise'] },
  { key: 'tsentr', title: 'Tsentr strategic exercise', type: 'exercise', phrases: ['Tsentr', 'Tsentr-2019'] },
  { key: 'yudh-abhyas', title: 'Yudh Abhyas exercise', type: 'exercise', phrases: ['Yudh Abhyas'] },
  { key: 'garuda', title: 'Garuda air exercise', type: 'exercise', phrases: ['Garuda Shakti', 'Exercise Garuda'] },
  { key: 'varuna', title: 'Varuna naval exercise', type: 'exercise', phrases: ['Varuna'] },
  { key: 'shakti', title: 'Shakti exercise', type: 'exercise', phrases: ['Exercise Shakti'] },
  { key: 'ajeya-warrior', title: 'Ajeya Warrior exercise', type: 'exercise', phrases: ['Ajeya Warrior'] },
  { key: 'simbex', title: 'SIMBEX naval exercise', type: 'exercise', phrases: ['SIMBEX'] },
  { key: 'jimex', title: 'JIMEX naval exercise', type: 'exercise', phrases: ['JIMEX'] },
  { key: 'ausindex', title: 'AUSINDEX naval exercise', type: 'exercise', phrases: ['AUSINDEX'] },
  { key: 'cope-india', title: 'Cope India air exercise', type: 'exercise', phrases: ['Cope India'] },
  { key: 'red-flag', title: 'Red Flag air exercise', type: 'exercise', phrases: ['Red Flag'] },
  { key: 'tarang-shakti', title: 'Tarang Shakti air exercise', type: 'exercise', phrases: ['Tarang Shakti'] },
  { key: 'peace-mission', title: 'SCO Peace Mission exercise', type: 'exercise', phrases: ['Peace Mission'] },
  { key: 'milan', title: 'MILAN naval exercise', type: 'exercise', phrases: ['MILAN exercise', 'Exercise MILAN'] },
  { key: 'rimpac', title: 'RIMPAC naval exercise', type: 'exercise', phrases: ['RIMPAC'] },
  { key: 'joint-sea', title: 'Joint Sea naval exercise', type: 'exercise', phrases: ['Joint Sea'] },
  { key: 'sea-breeze', title: 'Sea Breeze naval exercise', type: 'exercise', phrases: ['Sea Breeze'] },
  { key: 'tropex', title: 'TROPEX theatre-level exercise', type: 'exercise', phrases: ['TROPEX'] },
  { key: 'sea-guardian', title: 'Sea Guardian naval exercise', type: 'exercise', phrases: ['Sea Guardian', 'Sea Guardians'] },
  { key: 'aman', title: 'AMAN multinational naval exercise', type: 'exercise', phrases: ['AMAN exercise', 'Exercise AMAN', 'AMAN-2023'] },
  // Exhibitions
  { key: 'aero-india', title: 'Aero India', type: 'exhibition', phrases: ['Aero India', 'Aero India Exhibition', 'Aero India show'] },
  { key: 'defexpo', title: 'DefExpo', type: 'exhibition', phrases: ['DefExpo', 'Def Expo'] },
  { key: 'maks', title: 'MAKS air show', type: 'exhibition', phrases: ['MAKS', 'MAKS air show', 'MAKS-2021'] },
  { key: 'army-forum', title: 'Army International Military-Technical Forum', type: 'exhibition', phrases: ['Army-2020', 'Army-2021', 'Army-2022', 'Army forum', 'Army International Military-Technical Forum'] },
  { key: 'zhuhai-airshow', title: 'Zhuhai Airshow', type: 'exhibition', phrases: ['Zhuhai Airshow', 'Zhuhai air show', 'Airshow China'] },
  { key: 'idex', title: 'IDEX', type: 'exhibition', phrases: ['IDEX'] },
  { key: 'ideas', title: 'IDEAS defence exhibition', type: 'exhibition', phrases: ['IDEAS exhibition', 'IDEAS 2022'] },
  { key: 'paris-air-show', title: 'Paris Air Show', type: 'exhibition', phrases: ['Paris Air Show', 'Le Bourget air show'] },
  { key: 'farnborough', title: 'Farnborough Airshow', type: 'exhibition', phrases: ['Farnborough Airshow', 'Farnborough air show'] },
  { key: 'dubai-airshow', title: 'Dubai Airshow', type: 'exhibition', phrases: ['Dubai Airshow', 'Dubai air show'] },
  { key: 'singapore-airshow', title: 'Singapore Airshow', type: 'exhibition', phrases: ['Singapore Airshow'] },
  { key: 'eurosatory', title: 'Eurosatory', type: 'exhibition', phrases: ['Eurosatory'] },
  { key: 'dsei', title: 'DSEI', type: 'exhibition', phrases: ['DSEI'] },
  // Agreements reported by their acronyms, each signed once ("signed the GSOMIA in 2002 and LEMOA in 2016")
  { key: 'gsomia', title: 'General Security of Military Information Agreement (GSOMIA)', type: 'agreement', phrases: ['GSOMIA'] },
  { key: 'lemoa', title: 'Logistics Exchange Memorandum of Agreement (LEMOA)', type: 'agreement', phrases: ['LEMOA'] },
  { key: 'comcasa', title: 'Communications Compatibility and Security Agreement (COMCASA)', type: 'agreement', phrases: ['COMCASA'] },
  { key: 'beca', title: 'Basic Exchange and Cooperation Agreement (BECA)', type: 'agreement', phrases: ['BECA'] },
  { key: 'relos', title: 'Reciprocal Exchange of Logistics Agreement (RELOS)', type: 'agreement', phrases: ['RELOS'] },
  // Parades
  { key: 'victory-day-parade', title: 'Victory Day Parade', type: 'parade', phrases: ['Victory Day Parade', 'Victory Day military parade', 'Victory Parade', '75th Anniversary of Victory Day Parade'] },
  { key: 'republic-day-parade', title: 'Republic Day Parade', type: 'parade', phrases: ['Republic Day Parade', 'Republic Day celebrations'] },
  { key: 'navy-day-parade', title: 'Navy Day Parade', type: 'parade', phrases: ['Navy Day Parade'] },
  { key: 'national-day-parade', title: 'National Day Parade', type: 'parade', phrases: ['National Day Parade'] },
  { key: 'bastille-day-parade', title: 'Bastille Day Parade', type: 'parade', phrases: ['Bastille Day Parade', 'Bastille Day'] },
];

/** Multilateral groupings whose ministerial meetings recur under many phrasings. */
export const ORGANISATIONS: { key: string; short: string; phrases: string[] }[] = [
  { key: 'sco', short: 'SCO', phrases: ['SCO', 'Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization'] },
  { key: 'csto', short: 'CSTO', phrases: ['CSTO', 'Collective Security Treaty Organisation', 'Collective Security Treaty Organization'] },
  { key: 'brics', short: 'BRICS', phrases: ['BRICS'] },
  { key: 'g20', short: 'G20', phrases: ['G20', 'G-20'] },
  { key: 'asean', short: 'ASEAN', phrases: ['ASEAN'] },
  { key: 'admm-plus', short: 'ADMM-Plus', phrases: ['ADMM-Plus', 'ADMM Plus'] },
  { key: 'quad', short: 'Quad', phrases: ['Quad', 'Quadrilateral Security Dialogue'] },
  { key: 'nato', short: 'NATO', phrases: ['NATO'] },
  { key: 'ric', short: 'RIC', phrases: ['RIC', 'Russia-India-China'] },
  { key: 'eas', short: 'EAS', phrases: ['East Asia Summit'] },
  { key: 'saarc', short: 'SAARC', phrases: ['SAARC', 'South Asian Association for Regional Cooperation'] },
  { key: 'bimstec', short: 'BIMSTEC', phrases: ['BIMSTEC'] },
  { key: 'g7', short: 'G7', phrases: ['G7', 'G-7'] },
  { key: 'cis', short: 'CIS', phrases: ['Commonwealth of Independent States'] },
  { key: 'unga', short: 'UN General Assembly', phrases: ['UNGA', 'UN General Assembly', 'United Nations General Assembly', 'General Assembly'] },
  { key: 'eef', short: 'Eastern Economic Forum', phrases: ['Eastern Economic Forum', 'EEF'] },
];

/** Ministerial levels of a multilateral meeting, in the words outlets use for them. */
export const MEETING_LEVELS: { key: string; label: string; pattern: RegExp }[] = [
  { key: 'defence-ministers', label: "Defence Ministers' meeting", pattern: /\bdefen[cs]e ministers?\b/i },
  { key: 'foreign-ministers', label: "Foreign Ministers' meeting", pattern: /\bforeign ministers?\b/i },
  { key: 'nsa', label: 'National Security Advisers’ meeting', pattern: /\b(national security advis[eo]rs?|NSAs?)\b/ },
  { key: 'summit', label: 'summit', pattern: /\b(summit|heads of state)\b/i },
];

/** A ship launched: "launched" or "the launch of" near a word for a ship ("launched its third aircraft carrier", "PNS Tughril was launched on"). */
const SHIP = String.raw`(?:carriers?|frigates?|destroyers?|submarines?|corvettes?|warships?|vessels?|ships?|(?:PNS|INS|CNS|USS|HMS)\s)`;
// The words before the look-behinds: a look-behind first is checked at every position of every article.
const SHIP_LAUNCHED = String.raw`(?:launched(?<!-launched)(?<=\b${SHIP}[^.;]{0,60}launched)|launched(?<!-launched)(?=[^.;]{0,60}\b${SHIP})|launch(?<=\bthe\slaunch)(?=\s+of\b[^.;]{0,60}\b${SHIP}))`;

/** A country's vote, which annotators record as an event of its own (a leader taking office is a clause event of the leader). */
export const ELECTION = String.raw`(?:(?:presidential|parliamentary|general|legislative|assembly|provincial|midterm)(?:\s+and\s+(?:presidential|parliamentary|legislative|provincial))?\s+(?:elections?|polls|run-?off)|run-?off)`;

/** Wars no one fought with arms: "the 2019 trade war", "the Cold War". */
export const UNFOUGHT_WARS = String.raw`trade|tariff|price|currency|information|propaganda|proxy|shadow|[Cc]old`;

/**
 * Words that announce an event, per type. Checked in this order: a sentence's
 * trigger is typed by the first list it matches at that position.
 */
export const TRIGGERS: { type: EventType; pattern: RegExp }[] = [
  { type: 'parade', pattern: /\b(parades?|(?:international )?fleet reviews?|naval reviews?)\b/gi },
  // "the Karachi Expo Centre" is a venue, not the show held there.
  { type: 'exhibition', pattern: /\b(exhibitions?|expo(?! cent(?:re|er))|air ?shows?|defence show|show\b(?<=\b(?:the|this|that|last|next|\d{4})\s(?:[\w-]+-day\s)?show))\b/gi },
  {
    type: 'exercise',
    // "phase", "edition" and "leg" only ever continue an exercise named earlier ("the second phase", "the 2019 edition").
    pattern: /\b(exercises?|war ?games?|drills?|manoeuvres|maneuvers|wargames?|joint (?:naval |air |maritime |sea )?patrols?|(?:far|open|distant|high|blue)[- ](?:seas?|waters?) training|(?:firepower|live-fire|fire-power) (?:demonstrations?|displays?)|(?:(?:first|second|third|final|next|latest|previous|\d{4})\s+)?(?:phase|edition|leg))\b/gi,
  },
  {
    type: 'incident',
    pattern:
      new RegExp(
        String.raw`\b(clash(es|ed)?|(?:19|20)\d\d\s+(?:[A-Z][\w'’-]+\s+){0,2}wars?\b(?<!\b(?:${UNFOUGHT_WARS})\s+wars?)(?!\s+(?:games?|memorials?|crimes?|heroes|veterans|widows)\b)|wars?(?<!\b(?:${UNFOUGHT_WARS})\s+wars?)\s+of\s+(?:19|20)\d\d|confrontations?|(?:face-?offs?|stand-?offs?)(?!\s+(?:sites?|points?|locations?|areas?))|skirmish(es)?|infiltration attempts?|transgressions?|incursions?|intrusions?|shelling|(cross-border|unprovoked) firing|attacks?(?! (?:helicopters?|submarines?|aircraft|craft|drones?|boats?|capabilit))|ambush(ed)?|crash(ed|es)?|killed|abducted|encounter|(?:air|drone|missile|rocket|artillery) ?strikes?|shot down|ceasefire violations?|martyred|incidents?|invasion|invaded|border friction|intercept(ed|ion)|aerial engagement|dogfights?|(?:illegally )?crossed the (?:line|LAC|LoC|border)|violat(?:ed|es|ing|ions?(?: of)?) (?:its |the |[A-Z]\w+ )?airspace|airspace violations?|collided|collision|rammed|water cannons?|fired (?:flares|warning shots)|seized|detained|surrender(?:ed|s)?(?= (?:of|to)\b)|hijacking(?= of\b)|explosions?|blasts?)\b`,
        'gi',
      ),
  },
  {
    // Milestones of a weapon system that are neither a deal nor a delivery (tests, trials, keel-laying), and of a standoff (disengagement).
    type: 'other',
    pattern: new RegExp(
      String.raw`\b(disengage(?:ment|d)?|test-?fir(ed|es|ing)|test[- ]launch(es|ed)?|training launch|flight-?test(ed|s)?|missile tests?|(maiden|sea|user|landing|flight|field) trials?|keel (was )?laid|floated out|rolled out|unveil(ed|s)?|${SHIP_LAUNCHED}|slid out of (?:its |the )?(?:dry )?dock|${ELECTION})\b`,
      'gi',
    ),
  },
  {
    type: 'delivery',
    // Warships, troops or prototypes deployed somewhere are a move of forces, not a delivery ("the first S-400 squadron was deployed" is).
    pattern:
      /\b(deliver(y|ies|ed)|(?<!\b(?:designed|able|capable|used|meant|built)\s+to\s+)deliver(?:s)?(?!\s+(?:aid|relief|humanitarian|medical|food|supplies|vaccines|multiple|nuclear|conventional|warheads?|payloads?|strikes?|firepower|a\b|an\b|speech|keynote|address|message|lecture|on\b|results|justice|the (?:keynote|speech|address|message|lecture|verdict)))|supply of|supplies of|handed over|inducted|induction of|commission(ed|ing)|commission\b(?<=\b(?:will|to|would)\scommission)|deploy(ed|ment of)(?<!\b(?:prototypes?|warships?|ships?|vessels?|troops|soldiers|forces|brigades?|divisions?|battalions?)\s+(?:(?:were|was|have|has|had|are|is|been|being)\s+){1,2}deploy(?:ed|ment of))(?!\s+(?:more than\s+|over\s+|about\s+)?(?:[\w-]+\s+){0,4}?(?:warships?|ships?|vessels?|troops|soldiers|forces|brigades?|divisions?|battalions?|prototypes?)\b)|took delivery|join(?:s|ed)? the fleet|induct(?:s|ing)?|(?<!\bpre-)induction|gift(?:s|ed)?|operationali[sz]ed|(first|second|third|fourth|fifth|next|last|final) (batch|squadron|regiment|consignment|lot|unit|tranche)|consignment|receiv(e|ed|ing)|(?:supposed|due|expected|scheduled|set|slated) to (?:get|receive))\b/gi,
  },
  {
    type: 'agreement',
    pattern:
      /\b(agreements?|MoUs?|memorandum of understanding|pacts?|(?:treaty|treaties|accords?)(?!\s+organi[sz]ation)|contracts?|deals?|signed|inked|finali[sz]ed|lease[sd]?|ordered(?=\s+(?:\d|an?\b|the\b|more\b|additional\b|another\b|two\b|three\b|four\b|five\b|six\b|eight\b|ten\b|twelve\b))|placed (?:an? |the )?(?:[\w$.,-]+ ){0,3}?orders?|agreed (?:to|on))\b/gi,
  },
  { type: 'visit', pattern: /\b(visit(s|ed|ing)?|left for|leaves for|leave for|arrived in|arrives in|arrive in|arriving in|embarked on|trip to|heading to|tours? (?:of|to)|tour(?:ed|ing)|travel(led|s)? to|(?:flew|flies) to|landed in|(?<!(?:dry|floating|graving) )dock(s|ed|ing)? (?:at|in)|port call|berth(s|ed)? at)\b/gi },
  {
    type: 'meeting',
    pattern:
      // "The DAC takes up proposals worth Rs 1.2 lakh crore": a council sitting to consider them.
      /\b(\d+(st|nd|rd|th) round|\d+(?:st|nd|rd|th) (?:[A-Z][\w-]* ){0,4}(?:Congress|Plenum)|(?:tak(?:e|es|en|ing)|took) up (?:[\w'’-]+ ){0,3}proposals?|2\s?\+\s?2(?!\d)|rounds? of (talks|negotiations|consultations)|working mechanism|consultations(?<!(?:further|more|wider) consultations)|meeting|meet|met|talks|summit|conclave|dialogue|conference|deliberate|called on|discussions with|round ?table|phone call|telephone (?:call|conversation)|spoke (?:by|over the) (?:tele)?phone|video ?(?:conference|call)|virtual (?:meeting|summit))\b/gi,
  },
];

/** Whom or what one receives that is no delivery: a visitor ("received Russian President Vladimir Putin", "his Australian counterpart"), a briefing, a call or a clearance. */
const RECEIVED_PERSON = String.raw`(?:his\s+|her\s+|their\s+|the\s+|visiting\s+)?(?:(?:[A-Z][\w'’-]*|visiting)\s+){0,3}(?:President|Prime Minister|Minister|Secretary|Chief|General|Admiral|Marshal|counterpart|delegation|envoy|Ambassador|King|Queen|Premier|Speaker|leader)s?\b`;
const RECEIVED_MESSAGE = String.raw`(?:(?:a|an|its|the)\s+(?:[\w-]+\s+){0,2}(?:briefing|call|invitation|letter|message|welcome|clearance|certification|approval|nod|go-ahead)|(?:initial|final)\s+operational\s+clearance)\b`;
export const RECEIVED_NO_DELIVERY = new RegExp(String.raw`^\s+(?:${RECEIVED_PERSON}|${RECEIVED_MESSAGE})`);

/**
 * Verbs that type a dated clause no trigger word names, after the annotators'
 * conventions: entering service, arriving, being shipped and being
 * transferred are deliveries; ordering, buying and choosing a system are
 * agreements; exercising with a navy is an exercise; a ship calling at a port
 * is a visit; scuffles, shots, crossings, occupied heights, wars fought,
 * hijackings, boardings, rescues and surrenders at sea, chaff released in a
 * plane's path, violated borders, aircraft going down, explosions, captures,
 * kidnappings, transgressions, harassment, ships targeted and aircraft lost
 * are incidents; so is a vessel, crew or hostages freed (any other release,
 * as one agreed in talks, is not).
 * `needsHardware`: the verb moves people as well as systems ("the delegation
 * arrived"), so the clause must be about a system.
 */
export const CLAUSE_VERB_TYPES: { type: EventType; pattern: RegExp; needsHardware?: boolean }[] = [
  // "Modi received Putin at Hyderabad House", "Xi hosted Sharif": a host meeting a visitor (listed first: it wins over "received" as a delivery at the same word).
  { type: 'meeting', pattern: new RegExp(String.raw`\b(?:received|hosted|welcomed)\s+${RECEIVED_PERSON}`, 'i') },
  { type: 'other', pattern: new RegExp(String.raw`\breceived\s+${RECEIVED_MESSAGE}`, 'i') },
  // "The Russian group … arrived at the Chinese port of Zhoushan": warships arriving at a port call there.
  { type: 'visit', pattern: /\barriv(?:e|es|ed|ing)\s+(?:at|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}port\b|\bcall(?:ed|s|ing)? at\b/i },
  { type: 'delivery', pattern: /\b(?:enter(?:s|ed|ing)? (?:into )?(?:service|the fleet)|join(?:s|ed)? (?:the )?(?:[A-Z][\w-]* )?(?:fleet|navy|air force|squadron)|(?:was|were|been|be) (?:formally )?(?:handed over|delivered|shipped|inducted|commissioned)|took delivery|received)\b/i },
  { type: 'delivery', pattern: /\b(?:arriv(?:e|es|ed|ing)|(?<!\b(?:within|out of|in|beyond)\s+)reach(?:es|ed)?|land(?:s|ed)? (?:at|in)|hand(?:s|ing)? over|transferr(?:ed|ing)|transfers|(?:is|are|was|were) (?:now |also )?due\b)\b/i, needsHardware: true },
  { type: 'agreement', pattern: /\b(?:order(?:s|ed)|bought|buys?|purchas(?:e|es|ed)|procur(?:e|es|ed)|acquir(?:e|es|ed)|contracted|signed|inked|sealed|clinched|agreed(?!\s+(?:to|that|with|on)\b)|(?<!\bin )order for)\b/i },
  // "The Liaoning carrier group operated near Okinawa in May": a carrier or task group at sea is on an exercise.
  { type: 'exercise', pattern: /\b(?:carrier|task|strike|battle)\s+(?:strike\s+)?group\b[^.;]{0,40}?\b(?:operated|operates|sailed|sails|manoeuvred|maneuvered)\b/i },
  { type: 'exercise', pattern: /\b(?:exercis(?:ed|es|ing) with|drill(?:s|ed)? with|trained with|conducted (?:joint |bilateral )?(?:drills|manoeuvres|war ?games))\b/i },
  {
    type: 'incident',
    pattern:
      /\b(?:scuffl(?:e|es|ed)|fac(?:ed|ing) off|threw stones|pelted|clash(?:es|ed)?|crossed (?:over|into)|opened fire|fired (?:at|on|upon)|(?:shots|rounds|warning shots) (?:were|was|had been) fired|shelled|bombed|raided|downed|sank|torpedoed|stormed|annexed|intruded|transgressed|attacked|struck(?!\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:deal|agreement|pact|accord|balance|note|chord|tone|compromise|partnership)\b)|shot down|(?:violence|clashes|fighting|riots?|unrest|hostilities)\s+(?:had\s+)?(?:broke|breaks|erupted|erupts)(?:\s+out)?|went down (?:near|in|off|over)|lost (?:a|an|one|two|three|its|another) (?:[\w-]+ ){0,2}(?:aircraft|helicopter|jet|fighter|drone|plane|chopper)s?|explod(?:ed|es)|captured|kidnapped|abducted|transgress(?:ed|es)?|(?:was|were|been) targeted|harassed|hijack(?:ed|s)|boarded (?:the |a |an )?(?:[\w-]+ ){0,3}(?:vessel|ship|boat|dhow|tanker|carrier|trawler|MV|FV)\b|rescued|freed (?:the |a |an |its )?(?:[\w-]+ ){0,4}?(?:vessel|ship|boat|dhow|trawler|tanker|crew|sailors|fishermen|hostages)\b|surrendered|releas(?:ed|es|ing) (?:chaff|flares)|violat(?:ed|es|ing) (?:[\w'’-]+ ){0,3}(?:border|airspace|waters)|fought|occupied (?:the )?(?:\w+ )?(?:heights|positions|posts|ridges?)|(?<=\b(?:heights|positions|posts|ridges?|peaks?)\b[^.;]{0,120})occupied)\b/i,
  },
  { type: 'agreement', pattern: /\b(?:chose|selected|opted for|picked)\b/i },
  { type: 'meeting', pattern: /\b(?:held talks|hold talks|met with|spoke with|(?:ministers|leaders|chiefs|secretaries|delegations|envoys)\s+(?:gathered|convened|conferred))\b/i },
];

/**
 * Nouns of events that happen once, which a year written before them ("the
 * 1988 agreement", "a 2016 ruling") or after them with "of" ("the agreement of
 * 1988") names and dates, by the type an analyst gives that event.
 */
export const YEAR_NAMED_NOUNS: { type: EventType; nouns: string }[] = [
  { type: 'incident', nouns: String.raw`wars?|clash(?:es)?|stand-?offs?|face-?offs?|skirmish(?:es)?|conflict|crisis|incursions?|attacks?|strikes?|coup` },
  { type: 'agreement', nouns: String.raw`agreements?|accords?|pacts?|treat(?:y|ies)|deals?|contracts?|MoUs?|understanding|orders?|purchases?` },
  { type: 'meeting', nouns: 'summits?' },
  { type: 'visit', nouns: 'visits?' },
  { type: 'exercise', nouns: 'exercises?|drills' },
  { type: 'parade', nouns: 'parades?' },
  { type: 'other', nouns: String.raw`elections?|polls|tests?|rulings?|verdicts?|referendums?` },
];

/** A clause about a system rather than a person: the nouns an arrival of hardware names ("a ship" arriving is more often a port call). */
export const HARDWARE =
  /\b(?:aircraft|jets?|fighters?|helicopters?|choppers?|planes?|drones?|frigates?|corvettes?|destroyers?|submarines?|carriers?|systems?|batch|consignment|units|regiments?|squadrons?|tanks?|rifles?|missiles?|(?:remaining|last|first) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen)\b(?!\s+(?:officials|members|soldiers|troops|personnel|people|delegates|ministers)))\b/i;

/** Words that say an event was called off. */
export const CANCELLED =
  /\b(called off|cancell?ed|postponed indefinitely|scrapped|withdrew from|pulled out (of|from)|will not (attend|take part|participate)|(?:decided|chose|opted) not to (?:attend|take part|participate|join|send)|decided against)\b/i;

/**
 * The words the synthetic corpus is made of. Places, systems and people come
 * from the extractor's own gazetteer, catalogue and people directory, so the
 * benchmark exercises the real dictionaries.
 */
import { GAZETTEER } from '../../extractor/places/gazetteer';
import type { GazetteerPlace } from '../../extractor/places/gazetteer';
import { PEOPLE_DIRECTORY } from '../../extractor/people/people-directory';
import { CATALOGUE } from '../../extractor/procurement/catalogue';

export interface CountryWords {
  /** ISO 3166 alpha-2. */
  code: string;
  name: string;
  adjective: string;
}

export interface VocabularyPlace {
  name: string;
  /** ISO 3166 alpha-2, or null for seas and disputed areas. */
  country: string | null;
}

export interface VocabularySystem {
  name: string;
  category: string;
}

export interface VocabularyPerson {
  name: string;
  /** The family name used alone in later mentions. */
  surname: string;
  /** Title written before the name, e.g. "Defence Minister". */
  role: string;
  country: string;
}

export interface Vocabulary {
  countries: CountryWords[];
  cities: VocabularyPlace[];
  /** Border areas, bases and landmarks: where incidents and exercises happen. */
  regions: VocabularyPlace[];
  waters: VocabularyPlace[];
  systems: VocabularySystem[];
  people: VocabularyPerson[];
  exercises: string[];
  exhibitions: string[];
  outlets: string[];
}

/** Names and adjectives for the countries that report on and appear in the corpus. */
const COUNTRIES: CountryWords[] = [
  { code: 'IN', name: 'India', adjective: 'Indian' },
  { code: 'RU', name: 'Russia', adjective: 'Russian' },
  { code: 'CN', name: 'China', adjective: 'Chinese' },
  { code: 'PK', name: 'Pakistan', adjective: 'Pakistani' },
  { code: 'FR', name: 'France', adjective: 'French' },
  { code: 'US', name: 'the United States', adjective: 'American' },
  { code: 'IL', name: 'Israel', adjective: 'Israeli' },
  { code: 'JP', name: 'Japan', adjective: 'Japanese' },
  { code: 'AU', name: 'Australia', adjective: 'Australian' },
  { code: 'GB', name: 'the United Kingdom', adjective: 'British' },
  { code: 'DE', name: 'Germany', adjective: 'German' },
  { code: 'VN', name: 'Vietnam', adjective: 'Vietnamese' },
  { code: 'ID', name: 'Indonesia', adjective: 'Indonesian' },
  { code: 'BD', name: 'Bangladesh', adjective: 'Bangladeshi' },
  { code: 'LK', name: 'Sri Lanka', adjective: 'Sri Lankan' },
  { code: 'NP', name: 'Nepal', adjective: 'Nepalese' },
  { code: 'AF', name: 'Afghanistan', adjective: 'Afghan' },
  { code: 'IR', name: 'Iran', adjective: 'Iranian' },
  { code: 'TR', name: 'Turkey', adjective: 'Turkish' },
  { code: 'KZ', name: 'Kazakhstan', adjective: 'Kazakh' },
  { code: 'BY', name: 'Belarus', adjective: 'Belarusian' },
  { code: 'KR', name: 'South Korea', adjective: 'South Korean' },
  { code: 'SG', name: 'Singapore', adjective: 'Singaporean' },
  { code: 'AE', name: 'the United Arab Emirates', adjective: 'Emirati' },
  { code: 'SA', name: 'Saudi Arabia', adjective: 'Saudi' },
  { code: 'EG', name: 'Egypt', adjective: 'Egyptian' },
  { code: 'PH', name: 'the Philippines', adjective: 'Philippine' },
  { code: 'MM', name: 'Myanmar', adjective: 'Myanmar' },
  { code: 'UA', name: 'Ukraine', adjective: 'Ukrainian' },
  { code: 'IT', name: 'Italy', adjective: 'Italian' },
  { code: 'ES', name: 'Spain', adjective: 'Spanish' },
  { code: 'SE', name: 'Sweden', adjective: 'Swedish' },
  { code: 'BR', name: 'Brazil', adjective: 'Brazilian' },
  { code: 'MY', name: 'Malaysia', adjective: 'Malaysian' },
  { code: 'TH', name: 'Thailand', adjective: 'Thai' },
  { code: 'MN', name: 'Mongolia', adjective: 'Mongolian' },
  { code: 'UZ', name: 'Uzbekistan', adjective: 'Uzbek' },
  { code: 'TJ', name: 'Tajikistan', adjective: 'Tajik' },
  { code: 'KG', name: 'Kyrgyzstan', adjective: 'Kyrgyz' },
];

/** Named bilateral and multilateral exercises of the region. */
const EXERCISES = [
  'INDRA', 'Malabar', 'Varuna', 'SIMBEX', 'AUSINDEX', 'JIMEX', 'Konkan', 'Garuda', 'Shakti', 'Yudh Abhyas',
  'Vajra Prahar', 'Hand-in-Hand', 'Sea Breeze', 'Kavkaz', 'Tsentr', 'Zapad', 'Vostok', 'Peace Mission',
  'Joint Sea', 'Mitra Shakti', 'Ekuverin', 'Sampriti', 'Nomadic Elephant', 'Cope India', 'Red Flag',
];

const EXHIBITIONS = [
  'Aero India', 'DefExpo', 'Army-2021 forum', 'MAKS air show', 'Zhuhai Airshow', 'IDEAS', 'Eurosatory',
  'Paris Air Show', 'Singapore Airshow', 'IDEX', 'Dubai Airshow', 'LIMA', 'Indo Defence',
];

const OUTLETS = ['ANI', 'PTI', 'IANS', 'Reuters', 'TASS', 'Xinhua', 'AFP', 'RIA Novosti', 'UNI', 'Sputnik'];

/**
 * The title written before a name: the directory's role without its country and
 * years ("Defence Minister of Russia (2012-2024)" -> "Defence Minister").
 */
export function titleOf(role: string, countryName: string): string {
  const undated = role.replace(/\s*\([^)]*\)\s*$/, '');
  const suffix = ` of ${countryName}`;
  return undated.endsWith(suffix) ? undated.slice(0, -suffix.length) : undated;
}

/** Directory people of the countries the templates can name. */
function directoryPeople(): VocabularyPerson[] {
  return PEOPLE_DIRECTORY.flatMap(({ name, surname, role, country }) => {
    const words = COUNTRIES.find((candidate) => candidate.code === country);
    return words ? [{ name, surname, role: titleOf(role, words.name), country: words.code }] : [];
  });
}

/** The vocabulary the synthesiser uses by default. */
function placesOfKind(kinds: readonly GazetteerPlace['kind'][]): VocabularyPlace[] {
  return GAZETTEER.filter((place) => kinds.includes(place.kind)).map(({ name, country }) => ({ name, country }));
}

export function defaultVocabulary(): Vocabulary {
  return {
    countries: COUNTRIES,
    cities: placesOfKind(['city']),
    regions: placesOfKind(['region', 'landmark']),
    waters: placesOfKind(['water']),
    systems: CATALOGUE.map(({ name, category }) => ({ name, category })),
    people: directoryPeople(),
    exercises: EXERCISES,
    exhibitions: EXHIBITIONS,
    outlets: OUTLETS,
  };
}

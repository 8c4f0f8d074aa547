/**
 * The bundle validated record by record. BundleSchema is an object of
 * arrays of record schemas with no check across records or on the arrays'
 * lengths, so parsing its top-level fields and then each record with the
 * record schemas taken from its own shape is exactly parsing the whole
 * bundle, without ever holding a second copy of it: each record is parsed,
 * written to bundle.json and facts.json, and dropped.
 */
import type { Article, BundleInput, BundleWarning } from '../../schema/bundle';
import { BundleSchema } from '../../schema/bundle';
import { toFactsEvent, toFactsItem, toFactsPerson, toFactsPlace, toSummary } from './to-facts-bundle';

/** Each section's record schema, straight from the one bundle schema. */
const RECORD_SCHEMAS = {
  articles: BundleSchema.shape.articles.element,
  places: BundleSchema.shape.places.element,
  events: BundleSchema.shape.events.element,
  procurement: BundleSchema.shape.procurement.element,
  people: BundleSchema.shape.people.element,
  warnings: BundleSchema.shape.warnings.element,
};

const HeaderSchema = BundleSchema.pick({ schemaVersion: true, generatedAt: true, generator: true });

/** The top-level fields other than the record arrays, validated, in the schema's order. */
export function validHeader(input: Pick<BundleInput, 'schemaVersion' | 'generatedAt' | 'generator'>): Record<string, unknown> {
  return HeaderSchema.parse(input);
}

/** A record as bundle.json (`full`) and facts.json (`facts`) hold it, once it has passed its schema. */
export interface ValidRecord {
  full: unknown;
  facts: unknown;
}

export function validArticle(record: unknown): ValidRecord & { full: Article } {
  const article = RECORD_SCHEMAS.articles.parse(record);
  return { full: article, facts: toSummary(article) };
}

export const VALID_RECORD = {
  places: (record: unknown): ValidRecord => {
    const place = RECORD_SCHEMAS.places.parse(record);
    return { full: place, facts: toFactsPlace(place) };
  },
  events: (record: unknown): ValidRecord => {
    const event = RECORD_SCHEMAS.events.parse(record);
    return { full: event, facts: toFactsEvent(event) };
  },
  procurement: (record: unknown): ValidRecord => {
    const item = RECORD_SCHEMAS.procurement.parse(record);
    return { full: item, facts: toFactsItem(item) };
  },
  people: (record: unknown): ValidRecord => {
    const person = RECORD_SCHEMAS.people.parse(record);
    return { full: person, facts: toFactsPerson(person) };
  },
};

export function validWarning(warning: unknown): BundleWarning {
  return RECORD_SCHEMAS.warnings.parse(warning);
}

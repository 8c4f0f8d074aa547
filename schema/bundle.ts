/**
 * The one contract between the extractor (writer) and the dashboard (reader).
 * Both sides import this module; types come from `z.infer`, never written twice.
 * Bump SCHEMA_VERSION on any incompatible change and add a golden fixture for it
 * under tests/fixtures/bundle-v<N>.json.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const IsoDaySchema = z
  .string()
  .regex(ISO_DAY, 'expected a YYYY-MM-DD day')
  .brand<'IsoDay'>();
export type IsoDay = z.infer<typeof IsoDaySchema>;

export const PlaceIdSchema = z.string().min(1).brand<'PlaceId'>();
export type PlaceId = z.infer<typeof PlaceIdSchema>;
export const EventIdSchema = z.string().min(1).brand<'EventId'>();
export type EventId = z.infer<typeof EventIdSchema>;
export const ItemIdSchema = z.string().min(1).brand<'ItemId'>();
export type ItemId = z.infer<typeof ItemIdSchema>;
export const PersonIdSchema = z.string().min(1).brand<'PersonId'>();
export type PersonId = z.infer<typeof PersonIdSchema>;
/** The file stem ("003_b8affa03"), or the whole file name where two files of a folder share a stem. */
export const ArticleIdSchema = z.string().min(1).brand<'ArticleId'>();
export type ArticleId = z.infer<typeof ArticleIdSchema>;

/** One supporting article for a fact: the exact sentence and its character offsets in `article.text`. */
export const SourceSchema = z.object({
  articleId: ArticleIdSchema,
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Source = z.infer<typeof SourceSchema>;

export const PRECISIONS = ['day', 'month', 'quarter', 'year'] as const;
export const PrecisionSchema = z.enum(PRECISIONS);
export type Precision = z.infer<typeof PrecisionSchema>;

/** A fact whose sources disagree on one field: every side is kept with its own sources. */
export const DisputeSchema = z.object({
  field: z.enum(['date', 'status', 'value', 'expectedDelivery', 'supplier']),
  claims: z
    .array(
      z.object({
        /** Human-readable claim, e.g. "2020-09-04" or "cancelled". */
        value: z.string(),
        sources: z.array(SourceSchema).min(1),
      }),
    )
    .min(2),
});
export type Dispute = z.infer<typeof DisputeSchema>;

export const PUBLISHED_FROM = ['header', 'text', 'inferred'] as const;

export const ArticleSchema = z.object({
  id: ArticleIdSchema,
  file: z.string(),
  title: z.string(),
  /** Outlet or agency named in the article (e.g. "ANI", "PTI"), when one is evident. */
  outlet: z.string().nullable(),
  published: IsoDaySchema.nullable(),
  publishedFrom: z.enum(PUBLISHED_FROM).nullable(),
  text: z.string(),
  warnings: z.array(z.string()),
});
export type Article = z.infer<typeof ArticleSchema>;

export const PLACE_KINDS = ['city', 'region', 'water', 'landmark', 'country', 'other'] as const;
export const PlaceKindSchema = z.enum(PLACE_KINDS);
export type PlaceKind = z.infer<typeof PlaceKindSchema>;

export const PlaceSchema = z.object({
  id: PlaceIdSchema,
  name: z.string(),
  kind: PlaceKindSchema,
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** ISO 3166 alpha-2, or null for places no single country holds (seas, disputed areas). */
  country: z.string().length(2).nullable(),
  sources: z.array(SourceSchema),
});
export type Place = z.infer<typeof PlaceSchema>;

export const EVENT_TYPES = [
  'visit',
  'meeting',
  'exercise',
  'parade',
  'exhibition',
  'delivery',
  'agreement',
  'incident',
  'other',
] as const;
export const EventTypeSchema = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventTypeSchema>;

export const EVENT_STATUSES = ['planned', 'occurred', 'cancelled', 'unknown'] as const;
export const EventStatusSchema = z.enum(EVENT_STATUSES);
export type EventStatus = z.infer<typeof EventStatusSchema>;

export const EventSchema = z.object({
  id: EventIdSchema,
  type: EventTypeSchema,
  title: z.string(),
  /** Null when no source gave a date that could be resolved (e.g. an undated article). */
  start: IsoDaySchema.nullable(),
  end: IsoDaySchema.nullable(),
  precision: PrecisionSchema.nullable(),
  /** The words the date came from, e.g. "Monday (June 22)" or "by the end of 2021". */
  dateText: z.string().nullable(),
  status: EventStatusSchema,
  placeIds: z.array(PlaceIdSchema),
  people: z.array(PersonIdSchema),
  itemIds: z.array(ItemIdSchema),
  sources: z.array(SourceSchema).min(1),
  disputes: z.array(DisputeSchema),
});
export type DossierEvent = z.infer<typeof EventSchema>;

export const PROCUREMENT_STATUSES = [
  'mentioned',
  'negotiating',
  'agreed',
  'contracted',
  'in-production',
  'delivery-pending',
  'delayed',
  'delivered',
] as const;
export const ProcurementStatusSchema = z.enum(PROCUREMENT_STATUSES);
export type ProcurementStatus = z.infer<typeof ProcurementStatusSchema>;

export const MoneySchema = z.object({
  amount: z.number().nonnegative(),
  /** ISO 4217 code, e.g. "USD", "INR", "EUR", "RUB". */
  currency: z.string().length(3),
  text: z.string(),
});
export type Money = z.infer<typeof MoneySchema>;

export const DateSpanSchema = z.object({
  start: IsoDaySchema,
  end: IsoDaySchema,
  precision: PrecisionSchema,
  text: z.string(),
});
export type DateSpan = z.infer<typeof DateSpanSchema>;

export const ProcurementItemSchema = z.object({
  id: ItemIdSchema,
  name: z.string(),
  aliases: z.array(z.string()),
  category: z.string(),
  /** ISO 3166 alpha-2 country codes, or null when unknown. */
  supplier: z.string().length(2).nullable(),
  recipient: z.string().length(2).nullable(),
  status: ProcurementStatusSchema,
  value: MoneySchema.nullable(),
  expectedDelivery: DateSpanSchema.nullable(),
  sources: z.array(SourceSchema).min(1),
  disputes: z.array(DisputeSchema),
});
export type ProcurementItem = z.infer<typeof ProcurementItemSchema>;

export const PersonSchema = z.object({
  id: PersonIdSchema,
  name: z.string(),
  aliases: z.array(z.string()),
  role: z.string().nullable(),
  country: z.string().length(2).nullable(),
  sources: z.array(SourceSchema).min(1),
});
export type Person = z.infer<typeof PersonSchema>;

export const WarningSchema = z.object({
  file: z.string(),
  message: z.string(),
});
export type BundleWarning = z.infer<typeof WarningSchema>;

const bundleShape = {
  schemaVersion: z.literal(SCHEMA_VERSION),
  generatedAt: z.iso.datetime(),
  generator: z.object({ name: z.literal('dossier-extractor'), version: z.string() }),
  articles: z.array(ArticleSchema),
  places: z.array(PlaceSchema),
  events: z.array(EventSchema),
  procurement: z.array(ProcurementItemSchema),
  people: z.array(PersonSchema),
  warnings: z.array(WarningSchema),
};

/** The full, versioned artefact: every fact plus every article's text. */
export const BundleSchema = z.object(bundleShape);
export type Bundle = z.infer<typeof BundleSchema>;

/**
 * A source as the dashboard first loads it: offsets without the quoted words,
 * which repeat across hundreds of thousands of sources at scale; the quote is
 * `text.slice(start, end)` of the article text fetched on demand.
 */
export const FactsSourceSchema = SourceSchema.omit({ quote: true });
export type FactsSource = z.infer<typeof FactsSourceSchema>;

export const FactsDisputeSchema = DisputeSchema.extend({
  claims: z.array(z.object({ value: z.string(), sources: z.array(FactsSourceSchema).min(1) })).min(2),
});
export type FactsDispute = z.infer<typeof FactsDisputeSchema>;

export const FactsPlaceSchema = PlaceSchema.extend({ sources: z.array(FactsSourceSchema) });
export type FactsPlace = z.infer<typeof FactsPlaceSchema>;
export const FactsEventSchema = EventSchema.extend({
  sources: z.array(FactsSourceSchema).min(1),
  disputes: z.array(FactsDisputeSchema),
});
export type FactsEvent = z.infer<typeof FactsEventSchema>;
export const FactsProcurementItemSchema = ProcurementItemSchema.extend({
  sources: z.array(FactsSourceSchema).min(1),
  disputes: z.array(FactsDisputeSchema),
});
export type FactsProcurementItem = z.infer<typeof FactsProcurementItemSchema>;
export const FactsPersonSchema = PersonSchema.extend({ sources: z.array(FactsSourceSchema).min(1) });
export type FactsPerson = z.infer<typeof FactsPersonSchema>;

/**
 * What the dashboard loads first: the bundle without article texts or quotes,
 * both fetched on demand (`texts/<articleId>.txt`) so a large corpus paints quickly.
 * Parsing a full bundle with it strips both (zod drops unknown keys).
 */
export const FactsBundleSchema = z.object({
  ...bundleShape,
  articles: z.array(ArticleSchema.omit({ text: true })),
  places: z.array(FactsPlaceSchema),
  events: z.array(FactsEventSchema),
  procurement: z.array(FactsProcurementItemSchema),
  people: z.array(FactsPersonSchema),
});
export type FactsBundle = z.infer<typeof FactsBundleSchema>;
export type ArticleSummary = FactsBundle['articles'][number];

/** File names the writer produces next to each other and the app fetches relative to its base URL. */
export const BUNDLE_FILES = {
  full: 'bundle.json',
  facts: 'facts.json',
  textsDir: 'texts',
} as const;

/**
 * What the extractor builds before validation: the same shapes with plain
 * strings where the parsed bundle has branded ids. `BundleSchema.parse` turns
 * one into the other, so every written bundle has passed the schema.
 */
export type BundleInput = z.input<typeof BundleSchema>;
export type SourceInput = z.input<typeof SourceSchema>;
export type DisputeInput = z.input<typeof DisputeSchema>;
export type EventInput = z.input<typeof EventSchema>;
export type PlaceInput = z.input<typeof PlaceSchema>;
export type PersonInput = z.input<typeof PersonSchema>;
export type ProcurementItemInput = z.input<typeof ProcurementItemSchema>;
export type ArticleInput = z.input<typeof ArticleSchema>;

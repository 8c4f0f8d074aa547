/**
 * npm run evaluate -- [--details] [DIR ...]
 *
 * Measures the extractor against hand-written ground truth (default sets in
 * tests/fixtures/domain-articles: dev to dev8, tuned on; holdout and blind to
 * blind6, never tuned on; a default set whose folder or truth.json is not written
 * yet is skipped with a note).
 * Prints, per set: place and item precision/recall/F1, the share of dated
 * events whose dates are right, publication-date and merging checks. Every miss
 * and false positive is listed for the tuning sets (dev to dev8) only (or for
 * every set with --details), so the other sets stay unseen by whoever tunes the extractor.
 * Prints, never asserts: the dev-set floors live in tests/extractor/evaluation.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { Bundle, DossierEvent } from '../schema/bundle';
import { EventTypeSchema, IsoDaySchema, PrecisionSchema } from '../schema/bundle';
import { extractBundle } from '../extractor/extract-bundle';
import { getGazetteerPlace } from '../extractor/places/extract-places';
import type { InputFile } from '../extractor/types';

export const DOMAIN_ARTICLES_DIR = 'tests/fixtures/domain-articles';
const DEFAULT_SETS = ['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'holdout', 'blind', 'blind2', 'blind3', 'blind4', 'blind5', 'blind6'];
/** The sets whose misses may guide tuning; listing the others' would leak them into it. */
const TUNING_SETS: ReadonlySet<string> = new Set(['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8']);
const DETAILS_FLAG = '--details';
const TRUTH_FILE = 'truth.json';
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.html']);
/** Fixed so two runs print the same report; the evaluation never reads it. */
const GENERATED_AT = '2000-01-01T00:00:00.000Z';
const MAX_DEGREES_OFF = 1;

const TruthPlaceSchema = z.object({
  name: z.string(),
  lat: z.number(),
  lon: z.number(),
  aliases: z.array(z.string()).default([]),
});

const TruthItemSchema = z.object({ name: z.string(), aliases: z.array(z.string()).default([]) });

const TruthEventSchema = z.object({
  /** Links the same real-world event across articles of one set. */
  key: z.string().optional(),
  /** The articles sharing `key` disagree (date or status); the merged record should say so. */
  disputed: z.boolean().default(false),
  type: EventTypeSchema,
  what: z.string(),
  start: IsoDaySchema.nullable(),
  end: IsoDaySchema.nullable(),
  precision: PrecisionSchema.nullable(),
  status: z.enum(['planned', 'occurred', 'cancelled', 'unknown']),
});

const TruthArticleSchema = z.object({
  file: z.string(),
  published: IsoDaySchema.nullable(),
  note: z.string().optional(),
  places: z.array(TruthPlaceSchema),
  items: z.array(TruthItemSchema),
  events: z.array(TruthEventSchema),
});

export const TruthSchema = z.object({ about: z.string(), articles: z.array(TruthArticleSchema) });
export type Truth = z.infer<typeof TruthSchema>;
export type TruthInput = z.input<typeof TruthSchema>;
type TruthArticle = z.infer<typeof TruthArticleSchema>;
type TruthPlace = z.infer<typeof TruthPlaceSchema>;
type TruthEvent = z.infer<typeof TruthEventSchema>;

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

/** One line of the report: which article, and what went wrong. */
export interface Finding {
  file: string;
  message: string;
}

export interface SetEvaluation {
  articles: number;
  places: Score;
  items: Score;
  /** Dated truth events whose extracted date is exactly right. */
  eventDates: { right: number; total: number; accuracy: number };
  /** Right-dated events whose status also matches the truth. */
  eventStatus: { right: number; total: number };
  publication: { right: number; total: number };
  merges: { merged: number; total: number; disputesFlagged: number; disputesExpected: number };
  placeMisses: Finding[];
  placeFalsePositives: Finding[];
  itemMisses: Finding[];
  itemFalsePositives: Finding[];
  eventMisses: Finding[];
  eventFalsePositives: Finding[];
  publicationMisses: Finding[];
  mergeMisses: Finding[];
}

interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}

function toScore(counts: Counts): Score {
  const precision = ratio(counts.truePositives, counts.truePositives + counts.falsePositives);
  const recall = ratio(counts.truePositives, counts.truePositives + counts.falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

function sumCounts(counts: readonly Counts[]): Counts {
  return counts.reduce(
    (total, next) => ({
      truePositives: total.truePositives + next.truePositives,
      falsePositives: total.falsePositives + next.falsePositives,
      falseNegatives: total.falseNegatives + next.falseNegatives,
    }),
    { truePositives: 0, falsePositives: 0, falseNegatives: 0 },
  );
}

/** Case, spaces, hyphens and dots never distinguish two names ("K9 Vajra" = "K-9 vajra"). */
export function toMatchKey(name: string): string {
  return name.toLowerCase().replace(/[\s\-‐–.]+/g, '');
}

function keysOf(names: readonly string[]): Set<string> {
  return new Set(names.map(toMatchKey));
}

function sharesKey(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return [...a].some((key) => b.has(key));
}

function citesArticle(record: { sources: readonly { articleId: string }[] }, articleId: string): boolean {
  return record.sources.some((source) => source.articleId === articleId);
}

/**
 * Greedy one-to-one matching of truth entries to extracted records: each
 * truth entry takes the first unused record it matches.
 */
function matchOneToOne<T, E>(truth: readonly T[], extracted: readonly E[], matches: (t: T, e: E) => boolean): { unmatchedTruth: T[]; unmatchedExtracted: E[] } {
  const used = new Set<number>();
  const unmatchedTruth = truth.filter((entry) => {
    const index = extracted.findIndex((candidate, i) => !used.has(i) && matches(entry, candidate));
    if (index < 0) return true;
    used.add(index);
    return false;
  });
  return { unmatchedTruth, unmatchedExtracted: extracted.filter((_, i) => !used.has(i)) };
}

function countsOf(truthCount: number, unmatchedTruth: number, unmatchedExtracted: number): Counts {
  return { truePositives: truthCount - unmatchedTruth, falsePositives: unmatchedExtracted, falseNegatives: unmatchedTruth };
}

type BundlePlace = Bundle['places'][number];

function namesOfPlace(place: BundlePlace): string[] {
  return [place.name, ...(getGazetteerPlace(place.id)?.aliases ?? [])];
}

function isNear(truth: TruthPlace, place: BundlePlace): boolean {
  return Math.abs(truth.lat - place.lat) <= MAX_DEGREES_OFF && Math.abs(truth.lon - place.lon) <= MAX_DEGREES_OFF;
}

function describePlace(place: BundlePlace): string {
  return `${place.name} (${place.lat.toFixed(2)}, ${place.lon.toFixed(2)})`;
}

function evaluatePlaces(truth: TruthArticle, places: readonly BundlePlace[]): { counts: Counts; misses: string[]; falsePositives: string[] } {
  const sameName = (entry: TruthPlace, place: BundlePlace): boolean => sharesKey(keysOf([entry.name, ...entry.aliases]), keysOf(namesOfPlace(place)));
  const { unmatchedTruth, unmatchedExtracted } = matchOneToOne(truth.places, places, (entry, place) => sameName(entry, place) && isNear(entry, place));
  const misses = unmatchedTruth.map((entry) => {
    const misplaced = unmatchedExtracted.find((place) => sameName(entry, place));
    return misplaced ? `${entry.name}: found at ${describePlace(misplaced)}, expected (${entry.lat}, ${entry.lon})` : entry.name;
  });
  return { counts: countsOf(truth.places.length, unmatchedTruth.length, unmatchedExtracted.length), misses, falsePositives: unmatchedExtracted.map(describePlace) };
}

type BundleItem = Bundle['procurement'][number];

function evaluateItems(truth: TruthArticle, items: readonly BundleItem[]): { counts: Counts; misses: string[]; falsePositives: string[] } {
  const { unmatchedTruth, unmatchedExtracted } = matchOneToOne(truth.items, items, (entry, item) => keysOf([entry.name, ...entry.aliases]).has(toMatchKey(item.name)));
  return {
    counts: countsOf(truth.items.length, unmatchedTruth.length, unmatchedExtracted.length),
    misses: unmatchedTruth.map((entry) => entry.name),
    falsePositives: unmatchedExtracted.map((item) => `${item.name} (from "${item.aliases[0] ?? item.name}")`),
  };
}

interface DateClaim {
  start: string;
  end: string;
}

/** "2021-07-15 (on Thursday)" or "2021-08-01 to 2021-08-13 (from August 1 to 13)" -> the span. */
function claimOfDisputeValue(value: string): DateClaim | null {
  const days = value.split(' (')[0]?.match(/\d{4}-\d{2}-\d{2}/g) ?? [];
  const [start] = days;
  const end = days[days.length - 1];
  return start && end ? { start, end } : null;
}

/** Every date the bundle records for this article on the event: the event's own, and its side of any date dispute. */
function dateClaimsOf(event: DossierEvent, articleId: string): DateClaim[] {
  const own = event.start && event.end ? [{ start: event.start, end: event.end }] : [];
  const disputed = event.disputes
    .filter((dispute) => dispute.field === 'date')
    .flatMap((dispute) => dispute.claims.filter((claim) => citesArticle(claim, articleId)))
    .flatMap((claim) => claimOfDisputeValue(claim.value) ?? []);
  return [...own, ...disputed];
}

function overlaps(a: DateClaim, b: DateClaim): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** How far a merged event's date may sit from the truth's and still be that event told with a wrong date (its date is judged on its own). */
const MERGE_DAYS_OFF = 30;
const DAY_MS = 86_400_000;

function isNearSpan(claim: DateClaim, span: DateClaim): boolean {
  const slack = MERGE_DAYS_OFF * DAY_MS;
  return Date.parse(claim.start) <= Date.parse(span.end) + slack && Date.parse(span.start) <= Date.parse(claim.end) + slack;
}

function isSameSpan(a: DateClaim, b: DateClaim): boolean {
  return a.start === b.start && a.end === b.end;
}

function describeSpan(span: DateClaim): string {
  return span.start === span.end ? span.start : `${span.start}..${span.end}`;
}

function describeEvent(event: DossierEvent): string {
  const span = event.start && event.end ? describeSpan({ start: event.start, end: event.end }) : 'undated';
  return `${event.type} ${span} "${event.title}" [${event.dateText ?? 'no date text'}]`;
}

interface EventJudgement {
  right: DossierEvent | null;
  /** Why the event was not right, when it was not. */
  miss: string | null;
}

function spanOf(entry: TruthEvent): DateClaim | null {
  return entry.start && entry.end ? { start: entry.start, end: entry.end } : null;
}

function judgeEvent(entry: TruthEvent, span: DateClaim, events: readonly DossierEvent[], articleId: string): EventJudgement {
  const sameType = events.filter((event) => event.type === entry.type);
  const right = sameType.find((event) => dateClaimsOf(event, articleId).some((claim) => isSameSpan(claim, span)));
  if (right) return { right, miss: null };
  const label = `${entry.type} ${describeSpan(span)} (${entry.precision ?? '?'}) "${entry.what}"`;
  const overlapping = sameType.filter((event) => dateClaimsOf(event, articleId).some((claim) => overlaps(claim, span)));
  if (overlapping.length > 0) return { right: null, miss: `${label}: wrong date, got ${overlapping.map(describeEvent).join('; ')}` };
  const otherType = events.find((event) => event.type !== entry.type && dateClaimsOf(event, articleId).some((claim) => isSameSpan(claim, span)));
  if (otherType) return { right: null, miss: `${label}: right date, wrong type: ${describeEvent(otherType)}` };
  return { right: null, miss: `${label}: not found` };
}

interface ArticleEvents {
  right: number;
  total: number;
  statusRight: number;
  misses: string[];
  falsePositives: string[];
}

function evaluateEvents(truth: TruthArticle, events: readonly DossierEvent[], articleId: string): ArticleEvents {
  const dated = truth.events.flatMap((entry) => {
    const span = spanOf(entry);
    return span ? [{ entry, span }] : [];
  });
  const judgements = dated.map(({ entry, span }) => ({ entry, ...judgeEvent(entry, span, events, articleId) }));
  const explained = (event: DossierEvent): boolean =>
    dated.some(({ span }) => dateClaimsOf(event, articleId).some((claim) => overlaps(claim, span)));
  return {
    right: judgements.filter((judgement) => judgement.right).length,
    total: dated.length,
    statusRight: judgements.filter((judgement) => judgement.right?.status === judgement.entry.status).length,
    misses: judgements.flatMap((judgement) => judgement.miss ?? []),
    falsePositives: events.filter((event) => event.start && !explained(event)).map(describeEvent),
  };
}

interface KeyGroup {
  /** Each article of the group with its truth entry for the key. */
  entries: { file: string; entry: TruthEvent }[];
  disputed: boolean;
}

function groupsByKey(truth: Truth): Map<string, KeyGroup> {
  const groups = new Map<string, KeyGroup>();
  for (const article of truth.articles) {
    for (const entry of article.events) {
      if (!entry.key) continue;
      const group = groups.get(entry.key) ?? { entries: [], disputed: false };
      group.entries.push({ file: article.file, entry });
      group.disputed ||= entry.disputed;
      groups.set(entry.key, group);
    }
  }
  return groups;
}

/**
 * The extracted event a key's truth entries describe: of the events citing
 * every article of the group, of the entries' type and dated within a month
 * of one of their spans (when they have any), the one whose dates agree with the most
 * articles' truth. An unrelated event that happens to cite the same articles
 * (another event of the same three reports) does not count as the merge, nor
 * may it hide or invent a dispute.
 */
function eventOfGroup(group: KeyGroup, events: readonly DossierEvent[], ids: readonly string[]): DossierEvent | undefined {
  const citingAll = events.filter((event) => ids.every((id) => citesArticle(event, id)));
  const types = new Set(group.entries.map(({ entry }) => entry.type));
  const spans = group.entries.flatMap(({ entry }) => spanOf(entry) ?? []);
  const withinTruth = (event: DossierEvent): boolean =>
    spans.length === 0 || ids.some((id) => dateClaimsOf(event, id).some((claim) => spans.some((span) => isNearSpan(claim, span))));
  const sameType = citingAll.filter((event) => types.has(event.type) && withinTruth(event));
  const agreeing = (event: DossierEvent): number =>
    group.entries.filter(({ entry }, index) => {
      const span = spanOf(entry);
      const id = ids[index];
      return span !== null && id !== undefined && dateClaimsOf(event, id).some((claim) => isSameSpan(claim, span));
    }).length;
  const truthDays = group.entries.flatMap(({ entry }) => (entry.start ? [Date.parse(entry.start)] : []));
  // Among equals, the event nearest the truth's dates: "Vostok 2022" rather than the 2018 edition cited in passing.
  const daysOff = (event: DossierEvent): number => {
    const start = event.start ? Date.parse(event.start) : Number.NaN;
    return Math.min(Infinity, ...truthDays.map((day) => Math.abs(day - start)).filter((gap) => !Number.isNaN(gap)));
  };
  const [best] = sameType
    .map((event) => ({ event, agreeing: agreeing(event), daysOff: daysOff(event) }))
    .sort((a, b) => b.agreeing - a.agreeing || a.daysOff - b.daysOff);
  return best?.event;
}

function evaluateMerges(truth: Truth, bundle: Bundle, articleIdOf: (file: string) => string | null): Pick<SetEvaluation, 'merges' | 'mergeMisses'> {
  const shared = [...groupsByKey(truth)].filter(([, group]) => new Set(group.entries.map(({ file }) => file)).size > 1);
  const mergeMisses: Finding[] = [];
  let merged = 0;
  let disputesFlagged = 0;
  for (const [key, group] of shared) {
    const files = [...new Set(group.entries.map(({ file }) => file))].join(' + ');
    const ids = group.entries.map(({ file }) => articleIdOf(file));
    const known = ids.filter((id): id is string => id !== null);
    const record = known.length === ids.length ? eventOfGroup(group, bundle.events, known) : undefined;
    if (!record) {
      mergeMisses.push({ file: files, message: `${key}: no single event cites all of them` });
      continue;
    }
    merged += 1;
    if (!group.disputed) continue;
    if (record.disputes.length > 0) disputesFlagged += 1;
    else mergeMisses.push({ file: files, message: `${key}: merged but not marked disputed (${describeEvent(record)})` });
  }
  const disputesExpected = shared.filter(([, group]) => group.disputed).length;
  return { merges: { merged, total: shared.length, disputesFlagged, disputesExpected }, mergeMisses };
}

function findingsOf(file: string, messages: readonly string[]): Finding[] {
  return messages.map((message) => ({ file, message }));
}

/** Scores one bundle against the truth of the articles it was extracted from. Pure. */
export function evaluateBundle(bundle: Bundle, truth: Truth): SetEvaluation {
  const idByFile = new Map(bundle.articles.map((article) => [article.file, article.id]));
  const articleIdOf = (file: string): string | null => idByFile.get(file) ?? null;
  const perArticle = truth.articles.map((article) => {
    const id = articleIdOf(article.file) ?? `missing:${article.file}`;
    const extracted = bundle.articles.find((candidate) => candidate.id === id);
    // An article with no date of its own is right when it stays undated or is dated by inference (and says so).
    const published = extracted?.publishedFrom === 'inferred' && article.published === null ? null : (extracted?.published ?? null);
    return {
      article,
      published,
      places: evaluatePlaces(article, bundle.places.filter((place) => citesArticle(place, id))),
      items: evaluateItems(article, bundle.procurement.filter((item) => citesArticle(item, id))),
      events: evaluateEvents(article, bundle.events.filter((event) => citesArticle(event, id)), id),
    };
  });
  const eventRight = perArticle.reduce((sum, result) => sum + result.events.right, 0);
  const eventTotal = perArticle.reduce((sum, result) => sum + result.events.total, 0);
  const publicationMisses = perArticle
    .filter((result) => result.published !== result.article.published)
    .map((result) => ({ file: result.article.file, message: `published ${result.published ?? 'null'}, expected ${result.article.published ?? 'null'}` }));
  return {
    articles: truth.articles.length,
    places: toScore(sumCounts(perArticle.map((result) => result.places.counts))),
    items: toScore(sumCounts(perArticle.map((result) => result.items.counts))),
    eventDates: { right: eventRight, total: eventTotal, accuracy: ratio(eventRight, eventTotal) },
    eventStatus: { right: perArticle.reduce((sum, result) => sum + result.events.statusRight, 0), total: eventRight },
    publication: { right: truth.articles.length - publicationMisses.length, total: truth.articles.length },
    ...evaluateMerges(truth, bundle, articleIdOf),
    placeMisses: perArticle.flatMap((result) => findingsOf(result.article.file, result.places.misses)),
    placeFalsePositives: perArticle.flatMap((result) => findingsOf(result.article.file, result.places.falsePositives)),
    itemMisses: perArticle.flatMap((result) => findingsOf(result.article.file, result.items.misses)),
    itemFalsePositives: perArticle.flatMap((result) => findingsOf(result.article.file, result.items.falsePositives)),
    eventMisses: perArticle.flatMap((result) => findingsOf(result.article.file, result.events.misses)),
    eventFalsePositives: perArticle.flatMap((result) => findingsOf(result.article.file, result.events.falsePositives)),
    publicationMisses,
  };
}

/** The articles of an evaluation folder (its .txt/.md/.html files) and its truth.json. */
export function readEvaluationSet(dir: string): { files: InputFile[]; truth: Truth } {
  const names = readdirSync(dir)
    .filter((name) => ARTICLE_EXTENSIONS.has(extname(name)))
    .sort();
  const files = names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
  const truth = TruthSchema.parse(JSON.parse(readFileSync(join(dir, TRUTH_FILE), 'utf8')));
  return { files, truth };
}

/** Runs the extractor on one folder and scores it against the folder's truth.json. */
export function evaluateFolder(dir: string): SetEvaluation {
  const { files, truth } = readEvaluationSet(dir);
  return evaluateBundle(extractBundle(files, { generatedAt: GENERATED_AT }), truth);
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function formatScore(label: string, score: Score): string {
  return `${label}  P ${percent(score.precision)}  R ${percent(score.recall)}  F1 ${percent(score.f1)}  (tp ${score.truePositives}, fp ${score.falsePositives}, fn ${score.falseNegatives})`;
}

function formatFindings(title: string, findings: readonly Finding[]): string[] {
  if (findings.length === 0) return [];
  return [`  ${title} (${findings.length}):`, ...findings.map((finding) => `    ${finding.file}: ${finding.message}`)];
}

/** Whether a set's report lists its misses and false positives: always for the tuning set, for the others only on request. */
export function listsFindings(setName: string, detailsRequested: boolean): boolean {
  return detailsRequested || TUNING_SETS.has(setName);
}

function findingsOfEvaluation(evaluation: SetEvaluation): string[] {
  return [
    ...formatFindings('place misses', evaluation.placeMisses),
    ...formatFindings('place false positives', evaluation.placeFalsePositives),
    ...formatFindings('item misses', evaluation.itemMisses),
    ...formatFindings('item false positives', evaluation.itemFalsePositives),
    ...formatFindings('event misses', evaluation.eventMisses),
    ...formatFindings('extracted dated events matching no truth event', evaluation.eventFalsePositives),
    ...formatFindings('publication date misses', evaluation.publicationMisses),
    ...formatFindings('merge misses', evaluation.mergeMisses),
  ];
}

/** The printed report of one set: the figures, then (when `withFindings`) every miss and false positive. */
export function formatEvaluation(name: string, evaluation: SetEvaluation, withFindings = listsFindings(name, false)): string {
  const { eventDates, eventStatus, publication, merges } = evaluation;
  return [
    `== ${name}: ${evaluation.articles} articles`,
    `  ${formatScore('places', evaluation.places)}`,
    `  ${formatScore('items ', evaluation.items)}`,
    `  event dates right  ${percent(eventDates.accuracy)}  (${eventDates.right}/${eventDates.total} dated truth events)`,
    `  status right       ${eventStatus.right}/${eventStatus.total} of the right-dated events`,
    // A count only, so the unseen sets show whether a change invents events without showing which.
    `  unmatched dated    ${evaluation.eventFalsePositives.length} extracted dated events match no truth event`,
    `  publication dates  ${publication.right}/${publication.total}`,
    `  merged groups      ${merges.merged}/${merges.total}; disputes flagged ${merges.disputesFlagged}/${merges.disputesExpected}`,
    ...(withFindings ? findingsOfEvaluation(evaluation) : []),
  ].join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const detailsRequested = args.includes(DETAILS_FLAG);
  const named = args.filter((arg) => arg !== DETAILS_FLAG);
  const dirs = named.length > 0 ? named : DEFAULT_SETS.map((set) => join(DOMAIN_ARTICLES_DIR, set));
  for (const dir of dirs) {
    const name = basename(dir);
    if (named.length === 0 && !existsSync(join(dir, TRUTH_FILE))) {
      console.log(`== ${name}: skipped, no ${existsSync(dir) ? TRUTH_FILE : 'folder'} yet\n`);
      continue;
    }
    console.log(`${formatEvaluation(name, evaluateFolder(dir), listsFindings(name, detailsRequested))}\n`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();

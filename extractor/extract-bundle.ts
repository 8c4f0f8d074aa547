/**
 * The extractor's core: articles in, one validated bundle out. A pure
 * per-article step (extractArticle) followed by a merge that only groups by
 * key, so articles can be processed in any order, in parallel, or from cache.
 * No file system here: the CLI and the Vite plugin are thin shells around it.
 */
import type { ArticleInput, Bundle, BundleInput, BundleWarning, IsoDay } from '../schema/bundle';
import { BundleSchema, SCHEMA_VERSION } from '../schema/bundle';
import type { ArticleFacts, ArticleResult } from './article/extract-article';
import { extractArticle, readArticleOf, redatedFacts, withQuotes } from './article/extract-article';
import { EVENTS, mergeSection, PEOPLE, PLACES, PROCUREMENT } from './merge/merge-blocks';
import { compareStrings } from './merge/sources';
import type { DatedKeys, InferredDate } from './publication/infer-publication-dates';
import { createDateInferrer, eventKeysOf } from './publication/infer-publication-dates';
import type { InputFile } from './types';
import { EXTRACTOR_VERSION } from './version';

export interface AssembleOptions {
  /** ISO timestamp written as `generatedAt`; the only field that differs between runs on the same articles. */
  generatedAt: string;
  /**
   * Facts of undated articles already re-extracted against their inferred
   * day (see planInferredDates), e.g. on worker threads; the rest are
   * re-extracted here.
   */
  reextracted?: ReadonlyMap<string, ArticleFacts>;
  /** The inferred days from planInferredDates, when the caller already made the plan. */
  plan?: ReadonlyMap<string, InferredDate>;
}

function bodyOf(article: ArticleInput): string {
  return article.text.replace(/^\s*date \S+\s*/, '').trim();
}

/**
 * What the cross-article steps (duplicates, inferred days) need of an
 * article, small enough to keep between runs: its body, or any key equal
 * exactly when the bodies are, and the event keys of its first reading.
 */
export interface ArticleOutline {
  file: string;
  articleId: string | null;
  body: string | null;
  published: IsoDay | null;
  eventKeys: readonly string[];
}

export function outlineOf(result: ArticleResult, bodyKey: (body: string) => string = (body) => body): ArticleOutline {
  return {
    file: result.file,
    articleId: result.article?.id ?? null,
    body: result.article ? bodyKey(bodyOf(result.article)) : null,
    published: result.published,
    eventKeys: [...eventKeysOf(result.facts.events, result.mentions?.yearlessDays, result.article?.text)],
  };
}

/** For each later copy of an article (by file), the id of the first; outlines sorted by file. */
export function findDuplicates(outlines: readonly ArticleOutline[]): Map<string, string> {
  const firstByBody = new Map<string, string>();
  const duplicates = new Map<string, string>();
  for (const outline of outlines) {
    if (outline.body === null || outline.articleId === null) continue;
    const original = firstByBody.get(outline.body);
    if (original === undefined) firstByBody.set(outline.body, outline.articleId);
    else duplicates.set(outline.file, original);
  }
  return duplicates;
}

/** The inferred day of each undated article (by file), from outlines sorted by file; later copies tell nothing. */
export function planFromOutlines(outlines: readonly ArticleOutline[], duplicates: ReadonlyMap<string, string>): Map<string, InferredDate> {
  const keysOf = (outline: ArticleOutline) => new Set(duplicates.has(outline.file) ? [] : outline.eventKeys);
  const dated: DatedKeys[] = outlines.flatMap((outline) =>
    outline.articleId !== null && outline.published ? [{ articleId: outline.articleId, published: outline.published, keys: keysOf(outline) }] : [],
  );
  const inferPublicationDate = createDateInferrer(dated);
  const plan = new Map<string, InferredDate>();
  for (const outline of outlines) {
    const keys = keysOf(outline);
    if (outline.articleId === null || outline.published || keys.size === 0) continue;
    const inferred = inferPublicationDate(keys);
    if (inferred) plan.set(outline.file, inferred);
  }
  return plan;
}

function sortedByFile<T extends { file: string }>(results: readonly T[]): T[] {
  return [...results].sort((a, b) => compareStrings(a.file, b.file));
}

/**
 * The publication day inferred for each undated article (by file), from the
 * dated articles that tell the same events. Pure; the caller may re-extract
 * those articles in parallel before assembling.
 */
export function planInferredDates(perArticle: readonly ArticleResult[]): Map<string, InferredDate> {
  const outlines = sortedByFile(perArticle).map((result) => outlineOf(result));
  return planFromOutlines(outlines, findDuplicates(outlines));
}

function withWarning(result: ArticleResult, message: string): ArticleResult {
  return result.article
    ? { ...result, article: { ...result.article, warnings: [...result.article.warnings, message] }, warnings: [...result.warnings, message] }
    : result;
}

/** A later copy of an article keeps its record but adds no facts, so nothing is counted twice. */
function asDuplicate(result: ArticleResult, original: string): ArticleResult {
  return withWarning({ ...result, facts: { places: [], people: [], items: [], events: [] } }, `is a duplicate of ${original}; its facts are counted once`);
}

/** An undated article dated from the dated ones that tell the same events, its relative dates read again. */
function withInferredDate(result: ArticleResult, inferred: InferredDate | undefined, reextracted: ArticleFacts | undefined): ArticleResult {
  const read = readArticleOf(result);
  if (!result.article || !read || result.published || !result.mentions) return result;
  if (!inferred) {
    return withWarning(result, 'has no publication date and none could be inferred from other articles; its relative dates ("on Friday") are left unresolved');
  }
  const others = inferred.agreeing > inferred.basis.length ? ` and ${inferred.agreeing - inferred.basis.length} more` : '';
  const message =
    inferred.basis.length === 0
      ? `has no publication year; inferred ${inferred.published} from the day of its dateline and the latest year it names`
      : `has no publication date; inferred ${inferred.published} from ${inferred.basis.join(', ')}${others}, which report the same events`;
  const facts: ArticleFacts = reextracted ?? redatedFacts(read, inferred.published, result.mentions);
  return withWarning({ ...result, facts, published: inferred.published, article: { ...result.article, published: inferred.published, publishedFrom: 'inferred' } }, message);
}

/**
 * An article's result as it enters the merge, given what the other articles
 * say of it: a later copy's facts dropped, an undated article's day inferred
 * and its facts read again (or taken from `reextracted`), quotes restored.
 */
export function settleResult(result: ArticleResult, duplicateOf: string | undefined, inferred: InferredDate | undefined, reextracted: ArticleFacts | undefined): ArticleResult {
  const settled = withInferredDate(duplicateOf === undefined ? result : asDuplicate(result, duplicateOf), inferred, reextracted);
  return { ...settled, facts: withQuotes(settled.facts, settled.article?.text ?? '') };
}

/** Every result settled, sorted by file. */
export function settleResults(perArticle: readonly ArticleResult[], options: Omit<AssembleOptions, 'generatedAt'>): ArticleResult[] {
  const results = sortedByFile(perArticle);
  const outlines = results.map((result) => outlineOf(result));
  const duplicates = findDuplicates(outlines);
  const plan = options.plan ?? planFromOutlines(outlines, duplicates);
  return results.map((result) => settleResult(result, duplicates.get(result.file), plan.get(result.file), options.reextracted?.get(result.file)));
}

export function warningsOf(results: readonly { file: string; warnings: readonly string[] }[]): BundleWarning[] {
  return results
    .flatMap((result) => result.warnings.map((message) => ({ file: result.file, message })))
    .sort((a, b) => compareStrings(a.file, b.file) || compareStrings(a.message, b.message));
}

/** The four merged sections, block by block, with the blocks kept for a later run. */
export function mergeSections(results: readonly ArticleResult[]) {
  return {
    places: mergeSection(PLACES, results),
    events: mergeSection(EVENTS, results),
    procurement: mergeSection(PROCUREMENT, results),
    people: mergeSection(PEOPLE, results),
  };
}
export type MergedSections = ReturnType<typeof mergeSections>;

/** The bundle as built, before validation, from settled results and their merged sections. */
export function toBundleInput(results: readonly ArticleResult[], sections: MergedSections, generatedAt: string): BundleInput {
  const recordsOf = <R>(merged: { records: readonly { record: R }[] }) => merged.records.map(({ record }) => record);
  return {
    schemaVersion: SCHEMA_VERSION,
    generatedAt,
    generator: { name: 'dossier-extractor', version: EXTRACTOR_VERSION },
    articles: results.flatMap((result) => (result.article ? [result.article] : [])),
    places: recordsOf(sections.places),
    events: recordsOf(sections.events),
    procurement: recordsOf(sections.procurement),
    people: recordsOf(sections.people),
    warnings: warningsOf(results),
  };
}

/** Merges per-article results into one bundle and validates it against the schema. */
export function assembleBundle(perArticle: readonly ArticleResult[], options: AssembleOptions): Bundle {
  const results = settleResults(perArticle, options);
  return BundleSchema.parse(toBundleInput(results, mergeSections(results), options.generatedAt));
}

/** Articles in, bundle out: the whole extractor as one pure function. */
export function extractBundle(files: readonly InputFile[], options: AssembleOptions): Bundle {
  return assembleBundle(files.map(extractArticle), options);
}

/**
 * The extractor's core: articles in, one validated bundle out. A pure
 * per-article step (extractArticle) followed by a merge that only groups by
 * key, so articles can be processed in any order, in parallel, or from cache.
 * No file system here: the CLI and the Vite plugin are thin shells around it.
 */
import type { ArticleInput, Bundle, BundleInput, BundleWarning } from '../schema/bundle';
import { BundleSchema, SCHEMA_VERSION } from '../schema/bundle';
import type { ArticleFacts, ArticleResult } from './article/extract-article';
import { extractArticle, readArticleOf, redatedFacts, withQuotes } from './article/extract-article';
import { mergeEvents } from './merge/merge-events';
import { mergeItems } from './merge/merge-items';
import { mergePeople } from './merge/merge-people';
import { mergePlaces } from './merge/merge-places';
import { compareStrings } from './merge/sources';
import { getGazetteerPlace } from './places/extract-places';
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

/** Later copies of an article keep their record but add no facts, so nothing is counted twice. */
function dropDuplicates(results: ArticleResult[]): ArticleResult[] {
  const firstByBody = new Map<string, string>();
  return results.map((result) => {
    if (!result.article) return result;
    const body = bodyOf(result.article);
    const original = firstByBody.get(body);
    if (original === undefined) {
      firstByBody.set(body, result.article.id);
      return result;
    }
    const message = `is a duplicate of ${original}; its facts are counted once`;
    return {
      ...result,
      facts: { places: [], people: [], items: [], events: [] },
      article: { ...result.article, warnings: [...result.article.warnings, message] },
      warnings: [...result.warnings, message],
    };
  });
}

function sortedByFile(results: readonly ArticleResult[]): ArticleResult[] {
  return [...results].sort((a, b) => compareStrings(a.file, b.file));
}

/**
 * The publication day inferred for each undated article (by file), from the
 * dated articles that tell the same events. Pure; the caller may re-extract
 * those articles in parallel before assembling.
 */
export function planInferredDates(perArticle: readonly ArticleResult[]): Map<string, InferredDate> {
  const results = dropDuplicates(sortedByFile(perArticle));
  const dated: DatedKeys[] = results.flatMap((result) =>
    result.article && result.published
      ? [{ articleId: result.article.id, published: result.published, keys: eventKeysOf(result.facts.events) }]
      : [],
  );
  const inferPublicationDate = createDateInferrer(dated);
  const plan = new Map<string, InferredDate>();
  for (const result of results) {
    if (!result.article || result.published || result.facts.events.length === 0) continue;
    const inferred = inferPublicationDate(eventKeysOf(result.facts.events));
    if (inferred) plan.set(result.file, inferred);
  }
  return plan;
}

/** Dates undated articles from the dated ones that tell the same events, then re-reads their relative dates. */
function inferMissingDates(results: ArticleResult[], options: AssembleOptions): ArticleResult[] {
  const plan = options.plan ?? planInferredDates(results);
  const reextracted = options.reextracted;
  return results.map((result) => {
    const read = readArticleOf(result);
    if (!result.article || !read || result.published || !result.mentions) return result;
    const inferred = plan.get(result.file);
    if (!inferred) {
      const message = 'has no publication date and none could be inferred from other articles; its relative dates ("on Friday") are left unresolved';
      return { ...result, article: { ...result.article, warnings: [...result.article.warnings, message] }, warnings: [...result.warnings, message] };
    }
    const others = inferred.agreeing > inferred.basis.length ? ` and ${inferred.agreeing - inferred.basis.length} more` : '';
    const message = `has no publication date; inferred ${inferred.published} from ${inferred.basis.join(', ')}${others}, which report the same events`;
    const facts: ArticleFacts = reextracted?.get(result.file) ?? redatedFacts(read, inferred.published, result.mentions);
    return {
      ...result,
      facts,
      published: inferred.published,
      article: {
        ...result.article,
        published: inferred.published,
        publishedFrom: 'inferred',
        warnings: [...result.article.warnings, message],
      },
      warnings: [...result.warnings, message],
    };
  });
}

function warningsOf(results: ArticleResult[]): BundleWarning[] {
  return results
    .flatMap((result) => result.warnings.map((message) => ({ file: result.file, message })))
    .sort((a, b) => compareStrings(a.file, b.file) || compareStrings(a.message, b.message));
}

/** Merges per-article results into one bundle and validates it against the schema. */
export function assembleBundle(perArticle: readonly ArticleResult[], options: AssembleOptions): Bundle {
  const results = inferMissingDates(dropDuplicates(sortedByFile(perArticle)), options).map((result) => ({ ...result, facts: withQuotes(result.facts, result.article?.text ?? '') }));
  const facts = results.map((result) => result.facts);
  const bundle: BundleInput = {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: options.generatedAt,
    generator: { name: 'dossier-extractor', version: EXTRACTOR_VERSION },
    articles: results.flatMap((result) => (result.article ? [result.article] : [])),
    places: mergePlaces(facts.flatMap((fact) => fact.places), getGazetteerPlace),
    events: mergeEvents(facts.flatMap((fact) => fact.events), getGazetteerPlace),
    procurement: mergeItems(facts.flatMap((fact) => fact.items)),
    people: mergePeople(facts.flatMap((fact) => fact.people)),
    warnings: warningsOf(results),
  };
  return BundleSchema.parse(bundle);
}

/** Articles in, bundle out: the whole extractor as one pure function. */
export function extractBundle(files: readonly InputFile[], options: AssembleOptions): Bundle {
  return assembleBundle(files.map(extractArticle), options);
}

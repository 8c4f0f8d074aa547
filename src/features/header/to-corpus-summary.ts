import type { FactsBundle } from '../../../schema/bundle';

export interface CorpusSummary {
  articles: number;
  /** Earliest and latest publication day of the articles, or null when none is dated. */
  firstPublished: string | null;
  lastPublished: string | null;
  places: number;
  events: number;
  items: number;
}

/** The header's one-line description of what the bundle holds. */
export function toCorpusSummary(bundle: FactsBundle): CorpusSummary {
  // One pass for the extremes: sorting 10,000 dates to read two of them held up the first render.
  let firstPublished: string | null = null;
  let lastPublished: string | null = null;
  for (const article of bundle.articles) {
    if (!article.published) continue;
    const day = String(article.published);
    if (firstPublished === null || day < firstPublished) firstPublished = day;
    if (lastPublished === null || day > lastPublished) lastPublished = day;
  }
  return {
    articles: bundle.articles.length,
    firstPublished,
    lastPublished,
    places: bundle.places.length,
    events: bundle.events.length,
    items: bundle.procurement.length,
  };
}

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
  const days = bundle.articles.flatMap((article) => (article.published ? [String(article.published)] : [])).sort();
  return {
    articles: bundle.articles.length,
    firstPublished: days[0] ?? null,
    lastPublished: days[days.length - 1] ?? null,
    places: bundle.places.length,
    events: bundle.events.length,
    items: bundle.procurement.length,
  };
}

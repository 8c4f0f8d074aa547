/**
 * facts.json is the validated bundle minus article texts and quotes. The
 * bundle has already passed BundleSchema, and FactsBundleSchema is that
 * schema with those two fields omitted, so leaving them out is all a second
 * parse would do; this does it without copying every fact a second time.
 */
import type { Article, ArticleSummary, Bundle, Dispute, FactsBundle, FactsDispute, FactsSource, Source } from '../../schema/bundle';

function toFactsSource(source: Source): FactsSource {
  return { articleId: source.articleId, start: source.start, end: source.end };
}

function toSummary(article: Article): ArticleSummary {
  const { id, file, title, outlet, published, publishedFrom, warnings } = article;
  return { id, file, title, outlet, published, publishedFrom, warnings };
}

function toFactsDispute(dispute: Dispute): FactsDispute {
  return { ...dispute, claims: dispute.claims.map((claim) => ({ ...claim, sources: claim.sources.map(toFactsSource) })) };
}

/** The facts the dashboard loads first, key for key in the order FactsBundleSchema.parse would give. */
export function toFactsBundle(bundle: Bundle): FactsBundle {
  return {
    ...bundle,
    articles: bundle.articles.map(toSummary),
    places: bundle.places.map((place) => ({ ...place, sources: place.sources.map(toFactsSource) })),
    events: bundle.events.map((event) => ({ ...event, sources: event.sources.map(toFactsSource), disputes: event.disputes.map(toFactsDispute) })),
    procurement: bundle.procurement.map((item) => ({ ...item, sources: item.sources.map(toFactsSource), disputes: item.disputes.map(toFactsDispute) })),
    people: bundle.people.map((person) => ({ ...person, sources: person.sources.map(toFactsSource) })),
  };
}

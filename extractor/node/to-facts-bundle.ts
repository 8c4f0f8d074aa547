/**
 * facts.json is the validated bundle minus article texts and quotes. The
 * bundle has already passed BundleSchema, and FactsBundleSchema is that
 * schema with those two fields omitted, so leaving them out is all a second
 * parse would do; this does it without copying every fact a second time.
 */
import type {
  Article,
  ArticleSummary,
  Bundle,
  Dispute,
  DossierEvent,
  FactsBundle,
  FactsDispute,
  FactsEvent,
  FactsPerson,
  FactsPlace,
  FactsProcurementItem,
  FactsSource,
  Person,
  Place,
  ProcurementItem,
  Source,
} from '../../schema/bundle';

function toFactsSource(source: Source): FactsSource {
  return { articleId: source.articleId, start: source.start, end: source.end };
}

export function toSummary(article: Article): ArticleSummary {
  const { id, file, title, outlet, published, publishedFrom, warnings } = article;
  return { id, file, title, outlet, published, publishedFrom, warnings };
}

function toFactsDispute(dispute: Dispute): FactsDispute {
  return { ...dispute, claims: dispute.claims.map((claim) => ({ ...claim, sources: claim.sources.map(toFactsSource) })) };
}

export function toFactsPlace(place: Place): FactsPlace {
  return { ...place, sources: place.sources.map(toFactsSource) };
}

export function toFactsEvent(event: DossierEvent): FactsEvent {
  return { ...event, sources: event.sources.map(toFactsSource), disputes: event.disputes.map(toFactsDispute) };
}

export function toFactsItem(item: ProcurementItem): FactsProcurementItem {
  return { ...item, sources: item.sources.map(toFactsSource), disputes: item.disputes.map(toFactsDispute) };
}

export function toFactsPerson(person: Person): FactsPerson {
  return { ...person, sources: person.sources.map(toFactsSource) };
}

/** The facts the dashboard loads first, key for key in the order FactsBundleSchema.parse would give. */
export function toFactsBundle(bundle: Bundle): FactsBundle {
  return {
    ...bundle,
    articles: bundle.articles.map(toSummary),
    places: bundle.places.map(toFactsPlace),
    events: bundle.events.map(toFactsEvent),
    procurement: bundle.procurement.map(toFactsItem),
    people: bundle.people.map(toFactsPerson),
  };
}

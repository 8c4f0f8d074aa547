import { useMemo, useState } from 'react';
import type { FactsDispute, FactsBundle, FactsSource } from '../../../schema/bundle';
import { useBundle } from '../../shared/api/bundle-query';
import { toFactIndex } from '../../shared/filters/fact-index';
import { useDashboardState } from '../../shared/state/dashboard-state';
import { FormattedDay } from '../../shared/ui/formatted-day';
import { toLabel } from '../../shared/ui/labels';
import { useAfterFirstPaint } from '../../shared/ui/use-after-first-paint';
import { PanelFrame } from '../../shared/ui/panel-frame';
import { PanelMessage, PanelSkeleton } from '../../shared/ui/panel-states';
import { SourceCard } from './source-card';
import { toArticleSourcePage, toFirstScreenCaps, toSelectedFact } from './to-selected-fact';
import type { ArticleOrder, SelectedFact } from './to-selected-fact';

const TITLE = 'Sources';

/** Cards shown at first and added per "Show more": each card fetches its article's text, so a place cited by thousands of articles must not mount them all. */
const SOURCE_PAGE_SIZE = 20;

/**
 * Cards drawn with a new selection, across all its lists in page order: about a screenful of the panel.
 * The rest of the first page follows once that has painted, so a selection does not wait for cards
 * scrolled out of view (a disputed item lists dozens, one list per claim).
 */
const FIRST_SCREEN_CARDS = 5;

interface SourceListProps {
  sources: readonly FactsSource[];
  order: ArticleOrder;
  /** At most this many cards for now (see FIRST_SCREEN_CARDS); null once the selection has painted. */
  cap: number | null;
  /** Whether the cards may fetch their articles' texts: not before the selection is on screen. */
  fetchTexts: boolean;
}

function SourceList({ sources, order, cap, fetchTexts }: SourceListProps) {
  const [limit, setLimit] = useState(SOURCE_PAGE_SIZE);
  const page = useMemo(() => toArticleSourcePage(sources, order, limit), [sources, order, limit]);
  const shown = cap === null ? page.shown : page.shown.slice(0, cap);
  const hidden = page.total - page.shown.length;
  return (
    <>
      {shown.length > 0 ? (
        <ol className="source-list">
          {shown.map((group) => (
            <li key={group.articleId}>
              <SourceCard group={group} fetchText={fetchTexts} />
            </li>
          ))}
        </ol>
      ) : null}
      {hidden > 0 && cap === null ? (
        <button type="button" className="button button--quiet" onClick={() => setLimit(limit + SOURCE_PAGE_SIZE)}>
          Show more ({hidden === 1 ? '1 more article' : `${hidden} more articles`})
        </button>
      ) : null}
    </>
  );
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ENUM_VALUE = /^[a-z]+(-[a-z]+)*$/;

/** A claim as a reader expects it: a day formatted, a status in words, anything else as the source wrote it. */
function toClaimLabel(value: string) {
  if (ISO_DAY.test(value)) return <FormattedDay day={value} />;
  return ENUM_VALUE.test(value) ? toLabel(value) : value;
}

/** Each source list's cap (see SourceListProps.cap), by list. */
type ListCaps = ReadonlyMap<readonly FactsSource[], number> | null;

function DisputeView({ dispute, order, caps, fetchTexts }: { dispute: FactsDispute; order: ArticleOrder; caps: ListCaps; fetchTexts: boolean }) {
  return (
    <section className="dispute">
      <h4 className="dispute__title">
        <span className="badge badge--disputed">Disputed</span> Sources disagree on the {dispute.field === 'expectedDelivery' ? 'expected delivery' : dispute.field}
      </h4>
      <ul className="dispute__claims">
        {dispute.claims.map((claim) => (
          <li key={claim.value} className="dispute__claim">
            <p className="dispute__value">
              Claim: <strong>{toClaimLabel(claim.value)}</strong> ({claim.sources.length === 1 ? '1 source' : `${claim.sources.length} sources`})
            </p>
            <SourceList sources={claim.sources} order={order} cap={caps?.get(claim.sources) ?? null} fetchTexts={fetchTexts} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The first screen's share of cards per list, in page order (each side of each dispute, then the fact's own). */
function toListCaps(fact: SelectedFact, order: ArticleOrder): Map<readonly FactsSource[], number> {
  const lists = [...fact.disputes.flatMap((dispute) => dispute.claims.map((claim) => claim.sources)), fact.sources];
  // The same (cached) first pages the lists show.
  const caps = toFirstScreenCaps(lists.map((sources) => toArticleSourcePage(sources, order, SOURCE_PAGE_SIZE).shown.length), FIRST_SCREEN_CARDS);
  return new Map(lists.map((sources, index) => [sources, caps[index] ?? 0]));
}

function FactSources({ fact, order, painted }: { fact: SelectedFact; order: ArticleOrder; painted: boolean }) {
  const caps = useMemo(() => (painted ? null : toListCaps(fact, order)), [painted, fact, order]);
  const articleCount = toArticleSourcePage(fact.sources, order, SOURCE_PAGE_SIZE).total;
  return (
    <div className="fact-sources">
      <h3 className="fact-sources__name">
        <span className="fact-sources__kind">{toLabel(fact.kind)}</span> {fact.name}
      </h3>
      <p className="fact-sources__details">{fact.details}</p>
      {fact.disputes.map((dispute) => (
        <DisputeView key={dispute.field} dispute={dispute} order={order} caps={caps} fetchTexts={painted} />
      ))}
      <h4 className="fact-sources__heading">
        Supported by {articleCount === 1 ? '1 article' : `${articleCount} articles`}
      </h4>
      <SourceList sources={fact.sources} order={order} cap={caps?.get(fact.sources) ?? null} fetchTexts={painted} />
    </div>
  );
}

function SourcesContent({ bundle }: { bundle: FactsBundle }) {
  const [state, update] = useDashboardState();
  const { place, event, item } = state;
  const selection = useMemo(() => toSelectedFact(bundle, { place, event, item }), [bundle, place, event, item]);
  const factKey = selection.status === 'found' ? `${selection.fact.kind}:${selection.fact.id}` : null;
  // Each selection draws its first screen of cards, then the rest; the panel is complete (for an export) once they are all drawn.
  const painted = useAfterFirstPaint(factKey);
  return (
    <PanelFrame name="sources" title={TITLE} ready={factKey === null || painted}>
      {selection.status === 'none' ? (
        <PanelMessage tone="empty" title="Select a place, event or item to see the sentences behind it.">
          <p>Every fact in this dashboard comes from a quoted sentence in an article.</p>
        </PanelMessage>
      ) : selection.status === 'missing' ? (
        <PanelMessage tone="empty" title={`The selected ${selection.kind} (“${selection.id}”) is not in this data.`} action={{ label: 'Clear the selection', onClick: () => update({ [selection.kind]: null }) }} />
      ) : (
        <FactSources key={factKey} fact={selection.fact} order={toFactIndex(bundle)} painted={painted} />
      )}
    </PanelFrame>
  );
}

/** The articles behind the selected fact, with the exact sentences highlighted and each side of a dispute. */
export function SourcesPanel() {
  const bundle = useBundle();
  if (bundle.data) return <SourcesContent bundle={bundle.data} />;
  return (
    <PanelFrame name="sources" title={TITLE} ready={bundle.isError}>
      {bundle.isError ? <PanelMessage tone="error" title="The sources could not be loaded." /> : <PanelSkeleton label="Loading sources" />}
    </PanelFrame>
  );
}

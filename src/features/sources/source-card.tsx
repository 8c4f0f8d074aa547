import { useId, useState } from 'react';
import type { FactsSource } from '../../../schema/bundle';
import { useQuote } from '../../shared/api/use-quote';
import { FormattedDay } from '../../shared/ui/formatted-day';
import { PanelSkeleton } from '../../shared/ui/panel-states';
import { ArticleText } from './article-text';
import type { ArticleSources } from './to-selected-fact';

const PUBLISHED_FROM_NOTE = {
  header: null,
  text: 'date taken from the article text',
  inferred: 'date inferred',
} satisfies Record<string, string | null>;

/** One quoted sentence, cut from the article text fetched on demand; text only. */
function SourceQuote({ source, fetchText }: { source: FactsSource; fetchText: boolean }) {
  const quote = useQuote(source, fetchText);
  if (quote.isPending) return <PanelSkeleton lines={1} label="Loading the quote" />;
  // Not an alert: a long list of cards whose texts are missing should not shout once per quote.
  if (quote.isError) return <p className="source-card__error">Quote unavailable: {quote.error.message}</p>;
  return (
    <blockquote className="quote">
      <mark>{quote.data}</mark>
    </blockquote>
  );
}

/** One supporting article: where it came from, the exact sentences (once `fetchText` allows the fetch), and the full text on request. */
export function SourceCard({ group, fetchText = true }: { group: ArticleSources; fetchText?: boolean }) {
  const [open, setOpen] = useState(false);
  const textId = useId();
  const { article } = group;
  const dateNote = article?.publishedFrom ? PUBLISHED_FROM_NOTE[article.publishedFrom] : null;
  return (
    <article className="source-card">
      <h4 className="source-card__title">{article?.title ?? `Article ${group.articleId} (not in the bundle)`}</h4>
      <p className="source-card__meta">
        {article?.outlet ? <span>{article.outlet}</span> : <span>Outlet not stated</span>}
        {article?.published ? (
          <span>
            <FormattedDay day={String(article.published)} />
            {dateNote ? <em className="source-card__inferred"> ({dateNote})</em> : null}
          </span>
        ) : (
          <span>Undated</span>
        )}
        {article ? <span className="source-card__file">{article.file}</span> : null}
      </p>
      <ul className="source-card__quotes">
        {group.quotes.map((quote) => (
          <li key={`${quote.start}-${quote.end}`}>
            <SourceQuote source={quote} fetchText={fetchText} />
          </li>
        ))}
      </ul>
      {article ? (
        <>
          <button type="button" className="button button--quiet" aria-expanded={open} aria-controls={textId} onClick={() => setOpen(!open)}>
            {open ? 'Hide full article' : 'Show full article'}
          </button>
          <div id={textId} hidden={!open}>
            {open ? <ArticleText articleId={group.articleId} quotes={group.quotes} /> : null}
          </div>
        </>
      ) : null}
    </article>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { FactsSource } from '../../../schema/bundle';
import { articleTextQueryOptions } from '../../shared/api/bundle-query';
import { PanelSkeleton } from '../../shared/ui/panel-states';
import { toHighlightedSegments } from './to-selected-fact';

/** The full text of one article, fetched on demand, with the supporting quotes highlighted. Text nodes only. */
export function ArticleText({ articleId, quotes }: { articleId: string; quotes: readonly FactsSource[] }) {
  const text = useQuery(articleTextQueryOptions(articleId));
  const containerRef = useRef<HTMLDivElement>(null);
  useEffect(
    function scrollFirstQuoteIntoView() {
      const container = containerRef.current;
      const mark = container?.querySelector('mark');
      // Scroll only the text box, not the page, so the reader stays where they are.
      if (container && mark instanceof HTMLElement) container.scrollTop = Math.max(0, mark.offsetTop - 24);
    },
    [text.data],
  );
  if (text.isPending) return <PanelSkeleton lines={3} label="Loading the article" />;
  if (text.isError) {
    return (
      <p className="source-card__error" role="alert">
        {text.error.message}
      </p>
    );
  }
  return (
    <div ref={containerRef} className="article-text" role="region" tabIndex={0} aria-label="Full article text">
      {toHighlightedSegments(text.data, quotes).map((segment, index) => (segment.highlighted ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>))}
    </div>
  );
}

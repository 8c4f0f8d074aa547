import { useQuery } from '@tanstack/react-query';
import type { Source } from '../../../schema/bundle';
import { articleTextQueryOptions } from '../../shared/api/bundle-query';
import { PanelSkeleton } from '../../shared/ui/panel-states';
import { toHighlightedSegments } from './to-selected-fact';

/** The full text of one article, fetched on demand, with the supporting quotes highlighted. Text nodes only. */
export function ArticleText({ articleId, quotes }: { articleId: string; quotes: readonly Source[] }) {
  const text = useQuery(articleTextQueryOptions(articleId));
  if (text.isPending) return <PanelSkeleton lines={3} label="Loading the article" />;
  if (text.isError) {
    return (
      <p className="source-card__error" role="alert">
        {text.error.message}
      </p>
    );
  }
  return (
    <div className="article-text" tabIndex={0} aria-label="Full article text">
      {toHighlightedSegments(text.data, quotes).map((segment, index) => (segment.highlighted ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>))}
    </div>
  );
}

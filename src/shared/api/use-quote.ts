import { useQuery } from '@tanstack/react-query';
import type { FactsSource } from '../../../schema/bundle';
import { articleTextQueryOptions } from './bundle-query';

/** The words a source cites: its offsets into the article text (the facts bundle carries no quote, to stay small). */
export function toQuote(text: string, source: Pick<FactsSource, 'start' | 'end'>): string {
  return text.slice(source.start, source.end);
}

/**
 * The quoted sentence of one source, cut from its article's text. Sources of
 * the same article share one cached fetch, so a card of five quotes costs one request.
 * With `enabled` false nothing is fetched yet (the quote stays pending).
 */
export function useQuote(source: FactsSource, enabled = true) {
  return useQuery({ ...articleTextQueryOptions(String(source.articleId)), select: (text) => toQuote(text, source), enabled });
}

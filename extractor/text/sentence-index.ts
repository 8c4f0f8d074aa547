import type { Sentence } from '../types';

/**
 * The index of the sentence holding `offset`, or -1 when it lies outside every
 * sentence (a header or a skipped related-story line). Binary search over the
 * sorted sentences: mentions are many.
 */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle];
    if (!sentence) return -1;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

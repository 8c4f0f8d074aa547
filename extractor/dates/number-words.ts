const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30,
};

/** Alternation of the number words, for building patterns. */
export const NUMBER_WORD_PATTERN = Object.keys(NUMBER_WORDS).join('|');

/** The value of a small count written in digits or words ("3", "three", "a"), or null. */
export function toCount(word: string): number | null {
  if (/^\d{1,3}$/.test(word)) return Number(word);
  return NUMBER_WORDS[word.toLowerCase()] ?? null;
}

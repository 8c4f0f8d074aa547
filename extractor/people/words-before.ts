export interface WordBefore {
  word: string;
  start: number;
}

/** Letters plus the dots and hyphens of abbreviated titles ("Lt.", "Lt-Gen"). */
const WORD_CHAR = /[\p{L}.\-\u2010]/u;
const LETTER = /\p{L}/u;

function isBlank(char: string | undefined): boolean {
  return char === ' ' || char === '\t';
}

/**
 * Up to `count` words right before `end` on the same line, in reading order,
 * each followed by spaces. Scans backwards a few characters instead of running
 * an end-anchored regex over a window, which would try every start position.
 */
export function wordsBefore(text: string, end: number, count: number): WordBefore[] {
  const words: WordBefore[] = [];
  let position = end;
  while (words.length < count) {
    let wordEnd = position;
    while (wordEnd > 0 && isBlank(text[wordEnd - 1])) wordEnd -= 1;
    if (wordEnd === position) break;
    let start = wordEnd;
    while (start > 0 && WORD_CHAR.test(text[start - 1] ?? '')) start -= 1;
    if (!LETTER.test(text.slice(start, wordEnd))) break;
    words.unshift({ word: text.slice(start, wordEnd), start });
    position = start;
  }
  return words;
}

import type { DictionaryMatch } from '../types';

const LINE_BREAK = /[\r\n]/;
const LINE = /[^\r\n]+/g;

/**
 * The dictionary matcher lets a line break join two words; a name never runs
 * over a line end ("Pangong" / "Tso Moriri..."). A match that does is searched
 * again line by line, with offsets kept in the original text.
 */
export function withinLines(
  matches: readonly DictionaryMatch[],
  rematch: (text: string) => DictionaryMatch[],
): DictionaryMatch[] {
  return matches.flatMap((match) => {
    if (!LINE_BREAK.test(match.text)) return [match];
    return [...match.text.matchAll(LINE)].flatMap((line) =>
      rematch(line[0]).map((inner) => ({
        ...inner,
        start: match.start + line.index + inner.start,
        end: match.start + line.index + inner.end,
      })),
    );
  });
}

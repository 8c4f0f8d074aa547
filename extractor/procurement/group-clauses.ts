/**
 * A sentence's clauses grouped around the items they name, so that what one
 * clause says about its item is not read into another's: "The Navy received
 * its fourth Type 054A frigate in 2022, and the first Hangor-class submarine is
 * expected by 2025" is a delivery and an expectation. A clause that names no
 * item belongs with the item clause before it: in "India was supposed to get
 * the S-400 by December 2021 but its delivery is being delayed", "its
 * delivery" is the S-400's.
 */

/**
 * Clause breaks: semicolons, "while"/"whereas"/"though" clauses, "but", and
 * ", and" when a verb follows within a few words (", and the first submarine
 * is expected"), not a plain list ("Su-30MKIs, MiG-29s, and T-90s").
 */
const CLAUSE_BREAK =
  /;|,\s+(?:and\s+)?(?:while|whereas|even as|although|though)\b|,\s+and\s(?=(?:[\w-]+\s+){0,6}?(?:will|would|shall|is|are|was|were|has|had|have)\b)|,?\s+but\s|\s(?:while|whereas)\s/g;

/** ", and" after a short comma-separated name ("Su-30MKIs, MiG-29s, and T-90s") closes a list, not a clause ("..., in 2022, and the first ..."). */
const LIST_ITEM_BEFORE = /,\s*(?:the\s+)?[A-Z][\w-]*(?:\s+[\w-]+){0,2}$/;

function endsList(sentence: string, match: RegExpExecArray): boolean {
  return /^,\s+and\s/.test(match[0]) && LIST_ITEM_BEFORE.test(sentence.slice(Math.max(0, match.index - 40), match.index));
}

export interface ClauseGroup {
  start: number;
  end: number;
}

/**
 * Contiguous ranges of `sentence` that each hold the items starting at the
 * given offsets (sorted): one range per clause that names an item, extended
 * over the item-less clauses after it; the first range also takes the
 * item-less clauses before it.
 */
export function groupClauses(sentence: string, itemStarts: readonly number[]): ClauseGroup[] {
  const breaks = [...sentence.matchAll(CLAUSE_BREAK)].filter((match) => !endsList(sentence, match)).map((match) => match.index);
  const groupStarts: number[] = [];
  let item = 0;
  for (const [index, clauseStart] of [0, ...breaks].entries()) {
    const clauseEnd = breaks[index] ?? sentence.length;
    let hasItem = false;
    while (item < itemStarts.length && (itemStarts[item] ?? 0) < clauseEnd) {
      if ((itemStarts[item] ?? 0) >= clauseStart) hasItem = true;
      item += 1;
    }
    if (hasItem) groupStarts.push(groupStarts.length === 0 ? 0 : clauseStart);
  }
  return groupStarts.map((start, index) => ({ start, end: groupStarts[index + 1] ?? sentence.length }));
}

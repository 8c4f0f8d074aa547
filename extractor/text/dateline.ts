/**
 * A wire dateline opening a story: "NEW DELHI, Sept 3, 2020 (PTI) —", "Moscow,
 * September 3, 2020:", "MOSCOW, September 3. /TASS/.", "NEW DELHI, Dec 6 (PTI)
 * India and ...". Group 1 is the date as written. It dates the report, not
 * anything the report tells. Every word of the place is capitalised, so a
 * sentence ending "held talks on Monday, January 4." is no dateline.
 */
export const DATELINE =
  /^[ \t]*\p{Lu}[\p{L}.'-]*(?:[ \t]+[\p{Lu}(][\p{L}.'()-]*){0,4},\s+((?:\p{Lu}\p{L}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{L}{2,8}\.?)(?:,?\s+\d{4})?)\.?(?:\s*(?:\([\p{L} ]{2,20}\)|\/\p{L}{2,12}\/)\s*[.:—–-]?|\s*[.:—–-])/u;

/** A line that is nothing but a date, perhaps with a time: "6 DEC 2021, 21:10", "August 18, 2022". */
export const DATE_ONLY_LINE =
  /^[ \t]*(?:\d{1,2}\s+\p{L}{3,9}\.?,?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4})(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?[ \t]*(?=\n|$)/iu;

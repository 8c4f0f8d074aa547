/**
 * A wire dateline opening a story: "NEW DELHI, Sept 3, 2020 (PTI) —", "Moscow,
 * September 3, 2020:", "MOSCOW, September 3. /TASS/.", "BEIJING, Sept. 3
 * (Xinhua) --". Group 1 is the date as written. It dates the report, not
 * anything the report tells.
 */
export const DATELINE =
  /^[ \t]*\p{Lu}[\p{L} .'-]{1,40}?,\s+((?:\p{Lu}\p{L}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{L}{2,8}\.?)(?:,?\s+\d{4})?)\.?\s*(?:\([\p{L} ]{2,20}\)|\/\p{L}{2,12}\/)?\s*[.:—–-]/u;

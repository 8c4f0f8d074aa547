/** A tuple of string literals, typed as such: the lint forbids `as const`. */
export function literals<const T extends readonly string[]>(...values: T): T {
  return values;
}

/** A kebab-case enum value as words, e.g. "delivery-pending" -> "Delivery pending". */
export function toLabel(value: string): string {
  const words = value.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

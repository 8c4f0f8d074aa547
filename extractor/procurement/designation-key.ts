/**
 * The normalised key that folds spellings of one designation and nothing else:
 * letter case, spaces, hyphens, dots (not decimal points) and a plural "s" ("Su-30MKIs", "MiG29Ks",
 * "S-400s") are ignored; every other character counts, so "MiG-29" and
 * "MiG-29K" keep different keys. No fuzzy matching.
 */
const PLURAL_AFTER_DESIGNATION = /(?<=[\dA-Z])s$/;
/** A dot between digits is a decimal point and counts: "Project 1135.6" (Talwar) is not "Project 11356" (Grigorovich). */
const SEPARATORS = /[\s\-\u2010-\u2013'\u2019]+|(?<!\d)\.|\.(?!\d)/g;

export function toDesignationKey(spelling: string): string {
  return withoutPlural(spelling.trim()).replace(SEPARATORS, '').toLowerCase();
}

/** "T-90s" -> "T-90", "MiG29Ks" -> "MiG29K"; "T-90S" (a variant) and "Rafales" are left as written. */
export function withoutPlural(spelling: string): string {
  return spelling.replace(PLURAL_AFTER_DESIGNATION, '');
}

/** A url-safe id for a canonical name: "Tu-22M3" -> "tu-22m3", "Type 055" -> "type-055". */
export function toItemId(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The weights of Inter the styles use (main.tsx imports them) and text from the Latin Extended subset:
 * news text has '₹', 'ğ' and other letters outside plain Latin, whose font files the browser would
 * otherwise fetch when the first such title appears, then lay out every text on the page again, in the
 * middle of a selection. Fetched with the page's first fonts instead, while the panels still show skeletons.
 */
const WEIGHTS = [400, 600, 700];
const LATIN_EXTENDED_SAMPLE = '₹ğ';

/** Starts loading the Latin Extended faces of the dashboard's font; a failure leaves the browser's fallback font. */
export function preloadFontSubsets(fonts: Pick<FontFaceSet, 'load'>): void {
  for (const weight of WEIGHTS) {
    fonts.load(`${weight} 1em Inter`, LATIN_EXTENDED_SAMPLE).catch(() => {});
  }
}

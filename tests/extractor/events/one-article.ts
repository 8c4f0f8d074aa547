/** Event tests extract one short article of their own; these read back what they compare. */
import type { Bundle } from '../../../schema/bundle';
import { extractBundle } from '../../../extractor/extract-bundle';

export function bundleOfOneArticle(text: string): Bundle {
  return extractBundle([{ name: 'a.txt', bytes: new TextEncoder().encode(text) }], { generatedAt: '2020-01-01T00:00:00.000Z' });
}

/** "type start..end" of each dated event, in bundle order. */
export function datedEventsOf(text: string): string[] {
  return bundleOfOneArticle(text).events.filter((event) => event.start).map((event) => `${event.type} ${event.start}..${event.end}`);
}

export function datedEventTitlesOf(text: string): string[] {
  return bundleOfOneArticle(text).events.filter((event) => event.start).map((event) => event.title);
}

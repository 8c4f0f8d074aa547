/**
 * A record's JSON as bundle.json or facts.json hold it (see recordJson), cut
 * around its list of sources: what comes before the first source, each
 * source's JSON, what comes after the last. JSON.stringify writes an array
 * as its members' JSON joined by one separator, and a member's JSON depends
 * only on the member and its depth, so a record whose sources changed is
 * the same head, the new list of members' JSON and the same tail: a record
 * of thousands of sources is patched without parsing or writing them again.
 */
import { patchedByArticle } from '../merge/patch-sources';
import { stringifyNested } from './write-json';

/** A record is nested two arrays deep in its file; its sources are one member and one array deeper. */
const SOURCE_DEPTH = 4;

export interface SourcesFrame {
  head: string;
  tail: string;
  separator: string;
  /** How each source's JSON starts, up to its article id's JSON. */
  start: string;
}

/** A source as its record's JSON holds it at the given indent. */
export function sourceJson(source: { articleId: string }, indent: number): string {
  return stringifyNested(source, indent, SOURCE_DEPTH);
}

/**
 * The frame of a record's JSON around its sources, from the JSON of a
 * record whose one source is `probe`; null when the probe is not there
 * exactly once.
 */
export function sourcesFrame(recordText: string, probe: { articleId: string }, indent: number): SourcesFrame | null {
  const element = sourceJson(probe, indent);
  const at = recordText.indexOf(element);
  const id = element.indexOf(JSON.stringify(probe.articleId));
  if (at < 0 || recordText.lastIndexOf(element) !== at || id < 0) return null;
  return {
    head: recordText.slice(0, at),
    tail: recordText.slice(at + element.length),
    separator: indent === 0 ? ',' : `,\n${' '.repeat(indent * SOURCE_DEPTH)}`,
    start: element.slice(0, id),
  };
}

/**
 * Each source's JSON in a record's JSON, in order, or null when the record
 * is not in the frame or has no sources. A boundary is the end of a source,
 * the separator and the start of the next up to its article id: raw quotes
 * and (with an indent) line breaks never occur inside a JSON string, so the
 * boundary cannot occur inside a source's text.
 */
export function sourceElements(recordText: string, frame: SourcesFrame): string[] | null {
  const { head, tail, separator, start } = frame;
  const end = recordText.length - tail.length;
  if (end <= head.length || !recordText.startsWith(head) || !recordText.endsWith(tail) || !recordText.startsWith(start, head.length)) return null;
  const boundary = `}${separator}${start}`;
  const elements: string[] = [];
  let from = head.length;
  for (let at = recordText.indexOf(boundary, from); at >= 0 && at < end; at = recordText.indexOf(boundary, from)) {
    elements.push(recordText.slice(from, at + 1));
    from = at + 1 + separator.length;
  }
  elements.push(recordText.slice(from, end));
  return elements;
}

/** The article id a source's JSON starts with. */
export function articleOfElement(element: string, frame: SourcesFrame): string {
  const from = frame.start.length;
  let at = from + 1;
  // The end of the JSON string: the first quote not escaped by a backslash.
  while (at < element.length && element.charCodeAt(at) !== 0x22) at += element.charCodeAt(at) === 0x5c ? 2 : 1;
  const id: unknown = JSON.parse(element.slice(from, at + 1));
  return typeof id === 'string' ? id : '';
}

/** The record's JSON with these sources. */
export function withSourceElements(frame: SourcesFrame, elements: readonly string[]): string {
  return `${frame.head}${elements.join(frame.separator)}${frame.tail}`;
}

/** A record's JSON in bundle.json and in facts.json. */
export interface RecordTexts {
  bundle: string;
  facts: string;
}

/**
 * A record whose other fields depend on its key alone (a place: its
 * gazetteer entry) after some articles changed: the old record's sources
 * less those of the `gone` articles, with the sources of `fresh` (the record
 * merged from the changed articles' new facts alone) put in by article id.
 * Null when either text is not in its frame; 'removed' when no source is left.
 */
export function patchedRecordTexts(
  frames: { bundle: SourcesFrame; facts: SourcesFrame },
  old: RecordTexts,
  fresh: RecordTexts | null,
  gone: ReadonlySet<string>,
): RecordTexts | 'removed' | null {
  const patch = (which: keyof RecordTexts): string[] | null => {
    const frame = frames[which];
    const kept = sourceElements(old[which], frame);
    const added = fresh ? sourceElements(fresh[which], frame) : [];
    if (!kept || !added) return null;
    return patchedByArticle(kept, (element) => articleOfElement(element, frame), gone, added);
  };
  const bundle = patch('bundle');
  const facts = patch('facts');
  if (!bundle || !facts || bundle.length !== facts.length) return null;
  if (bundle.length === 0) return 'removed';
  return { bundle: withSourceElements(frames.bundle, bundle), facts: withSourceElements(frames.facts, facts) };
}

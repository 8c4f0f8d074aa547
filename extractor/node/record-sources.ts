/**
 * A record's JSON as bundle.json or facts.json hold it (see recordJson), cut
 * around its list of sources: what comes before the first source, each
 * source's JSON, what comes after the last. JSON.stringify writes an array
 * as its members' JSON joined by one separator, and a member's JSON depends
 * only on the member and its depth, so a record whose sources changed is
 * the same head, the new list of members' JSON and the same tail: a record
 * of thousands of sources is patched without parsing or writing them again,
 * and without decoding its bytes (UTF-8 never has a quote or a backslash
 * byte inside another character).
 */
import { patchedByArticle } from '../merge/patch-sources';
import { stringifyNested } from './write-json';

/** A record is nested two arrays deep in its file; its sources are one member and one array deeper. */
const SOURCE_DEPTH = 4;

export interface SourcesFrame {
  head: Buffer;
  tail: Buffer;
  separator: Buffer;
  /** How each source's JSON starts, up to its article id's JSON. */
  start: Buffer;
}

/** A source as its record's JSON holds it at the given indent. */
export function sourceJson(source: { articleId: string }, indent: number): string {
  return stringifyNested(source, indent, SOURCE_DEPTH);
}

function bufferOf(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function hasAt(bytes: Buffer, part: Buffer, at: number): boolean {
  return at >= 0 && at + part.length <= bytes.length && part.equals(bytes.subarray(at, at + part.length));
}

/**
 * The frame of a record's JSON around its sources, from the JSON of a
 * record whose one source is `probe`; null when the probe is not there
 * exactly once.
 */
export function sourcesFrame(recordBytes: Uint8Array, probe: { articleId: string }, indent: number): SourcesFrame | null {
  const record = bufferOf(recordBytes);
  const element = Buffer.from(sourceJson(probe, indent));
  const at = record.indexOf(element);
  const id = element.indexOf(JSON.stringify(probe.articleId));
  if (at < 0 || record.lastIndexOf(element) !== at || id < 0) return null;
  return {
    head: record.subarray(0, at),
    tail: record.subarray(at + element.length),
    separator: Buffer.from(indent === 0 ? ',' : `,\n${' '.repeat(indent * SOURCE_DEPTH)}`),
    start: element.subarray(0, id),
  };
}

/**
 * Each source's JSON in a record's JSON, in order, or null when the record
 * is not in the frame or has no sources. A boundary is the end of a source,
 * the separator and the start of the next up to its article id: raw quotes
 * and (with an indent) line breaks never occur inside a JSON string, so the
 * boundary cannot occur inside a source's text.
 */
export function sourceElements(recordBytes: Uint8Array, frame: SourcesFrame): Buffer[] | null {
  const record = bufferOf(recordBytes);
  const { head, tail, separator, start } = frame;
  const end = record.length - tail.length;
  if (end <= head.length || !hasAt(record, head, 0) || !hasAt(record, tail, end) || !hasAt(record, start, head.length)) return null;
  const boundary = Buffer.concat([Buffer.from('}'), separator, start]);
  const elements: Buffer[] = [];
  let from = head.length;
  for (let at = record.indexOf(boundary, from); at >= 0 && at < end; at = record.indexOf(boundary, from)) {
    elements.push(record.subarray(from, at + 1));
    from = at + 1 + separator.length;
  }
  elements.push(record.subarray(from, end));
  return elements;
}

/** The article id a source's JSON starts with. */
export function articleOfElement(element: Buffer, frame: SourcesFrame): string {
  const from = frame.start.length;
  let at = from + 1;
  // The end of the JSON string: the first quote not escaped by a backslash.
  while (at < element.length && element[at] !== 0x22) at += element[at] === 0x5c ? 2 : 1;
  const id: unknown = JSON.parse(element.toString('utf8', from, at + 1));
  return typeof id === 'string' ? id : '';
}

/** The record's JSON with these sources. */
export function withSourceElements(frame: SourcesFrame, elements: readonly Buffer[]): Buffer {
  const parts: Buffer[] = [frame.head];
  elements.forEach((element, index) => {
    if (index > 0) parts.push(frame.separator);
    parts.push(element);
  });
  parts.push(frame.tail);
  return Buffer.concat(parts);
}

/** A record's JSON in bundle.json and in facts.json. */
export interface RecordBytes {
  bundle: Uint8Array;
  facts: Uint8Array;
}

/**
 * A record whose other fields depend on its key alone (a place: its
 * gazetteer entry) after some articles changed: the old record's sources
 * less those of the `gone` articles, with the sources of `fresh` (the record
 * merged from the changed articles' new facts alone) put in by article id.
 * Null when either record is not in its frame; 'removed' when no source is left.
 */
export function patchedRecordBytes(
  frames: { bundle: SourcesFrame; facts: SourcesFrame },
  old: RecordBytes,
  fresh: RecordBytes | null,
  gone: ReadonlySet<string>,
): RecordBytes | 'removed' | null {
  const patch = (which: keyof RecordBytes): Buffer[] | null => {
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

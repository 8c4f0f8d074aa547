/**
 * Reads facts.json as it downloads: every record is parsed and checked
 * against its schema as soon as its bytes have arrived, so at 10,000
 * articles most of the parsing and validation is done by the time the last
 * byte is in, instead of starting then.
 *
 * This is exactly `FactsBundleSchema.parse` of the whole document because
 * that schema is header fields plus arrays of record schemas with no check
 * across records (tests/app/shared/api/read-facts-bundle.test.ts pins it):
 * each record is parsed by its array's element schema, and the header with
 * the arrays left empty by FactsBundleSchema itself.
 */
import type { z } from 'zod';
import { FactsBundleSchema, SCHEMA_VERSION } from '../../../schema/bundle';
import type { FactsBundle } from '../../../schema/bundle';
import { toCorruptBundle, toVersionMismatch } from './bundle-load-error';
import { JsonRecordSplitter, firstNonBlankByte, startsAnObject } from './json-record-splitter';
import type { JsonPiece } from './json-record-splitter';

/** User Timing marks of the bundle's load (see src/app/performance-marks.ts). */
export const FACTS_PARSED_MARK = 'dossier:facts-parsed';
export const FACTS_VALIDATED_MARK = 'dossier:facts-validated';

/** Each record array's element schema, straight from the one facts schema. */
export const FACTS_RECORD_SCHEMAS = {
  articles: FactsBundleSchema.shape.articles.element,
  places: FactsBundleSchema.shape.places.element,
  events: FactsBundleSchema.shape.events.element,
  procurement: FactsBundleSchema.shape.procurement.element,
  people: FactsBundleSchema.shape.people.element,
  warnings: FactsBundleSchema.shape.warnings.element,
};
type SectionName = keyof typeof FACTS_RECORD_SCHEMAS;

function isSectionName(key: string): key is SectionName {
  return Object.hasOwn(FACTS_RECORD_SCHEMAS, key);
}

type Issue = { path: PropertyKey[]; message: string };

/** The validated records of one array, in order; a record that fails its schema is reported with its path. */
class RecordList<T> {
  records: T[] = [];

  constructor(
    private readonly name: SectionName,
    private readonly schema: z.ZodType<T>,
  ) {}

  /** Parses the records and returns the first failure's issue, or null when every record passed. */
  add(records: readonly unknown[]): Issue | null {
    for (const record of records) {
      const parsed = this.schema.safeParse(record);
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        return { path: [this.name, this.records.length, ...(first?.path ?? [])], message: first?.message ?? 'unknown problem' };
      }
      this.records.push(parsed.data);
    }
    return null;
  }
}

function toRecordLists() {
  return {
    articles: new RecordList('articles', FACTS_RECORD_SCHEMAS.articles),
    places: new RecordList('places', FACTS_RECORD_SCHEMAS.places),
    events: new RecordList('events', FACTS_RECORD_SCHEMAS.events),
    procurement: new RecordList('procurement', FACTS_RECORD_SCHEMAS.procurement),
    people: new RecordList('people', FACTS_RECORD_SCHEMAS.people),
    warnings: new RecordList('warnings', FACTS_RECORD_SCHEMAS.warnings),
  };
}

function parsedArray(json: string): unknown[] {
  const records: unknown = JSON.parse(`[${json}]`);
  return Array.isArray(records) ? records : [];
}

function parsedMember(json: string): [string, unknown][] {
  const member: unknown = JSON.parse(`{${json}}`);
  return typeof member === 'object' && member !== null ? Object.entries(member) : [];
}

/** Takes the pieces of facts.json in order and assembles the validated bundle. */
class FactsAssembler {
  private readonly header = new Map<string, unknown>();
  private readonly lists = toRecordLists();
  private readonly seen = new Set<SectionName>();
  private versionChecked = false;
  /** A record's problem found before the version was known: the version mismatch, if any, is the better message. */
  private deferred: Issue | null = null;

  take(pieces: readonly JsonPiece[]): void {
    for (const piece of pieces) {
      if (piece.kind === 'member') {
        for (const [key, value] of parsedMember(piece.json)) this.header.set(key, value);
      } else if (piece.kind === 'array') {
        this.startArray(piece.key);
      } else if (isSectionName(piece.key)) {
        const issue = this.lists[piece.key].add(parsedArray(piece.json));
        if (issue) this.fail(issue);
      } else {
        // An array the schema does not know: checked as JSON, then dropped like any unknown key.
        parsedArray(piece.json);
      }
    }
  }

  finish(): FactsBundle {
    this.checkVersion();
    if (this.deferred) throw toCorruptBundle(this.deferred);
    const emptyArrays = [...this.seen].map((name) => [name, []]);
    const top = FactsBundleSchema.safeParse({ ...Object.fromEntries(this.header), ...Object.fromEntries(emptyArrays) });
    if (!top.success) throw toCorruptBundle(top.error.issues[0]);
    const { lists } = this;
    return {
      ...top.data,
      articles: lists.articles.records,
      places: lists.places.records,
      events: lists.events.records,
      procurement: lists.procurement.records,
      people: lists.people.records,
      warnings: lists.warnings.records,
    };
  }

  private startArray(key: string): void {
    if (this.header.has('schemaVersion')) this.checkVersion();
    if (!isSectionName(key)) return;
    // As in JSON.parse, a key given twice keeps its last value.
    this.lists[key].records = [];
    this.seen.add(key);
  }

  private checkVersion(): void {
    if (this.versionChecked) return;
    const version = this.header.get('schemaVersion');
    if (version !== SCHEMA_VERSION) throw toVersionMismatch(version);
    this.versionChecked = true;
  }

  private fail(issue: Issue): void {
    if (this.versionChecked) throw toCorruptBundle(issue);
    this.deferred ??= issue;
  }
}

/** Parses and validates a whole facts bundle already parsed as JSON; never trusts the JSON's shape. */
export function parseFactsBundle(json: unknown): FactsBundle {
  const version = typeof json === 'object' && json !== null && 'schemaVersion' in json ? json.schemaVersion : undefined;
  if (version !== SCHEMA_VERSION) throw toVersionMismatch(version);
  const parsed = FactsBundleSchema.safeParse(json);
  if (!parsed.success) throw toCorruptBundle(parsed.error.issues[0]);
  return parsed.data;
}

function concatenated(chunks: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** Anything but a JSON object (or no body stream at all) is parsed whole, for the same messages as any bundle. */
async function readWhole(reader: ReadableStreamDefaultReader<Uint8Array>, first: Uint8Array): Promise<FactsBundle> {
  const chunks = [first];
  for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
  const json: unknown = JSON.parse(new TextDecoder().decode(concatenated(chunks)));
  return parseFactsBundle(json);
}

/**
 * Bytes handed to the splitter at a time. V8's JSON.parse puts what it builds
 * from a text of 100 K characters or more straight into the old generation;
 * smaller pieces stay young, and the records parsed only to be checked die
 * young too, which collects far cheaper: measured at 10k, about 30% less CPU
 * than chunk-sized (0.5-2 MB) pieces.
 */
const PART_BYTES = 32 * 1024;

function toParts(chunk: Uint8Array): Uint8Array[] {
  const parts: Uint8Array[] = [];
  for (let start = 0; start < chunk.length; start += PART_BYTES) parts.push(chunk.subarray(start, start + PART_BYTES));
  return parts;
}

async function readStreamed(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<FactsBundle> {
  const splitter = new JsonRecordSplitter();
  const assembler = new FactsAssembler();
  let next = await reader.read();
  while (!next.done && firstNonBlankByte(next.value) === null) {
    assembler.take(splitter.push(next.value));
    next = await reader.read();
  }
  if (next.done || !startsAnObject(next.value)) return readWhole(reader, next.done ? new Uint8Array(0) : next.value);
  for (; !next.done; next = await reader.read()) {
    for (const part of toParts(next.value)) assembler.take(splitter.push(part));
  }
  assembler.take(splitter.end());
  performance.mark(FACTS_PARSED_MARK);
  const bundle = assembler.finish();
  performance.mark(FACTS_VALIDATED_MARK);
  return bundle;
}

/**
 * The facts bundle of a fetched facts.json, validated against the schema.
 * Throws a SyntaxError when the body is not JSON and a BundleLoadError when
 * it is not a bundle this dashboard reads.
 */
export async function readFactsBundle(response: Response): Promise<FactsBundle> {
  if (!response.body) return parseFactsBundle(JSON.parse(await response.text()));
  const reader = response.body.getReader();
  try {
    return await readStreamed(reader);
  } catch (error) {
    // Stop the download: nothing more of this body will be read.
    reader.cancel().catch(() => undefined);
    throw error;
  }
}

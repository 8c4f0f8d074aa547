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
export type SectionName = keyof typeof FACTS_RECORD_SCHEMAS;

function isSectionName(key: string): key is SectionName {
  return Object.hasOwn(FACTS_RECORD_SCHEMAS, key);
}

type Issue = { path: PropertyKey[]; message: string };

/** What the reader hands out in listener mode: a record array has begun, or a run of its records passed their schema. */
export type ValidatedPiece = { kind: 'array'; section: SectionName } | { kind: 'records'; section: SectionName; json: string };

/** Receives the validated records instead of the returned bundle, e.g. to post them from a worker. */
export type PieceListener = (piece: ValidatedPiece) => void;

type Parsed = { ok: true; outputs: readonly unknown[] } | { ok: false; issue: Issue };

/** The records of one array, each parsed by the array's element schema; kept here unless a listener takes them. */
class RecordList<T> {
  records: T[] = [];
  private count = 0;

  constructor(
    private readonly name: SectionName,
    private readonly schema: z.ZodType<T>,
    private readonly keep: boolean,
  ) {}

  restart(): void {
    this.records = [];
    this.count = 0;
  }

  /** The schema's outputs for the records, or the first failure's issue located by its path. */
  add(records: readonly unknown[]): Parsed {
    const outputs: T[] = [];
    for (const record of records) {
      const parsed = this.schema.safeParse(record);
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        return { ok: false, issue: { path: [this.name, this.count, ...(first?.path ?? [])], message: first?.message ?? 'unknown problem' } };
      }
      outputs.push(parsed.data);
      if (this.keep) this.records.push(parsed.data);
      this.count += 1;
    }
    return { ok: true, outputs };
  }
}

function toRecordLists(keep: boolean) {
  return {
    articles: new RecordList('articles', FACTS_RECORD_SCHEMAS.articles, keep),
    places: new RecordList('places', FACTS_RECORD_SCHEMAS.places, keep),
    events: new RecordList('events', FACTS_RECORD_SCHEMAS.events, keep),
    procurement: new RecordList('procurement', FACTS_RECORD_SCHEMAS.procurement, keep),
    people: new RecordList('people', FACTS_RECORD_SCHEMAS.people, keep),
    warnings: new RecordList('warnings', FACTS_RECORD_SCHEMAS.warnings, keep),
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

/**
 * Whether the schema gave back its input unchanged (it only drops unknown keys):
 * then the input's text parses to the output, and need not be written again.
 * Plain loops: this walks every value of a large bundle once, on the worker's critical path.
 */
export function isUnchanged(input: unknown, output: unknown): boolean {
  if (input === output) return true;
  if (typeof input !== 'object' || input === null || typeof output !== 'object' || output === null) return false;
  if (Array.isArray(input)) {
    if (!Array.isArray(output) || input.length !== output.length) return false;
    for (let index = 0; index < input.length; index += 1) if (!isUnchanged(input[index], output[index])) return false;
    return true;
  }
  const keys = Object.keys(input);
  if (Array.isArray(output) || keys.length !== Object.keys(output).length) return false;
  for (const key of keys) if (!Object.hasOwn(output, key) || !isUnchanged(Reflect.get(input, key), Reflect.get(output, key))) return false;
  return true;
}

/** The JSON text (`record,record,...`) of the schema's outputs, reusing the input's text when they are the same. */
function outputsJson(json: string, inputs: readonly unknown[], outputs: readonly unknown[]): string {
  return isUnchanged(inputs, outputs) ? json : JSON.stringify(outputs).slice(1, -1);
}

/** Takes the pieces of facts.json in order and assembles the validated bundle. */
class FactsAssembler {
  private readonly header = new Map<string, unknown>();
  private readonly lists;
  private readonly seen = new Set<SectionName>();
  private versionChecked = false;
  /** A record's problem found before the version was known: the version mismatch, if any, is the better message. */
  private deferred: Issue | null = null;

  /** With a listener, the records go to it as they pass and the bundle's arrays stay empty. */
  constructor(private readonly listener: PieceListener | null) {
    this.lists = toRecordLists(listener === null);
  }

  take(pieces: readonly JsonPiece[]): void {
    for (const piece of pieces) {
      if (piece.kind === 'member') {
        for (const [key, value] of parsedMember(piece.json)) this.header.set(key, value);
      } else if (piece.kind === 'array') {
        this.startArray(piece.key);
      } else if (isSectionName(piece.key)) {
        this.addRecords(piece.key, piece.json);
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

  private addRecords(section: SectionName, json: string): void {
    const inputs = parsedArray(json);
    const parsed = this.lists[section].add(inputs);
    if (!parsed.ok) this.fail(parsed.issue);
    else if (this.listener) this.listener({ kind: 'records', section, json: outputsJson(json, inputs, parsed.outputs) });
  }

  private startArray(key: string): void {
    if (this.header.has('schemaVersion')) this.checkVersion();
    if (!isSectionName(key)) return;
    // As in JSON.parse, a key given twice keeps its last value.
    this.lists[key].restart();
    this.seen.add(key);
    this.listener?.({ kind: 'array', section: key });
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

async function readStreamed(reader: ReadableStreamDefaultReader<Uint8Array>, listener: PieceListener | null): Promise<FactsBundle> {
  const splitter = new JsonRecordSplitter();
  const assembler = new FactsAssembler(listener);
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
 * it is not a bundle this dashboard reads. With a listener, the records that
 * arrive in pieces go to it as they pass and the returned bundle holds only
 * the rest; what it took is worthless when the read then throws.
 */
export async function readFactsBundle(response: Response, listener: PieceListener | null = null): Promise<FactsBundle> {
  if (!response.body) return parseFactsBundle(JSON.parse(await response.text()));
  const reader = response.body.getReader();
  try {
    return await readStreamed(reader, listener);
  } catch (error) {
    // Stop the download: nothing more of this body will be read.
    reader.cancel().catch(() => undefined);
    throw error;
  }
}

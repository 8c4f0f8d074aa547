/**
 * Writes large JSON files piece by piece. `JSON.stringify` of a 10,000-article
 * bundle is one string of about 150 MB (twice that in memory when the texts
 * hold any non-Latin-1 character) which is then encoded into a buffer of the
 * same size; here each fact is stringified on its own and written in chunks
 * of about a megabyte, with exactly the bytes `JSON.stringify` would give.
 */
import { closeSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';

/** Containers this deep are opened up; anything deeper is one `JSON.stringify` call (one event, one article). */
const SPLIT_DEPTH = 2;
const BUFFER_BYTES = 1 << 21;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || 'toJSON' in value) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** `JSON.stringify(value, null, indent)` nested `depth` levels deep, i.e. with every line after the first indented. */
export function stringifyNested(value: unknown, indent: number, depth: number): string {
  const json = JSON.stringify(value, null, indent);
  return indent === 0 || depth === 0 ? json : json.replaceAll('\n', `\n${' '.repeat(indent * depth)}`);
}

/**
 * A member of a top-level array as writeRecordsFile writes it: its JSON,
 * every line after the first indented two levels. Cut out of the JSON of
 * the record nested two arrays deep, which JSON.stringify indents in the
 * same pass (a fifth faster than indenting every line afterwards).
 */
export function recordJson(record: unknown, indent: number): string {
  if (indent === 0) return JSON.stringify(record);
  const json = JSON.stringify([[record]], null, indent);
  return json.slice(2 + 3 * indent + 2, json.length - (indent + 4));
}

/**
 * The pieces of `JSON.stringify(value, null, indent)`, in order: the
 * containers near the top are written bracket by bracket, their members one
 * `JSON.stringify` each.
 */
export function* jsonPieces(value: unknown, indent = 0, depth = 0): Generator<string> {
  const members: [string, unknown][] | null = Array.isArray(value)
    ? value.map((item, index): [string, unknown] => [String(index), isOmitted(item) ? null : item])
    : isPlainObject(value)
      ? Object.entries(value).filter(([, member]) => !isOmitted(member))
      : null;
  if (depth >= SPLIT_DEPTH || members === null || members.length === 0) {
    yield stringifyNested(value, indent, depth);
    return;
  }
  const isArray = Array.isArray(value);
  const inner = indent === 0 ? '' : `\n${' '.repeat(indent * (depth + 1))}`;
  const outer = indent === 0 ? '' : `\n${' '.repeat(indent * depth)}`;
  yield isArray ? '[' : '{';
  let first = true;
  for (const [key, member] of members) {
    yield `${first ? '' : ','}${inner}${isArray ? '' : `${JSON.stringify(key)}:${indent === 0 ? '' : ' '}`}`;
    yield* jsonPieces(member, indent, depth + 1);
    first = false;
  }
  yield `${outer}${isArray ? ']' : '}'}`;
}

/** Encodes pieces into one reused buffer, writing it out whenever it might not hold the next piece, and counts the bytes so far. */
class PieceWriter {
  private readonly buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  /** Bytes handed to `put` so far: where the next piece starts in the file. */
  offset = 0;

  constructor(private readonly fd: number) {}

  put(piece: string | Uint8Array): void {
    // A UTF-16 code unit never takes more than three bytes in UTF-8.
    const most = typeof piece === 'string' ? piece.length * 3 : piece.byteLength;
    if (this.used + most > this.buffer.length) {
      this.flush();
      if (most > this.buffer.length) {
        const bytes = typeof piece === 'string' ? Buffer.from(piece) : piece;
        writeSync(this.fd, bytes);
        this.offset += bytes.byteLength;
        return;
      }
    }
    let written = piece.length;
    if (typeof piece === 'string') written = this.buffer.write(piece, this.used);
    else this.buffer.set(piece, this.used);
    this.used += written;
    this.offset += written;
  }

  /** Bytes `start` to `end` of another file, read straight into the buffer: no copy of that file is held. */
  putFrom(from: number, start: number, end: number): void {
    for (let position = start; position < end; ) {
      if (this.used === this.buffer.length) this.flush();
      const read = readSync(from, this.buffer, this.used, Math.min(end - position, this.buffer.length - this.used), position);
      if (read === 0) throw new Error(`the file to copy from ends before byte ${end}`);
      this.used += read;
      this.offset += read;
      position += read;
    }
  }

  flush(): void {
    writeSync(this.fd, this.buffer, 0, this.used);
    this.used = 0;
  }
}

/** A file written under a temporary name and renamed into place when complete, so a server never hands out a half-written file. */
class TemporaryFile {
  private readonly temporary: string;
  private readonly fd: number;
  readonly writer: PieceWriter;

  constructor(private readonly path: string) {
    this.temporary = `${path}.${process.pid}.tmp`;
    this.fd = openSync(this.temporary, 'w');
    this.writer = new PieceWriter(this.fd);
  }

  commit(): void {
    this.writer.flush();
    closeSync(this.fd);
    renameSync(this.temporary, this.path);
  }

  abandon(): void {
    closeSync(this.fd);
    rmSync(this.temporary, { force: true });
  }
}

function writeThroughTemporary(path: string, write: (writer: PieceWriter) => void): void {
  const file = new TemporaryFile(path);
  try {
    write(file.writer);
  } catch (error) {
    file.abandon();
    throw error;
  }
  file.commit();
}

/**
 * Writes `JSON.stringify(value, null, indent)` and a newline to `path`, via a
 * temporary name so a server never hands out a half-written file.
 * Synchronous: a few hundred large writes, where awaiting each costs more.
 */
export function writeJsonFile(path: string, value: unknown, indent: number): void {
  writeThroughTemporary(path, (writer) => {
    for (const piece of jsonPieces(value, indent)) writer.put(piece);
    writer.put('\n');
  });
}

/** Byte offsets of the members of each top-level array in a written file, flat: start, end, start, end... */
export type RecordRanges = Map<string, number[]>;

/**
 * A top-level object written member by member, and the members of its
 * arrays (records) one at a time, with exactly the bytes writeJsonFile would
 * give for the whole object; it says where each record landed, so a later
 * run can copy unchanged records from this file. Call `commit` at the end,
 * or `abandon` to leave no file behind.
 */
export class RecordsFile {
  private readonly file: TemporaryFile;
  private readonly inner: string;
  private readonly recordIndent: string;
  private members = 0;
  private array: { key: string; offsets: number[] } | null = null;
  readonly ranges: RecordRanges = new Map();

  constructor(path: string, private readonly indent: number) {
    this.file = new TemporaryFile(path);
    this.inner = indent === 0 ? '' : `\n${' '.repeat(indent)}`;
    this.recordIndent = indent === 0 ? '' : `\n${' '.repeat(indent * 2)}`;
  }

  private key(key: string): void {
    this.file.writer.put(`${this.members === 0 ? '{' : ','}${this.inner}${JSON.stringify(key)}:${this.indent === 0 ? '' : ' '}`);
    this.members += 1;
  }

  /** A member written whole; JSON.stringify leaves out undefined, functions and symbols, and so does this. */
  member(key: string, value: unknown): void {
    if (isOmitted(value)) return;
    this.key(key);
    for (const piece of jsonPieces(value, this.indent, 1)) this.file.writer.put(piece);
  }

  startArray(key: string): void {
    this.key(key);
    this.array = { key, offsets: [] };
  }

  /** One member of the array started last: a value, or its JSON as bytes (a copy from an earlier file). */
  record(record: unknown): void {
    if (!this.array) throw new Error('a record outside an array');
    const { writer } = this.file;
    writer.put(`${this.array.offsets.length === 0 ? '[' : ','}${this.recordIndent}`);
    this.array.offsets.push(writer.offset);
    writer.put(record instanceof Uint8Array ? record : recordJson(isOmitted(record) ? null : record, this.indent));
    this.array.offsets.push(writer.offset);
  }

  /**
   * Records copied from an earlier file this class wrote with the same
   * indent, given by their byte ranges there. Records that were neighbours in
   * one array of that file (the gap between them is exactly one separator)
   * are copied as one range, separator included.
   */
  copiedRecords(from: number, ranges: readonly (readonly [number, number])[]): void {
    if (!this.array) throw new Error('records outside an array');
    const separator = 1 + this.recordIndent.length;
    let runStart = 0;
    ranges.forEach((range, index) => {
      const next = ranges[index + 1];
      if (next && next[0] === range[1] + separator) return;
      this.copiedRun(from, ranges.slice(runStart, index + 1));
      runStart = index + 1;
    });
  }

  private copiedRun(from: number, run: readonly (readonly [number, number])[]): void {
    const start = run[0]?.[0];
    const end = run.at(-1)?.[1];
    if (!this.array || start === undefined || end === undefined) return;
    const { writer } = this.file;
    writer.put(`${this.array.offsets.length === 0 ? '[' : ','}${this.recordIndent}`);
    const shift = writer.offset - start;
    writer.putFrom(from, start, end);
    for (const [recordStart, recordEnd] of run) this.array.offsets.push(recordStart + shift, recordEnd + shift);
  }

  endArray(): void {
    if (!this.array) return;
    const empty = this.array.offsets.length === 0;
    this.file.writer.put(empty ? '[]' : `${this.inner}]`);
    if (!empty) this.ranges.set(this.array.key, this.array.offsets);
    this.array = null;
  }

  commit(): RecordRanges {
    this.file.writer.put(this.members === 0 ? '{}\n' : this.indent === 0 ? '}\n' : '\n}\n');
    this.file.commit();
    return this.ranges;
  }

  abandon(): void {
    this.file.abandon();
  }
}

/** writeJsonFile for a top-level object, saying where each member of its top-level arrays landed (see RecordsFile). */
export function writeRecordsFile(path: string, document: Readonly<Record<string, unknown>>, indent: number): RecordRanges {
  const file = new RecordsFile(path, indent);
  try {
    for (const [key, member] of Object.entries(document)) {
      if (!Array.isArray(member) || member.length === 0) {
        file.member(key, member);
        continue;
      }
      file.startArray(key);
      for (const record of member) file.record(record);
      file.endArray();
    }
  } catch (error) {
    file.abandon();
    throw error;
  }
  return file.commit();
}

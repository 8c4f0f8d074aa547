/**
 * Writes large JSON files piece by piece. `JSON.stringify` of a 10,000-article
 * bundle is one string of about 150 MB (twice that in memory when the texts
 * hold any non-Latin-1 character) which is then encoded into a buffer of the
 * same size; here each fact is stringified on its own and written in chunks
 * of about a megabyte, with exactly the bytes `JSON.stringify` would give.
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

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
function stringifyNested(value: unknown, indent: number, depth: number): string {
  const json = JSON.stringify(value, null, indent);
  return indent === 0 || depth === 0 ? json : json.replaceAll('\n', `\n${' '.repeat(indent * depth)}`);
}

/** A member of a top-level array as writeRecordsFile writes it: its JSON, every line after the first indented two levels. */
export function recordJson(record: unknown, indent: number): string {
  return stringifyNested(record, indent, 2);
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

  flush(): void {
    writeSync(this.fd, this.buffer, 0, this.used);
    this.used = 0;
  }
}

/** Writes through a temporary name, so a server never hands out a half-written file. */
function writeThroughTemporary(path: string, write: (writer: PieceWriter) => void): void {
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    const writer = new PieceWriter(fd);
    write(writer);
    writer.flush();
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temporary, path);
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
 * Writes a top-level object exactly as writeJsonFile does and says where each
 * member of its top-level arrays (a record) landed, so a later run can copy
 * unchanged records from this file. A record given as bytes (a Uint8Array,
 * which JSON never holds) is such a copy and is written as is.
 */
export function writeRecordsFile(path: string, document: Readonly<Record<string, unknown>>, indent: number): RecordRanges {
  const ranges: RecordRanges = new Map();
  const members = Object.entries(document).filter(([, member]) => !isOmitted(member));
  const inner = indent === 0 ? '' : `\n${' '.repeat(indent)}`;
  const recordIndent = indent === 0 ? '' : `\n${' '.repeat(indent * 2)}`;
  writeThroughTemporary(path, (writer) => {
    writer.put(members.length === 0 ? '{}' : '{');
    members.forEach(([key, member], index) => {
      writer.put(`${index === 0 ? '' : ','}${inner}${JSON.stringify(key)}:${indent === 0 ? '' : ' '}`);
      if (!Array.isArray(member) || member.length === 0) {
        for (const piece of jsonPieces(member, indent, 1)) writer.put(piece);
        return;
      }
      const offsets: number[] = [];
      writer.put('[');
      member.forEach((record: unknown, position) => {
        writer.put(`${position === 0 ? '' : ','}${recordIndent}`);
        offsets.push(writer.offset);
        writer.put(record instanceof Uint8Array ? record : recordJson(isOmitted(record) ? null : record, indent));
        offsets.push(writer.offset);
      });
      writer.put(`${inner}]`);
      ranges.set(key, offsets);
    });
    if (members.length > 0) writer.put(indent === 0 ? '}' : '\n}');
    writer.put('\n');
  });
  return ranges;
}

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

function* jsonLines(value: unknown, indent: number): Generator<string> {
  yield* jsonPieces(value, indent);
  yield '\n';
}

/** Encodes pieces into one reused buffer and writes it out whenever it might not hold the next piece. */
function writePieces(fd: number, pieces: Iterable<string>): void {
  const buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  let used = 0;
  for (const piece of pieces) {
    // A UTF-16 code unit never takes more than three bytes in UTF-8.
    if (used + piece.length * 3 > buffer.length) {
      writeSync(fd, buffer, 0, used);
      used = 0;
      if (piece.length * 3 > buffer.length) {
        writeSync(fd, Buffer.from(piece));
        continue;
      }
    }
    used += buffer.write(piece, used);
  }
  writeSync(fd, buffer, 0, used);
}

/**
 * Writes `JSON.stringify(value, null, indent)` and a newline to `path`, via a
 * temporary name so a server never hands out a half-written file.
 * Synchronous: a few hundred large writes, where awaiting each costs more.
 */
export function writeJsonFile(path: string, value: unknown, indent: number): void {
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    writePieces(fd, jsonLines(value, indent));
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temporary, path);
}

/**
 * Writes large JSON files piece by piece. `JSON.stringify` of a 10,000-article
 * bundle is one string of about 150 MB (twice that in memory when the texts
 * hold any non-Latin-1 character) which is then encoded into a buffer of the
 * same size; here each fact is stringified on its own and written in chunks
 * of about a megabyte, with exactly the bytes `JSON.stringify` would give.
 */
import { open, rename, rm } from 'node:fs/promises';

/** Containers this deep are opened up; anything deeper is one `JSON.stringify` call (one event, one article). */
const SPLIT_DEPTH = 2;
const CHUNK_CHARS = 1 << 20;

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

/**
 * Writes `JSON.stringify(value, null, indent)` and a newline to `path`, via a
 * temporary name so a server never hands out a half-written file.
 */
export async function writeJsonFile(path: string, value: unknown, indent: number): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  const file = await open(temporary, 'w');
  try {
    let pending = '';
    for (const piece of jsonPieces(value, indent)) {
      pending += piece;
      if (pending.length >= CHUNK_CHARS) {
        await file.writeFile(pending);
        pending = '';
      }
    }
    await file.writeFile(`${pending}\n`);
  } catch (error) {
    await file.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await file.close();
  await rename(temporary, path);
}

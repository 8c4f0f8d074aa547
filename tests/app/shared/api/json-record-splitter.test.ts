import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonRecordSplitter, startsAnObject } from '../../../../src/shared/api/json-record-splitter';
import type { JsonPiece } from '../../../../src/shared/api/json-record-splitter';

const encoder = new TextEncoder();

/** The bytes of `text` cut at the given offsets (clamped and sorted), as a stream would deliver them. */
function toChunks(text: string, cuts: readonly number[] = []): Uint8Array[] {
  const bytes = encoder.encode(text);
  const offsets = [...new Set([0, ...cuts.map((cut) => Math.min(cut, bytes.length)), bytes.length])].sort((a, b) => a - b);
  return offsets.slice(1).map((end, index) => bytes.subarray(offsets[index], end));
}

function toPieces(chunks: readonly Uint8Array[]): JsonPiece[] {
  const splitter = new JsonRecordSplitter();
  return [...chunks.flatMap((chunk) => splitter.push(chunk)), ...splitter.end()];
}

/** The object the pieces describe, put back together with JSON.parse on each piece. */
function toValue(pieces: readonly JsonPiece[]): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  for (const piece of pieces) {
    if (piece.kind === 'member') Object.assign(value, JSON.parse(`{${piece.json}}`));
    else if (piece.kind === 'array') value[piece.key] = [];
    else value[piece.key] = [...[value[piece.key]].flat(), ...[JSON.parse(`[${piece.json}]`)].flat()];
  }
  return value;
}

const BUNDLE_LIKE = '{"schemaVersion":1,"generator":{"name":"x","list":[1,{"a":"]"}]},"events":[{"id":"e\\"1","sources":[{"s":1}]},{"id":"e2"}],"empty":[],"warnings":["a,b",2]}';

describe('JsonRecordSplitter', () => {
  it('hands out members whole and the records of top-level arrays in runs', () => {
    const pieces = toPieces(toChunks(BUNDLE_LIKE, [30, 75, 90]));
    expect(pieces.filter((piece) => piece.kind !== 'records')).toEqual([
      { kind: 'member', json: '"schemaVersion":1' },
      { kind: 'member', json: '"generator":{"name":"x","list":[1,{"a":"]"}]}' },
      { kind: 'array', key: 'events' },
      { kind: 'array', key: 'empty' },
      { kind: 'array', key: 'warnings' },
    ]);
    expect(toValue(pieces)).toEqual(JSON.parse(BUNDLE_LIKE));
  });

  it('hands out the complete records of each chunk as soon as it arrives', () => {
    const splitter = new JsonRecordSplitter();
    const [first, second] = toChunks('{"events":[{"id":1},{"id":2},{"id', [11]);
    expect(splitter.push(first ?? new Uint8Array())).toEqual([{ kind: 'array', key: 'events' }]);
    expect(splitter.push(second ?? new Uint8Array())).toEqual([{ kind: 'records', key: 'events', json: '{"id":1},{"id":2}' }]);
  });

  it('gives back what JSON.parse gives, wherever the chunks are cut', () => {
    const objects = fc.dictionary(fc.string({ unit: 'binary', maxLength: 8 }), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 6 });
    fc.assert(
      fc.property(objects, fc.constantFrom(0, 2), fc.array(fc.nat(400), { maxLength: 12 }), (value, indent, cuts) => {
        const text = JSON.stringify(value, null, indent);
        expect(toValue(toPieces(toChunks(text, cuts)))).toEqual(JSON.parse(text));
      }),
    );
  });

  it('cuts a chunk anywhere in an escape or a multi-byte character', () => {
    const text = '{"events":[{"q":"a\\\\"},{"q":"\\"é€😀\\\\\\""}],"t":"\\\\"}';
    for (let cut = 1; cut < encoder.encode(text).length; cut += 1) {
      expect(toValue(toPieces(toChunks(text, [cut, cut + 1]))), `cut at ${cut}`).toEqual(JSON.parse(text));
    }
  });

  it.each([
    ['a trailing comma in an array', '{"events":[{"a":1},]}'],
    ['a trailing comma in the object', '{"a":1,}'],
    ['two commas between records', '{"events":[1,,2]}'],
    ['a missing colon before an array', '{"events"[1]}'],
    ['an array closed by a brace', '{"events":[1}}'],
    ['text after an array member', '{"events":[1] 2}'],
    ['a second value after the object', '{"a":1} {}'],
    ['a cut-off document', '{"events":[{"a":1}'],
    ['a broken record', '{"events":[{"a":}]}'],
  ])('rejects %s', (_what, text) => {
    expect(() => toValue(toPieces(toChunks(text, [5])))).toThrow(SyntaxError);
  });

  it.each([
    ['{}', true],
    ['  \n{"a":1}', true],
    ['[1]', false],
    ['"text"', false],
    ['', false],
  ])('tells whether %j starts a JSON object', (text, expected) => {
    expect(startsAnObject(encoder.encode(text))).toBe(expected);
  });
});

import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonPieces, writeJsonFile } from '../../../extractor/node/write-json';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-json-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const samples: [string, unknown][] = [
  ['an object of arrays of objects', { a: 1, list: [{ x: 'y', nested: [1, [2, { z: null }]] }, { x: 'é"\n' }], empty: [], none: {} }],
  ['keys JSON.stringify leaves out', { kept: 1, gone: undefined, fn: () => 1, list: [undefined, 2] }],
  ['a top-level array', [[], [1], { a: [] }]],
  ['a plain value', 'just a string'],
  ['an empty object', {}],
  ['a date, through its toJSON', { when: new Date(0), list: [new Date(0)] }],
  ['arrays longer than one chunk', { list: Array.from({ length: 600 }, (_, index) => (index % 7 === 0 ? undefined : { index, nested: [index, [index], {}] })), [String(1)]: [[]] }],
  ['a top-level array of long arrays', [Array.from({ length: 300 }, (_, index) => index), []]],
];

describe('jsonPieces', () => {
  it.each(samples)('joins to exactly JSON.stringify for %s, indented or not', (_name, value) => {
    for (const indent of [0, 2, 4]) expect([...jsonPieces(value, indent)].join('')).toBe(JSON.stringify(value, null, indent));
  });

  it('joins to exactly JSON.stringify for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2), (value, indent) => [...jsonPieces(value, indent)].join('') === JSON.stringify(value, null, indent)),
    );
  });

  it('splits the members of top-level arrays into separate pieces', () => {
    const pieces = [...jsonPieces({ events: [{ id: 'a' }, { id: 'b' }] }, 2)];
    expect(pieces).toContain('{\n      "id": "a"\n    }');
    expect(pieces).toContain('{\n      "id": "b"\n    }');
  });
});

describe('writeJsonFile', () => {
  it('writes the JSON with a trailing newline across buffer refills, multi-byte characters and oversized pieces, leaving no temporary file', async () => {
    const value = { list: Array.from({ length: 3000 }, (_, index) => ({ index, text: `${'x’'.repeat(300)}${index}` })), long: ['€'.repeat(1 << 20)] };
    writeJsonFile(join(dir, 'out.json'), value, 2);
    expect(await readFile(join(dir, 'out.json'), 'utf8')).toBe(`${JSON.stringify(value, null, 2)}\n`);
    expect(await readdir(dir)).toEqual(['out.json']);
  });
});

import { closeSync, openSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonPieces, RecordsFile, recordJson, writeJsonFile, writeRecordsFile } from '../../../extractor/node/write-json';

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

describe('writeRecordsFile', () => {
  const document = { version: 1, generator: { name: 'x', list: [1, 2] }, events: [{ id: 'a', text: 'é’' }, { id: 'b', nested: [{}] }], empty: [], warnings: ['w'] };

  it.each([0, 2])('writes exactly writeJsonFile\'s bytes and where each record of a top-level array is, indent %i', async (indent) => {
    const ranges = writeRecordsFile(join(dir, 'out.json'), document, indent);
    const bytes = await readFile(join(dir, 'out.json'));
    expect(bytes.toString('utf8')).toBe(`${JSON.stringify(document, null, indent)}\n`);
    const [start = 0, end = 0, secondStart = 0, secondEnd = 0] = ranges.get('events') ?? [];
    expect(bytes.subarray(start, end).toString('utf8')).toBe(recordJson(document.events[0], indent));
    expect(bytes.subarray(secondStart, secondEnd).toString('utf8')).toBe(recordJson(document.events[1], indent));
    expect(ranges.get('empty')).toBeUndefined();
  });

  it('copies records given as bytes, so a file can be rebuilt from slices of an earlier one', async () => {
    const ranges = writeRecordsFile(join(dir, 'old.json'), document, 2);
    const old = await readFile(join(dir, 'old.json'));
    const [start = 0, end = 0] = ranges.get('events') ?? [];
    const changed = { ...document, events: [old.subarray(start, end), { id: 'c' }] };
    writeRecordsFile(join(dir, 'new.json'), changed, 2);
    expect(await readFile(join(dir, 'new.json'), 'utf8')).toBe(`${JSON.stringify({ ...document, events: [document.events[0], { id: 'c' }] }, null, 2)}\n`);
  });
});

describe('RecordsFile.copiedRecords', () => {
  // Multi-byte texts, and 4 MB of events in all: one run of them is longer than the writer's buffer.
  const records = (count: number, prefix: string) => Array.from({ length: count }, (_, index) => ({ id: `${prefix}${index}`, text: 'é’'.repeat((index % 5) * 300), list: [index] }));
  const old = { version: 1, events: records(1200, 'e'), people: records(3, 'p') };
  /** Which old records (by index, -1 for a new one) make up the new events array. */
  const layouts: [string, number[]][] = [
    ['every record, in order', Array.from({ length: 1200 }, (_, index) => index)],
    ['runs of neighbours cut by new records and gaps', [0, 1, 2, -1, 5, 6, 7, 20, -1, -1, 38, 39]],
    ['a new record first, then one old record', [-1, 10]],
    ['records out of their old order', [3, 2, 1, 30]],
    ['nothing', []],
  ];

  it.each(layouts.flatMap(([name, layout]): [string, number, number[]][] => [[name, 0, layout], [name, 2, layout]]))(
    'writes the same bytes as writing the records themselves: %s, indent %i',
    async (_name, indent, layout) => {
      const oldRanges = writeRecordsFile(join(dir, 'old.json'), old, indent).get('events') ?? [];
      const fd = openSync(join(dir, 'old.json'), 'r');
      const file = new RecordsFile(join(dir, 'new.json'), indent);
      try {
        file.member('version', 2);
        file.startArray('events');
        let copied: [number, number][] = [];
        layout.forEach((which, position) => {
          if (which >= 0) {
            copied.push([oldRanges[2 * which] ?? 0, oldRanges[2 * which + 1] ?? 0]);
            return;
          }
          file.copiedRecords(fd, copied);
          copied = [];
          file.record({ id: `new${position}` });
        });
        file.copiedRecords(fd, copied);
        file.endArray();
      } finally {
        closeSync(fd);
      }
      const ranges = file.commit().get('events') ?? [];
      const events = layout.map((which, position) => (which >= 0 ? old.events[which] : { id: `new${position}` }));
      const bytes = await readFile(join(dir, 'new.json'));
      expect(bytes.toString('utf8')).toBe(`${JSON.stringify({ version: 2, events }, null, indent)}\n`);
      expect(events.map((_event, index) => bytes.subarray(ranges[2 * index], ranges[2 * index + 1]).toString('utf8'))).toEqual(events.map((event) => recordJson(event, indent)));
    },
  );
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FactsBundleSchema } from '../../../../schema/bundle';
import { BundleLoadError } from '../../../../src/shared/api/bundle-load-error';
import { FACTS_RECORD_SCHEMAS, readFactsBundle } from '../../../../src/shared/api/read-facts-bundle';
import { makeDisputedBundle, makeSmallBundle } from '../../../fixtures/fixture-bundles';

const HEADER_FIELDS = ['schemaVersion', 'generatedAt', 'generator'];

/** A response whose body arrives in chunks cut at the given byte offsets. */
function chunkedResponse(text: string, cuts: readonly number[] = []): Response {
  const bytes = new TextEncoder().encode(text);
  const offsets = [...new Set([0, ...cuts.map((cut) => Math.min(cut, bytes.length)), bytes.length])].sort((a, b) => a - b);
  const chunks = offsets.slice(1).map((end, index) => bytes.slice(offsets[index], end));
  return new Response(
    new ReadableStream<Uint8Array>({
      pull(controller) {
        const chunk = chunks.shift();
        if (chunk) controller.enqueue(chunk);
        else controller.close();
      },
    }),
  );
}

async function errorOf(text: string, cuts: readonly number[] = []): Promise<unknown> {
  return readFactsBundle(chunkedResponse(text, cuts)).then(
    () => null,
    (error: unknown) => error,
  );
}

describe('readFactsBundle', () => {
  // Record-by-record parsing equals parsing the whole bundle only while the schema checks nothing across records.
  it('relies on a facts schema made of header fields and record arrays with no check of their own', () => {
    expect(Object.keys(FactsBundleSchema.shape).sort()).toEqual([...HEADER_FIELDS, ...Object.keys(FACTS_RECORD_SCHEMAS)].sort());
    expect(FactsBundleSchema._zod.def.checks ?? []).toEqual([]);
    for (const [name, field] of Object.entries(FactsBundleSchema.shape)) {
      expect(field._zod.def.checks ?? [], name).toEqual([]);
    }
  });

  it('gives what FactsBundleSchema.parse of the whole document gives, wherever the chunks are cut', async () => {
    const text = JSON.stringify({ ...makeDisputedBundle(), extra: [1, 2], events: [...makeSmallBundle().events.map((event) => ({ ...event, note: 'x' }))] });
    const expected = FactsBundleSchema.parse(JSON.parse(text));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(text.length), { maxLength: 30 }), async (cuts) => {
        expect(await readFactsBundle(chunkedResponse(text, cuts))).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  it('reads a response without a body stream whole', async () => {
    const bundle = makeSmallBundle();
    const response = new Response(JSON.stringify(bundle));
    Object.defineProperty(response, 'body', { value: null });
    expect(await readFactsBundle(response)).toEqual(bundle);
  });

  it.each([
    ['another version', { ...makeSmallBundle(), schemaVersion: 99 }, /schema version 99, but this dashboard reads version 1/],
    ['no version', { ...makeSmallBundle(), schemaVersion: undefined }, /schema version undefined/],
    ['a broken record, by its path', { ...makeSmallBundle(), events: [makeSmallBundle().events[0], { id: 'broken' }] }, /corrupt \(events\.1\.type: /],
    ['a broken header', { ...makeSmallBundle(), generatedAt: 'yesterday' }, /corrupt \(generatedAt: /],
    ['a missing record array', { ...makeSmallBundle(), people: undefined }, /corrupt \(people: /],
    ['a JSON value that is not an object', [1, 2], /schema version undefined/],
  ])('refuses %s with a message to act on', async (_what, document, message) => {
    const error = await errorOf(JSON.stringify(document), [40, 400]);
    expect(error).toBeInstanceOf(BundleLoadError);
    expect(String(error)).toMatch(message);
  });

  it('reports the version before a broken record that came ahead of it', async () => {
    const text = `{"events":[{"id":"broken"}],"schemaVersion":2}`;
    expect(String(await errorOf(text, [12]))).toMatch(/schema version 2/);
  });

  it.each([
    ['a cut-off document', '{"schemaVersion":1,"events":[{"id":"e1"'],
    ['an empty body', ''],
    ['text that is not JSON', 'not json'],
  ])('throws a SyntaxError for %s', async (_what, text) => {
    expect(await errorOf(text)).toBeInstanceOf(SyntaxError);
  });
});

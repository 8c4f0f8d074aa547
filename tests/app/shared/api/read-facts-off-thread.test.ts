import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FactsBundleSchema } from '../../../../schema/bundle';
import { answerFactsRequests } from '../../../../src/shared/api/answer-facts-requests';
import { BundleLoadError } from '../../../../src/shared/api/bundle-load-error';
import { FACTS_PARSED_MARK, FACTS_VALIDATED_MARK, isUnchanged } from '../../../../src/shared/api/read-facts-bundle';
import type { FactsReply } from '../../../../src/shared/api/facts-worker-messages';
import { FactsWorkerError, readFactsBundleOffThread } from '../../../../src/shared/api/read-facts-off-thread';
import { makeDisputedBundle, makeLargeBundle, makeSmallBundle } from '../../../fixtures/fixture-bundles';

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

/** Reads the text through both sides of the worker protocol, joined by a MessageChannel instead of a worker. */
async function readThroughChannel(text: string, cuts: readonly number[] = []) {
  const channel = new MessageChannel();
  channel.port1.start();
  channel.port2.start();
  void answerFactsRequests(channel.port2);
  try {
    return await readFactsBundleOffThread(Promise.resolve(chunkedResponse(text, cuts)), channel.port1);
  } finally {
    channel.port1.close();
    channel.port2.close();
  }
}

/** A worker whose script never ran: it never answers, and fires one plain error event when asked to. */
class DeadWorker {
  private readonly errorListeners: ((event: ErrorEvent) => void)[] = [];

  postMessage(): void {}

  addEventListener(type: 'message', listener: (event: MessageEvent<FactsReply>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  addEventListener(type: 'message' | 'error', listener: ((event: ErrorEvent) => void) & ((event: MessageEvent<FactsReply>) => void)): void {
    if (type === 'error') this.errorListeners.push(listener);
  }

  fail(): void {
    for (const listener of this.errorListeners) listener(new ErrorEvent('error'));
  }
}

async function errorOf(text: string, cuts: readonly number[] = []): Promise<unknown> {
  return readThroughChannel(text, cuts).then(
    () => null,
    (error: unknown) => error,
  );
}

describe('readFactsBundleOffThread', () => {
  it('gives what FactsBundleSchema.parse of the whole document gives, wherever the chunks are cut', async () => {
    const text = JSON.stringify({ ...makeDisputedBundle(), extra: [1, 2], events: [...makeSmallBundle().events.map((event) => ({ ...event, note: 'x' }))] });
    const expected = FactsBundleSchema.parse(JSON.parse(text));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(text.length), { maxLength: 20 }), async (cuts) => {
        expect(await readThroughChannel(text, cuts)).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });

  it('gives a bundle of several messages of records per array whole and in order', async () => {
    const bundle = makeLargeBundle(3000);
    const text = JSON.stringify(bundle, null, 2);
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(await readThroughChannel(text, [70_000, 300_000, 900_000])).toEqual(FactsBundleSchema.parse(bundle));
  });

  it('keeps the last of a record array given twice', async () => {
    const bundle = makeSmallBundle();
    const text = JSON.stringify(bundle).replace(/}$/, ',"warnings":[{"file":"late.txt","message":"again"}]}');
    expect((await readThroughChannel(text, [30])).warnings).toEqual([{ file: 'late.txt', message: 'again' }]);
  });

  it('records when the worker finished parsing and validating on the page timeline', async () => {
    performance.clearMarks();
    await readThroughChannel(JSON.stringify(makeSmallBundle()));
    expect([FACTS_PARSED_MARK, FACTS_VALIDATED_MARK].map((mark) => performance.getEntriesByName(mark, 'mark').length > 0)).toEqual([true, true]);
  });

  it('tells a worker whose script did not run apart from a refused bundle, so the page can read it instead', async () => {
    const deadWorker = new DeadWorker();
    const reading = readFactsBundleOffThread(Promise.resolve(chunkedResponse(JSON.stringify(makeSmallBundle()))), deadWorker);
    deadWorker.fail();
    await expect(reading).rejects.toBeInstanceOf(FactsWorkerError);
  });

  it.each([
    ['another version', JSON.stringify({ ...makeSmallBundle(), schemaVersion: 99 }), BundleLoadError, /schema version 99, but this dashboard reads version 1/],
    ['a broken record, by its path', JSON.stringify({ ...makeSmallBundle(), events: [makeSmallBundle().events[0], { id: 'broken' }] }), BundleLoadError, /corrupt \(events\.1\.type: /],
    ['a broken header', JSON.stringify({ ...makeSmallBundle(), generatedAt: 'yesterday' }), BundleLoadError, /corrupt \(generatedAt: /],
    ['a JSON value that is not an object', '[1,2]', BundleLoadError, /schema version undefined/],
    ['a cut-off document', '{"schemaVersion":1,"events":[{"id":"e1"', SyntaxError, /./],
    ['text that is not JSON', 'not json', SyntaxError, /./],
  ])('refuses %s with the error the page-side reader gives', async (_what, text, kind, message) => {
    const error = await errorOf(text, [40, 400]);
    expect(error).toBeInstanceOf(kind);
    expect(String(error)).toMatch(message);
  });
});

describe('isUnchanged', () => {
  it.each([
    ['equal records', { id: 'a', sources: [{ start: 1 }], end: null }, { id: 'a', sources: [{ start: 1 }], end: null }, true],
    ['the same keys in another order', { a: 1, b: 2 }, { b: 2, a: 1 }, true],
    ['a key dropped from a nested record', { id: 'a', sources: [{ start: 1, note: 'x' }] }, { id: 'a', sources: [{ start: 1 }] }, false],
    ['a key dropped at the top', { id: 'a', note: 'x' }, { id: 'a' }, false],
    ['another value', { id: 'a' }, { id: 'b' }, false],
    ['a shorter array', [1, 2], [1], false],
    ['an array for an object', { 0: 1 }, [1], false],
  ])('tells %s', (_what, input, output, expected) => {
    expect(isUnchanged(input, output)).toBe(expected);
  });
});

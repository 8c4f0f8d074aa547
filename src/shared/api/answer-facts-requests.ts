/** The facts worker's side: reads the forwarded bytes with readFactsBundle and posts what passed. */
import { BundleLoadError } from './bundle-load-error';
import type { FactsFailure, FactsReply, FactsRequest } from './facts-worker-messages';
import { FACTS_PARSED_MARK, FACTS_VALIDATED_MARK, readFactsBundle } from './read-facts-bundle';

/** What a worker's global scope and a MessagePort both offer. */
export interface ReplyPort {
  postMessage(message: FactsReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FactsRequest>) => void): void;
}

/** A body made of the chunks the page forwards; chunks after a cancel are dropped. */
function toForwardedBody(port: ReplyPort): ReadableStream<Uint8Array> {
  let open = true;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      port.addEventListener('message', function takeRequest(event) {
        if (!open) return;
        if (event.data.kind === 'chunk') {
          controller.enqueue(event.data.bytes);
        } else {
          open = false;
          controller.close();
        }
      });
    },
    cancel() {
      open = false;
    },
  });
}

export function toFailure(error: unknown): FactsFailure {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof BundleLoadError) return { kind: 'failed', error: 'bundle', message };
  return { kind: 'failed', error: error instanceof SyntaxError ? 'syntax' : 'other', message };
}

/** When a mark of this worker was set, as a time since the epoch (the page has another time origin). */
function epochTimeOf(mark: string): number | null {
  const entry = performance.getEntriesByName(mark, 'mark').at(-1);
  return entry ? performance.timeOrigin + entry.startTime : null;
}

/** Reads the one body the page forwards on this port and answers with its validated pieces, then done or failed. */
export async function answerFactsRequests(port: ReplyPort): Promise<void> {
  try {
    const bundle = await readFactsBundle(new Response(toForwardedBody(port)), (piece) => port.postMessage(piece));
    port.postMessage({ kind: 'done', bundle, parsedAt: epochTimeOf(FACTS_PARSED_MARK), validatedAt: epochTimeOf(FACTS_VALIDATED_MARK) });
  } catch (error) {
    port.postMessage(toFailure(error));
  }
}

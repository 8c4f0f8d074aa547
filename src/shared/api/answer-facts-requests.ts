/** The facts worker's side: reads the forwarded bytes with readFactsBundle and posts what passed. */
import { BundleLoadError } from './bundle-load-error';
import type { FactsFailure, FactsReply, FactsRequest } from './facts-worker-messages';
import { FACTS_PARSED_MARK, FACTS_VALIDATED_MARK, readFactsBundle } from './read-facts-bundle';
import type { SectionName, ValidatedPiece } from './read-facts-bundle';

/**
 * Characters of record text per message to the page. The page keeps every
 * record it parses, so its texts should be long enough (100 K characters or
 * more) for V8's JSON.parse to build them straight in the old generation
 * instead of copying them there; and fewer messages cost less.
 */
const BATCH_CHARS = 256 * 1024;

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

function toFailure(error: unknown): FactsFailure {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof BundleLoadError) return { kind: 'failed', error: 'bundle', message };
  return { kind: 'failed', error: error instanceof SyntaxError ? 'syntax' : 'other', message };
}

/** When a mark of this worker was set, as a time since the epoch (the page has another time origin). */
function epochTimeOf(mark: string): number | null {
  const entry = performance.getEntriesByName(mark, 'mark').at(-1);
  return entry ? performance.timeOrigin + entry.startTime : null;
}

/** Joins runs of records of one section into long texts; everything else passes through in order. */
class RecordBatcher {
  private section: SectionName | null = null;
  private texts: string[] = [];
  private chars = 0;

  constructor(private readonly port: ReplyPort) {}

  take(piece: ValidatedPiece): void {
    if (piece.kind === 'array' || piece.section !== this.section) this.flush();
    if (piece.kind === 'array') {
      this.port.postMessage(piece);
      return;
    }
    this.section = piece.section;
    this.texts.push(piece.json);
    this.chars += piece.json.length;
    if (this.chars >= BATCH_CHARS) this.flush();
  }

  flush(): void {
    if (this.section !== null && this.texts.length > 0) this.port.postMessage({ kind: 'records', section: this.section, json: this.texts.join(',') });
    this.texts = [];
    this.chars = 0;
  }
}

/** Reads the one body the page forwards on this port and answers with its validated pieces, then done or failed. */
export async function answerFactsRequests(port: ReplyPort): Promise<void> {
  try {
    const batcher = new RecordBatcher(port);
    const bundle = await readFactsBundle(new Response(toForwardedBody(port)), (piece) => batcher.take(piece));
    batcher.flush();
    port.postMessage({ kind: 'done', bundle, parsedAt: epochTimeOf(FACTS_PARSED_MARK), validatedAt: epochTimeOf(FACTS_VALIDATED_MARK) });
  } catch (error) {
    port.postMessage(toFailure(error));
  }
}

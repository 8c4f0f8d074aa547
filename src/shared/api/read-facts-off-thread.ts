/**
 * The page's side of the facts worker: forwards facts.json's bytes as they
 * download, parses the text of each run of records the worker validated as
 * it comes back, and assembles the bundle. The page's main thread thus does
 * no decoding, splitting, schema checks or their garbage, only `JSON.parse`
 * of records already known to be valid. Measured at 10k (traced loads): the
 * page's CPU until every panel is drawn about 1.25 s -> 1.0 s, for about
 * 0.6 s in the worker; faster while a core is free, slower when every core
 * is busy with other work.
 */
import type { FactsBundle } from '../../../schema/bundle';
import { BundleLoadError } from './bundle-load-error';
import type { FactsDone, FactsFailure, FactsReply, FactsRequest } from './facts-worker-messages';
import { FACTS_PARSED_MARK, FACTS_VALIDATED_MARK, readFactsBundle } from './read-facts-bundle';
import type { SectionName } from './read-facts-bundle';

/** What a Worker and a MessagePort both offer. */
export interface RequestPort {
  postMessage(message: FactsRequest, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FactsReply>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
}

/** The worker could not run (its script was blocked or broke): the page can still read the bundle itself. */
export class FactsWorkerError extends Error {
  readonly name = 'FactsWorkerError';
}

type SectionParts = { [Name in SectionName]: FactsBundle[Name][] };

function toEmptyParts(): SectionParts {
  return { articles: [], places: [], events: [], procurement: [], people: [], warnings: [] };
}

function toBundle(parts: SectionParts, rest: FactsBundle): FactsBundle {
  return {
    ...rest,
    articles: [...parts.articles.flat(), ...rest.articles],
    places: [...parts.places.flat(), ...rest.places],
    events: [...parts.events.flat(), ...rest.events],
    procurement: [...parts.procurement.flat(), ...rest.procurement],
    people: [...parts.people.flat(), ...rest.people],
    warnings: [...parts.warnings.flat(), ...rest.warnings],
  };
}

function toError(failure: FactsFailure): Error {
  if (failure.error === 'bundle') return new BundleLoadError(failure.message);
  return failure.error === 'syntax' ? new SyntaxError(failure.message) : new Error(failure.message);
}

/** Records the worker's marks on the page's timeline, at the moments they were set in the worker. */
function markWorkerTimes(done: FactsDone): void {
  for (const [mark, at] of [[FACTS_PARSED_MARK, done.parsedAt], [FACTS_VALIDATED_MARK, done.validatedAt]] satisfies [string, number | null][]) {
    if (at !== null) performance.mark(mark, { startTime: Math.max(0, at - performance.timeOrigin) });
  }
}

/** The chunk's own buffer, to hand over without a copy; none when the chunk is a view into a larger one. */
function transferableOf(bytes: Uint8Array): Transferable[] {
  const { buffer } = bytes;
  return buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength ? [buffer] : [];
}

async function forwardBody(reader: ReadableStreamDefaultReader<Uint8Array>, port: RequestPort): Promise<void> {
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    port.postMessage({ kind: 'chunk', bytes: next.value }, transferableOf(next.value));
  }
  port.postMessage({ kind: 'end' }, []);
}

/**
 * The facts bundle of facts.json, read by the worker behind `port`; refuses it
 * with the same errors as readFactsBundle on the main thread. Takes the
 * response still to come, so the worker can start, and be listened to, before it arrives.
 */
export function readFactsBundleOffThread(response: Promise<Response>, port: RequestPort): Promise<FactsBundle> {
  return new Promise<FactsBundle>((resolve, reject) => {
    const parts = toEmptyParts();
    let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
    let refused = false;
    const refuse = (error: Error) => {
      refused = true;
      // Stop the download: nothing more of this body will be read.
      reader?.cancel().catch(() => undefined);
      reject(error);
    };
    port.addEventListener('message', function takeReply(event) {
      const reply = event.data;
      if (reply.kind === 'array') {
        parts[reply.section] = [];
      } else if (reply.kind === 'records') {
        // Text the worker checked record by record against the schema: parsing it again gives what it validated.
        parts[reply.section].push(JSON.parse(`[${reply.json}]`));
      } else if (reply.kind === 'done') {
        markWorkerTimes(reply);
        resolve(toBundle(parts, reply.bundle));
      } else {
        refuse(toError(reply));
      }
    });
    port.addEventListener('error', function refuseBrokenWorker(event) {
      // A script that did not load fires a plain Event, without a message.
      refuse(new FactsWorkerError(`The facts worker stopped: ${event.message || 'its script did not run'}`));
    });
    response
      .then((arrived) => {
        if (refused) return undefined;
        if (!arrived.body) return readFactsBundle(arrived).then(resolve);
        reader = arrived.body.getReader();
        return forwardBody(reader, port);
      })
      .catch(refuse);
  });
}

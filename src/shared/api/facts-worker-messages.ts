/**
 * The messages between the page and the facts worker (facts-worker.ts): the
 * page forwards facts.json's bytes as they download; the worker splits,
 * parses and validates them and answers with the text of each run of valid
 * records, then the rest of the bundle, or the reason it is refused.
 */
import type { FactsBundle } from '../../../schema/bundle';
import type { ValidatedPiece } from './read-facts-bundle';

export type FactsRequest = { kind: 'chunk'; bytes: Uint8Array } | { kind: 'end' };

/** Why the bundle was refused, by the kind of error the main-thread reader would have thrown. */
export type FactsFailure = { kind: 'failed'; error: 'bundle' | 'syntax' | 'other'; message: string };

/**
 * `bundle` holds what did not come in pieces (the header; every record only for
 * a body that was not read in pieces). The marks are times since the epoch.
 */
export type FactsDone = { kind: 'done'; bundle: FactsBundle; parsedAt: number | null; validatedAt: number | null };

export type FactsReply = ValidatedPiece | FactsDone | FactsFailure;

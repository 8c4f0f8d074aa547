/**
 * Writes a synthetic corpus to a folder, with a marker file recording what was
 * generated so the benchmark can reuse a folder instead of regenerating it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Vocabulary } from './corpus-vocabulary';
import { defaultVocabulary } from './corpus-vocabulary';
import { synthesizeCorpus } from './synthesize-corpus';
import type { SynthKind } from './synthesize-corpus';

/** Bump when the synthesiser's output changes for the same seed. */
const CORPUS_FORMAT = 1;
/** Dot-prefixed and not .txt/.md/.html, so the extractor never reads it as an article. */
export const CORPUS_MARKER = '.synth-corpus.json';

const MarkerSchema = z.object({
  format: z.number(),
  count: z.number(),
  seed: z.number(),
  vocabulary: z.string(),
  bytes: z.number(),
  kinds: z.record(z.string(), z.number()),
});
export type CorpusMarker = z.infer<typeof MarkerSchema>;

export interface CorpusRequest {
  dir: string;
  count: number;
  seed: number;
  vocabulary?: Vocabulary;
}

function vocabularyFingerprint(vocabulary: Vocabulary): string {
  return createHash('sha1').update(JSON.stringify(vocabulary)).digest('hex').slice(0, 12);
}

function readMarker(dir: string): CorpusMarker | null {
  const path = join(dir, CORPUS_MARKER);
  if (!existsSync(path)) return null;
  const parsed = MarkerSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  return parsed.success ? parsed.data : null;
}

/** Empties a folder this tool wrote before; refuses any other non-empty folder, so no one's files are lost. */
function prepareFolder(dir: string): void {
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true });
    return;
  }
  const entries = readdirSync(dir);
  if (entries.length === 0) return;
  if (!entries.includes(CORPUS_MARKER)) {
    throw new Error(`${dir} is not empty and was not written by corpus:synth; choose another --out folder`);
  }
  for (const entry of entries) rmSync(join(dir, entry), { recursive: true, force: true });
}

function countKinds(kinds: SynthKind[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of kinds) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

/** Generates and writes the corpus; returns what was written. */
export function writeCorpus({ dir, count, seed, vocabulary = defaultVocabulary() }: CorpusRequest): CorpusMarker {
  const files = synthesizeCorpus({ count, seed, vocabulary });
  prepareFolder(dir);
  let bytes = 0;
  for (const file of files) {
    writeFileSync(join(dir, file.name), file.bytes);
    bytes += file.bytes.length;
  }
  const marker: CorpusMarker = {
    format: CORPUS_FORMAT,
    count,
    seed,
    vocabulary: vocabularyFingerprint(vocabulary),
    bytes,
    kinds: countKinds(files.map((file) => file.kind)),
  };
  writeFileSync(join(dir, CORPUS_MARKER), `${JSON.stringify(marker, null, 2)}\n`);
  return marker;
}

/** Reuses the folder when it already holds this exact corpus, else (re)writes it. */
export function ensureCorpus(request: CorpusRequest): { marker: CorpusMarker; reused: boolean } {
  const vocabulary = request.vocabulary ?? defaultVocabulary();
  const existing = readMarker(request.dir);
  const matches =
    existing !== null &&
    existing.format === CORPUS_FORMAT &&
    existing.count === request.count &&
    existing.seed === request.seed &&
    existing.vocabulary === vocabularyFingerprint(vocabulary);
  if (matches) return { marker: existing, reused: true };
  return { marker: writeCorpus({ ...request, vocabulary }), reused: false };
}

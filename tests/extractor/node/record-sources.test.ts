import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlaceInput, SourceInput } from '../../../schema/bundle';
import { onePerArticle } from '../../../extractor/merge/sources';
import type { RecordBytes, SourcesFrame } from '../../../extractor/node/record-sources';
import { articleOfElement, patchedRecordBytes, sourceElements, sourcesFrame } from '../../../extractor/node/record-sources';
import { recordJson } from '../../../extractor/node/write-json';

const PROBE: SourceInput = { articleId: 'probe', quote: '', start: 0, end: 0 };
const FILES: (keyof RecordBytes)[] = ['bundle', 'facts'];
const factsSource = ({ articleId, start, end }: SourceInput) => ({ articleId, start, end });

function placeWith(sources: SourceInput[]): PlaceInput {
  return { id: 'in', name: 'India "Bharat" {x}', kind: 'country', lat: 20, lon: 77, country: 'IN', sources };
}

function bytesOf(place: PlaceInput): RecordBytes {
  return { bundle: Buffer.from(recordJson(place, 2)), facts: Buffer.from(recordJson({ ...place, sources: place.sources.map(factsSource) }, 0)) };
}

function framesOf(): { bundle: SourcesFrame; facts: SourcesFrame } {
  const probed = bytesOf(placeWith([PROBE]));
  const bundle = sourcesFrame(probed.bundle, PROBE, 2);
  const facts = sourcesFrame(probed.facts, factsSource(PROBE), 0);
  if (!bundle || !facts) throw new Error('the probe is not in its record');
  return { bundle, facts };
}

// Quotes with what could confuse a cut: braces, quotes, backslashes, the separators themselves, line breaks.
const quoteArbitrary = fc.oneof(fc.string(), fc.constantFrom('},{"articleId":"x"', '}\n        {', '\\"', 'é — 中文', '},\n        {\n          "articleId": "z"'));
const sourceArbitrary = (articleId: string) => fc.record({ quote: quoteArbitrary, start: fc.nat(1000) }).map(({ quote, start }): SourceInput => ({ articleId, quote, start, end: start + quote.length }));
const IDS = ['a"1', 'b\\2', 'c3', 'd4', 'e5', 'f6'];
const sourcesArbitrary = (ids: readonly string[]) => fc.subarray([...ids]).chain((chosen) => fc.tuple(...chosen.map(sourceArbitrary)));

describe('sourceElements', () => {
  it('cuts a record into the JSON of each of its sources, with their article ids', () => {
    fc.assert(
      fc.property(sourcesArbitrary(IDS), (sources) => {
        const frames = framesOf();
        const records = bytesOf(placeWith(onePerArticle(sources)));
        for (const which of FILES) {
          const elements = sourceElements(records[which], frames[which]);
          if (sources.length === 0) expect(elements).toBeNull();
          else expect(elements?.map((element) => articleOfElement(element, frames[which]))).toEqual(onePerArticle(sources).map((source) => source.articleId));
        }
      }),
    );
  });

  it('finds no sources in a record of another shape', () => {
    expect(sourceElements(Buffer.from(recordJson({ ...placeWith([PROBE]), name: 'Other' }, 2)), framesOf().bundle)).toBeNull();
  });
});

describe('patchedRecordTexts', () => {
  it('gives the very bytes of the record with the kept and the new sources', () => {
    fc.assert(
      fc.property(sourcesArbitrary(IDS), fc.subarray(IDS), fc.array(fc.constantFrom(...IDS)), (before, goneIds, addedIds) => {
        const gone = new Set([...goneIds, ...addedIds]);
        const added = onePerArticle(addedIds.map((articleId, index) => ({ articleId, quote: `new ${index} "${articleId}"`, start: index, end: index + 1 })));
        const old = onePerArticle(before);
        const after = onePerArticle([...old.filter((source) => !gone.has(source.articleId)), ...added]);
        fc.pre(old.length > 0);
        const patched = patchedRecordBytes(framesOf(), bytesOf(placeWith(old)), added.length > 0 ? bytesOf(placeWith(added)) : null, gone);
        expect(patched).toEqual(after.length > 0 ? bytesOf(placeWith(after)) : 'removed');
      }),
    );
  });

  it('gives up on a record not in the frame', () => {
    const other = bytesOf({ ...placeWith([{ ...PROBE, articleId: 'a' }]), lat: 21 });
    expect(patchedRecordBytes(framesOf(), other, null, new Set())).toBeNull();
  });
});

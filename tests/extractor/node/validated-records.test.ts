import { describe, expect, it } from 'vitest';
import { BundleSchema } from '../../../schema/bundle';
import { VALID_RECORD, validArticle, validWarning } from '../../../extractor/node/validated-records';

const RECORD_SECTIONS = ['articles', 'places', 'events', 'procurement', 'people', 'warnings'];
const HEADER_FIELDS = ['schemaVersion', 'generatedAt', 'generator'];

describe('validating the bundle record by record', () => {
  // Record-by-record parsing equals parsing the whole bundle only while the schema checks nothing across records.
  it('relies on a bundle schema made of header fields and record arrays with no check of their own', () => {
    expect(Object.keys(BundleSchema.shape).sort()).toEqual([...HEADER_FIELDS, ...RECORD_SECTIONS].sort());
    expect(BundleSchema._zod.def.checks ?? []).toEqual([]);
    for (const [name, field] of Object.entries(BundleSchema.shape)) {
      expect(field._zod.def.checks ?? [], name).toEqual([]);
    }
  });

  it.each([
    ['a place', () => VALID_RECORD.places({ id: 'moscow' })],
    ['an event', () => VALID_RECORD.events({ id: 'e1', type: 'visit' })],
    ['an item', () => VALID_RECORD.procurement({ id: 's-400', name: 'S-400' })],
    ['a person', () => VALID_RECORD.people({ id: 'p', name: 7 })],
    ['an article', () => validArticle({ id: 'a' })],
    ['a warning', () => validWarning({ file: 'a.txt' })],
  ])('refuses %s that breaks its schema', (_what, validate) => {
    expect(validate).toThrow();
  });
});

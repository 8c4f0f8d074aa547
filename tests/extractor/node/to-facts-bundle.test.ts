import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FactsBundleSchema } from '../../../schema/bundle';
import { extractBundle } from '../../../extractor/extract-bundle';
import { toFactsBundle } from '../../../extractor/node/to-facts-bundle';

const CORPUS = join(import.meta.dirname, '../../../data/articles');
const encode = (text: string) => new TextEncoder().encode(text);
// Two outlets a day apart on one meeting, so the bundle has disputes (whose sources carry quotes too).
const disagreeing = [
  { name: 'x-hindu.txt', bytes: encode(' date 2019-06-14\nBISHKEK: Defence Minister Rajnath Singh met his Chinese counterpart Wei Fenghe on the sidelines of the SCO summit in Bishkek on Wednesday, officials said.\n') },
  { name: 'y-global-times.txt', bytes: encode('Published - June 15, 2019\nChinese Defence Minister Wei Fenghe held talks with Indian Defence Minister Rajnath Singh in Bishkek on Thursday, according to a statement.\n') },
];
const files = [...readdirSync(CORPUS).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(CORPUS, name))) })), ...disagreeing];
const bundle = extractBundle(files, { generatedAt: '2020-01-01T00:00:00.000Z' });

describe('toFactsBundle', () => {
  it('gives what FactsBundleSchema.parse gives, key for key in the same order', () => {
    expect(JSON.stringify(toFactsBundle(bundle))).toBe(JSON.stringify(FactsBundleSchema.parse(bundle)));
  });

  it('leaves out every article text and quote', () => {
    const facts = toFactsBundle(bundle);
    expect(JSON.stringify(facts)).not.toContain('"quote"');
    expect(facts.articles.filter((article) => 'text' in article)).toEqual([]);
    expect([...bundle.events, ...bundle.procurement].some((fact) => fact.disputes.length > 0)).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toBundleJsonSchema } from '../../schema/json-schema';

describe('the published JSON Schema', () => {
  it('is up to date with the zod schema (run `npm run schema` after changing it)', () => {
    const committed: unknown = JSON.parse(readFileSync(join(import.meta.dirname, '../../schema/bundle.schema.json'), 'utf8'));
    expect(committed).toEqual(toBundleJsonSchema());
  });
});

/**
 * `npm run schema`: writes the bundle's JSON Schema for consumers that do not
 * read TypeScript. Generated from the one zod schema, never written by hand.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { toBundleJsonSchema } from '../schema/json-schema';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'schema/bundle.schema.json' } } });
writeFileSync(values.out, `${JSON.stringify(toBundleJsonSchema(), null, 2)}\n`);
console.log(`wrote ${values.out}`);

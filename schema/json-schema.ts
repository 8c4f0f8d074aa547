import { z } from 'zod';
import { BundleSchema, SCHEMA_VERSION } from './bundle';

/** The bundle schema as JSON Schema (draft 2020-12), titled with its version. */
export function toBundleJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(BundleSchema, { io: 'output' }),
    $id: `https://dossier.invalid/schema/bundle-v${SCHEMA_VERSION}.json`,
    title: `Dossier bundle, schema version ${SCHEMA_VERSION}`,
  };
}

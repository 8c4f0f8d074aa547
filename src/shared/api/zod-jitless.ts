/**
 * The dashboard runs under a strict CSP without 'unsafe-eval' (docs/embedding.md).
 * zod 4 probes `new Function` when it builds its first object schema, and such
 * a CSP reports that probe as a violation; jitless zod never probes. This must
 * run before any schema module is evaluated, so it is the first import of
 * src/main.tsx.
 */
import { z } from 'zod';

z.config({ jitless: true });

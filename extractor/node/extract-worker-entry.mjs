// Worker threads start without the TypeScript loader the CLI runs under:
// register tsx here, then load the real (TypeScript) worker.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');

// `npm run extract`: runs extractor/cli.ts bundled into one ES module.
// Started under tsx, the CLI spends about a second of CPU resolving and
// transpiling its modules; the bundle loads in a quarter of that, and so do
// its worker threads. Plain JavaScript because it must start without tsx.
//
// A stale bundle never runs: the build records a hash of the very bytes
// esbuild read of every input (project sources and packages alike, plus this
// file, whose build options shape the output), and every start hashes those
// files again (a few milliseconds); any difference builds it afresh. The
// bundle also bakes in the project's folder (the extractor's fingerprint reads
// its sources from there), so a checkout sharing node_modules through a
// symlink builds its own.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const THIS_FILE = fileURLToPath(import.meta.url);
// Tests build into a folder of their own.
const BUNDLE_DIR = resolve(process.env.DOSSIER_CLI_BUNDLE_DIR ?? join(PROJECT_ROOT, 'node_modules/.cache/dossier/cli'));
const MANIFEST = join(BUNDLE_DIR, 'manifest.json');
const LOADERS = { '.ts': 'ts', '.mts': 'ts', '.cts': 'ts', '.js': 'js', '.mjs': 'js', '.cjs': 'js', '.json': 'json' };
// A run still using an older bundle may yet start workers from its folder.
const OLD_BUNDLE_GRACE_MS = 60 * 60 * 1000;

function hashOf(bytes) {
  return createHash('sha1').update(bytes).digest('hex');
}

function readManifest() {
  try {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    return typeof manifest?.key === 'string' && typeof manifest.root === 'string' && typeof manifest.inputs === 'object' && manifest.inputs !== null ? manifest : null;
  } catch {
    return null;
  }
}

function hasBytes(file, hash) {
  try {
    return hashOf(readFileSync(join(PROJECT_ROOT, file))) === hash;
  } catch {
    return false;
  }
}

/** The folder of the last bundle when every file it was built from still has the same bytes, else null. */
function currentBundle() {
  const manifest = readManifest();
  if (!manifest) return null;
  const folder = join(BUNDLE_DIR, manifest.key);
  const fresh = manifest.root === PROJECT_ROOT && existsSync(join(folder, 'cli.mjs')) && Object.entries(manifest.inputs).every(([file, hash]) => hasBytes(file, hash));
  return fresh ? folder : null;
}

/** An esbuild plugin that loads every file itself and keeps the hash of the bytes it handed over. */
function recordingInputs(inputs) {
  return {
    name: 'record-inputs',
    setup(build) {
      build.onLoad({ filter: /.*/, namespace: 'file' }, (args) => {
        const contents = readFileSync(args.path);
        inputs[relative(PROJECT_ROOT, args.path)] = hashOf(contents);
        return { contents, loader: LOADERS[extname(args.path)] ?? 'default' };
      });
    },
  };
}

function removeOldBundles(keep) {
  for (const entry of readdirSync(BUNDLE_DIR, { withFileTypes: true })) {
    const path = join(BUNDLE_DIR, entry.name);
    if (entry.isDirectory() && entry.name !== keep && Date.now() - statSync(path).mtimeMs > OLD_BUNDLE_GRACE_MS) rmSync(path, { recursive: true, force: true });
  }
}

/** Bundles the CLI and its worker into a folder named after the inputs' hashes, and records them in the manifest. */
async function buildBundle() {
  const { build } = await import('esbuild');
  const inputs = { [relative(PROJECT_ROOT, THIS_FILE)]: hashOf(readFileSync(THIS_FILE)) };
  const staging = join(BUNDLE_DIR, `build-${process.pid}`);
  await build({
    absWorkingDir: PROJECT_ROOT,
    // The pool starts its workers from ./extract-worker-entry.mjs beside the running module.
    entryPoints: { cli: 'extractor/cli.ts', 'extract-worker-entry': 'extractor/node/extract-worker.ts' },
    outdir: staging,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // Packages written as CommonJS call require().
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    // The fingerprint of the extractor hashes its sources, found from here rather than from the bundle's folder.
    define: { DOSSIER_BUNDLED_ROOT: JSON.stringify(PROJECT_ROOT) },
    plugins: [recordingInputs(inputs)],
  });
  const sorted = Object.fromEntries(Object.entries(inputs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const key = hashOf(JSON.stringify({ root: PROJECT_ROOT, inputs: sorted })).slice(0, 16);
  const folder = join(BUNDLE_DIR, key);
  // The same key means the same inputs, so a bundle another run just built is as good.
  if (existsSync(join(folder, 'cli.mjs'))) rmSync(staging, { recursive: true, force: true });
  else renameSync(staging, folder);
  const temporary = `${MANIFEST}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ key, root: PROJECT_ROOT, inputs: sorted }));
  renameSync(temporary, MANIFEST);
  removeOldBundles(key);
  return folder;
}

let folder = currentBundle();
if (!folder) {
  console.error('dossier: bundling the extractor CLI (its sources changed since the last bundle)');
  folder = await buildBundle();
}
await import(pathToFileURL(join(folder, 'cli.mjs')).href);

/**
 * Shared set-up for the real-browser tests: one production build, served from
 * a sub-path as an intranet would, and one headless Chromium per test file.
 * Without Chromium every browser suite is skipped with one plain message.
 */
import { createHash } from 'node:crypto';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { z } from 'zod';
import { BUNDLE_FILES, FactsBundleSchema } from '../../../schema/bundle';
import type { FactsBundle } from '../../../schema/bundle';
import { chromiumMissingMessage, isChromiumInstalled, launchChromium } from '../../../scripts/lib/chromium';
import { DIST_DIR, ensureBuild, PROJECT_ROOT } from '../../../scripts/lib/ensure-build';
import { startStaticServer } from '../../../scripts/serve-static';
import { PANELS } from '../../../src/shared/state/dashboard-state';
import type { PanelName } from '../../../src/shared/state/dashboard-state';
import type { Mount, StaticServer } from '../../../scripts/serve-static';

export const APP_MOUNT = '/intranet/tools/dossier/';
export const SCREENSHOT_DIR = join(PROJECT_ROOT, 'artifacts', 'screenshots');

export const chromiumAvailable = isChromiumInstalled();
export const SKIP_MESSAGE = `${chromiumMissingMessage()} — browser tests skipped`;

/**
 * Says SKIP_MESSAGE once per test run, not once per file: the browser test
 * files run in worker processes of one vitest process (their parent), which
 * keys an exclusively created marker file.
 */
function warnOnceThatChromiumIsMissing(): void {
  try {
    closeSync(openSync(join(tmpdir(), `dossier-chromium-missing-${process.ppid}`), 'wx'));
    console.warn(SKIP_MESSAGE);
  } catch {
    // Another browser test file of this run has already said it.
  }
}

/** `describe` when Chromium is installed; otherwise a skipped suite whose name says why. */
export function describeInChromium(name: string, body: () => void): void {
  if (chromiumAvailable) {
    describe(name, body);
    return;
  }
  warnOnceThatChromiumIsMissing();
  describe.skip(`${name} (${SKIP_MESSAGE})`, body);
}

let snapshotDir: string | null = null;
const SNAPSHOTS_DIR = join(PROJECT_ROOT, '.cache', 'browser-dist');

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Removes the snapshots of test processes that have ended (workers are not always given an exit event). */
function removeStaleSnapshots(): void {
  if (!existsSync(SNAPSHOTS_DIR)) return;
  for (const name of readdirSync(SNAPSHOTS_DIR)) {
    if (!isRunning(Number(name))) rmSync(join(SNAPSHOTS_DIR, name), { recursive: true, force: true });
  }
}

/**
 * The built app to test: DOSSIER_DIST points at a prebuilt one, otherwise
 * dist/ is (re)built when missing or older than its sources and copied to a
 * directory of this test process, so a build started meanwhile (by a person
 * or another tool emptying dist/) cannot pull files from under a running test.
 */
export function builtAppDir(): string {
  const prebuilt = process.env.DOSSIER_DIST;
  if (prebuilt) return prebuilt;
  if (snapshotDir) return snapshotDir;
  ensureBuild();
  removeStaleSnapshots();
  const copy = join(SNAPSHOTS_DIR, String(process.pid));
  rmSync(copy, { recursive: true, force: true });
  cpSync(DIST_DIR, copy, { recursive: true });
  snapshotDir = copy;
  return copy;
}

/** Serves the built app under APP_MOUNT (plus any extra mounts) on a free port. */
export function serveApp(options: { csp?: string; host?: string; extraMounts?: Mount[] } = {}): Promise<StaticServer> {
  return startStaticServer({
    host: options.host ?? '127.0.0.1',
    mounts: [{ path: APP_MOUNT, root: builtAppDir(), ...(options.csp ? { csp: options.csp } : {}) }, ...(options.extraMounts ?? [])],
  });
}

/**
 * The strict CSP an intranet host may send (docs/embedding.md). No
 * 'unsafe-inline' for styles: Leaflet, recharts and React set styles through
 * the CSSOM, which CSP does not govern, so the app needs none.
 */
export function strictCsp(frameAncestors: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/** Turns every CSP violation in any frame of the context into a console error, which watchPage collects. */
export async function reportCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
}

export { launchChromium };
export type { Browser, Page };

export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/**
 * Chromium asks every origin for /favicon.ico on its own. That is the host
 * site's business, not the app's (it lives under a sub-path), so a 404 there is
 * not counted; an icon declared by the app itself would still be checked.
 */
function isBrowserFaviconProbe(url: string): boolean {
  return URL.canParse(url) && new URL(url).pathname === '/favicon.ico';
}

/** Records console errors, uncaught errors, failed requests and any request that leaves the allowed origins. */
export function watchPage(page: Page, allowedOrigins: string[]): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() !== 'error' || isBrowserFaviconProbe(message.location().url)) return;
    problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (!allowedOrigins.includes(new URL(url).origin)) problems.foreignRequests.push(url);
  });
  return problems;
}

/** Waits (without sleeping) until the named panels say data-render-complete="true" and fonts are loaded. */
export async function waitForPanels(page: Page, panels: readonly PanelName[] = PANELS): Promise<void> {
  for (const panel of panels) {
    await page.waitForSelector(`[data-panel="${panel}"][data-render-complete="true"]`, { timeout: 30_000 });
  }
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}

/** Keeps a copy of an exported file under artifacts/exports/ so a person can open it after the run. */
export function saveExportArtifact(name: string, content: Buffer): void {
  const directory = join(PROJECT_ROOT, 'artifacts', 'exports');
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, name), content);
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, name);
}

/** The facts bundle the built app serves, validated by the shared schema. */
export function readBuiltFacts(appDir: string): FactsBundle {
  return FactsBundleSchema.parse(JSON.parse(readFileSync(join(appDir, 'data', BUNDLE_FILES.facts), 'utf8')));
}

/** Identifies the facts independently of when they were generated, so references follow the corpus. */
export function corpusFingerprint(facts: FactsBundle): string {
  return createHash('sha256')
    .update(JSON.stringify({ ...facts, generatedAt: '' }))
    .digest('hex')
    .slice(0, 16);
}

/** Injects axe-core from node_modules (no CDN) and returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: join(PROJECT_ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe: unknown = Reflect.get(window, 'axe');
    if (typeof axe !== 'object' || axe === null || !('run' in axe) || typeof axe.run !== 'function') throw new Error('axe-core did not load');
    const results: unknown = await axe.run(document, { resultTypes: ['violations'] });
    const list: unknown = typeof results === 'object' && results !== null && 'violations' in results ? results.violations : [];
    return Array.isArray(list) ? list.map((violation: unknown) => JSON.stringify(violation)) : [];
  });
  return violations
    .map((text) => AxeViolationSchema.parse(JSON.parse(text)))
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact}: ${violation.id} (${violation.help}) at ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
}

const AxeViolationSchema = z.object({
  id: z.string(),
  impact: z.string().nullable(),
  help: z.string(),
  nodes: z.array(z.object({ target: z.array(z.unknown().transform(String)) })),
});

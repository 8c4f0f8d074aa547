/**
 * Loads the built dashboard with a large bundle in headless Chromium and reads
 * the User Timing entries the app records (`dossier:*`, see src/app/performance-marks.ts).
 * Interactions are driven the way the app's own navigateToState does it: mark
 * the start, push the new query string, notify the location listeners.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { z } from 'zod';
import { isChromiumInstalled, chromiumMissingMessage, launchChromium } from '../lib/chromium';
import { startStaticServer } from '../serve-static';
import { formatTimings } from './format-report';
import { buildApp } from './measure-app-size';
import { PROJECT_ROOT } from './run-extractor';
import { summarise } from './summary';

const ENTRY_PREFIX = 'dossier:';
/** The mark navigateToState sets (src/shared/state/dashboard-state.ts) and the measure the app derives from it. */
const INTERACTION_START_MARK = 'dossier:interaction-start';
const INTERACTION_MEASURE = 'dossier:interaction';
const LOAD_TIMEOUT_MS = 120_000;
const CPU_SAMPLE = 'main-thread CPU until panels ready (traced load)';
/** Trace categories holding the renderer's top-level tasks with their thread (CPU) time and the User Timing marks. */
const TRACE_CATEGORIES = ['disabled-by-default-devtools.timeline', 'blink.user_timing'];
const INTERACTION_TIMEOUT_MS = 15_000;

export interface DashboardRequest {
  /** A build made by buildApp(). */
  appDir: string;
  /** The folder holding the extractor's facts.json, bundle.json and texts/. */
  dataDir: string;
  runs: number;
}

export interface Interaction {
  name: string;
  search: string;
}

/** Named samples per run: "dossier:load", "interaction: select place", ... in milliseconds. */
export type DashboardSamples = Map<string, number[]>;

export type DashboardResult = { samples: DashboardSamples; instrumented: boolean } | { skipped: string };

const FactsForInteractionsSchema = z.object({
  places: z.array(z.object({ id: z.string(), sources: z.array(z.unknown()) })),
  procurement: z.array(z.object({ id: z.string(), sources: z.array(z.unknown()) })),
});

function mostCited(records: readonly { id: string; sources: readonly unknown[] }[]): string | null {
  return [...records].sort((a, b) => b.sources.length - a.sources.length)[0]?.id ?? null;
}

/** Typical analyst actions on this bundle: filter by type, select its busiest place and item, search, clear. */
export function interactionsFor(facts: unknown): Interaction[] {
  const parsed = FactsForInteractionsSchema.safeParse(facts);
  const place = parsed.success ? mostCited(parsed.data.places) : null;
  const item = parsed.success ? mostCited(parsed.data.procurement) : null;
  return [
    { name: 'filter event type', search: '?types=exercise' },
    ...(place ? [{ name: 'select place', search: `?place=${encodeURIComponent(place)}` }] : []),
    ...(item ? [{ name: 'select item', search: `?item=${encodeURIComponent(item)}` }] : []),
    { name: 'text search', search: '?q=delivery' },
    { name: 'clear filters', search: '' },
  ];
}

function addSample(samples: DashboardSamples, name: string, value: number): void {
  samples.set(name, [...(samples.get(name) ?? []), value]);
}

async function dossierEntries(page: Page): Promise<{ name: string; entryType: string; startTime: number; duration: number }[]> {
  return page.evaluate((prefix) =>
    performance.getEntries()
      .filter((entry) => entry.name.startsWith(prefix))
      .map((entry) => ({ name: entry.name, entryType: entry.entryType, startTime: entry.startTime, duration: entry.duration })), ENTRY_PREFIX);
}

async function waitForPanels(page: Page): Promise<number> {
  await page.waitForFunction(() => {
    const panels = document.querySelectorAll('[data-panel]');
    return panels.length > 0 && [...panels].every((panel) => panel.getAttribute('data-render-complete') === 'true');
  }, undefined, { timeout: LOAD_TIMEOUT_MS, polling: 'raf' });
  return page.evaluate(() => performance.now());
}

async function runInteraction(page: Page, interaction: Interaction): Promise<number | null> {
  const before = await page.evaluate((name) => performance.getEntriesByName(name, 'measure').length, INTERACTION_MEASURE);
  await page.evaluate(({ mark, search }) => {
    performance.mark(mark);
    window.history.pushState(null, '', `${window.location.pathname}${search}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, { mark: INTERACTION_START_MARK, search: interaction.search });
  try {
    await page.waitForFunction(({ name, count }) => performance.getEntriesByName(name, 'measure').length > count, { name: INTERACTION_MEASURE, count: before }, { timeout: INTERACTION_TIMEOUT_MS });
  } catch {
    return null;
  }
  return page.evaluate((name) => performance.getEntriesByName(name, 'measure').at(-1)?.duration ?? null, INTERACTION_MEASURE);
}

/** One fresh page: the load figures, then each interaction in turn. */
async function measureOnce(page: Page, url: string, interactions: readonly Interaction[], samples: DashboardSamples): Promise<boolean> {
  await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
  const panelsReadyAt = await waitForPanels(page);
  addSample(samples, 'panels ready (observed by the bench)', panelsReadyAt);
  const entries = await dossierEntries(page);
  for (const entry of entries) {
    if (entry.entryType === 'measure' && entry.name !== INTERACTION_MEASURE) addSample(samples, entry.name, entry.duration);
    if (entry.entryType === 'mark' && entry.name !== INTERACTION_START_MARK) addSample(samples, `${entry.name} (mark, since navigation)`, entry.startTime);
  }
  for (const interaction of interactions) {
    const duration = await runInteraction(page, interaction);
    if (duration !== null) addSample(samples, `interaction: ${interaction.name}`, duration);
  }
  return entries.length > 0;
}

const TraceEventSchema = z.object({
  name: z.string(),
  ph: z.string().optional(),
  pid: z.number().optional(),
  tid: z.number().optional(),
  ts: z.number().optional(),
  tdur: z.number().optional(),
  args: z.object({ name: z.string().optional(), data: z.object({ documentLoaderURL: z.string().optional() }).loose().optional() }).loose().optional(),
});
type TraceEvent = z.infer<typeof TraceEventSchema>;

function threadOf(event: TraceEvent): string {
  return `${event.pid ?? ''}:${event.tid ?? ''}`;
}

/**
 * The CPU time the page's main thread spent in tasks from navigation to the
 * panels-ready mark: unlike the wall times, barely inflated when other jobs
 * share the cores, so it shows what a change saved on a busy machine.
 */
export function mainThreadCpuUntilReady(events: readonly TraceEvent[]): number | null {
  const ready = events.find((event) => event.name === 'dossier:panels-ready' && event.ph !== 'e');
  // The navigation to the app, not the blank page the browser context opened with.
  const start = events.find((event) => event.name === 'navigationStart' && event.args?.data?.documentLoaderURL?.startsWith('http'));
  if (!ready?.ts || !start?.ts) return null;
  const rendererMains = new Set(events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map(threadOf));
  const main = threadOf(ready);
  if (!rendererMains.has(main)) return null;
  const tasks = events.filter((event) => event.name === 'RunTask' && event.ph === 'X' && threadOf(event) === main);
  const busy = tasks.filter((task) => (task.ts ?? 0) >= (start.ts ?? 0) && (task.ts ?? 0) <= (ready.ts ?? 0));
  return busy.reduce((total, task) => total + (task.tdur ?? 0), 0) / 1000;
}

/** One more page load, traced, for the main thread's CPU time until every panel is ready. */
async function measureMainThreadCpu(page: Page, url: string): Promise<number | null> {
  const session = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => {
    for (const event of value) {
      const parsed = TraceEventSchema.safeParse(event);
      if (parsed.success) events.push(parsed.data);
    }
  });
  await session.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES }, transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
  await waitForPanels(page);
  const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.end');
  await complete;
  return mainThreadCpuUntilReady(events);
}

/** Serves the app with the large bundle and measures it `runs` times, each in a fresh browser context. */
export async function measureDashboard({ appDir, dataDir, runs }: DashboardRequest): Promise<DashboardResult> {
  if (!isChromiumInstalled()) return { skipped: chromiumMissingMessage() };
  const interactions = interactionsFor(JSON.parse(readFileSync(join(dataDir, 'facts.json'), 'utf8')));
  const server = await startStaticServer({ mounts: [{ path: '/app/data/', root: dataDir }, { path: '/app/', root: appDir }] });
  const browser = await launchChromium();
  const samples: DashboardSamples = new Map();
  let instrumented = false;
  try {
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      try {
        instrumented = (await measureOnce(await context.newPage(), `${server.origin}/app/`, interactions, samples)) || instrumented;
      } finally {
        await context.close();
      }
    }
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const cpu = await measureMainThreadCpu(await context.newPage(), `${server.origin}/app/`);
      if (cpu !== null) addSample(samples, CPU_SAMPLE, cpu);
    } finally {
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { samples, instrumented };
}

/**
 * The dashboard figures alone, without re-running the extractor:
 *   npx tsx scripts/bench/measure-dashboard.ts [--data bench-corpus/out-10000] [--runs 3] [--app DIR]
 * --data is a folder the extractor wrote (facts.json, texts/); without --app the app is built into
 * bench-corpus/app-dist first. Prints each figure's median (min–max) and the load average around the runs,
 * since the timings mean little without it on a shared machine.
 */
async function measureDashboardCli(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: join(PROJECT_ROOT, 'bench-corpus', 'out-10000') },
      runs: { type: 'string', default: '3' },
      app: { type: 'string' },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive whole number, got "${values.runs}"`);
  const appDir = values.app ?? join(PROJECT_ROOT, 'bench-corpus', 'app-dist');
  if (!values.app) buildApp(appDir);
  const loadBefore = loadavg()[0] ?? 0;
  const result = await measureDashboard({ appDir, dataDir: values.data, runs });
  const loadAfter = loadavg()[0] ?? 0;
  if ('skipped' in result) {
    console.log(`Skipped: ${result.skipped}`);
    return;
  }
  const rows = [...result.samples.entries()].map(([name, samples]) => ({ name, milliseconds: summarise(samples), target: '' }));
  console.log(formatTimings(rows));
  console.log(`\n${runs} page load(s) of ${values.data}; load average (1 min) ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after, on ${cpus().length} cores.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  measureDashboardCli().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}

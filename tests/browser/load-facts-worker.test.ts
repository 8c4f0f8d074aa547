import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FactsBundle } from '../../schema/bundle';
import { startStaticServer } from '../../scripts/serve-static';
import type { StaticServer } from '../../scripts/serve-static';
import {
  APP_MOUNT,
  builtAppDir,
  describeInChromium,
  launchChromium,
  readBuiltFacts,
  reportCspViolations,
  serveApp,
  strictCsp,
  waitForPanels,
  watchPage,
} from './lib/harness';
import type { Browser, Page, PageProblems } from './lib/harness';

describeInChromium('the facts read in a worker, under the strict CSP', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let problems: PageProblems;
  const workerUrls: string[] = [];
  const workerErrors: string[] = [];

  beforeAll(async () => {
    server = await serveApp({ csp: strictCsp("'none'") });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await reportCspViolations(context);
    page = await context.newPage();
    problems = watchPage(page, [server.origin]);
    page.on('worker', (worker) => {
      workerUrls.push(worker.url());
      worker.on('console', (message) => {
        if (message.type() === 'error') workerErrors.push(message.text());
      });
    });
    await page.goto(server.url);
    await waitForPanels(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('starts the facts worker from the app folder and loads with no error or CSP violation, in the page or the worker', () => {
    expect(workerUrls.map((url) => new URL(url).pathname.startsWith(`${APP_MOUNT}assets/`))).toEqual([true]);
    expect({ ...problems, workerErrors }).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [], workerErrors: [] });
  });

  it('marks the facts validated in the worker before the first render on the page', async () => {
    const marks = await page.evaluate(() => ['dossier:facts-validated', 'dossier:first-render'].map((name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? -1));
    const [validated = -1, firstRender = -1] = marks;
    expect(validated).toBeGreaterThan(0);
    expect(validated).toBeLessThanOrEqual(firstRender);
  });
});

describeInChromium('a host whose CSP forbids workers', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveApp({ csp: `${strictCsp("'none'")}; worker-src 'none'` });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('still gets the dashboard, read on the page', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url);
    await waitForPanels(page);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.locator('[data-panel="map"] .leaflet-marker-icon').count()).toBeGreaterThan(0);
  });
});

function withBrokenFirstEvent(facts: FactsBundle): unknown {
  const [first, ...rest] = facts.events;
  return { ...facts, events: [{ ...first, type: 'picnic' }, ...rest] };
}

describeInChromium('a bad bundle read in the worker', () => {
  let browser: Browser;
  const dataDirs: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['a record that breaks the schema', withBrokenFirstEvent, /corrupt \(events\.0\.type: /],
    ['another schema version', (facts: FactsBundle): unknown => ({ ...facts, schemaVersion: 99 }), /schema version 99, but this dashboard reads version 1/],
  ])('shows %s as a message naming the problem', async (_what, spoil, message) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dossier-bad-facts-'));
    dataDirs.push(dataDir);
    writeFileSync(join(dataDir, 'facts.json'), JSON.stringify(spoil(readBuiltFacts(builtAppDir()))));
    const server = await startStaticServer({
      host: '127.0.0.1',
      mounts: [
        { path: `${APP_MOUNT}data/`, root: dataDir },
        { path: APP_MOUNT, root: builtAppDir() },
      ],
    });
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}${APP_MOUNT}`);
      await expect(page.getByRole('alert').textContent({ timeout: 30_000 })).resolves.toMatch(message);
    } finally {
      await server.close();
    }
  });
});

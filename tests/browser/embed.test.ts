import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import type { FactsBundle } from '../../schema/bundle';
import { startStaticServer } from '../../scripts/serve-static';
import type { StaticServer } from '../../scripts/serve-static';
import { APP_MOUNT, builtAppDir, describeInChromium, launchChromium, readBuiltFacts, reportCspViolations, serveApp, strictCsp, watchPage } from './lib/harness';
import type { Browser, Page, PageProblems } from './lib/harness';

describe('the built index.html', () => {
  it('has no inline script or inline event handler, so script-src needs no unsafe-inline', () => {
    const html = readFileSync(join(builtAppDir(), 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes = '', body = ''] of scripts) {
      expect(attributes).toMatch(/\bsrc="\.\//);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });
});

describeInChromium('the dashboard embedded in an intranet page under a strict CSP', () => {
  let host: StaticServer;
  let app: StaticServer;
  let browser: Browser;
  let page: Page;
  let problems: PageProblems;
  let facts: FactsBundle;
  let hostOrigin = '';

  const dashboardFrame = (): Frame => {
    const frame = page.frames().find((candidate) => candidate.url().startsWith(app.origin));
    if (!frame) throw new Error('the dashboard iframe is not loaded');
    return frame;
  };
  const acceptedResizes = () =>
    page.locator('#messages li[data-accepted="true"]').evaluateAll((items) =>
      items.map((item) => ({ origin: item.getAttribute('data-origin'), type: item.getAttribute('data-type'), height: Number(item.getAttribute('data-height')) })),
    );
  const postFromHost = (message: unknown) =>
    page.evaluate(([data, targetOrigin]) => {
      const frame = document.querySelector('iframe#dossier');
      if (!(frame instanceof HTMLIFrameElement)) throw new Error('no #dossier iframe');
      frame.contentWindow?.postMessage(data, targetOrigin);
    }, [message, app.origin] satisfies [unknown, string]);

  beforeAll(async () => {
    facts = readBuiltFacts(builtAppDir());
    // Two origins: the host page on localhost, the dashboard on 127.0.0.1 (another port).
    // The host page loads the resize helper the app ships (public/embed/), as an intranet page would.
    host = await startStaticServer({
      mounts: [
        { path: '/host/embed/', root: join(import.meta.dirname, '../../public/embed') },
        { path: '/host/', root: join(import.meta.dirname, 'host') },
      ],
    });
    hostOrigin = host.origin.replace('127.0.0.1', 'localhost');
    app = await serveApp({ csp: strictCsp(hostOrigin) });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    await reportCspViolations(context);
    page = await context.newPage();
    // host.origin (127.0.0.1) is the test's own rogue frame below, not a request the app makes.
    problems = watchPage(page, [hostOrigin, app.origin, host.origin]);
    await page.goto(`${hostOrigin}/host/?app=${encodeURIComponent(`${app.origin}${APP_MOUNT}`)}`);
    await page.frameLocator('iframe#dossier').locator('[data-panel="map"][data-render-complete="true"]').waitFor({ timeout: 30_000 });
    await page.locator('#messages li[data-accepted="true"]').first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await host?.close();
  });

  it('renders the embedded map panel alone, without the app header', async () => {
    const frame = dashboardFrame();
    expect(await frame.locator('[data-panel]').evaluateAll((panels) => panels.map((panel) => panel.getAttribute('data-panel')))).toEqual(['map']);
    expect(await frame.locator('.app-header').count()).toBe(0);
    expect(await frame.locator('.leaflet-marker-icon').count()).toBeGreaterThan(0);
  });

  it('posts its content height to the host, from the dashboard origin, and the host sizes the iframe', async () => {
    const resizes = await acceptedResizes();
    expect(resizes.length).toBeGreaterThan(0);
    for (const resize of resizes) {
      expect(resize).toMatchObject({ origin: app.origin, type: 'dossier:resize' });
      expect(resize.height).toBeGreaterThan(100);
    }
    const last = resizes[resizes.length - 1];
    const frameHeight = await page.locator('iframe#dossier').evaluate((frame) => frame.getBoundingClientRect().height);
    expect(frameHeight).toBe(Math.max(200, last?.height ?? 0));
  });

  it('applies filters sent by the host origin and ignores the same message from another origin', async () => {
    const place = facts.places[0];
    if (!place) throw new Error('the default corpus has no places');
    // A third origin (the host server reached as 127.0.0.1) in a sibling iframe tries to steer the dashboard.
    await page.evaluate((url) => {
      const rogue = document.createElement('iframe');
      rogue.id = 'rogue';
      rogue.src = url;
      document.body.append(rogue);
      return new Promise((resolve) => rogue.addEventListener('load', resolve));
    }, `${host.origin}/host/host.css`);
    const rogue = page.frames().find((frame) => frame.url().startsWith(host.origin));
    if (!rogue) throw new Error('rogue frame did not load');
    await rogue.evaluate((placeId) => {
      window.parent.frames[0]?.postMessage({ type: 'dossier:set-filters', filters: { place: placeId } }, '*');
    }, place.id);

    await postFromHost({ type: 'dossier:set-filters', filters: { from: '2020-01-01' } });
    await dashboardFrame().waitForURL((url) => url.searchParams.get('from') === '2020-01-01');
    expect(new URL(dashboardFrame().url()).searchParams.has('place')).toBe(false);

    await postFromHost({ type: 'dossier:set-filters', filters: { place: place.id } });
    await dashboardFrame().waitForURL((url) => url.searchParams.get('place') === place.id);
    await postFromHost({ type: 'dossier:clear-selection' });
    await dashboardFrame().waitForURL((url) => !url.searchParams.has('place'));
    expect(new URL(dashboardFrame().url()).searchParams.get('parentOrigin')).toBe(hostOrigin);
  });

  it('ran with no CSP violation, console error, failed request or request to a third host', () => {
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  });
});

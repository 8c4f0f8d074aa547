import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FactsBundle } from '../../schema/bundle';
import { PROJECT_ROOT } from '../../scripts/lib/ensure-build';
import type { StaticServer } from '../../scripts/serve-static';
import {
  builtAppDir,
  describeInChromium,
  launchChromium,
  readBuiltFacts,
  screenshotPath,
  seriousAxeViolations,
  serveApp,
  waitForPanels,
  watchPage,
} from './lib/harness';
import type { Browser, Page, PageProblems } from './lib/harness';

describeInChromium('the dashboard in a real browser, served from a sub-path', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let problems: PageProblems;
  let facts: FactsBundle;

  const procurementRows = () => page.locator('[data-panel="procurement"] tbody tr');
  const markerTitles = () => page.locator('[data-panel="map"] .leaflet-marker-icon').evaluateAll((markers) => markers.map((marker) => marker.getAttribute('title') ?? ''));

  beforeAll(async () => {
    facts = readBuiltFacts(builtAppDir());
    server = await serveApp();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    problems = watchPage(page, [server.origin]);
    await page.goto(server.url);
    await waitForPanels(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads with no console errors, no failed requests and no request to another host', () => {
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  });

  it.each([/moscow/i, /ladakh/i, /malacca/i])('shows the default corpus place %s on the map', async (name) => {
    expect((await markerTitles()).join(' | ')).toMatch(name);
  });

  it('draws every dated event in the lane of its type', async () => {
    const dated = facts.events.filter((event) => event.start && event.end);
    const lanes = await page
      .locator('[data-panel="timeline"] [data-event-id]')
      .evaluateAll((marks) => marks.map((mark) => [mark.getAttribute('data-event-id') ?? '', mark.getAttribute('data-lane') ?? '']));
    const laneByEvent = new Map(lanes.map(([id, lane]) => [id, lane]));
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.map((event) => [event.id, laneByEvent.get(event.id)])).toEqual(dated.map((event) => [event.id, event.type]));
  });

  it('lists every procurement item', async () => {
    const text = await page.locator('[data-panel="procurement"] tbody').innerText();
    expect(await procurementRows().count()).toBe(facts.procurement.length);
    for (const item of facts.procurement) expect(text).toContain(item.name);
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('has none in the dark theme either', async () => {
    await page.goto(`${server.url}?theme=dark`);
    await waitForPanels(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('saves screenshots of the default view: light and dark at 1440 px, light at 768 px', async () => {
    const shots = [
      { name: 'dashboard-light-1440.png', width: 1440, query: '?theme=light' },
      { name: 'dashboard-dark-1440.png', width: 1440, query: '?theme=dark' },
      { name: 'dashboard-light-768.png', width: 768, query: '?theme=light' },
    ];
    for (const shot of shots) {
      await page.setViewportSize({ width: shot.width, height: 1000 });
      await page.goto(`${server.url}${shot.query}`);
      await waitForPanels(page);
      await page.screenshot({ path: screenshotPath(shot.name), fullPage: true });
    }
    // The README's screenshot is committed: refresh it only when asked, so a test run leaves the tree clean.
    const readmeScreenshot = join(PROJECT_ROOT, 'docs', 'screenshot.png');
    if (process.env.UPDATE_REFERENCE === '1' || !existsSync(readmeScreenshot)) copyFileSync(screenshotPath('dashboard-light-1440.png'), readmeScreenshot);
    await page.setViewportSize({ width: 1440, height: 1000 });
  });

  describe('linked, shareable state', () => {
    let filteredUrl = '';
    let filteredRows = 0;
    const target = () => {
      const place = facts.places.find((candidate) => /malacca/i.test(candidate.name)) ?? facts.places[0];
      if (!place) throw new Error('the default corpus has no places');
      return place;
    };

    it('clicking a marker selects its place, filters the procurement panel and updates the URL', async () => {
      await page.goto(server.url);
      await waitForPanels(page);
      const before = await procurementRows().count();
      const place = target();
      await page.locator(`[data-panel="map"] .leaflet-marker-icon[title="${place.name}"]`).click();
      await page.waitForURL((url) => url.searchParams.get('place') === place.id);
      await waitForPanels(page);
      filteredRows = await procurementRows().count();
      expect(filteredRows).toBeLessThan(before);
      filteredUrl = page.url();
    });

    it('the selected place filters the timeline to its events', async () => {
      const place = target();
      const visibleEventIds = await page
        .locator('[data-panel="timeline"] [data-event-id]')
        .evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-event-id')));
      const expectedEventIds = facts.events.filter((event) => event.start && event.placeIds.some((id) => id === place.id)).map((event) => event.id);
      expect(new Set(visibleEventIds)).toEqual(new Set(expectedEventIds));
    });

    it('reloading that URL restores the same view', async () => {
      await page.goto(filteredUrl);
      await waitForPanels(page);
      expect(new URL(page.url()).searchParams.get('place')).toBe(target().id);
      expect(await procurementRows().count()).toBe(filteredRows);
    });

    it('the selected view, with its sources listed, has no serious or critical accessibility violations', async () => {
      expect(await seriousAxeViolations(page)).toEqual([]);
    });

    it('the back button undoes the selection', async () => {
      await page.goto(server.url);
      await waitForPanels(page);
      await page.locator(`[data-panel="map"] .leaflet-marker-icon[title="${target().name}"]`).click();
      await page.waitForURL((url) => url.searchParams.has('place'));
      await page.goBack();
      await page.waitForURL((url) => !url.searchParams.has('place'));
      await waitForPanels(page);
      expect(await procurementRows().count()).toBe(facts.procurement.length);
    });
  });
});

import { readFileSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import { BundleSchema } from '../../schema/bundle';
import type { FactsBundle } from '../../schema/bundle';
import type { StaticServer } from '../../scripts/serve-static';
import { toEventsCsv, toProcurementCsv } from '../../src/features/export/to-csv';
import { toVisibleFacts } from '../../src/shared/filters/visible-facts';
import { parseDashboardState } from '../../src/shared/state/dashboard-state';
import { geoJsonProblems, iCalendarProblems, parseCsv, parseICalEvents } from '../features/export/export-validators';
import {
  builtAppDir,
  corpusFingerprint,
  describeInChromium,
  launchChromium,
  readBuiltFacts,
  reportCspViolations,
  saveExportArtifact,
  serveApp,
  strictCsp,
  waitForPanels,
  watchPage,
} from './lib/harness';
import type { Browser, Page, PageProblems } from './lib/harness';
import { decodePng, distinctColours, expectLikeReference, transparentShare } from './lib/images';

type Target = 'dashboard' | 'map' | 'timeline' | 'procurement';

describeInChromium('exports downloaded from the running app (served with the strict CSP)', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let problems: PageProblems;
  let facts: FactsBundle;

  const menuOf = (target: Target): Locator =>
    target === 'dashboard' ? page.locator('.export-menu[data-export-target="dashboard"]') : page.locator(`[data-panel="${target}"] .export-menu`);

  /** Opens the target's export menu, picks the entry and returns the downloaded file. */
  async function download(target: Target, entry: string): Promise<{ name: string; content: Buffer }> {
    const menu = menuOf(target);
    if ((await menu.locator('details').getAttribute('open')) === null) await menu.locator('summary').click({ timeout: 10_000 });
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      menu.getByText(entry, { exact: true }).click({ timeout: 10_000 }),
    ]);
    const content = readFileSync(await file.path());
    saveExportArtifact(`${target}-${file.suggestedFilename()}`, content);
    return { name: file.suggestedFilename(), content };
  }

  async function open(query = ''): Promise<void> {
    await page.goto(`${server.url}${query}`);
    await waitForPanels(page);
  }

  beforeAll(async () => {
    facts = readBuiltFacts(builtAppDir());
    server = await serveApp({ csp: strictCsp("'none'") });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
    await reportCspViolations(context);
    page = await context.newPage();
    problems = watchPage(page, [server.origin]);
    await open('?theme=light');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe('data files of the current view', () => {
    it('events CSV parses back to the rows of the visible events', async () => {
      const file = await download('dashboard', 'Events (CSV)');
      const text = file.content.toString('utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const expected = parseCsv(toEventsCsv(facts.events, facts));
      expect(parseCsv(text)).toEqual(expected);
      expect(expected).toHaveLength(facts.events.length + 1);
      expect(file.name).toBe('dossier-events.csv');
    });

    it('procurement CSV parses back to one row per item', async () => {
      const file = await download('dashboard', 'Procurement (CSV)');
      const rows = parseCsv(file.content.toString('utf8'));
      expect(rows).toEqual(parseCsv(toProcurementCsv(facts.procurement)));
      expect(rows.slice(1).map((row) => row[0])).toEqual(facts.procurement.map((item) => item.id));
    });

    it('GeoJSON is a valid RFC 7946 FeatureCollection of the places and events', async () => {
      const file = await download('dashboard', 'Places and events (GeoJSON)');
      const collection: unknown = JSON.parse(file.content.toString('utf8'));
      expect(geoJsonProblems(collection)).toEqual([]);
      const features = typeof collection === 'object' && collection !== null && 'features' in collection && Array.isArray(collection.features) ? collection.features : [];
      expect(features).toHaveLength(facts.places.length + facts.events.length);
    });

    it('iCalendar is valid and has one all-day VEVENT per dated event', async () => {
      const file = await download('dashboard', 'Timeline (iCalendar)');
      const text = file.content.toString('utf8');
      expect(iCalendarProblems(text)).toEqual([]);
      expect(parseICalEvents(text)).toHaveLength(facts.events.filter((event) => event.start && event.end).length);
    });

    it('the full bundle JSON validates against the schema, article texts included', async () => {
      const file = await download('dashboard', 'Full bundle (JSON)');
      const bundle = BundleSchema.parse(JSON.parse(file.content.toString('utf8')));
      expect(bundle.articles).toHaveLength(facts.articles.length);
      expect(bundle.events.map((event) => event.id)).toEqual(facts.events.map((event) => event.id));
    });

    it('a filtered view exports only what it shows', async () => {
      const place = facts.places.find((candidate) => facts.events.some((event) => event.placeIds.some((id) => id === candidate.id)));
      if (!place) throw new Error('the default corpus has no place with events');
      const query = `?theme=light&place=${encodeURIComponent(place.id)}`;
      await open(query);
      const file = await download('timeline', 'Events (CSV)');
      const visible = toVisibleFacts(facts, parseDashboardState(query)).events;
      expect(parseCsv(file.content.toString('utf8')).slice(1).map((row) => row[0])).toEqual(visible.map((event) => event.id));
      expect(visible.length).toBeLessThan(facts.events.length);
      await open('?theme=light');
    });
  });

  describe('PNG images', () => {
    it('the whole dashboard at 2x: decodes, has the element size, shows map, chart and table, matches the reference', async () => {
      const root = await page.locator('#root').boundingBox();
      const panels = await page.locator('[data-panel]').evaluateAll((elements) =>
        elements.map((element) => {
          const rect = element.getBoundingClientRect();
          return { name: element.getAttribute('data-panel') ?? '', x: rect.x, y: rect.y + window.scrollY, width: rect.width, height: rect.height };
        }),
      );
      const file = await download('dashboard', 'Export PNG');
      const png = decodePng(file.content);
      expect(file.name).toBe('dossier-dashboard.png');
      expect(Math.abs(png.width - (root?.width ?? 0) * 2)).toBeLessThanOrEqual(2);
      expect(png.height).toBeGreaterThan(Math.round((root?.height ?? 0) * 2));
      for (const panel of panels.filter(({ name }) => name !== 'sources')) {
        const region = { x: Math.round(panel.x * 2), y: Math.round(panel.y * 2), width: Math.round(panel.width * 2), height: Math.round(panel.height * 2) };
        expect({ panel: panel.name, colours: distinctColours(png, region) > 12 }).toEqual({ panel: panel.name, colours: true });
      }
      const caption = { x: 0, y: Math.round((root?.height ?? 0) * 2), width: png.width, height: png.height - Math.round((root?.height ?? 0) * 2) };
      expect(distinctColours(png, caption)).toBeGreaterThan(2);
      expect(transparentShare(png)).toBe(0);
      expectLikeReference(png, 'in-app-dashboard', corpusFingerprint(facts));
    });

    it.each(['map', 'timeline', 'procurement'] satisfies Target[])('the %s panel at 2x: decodes, has the panel size, is not blank, matches the reference', async (panel) => {
      const box = await page.locator(`[data-panel="${panel}"]`).boundingBox();
      const file = await download(panel, 'Export PNG');
      const png = decodePng(file.content);
      expect(Math.abs(png.width - (box?.width ?? 0) * 2)).toBeLessThanOrEqual(2);
      expect(png.height).toBeGreaterThan(Math.round((box?.height ?? 0) * 2));
      expect(distinctColours(png)).toBeGreaterThan(12);
      expect(transparentShare(png)).toBe(0);
      expectLikeReference(png, `in-app-${panel}`, corpusFingerprint(facts));
    });
  });

  it('exported everything with no CSP violation, console error, failed request or request to another host', () => {
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  });
});

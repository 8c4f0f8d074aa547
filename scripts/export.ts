/**
 * Report automation: renders the production dashboard (or one panel) in
 * headless Chromium and writes a PNG or PDF with the same caption strip as
 * the in-app export.
 *
 *   npm run export -- --panel timeline --query "from=2020-06-01&to=2020-12-31" --out timeline.png --width 1600 --scale 2
 *   npm run export -- --format pdf --out dossier.pdf
 *
 * Builds dist/ when missing or stale (or with --rebuild), serves it on
 * localhost under a sub-path, waits for every target panel's
 * data-render-complete="true" and for fonts (never a fixed sleep). A PDF is
 * A4 landscape through the print stylesheet; --width applies to PNGs only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { BUNDLE_FILES, FactsBundleSchema } from '../schema/bundle';
import type { FactsBundle } from '../schema/bundle';
import { toCaptionLines } from '../src/features/export/to-caption';
import type { ExportTarget } from '../src/features/export/to-caption';
import { toVisibleFacts } from '../src/shared/filters/visible-facts';
import { PANELS, parseDashboardState } from '../src/shared/state/dashboard-state';
import type { PanelName } from '../src/shared/state/dashboard-state';
import { chromiumMissingMessage, isChromiumInstalled, launchChromium } from './lib/chromium';
import { DIST_DIR, ensureBuild } from './lib/ensure-build';
import { startStaticServer } from './serve-static';

export interface ExportOptions {
  panel: PanelName | null;
  query: string;
  out: string;
  width: number;
  height: number;
  scale: number;
  format: 'png' | 'pdf';
  rebuild: boolean;
}

const USAGE =
  'usage: npm run export -- [--panel map|timeline|procurement|sources] [--query "from=2020-06-01&to=2020-12-31"] [--out dossier.png] [--width 1440] [--height 900] [--scale 2] [--format png|pdf] [--rebuild]';

function isPanelName(value: string): value is PanelName {
  return PANELS.some((panel) => panel === value);
}

function positiveNumber(name: string, raw: string, max: number): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || value > max) throw new Error(`--${name} must be a number between 0 and ${max}, got "${raw}"`);
  return value;
}

/** Reads and validates the command line; throws a one-line message on bad input. */
export function parseExportArgs(argv: string[]): ExportOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      panel: { type: 'string' },
      query: { type: 'string', default: '' },
      out: { type: 'string' },
      width: { type: 'string', default: '1440' },
      height: { type: 'string', default: '900' },
      scale: { type: 'string', default: '2' },
      format: { type: 'string', default: 'png' },
      rebuild: { type: 'boolean', default: false },
    },
  });
  const panel = values.panel ?? null;
  if (panel !== null && !isPanelName(panel)) throw new Error(`--panel must be one of ${PANELS.join(', ')}, got "${panel}"`);
  const format = values.format;
  if (format !== 'png' && format !== 'pdf') throw new Error(`--format must be png or pdf, got "${format}"`);
  return {
    panel,
    query: values.query.replace(/^\?/, ''),
    out: values.out ?? `${panel ?? 'dossier'}.${format}`,
    width: Math.round(positiveNumber('width', values.width, 10_000)),
    height: Math.round(positiveNumber('height', values.height, 10_000)),
    scale: positiveNumber('scale', values.scale, 8),
    format,
    rebuild: values.rebuild,
  };
}

/** The page's query: the user's filters, plus embed mode showing the one panel alone when a panel is asked for. */
export function toPageQuery(options: Pick<ExportOptions, 'panel' | 'query'>): string {
  const params = new URLSearchParams(options.query);
  if (options.panel) {
    params.set('embed', '1');
    params.set('panel', options.panel);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

function readFacts(distDir: string): FactsBundle {
  return FactsBundleSchema.parse(JSON.parse(readFileSync(join(distDir, 'data', BUNDLE_FILES.facts), 'utf8')));
}

function captionFor(options: ExportOptions, facts: FactsBundle): string[] {
  const state = parseDashboardState(options.query);
  const target: ExportTarget = options.panel ?? 'dashboard';
  return toCaptionLines({ target, bundle: facts, visibleEvents: toVisibleFacts(facts, state).events, state, exportedOn: new Date().toISOString().slice(0, 10) });
}

interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Hides the export menus (as the in-app export does), adds the caption strip
 * under the target (a panel, or the whole page) across the full viewport width,
 * and returns the page region to capture: the target plus its caption.
 */
async function addCaptionUnder(page: Page, panel: PanelName | null, lines: string[]): Promise<Region> {
  return page.evaluate(
    ([panelName, captionLines]) => {
      document.querySelectorAll<HTMLElement>('[data-export-ignore]').forEach((element) => {
        element.style.visibility = 'hidden';
      });
      const target = panelName ? document.querySelector(`[data-panel="${panelName}"]`) : null;
      const top = target ? target.getBoundingClientRect().top + window.scrollY : 0;
      const bottom = target ? target.getBoundingClientRect().bottom + window.scrollY : document.documentElement.scrollHeight;
      const caption = document.createElement('div');
      caption.setAttribute('role', 'note');
      caption.setAttribute('data-export-caption', '');
      Object.assign(caption.style, {
        position: 'absolute',
        left: '0',
        top: `${bottom}px`,
        width: `${document.documentElement.clientWidth}px`,
        boxSizing: 'border-box',
        padding: '12px',
        background: '#f4f5f7',
        color: '#1b1f24',
        borderTop: '1px solid #c5cad3',
        font: '13px/19px Inter, system-ui, sans-serif',
        zIndex: '2000',
      });
      captionLines.forEach((line, index) => {
        const row = document.createElement('div');
        row.textContent = line;
        if (index === 0) row.style.fontWeight = '600';
        caption.append(row);
      });
      document.body.append(caption);
      return { x: 0, y: top, width: document.documentElement.clientWidth, height: bottom - top + caption.getBoundingClientRect().height };
    },
    [panel, lines] satisfies [PanelName | null, string[]],
  );
}

async function waitUntilRendered(page: Page, panels: readonly PanelName[]): Promise<void> {
  for (const panel of panels) {
    await page.waitForSelector(`[data-panel="${panel}"][data-render-complete="true"]`, { timeout: 60_000 });
  }
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}

/** Width and height of a PNG, read from its IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * A4 landscape minus the print stylesheet's 12 mm margins, in CSS pixels. A
 * PDF is laid out at this width before printing, so the map (which sizes its
 * basemap once, on screen) already has its printed width.
 */
const A4_LANDSCAPE_PRINTABLE_PX = Math.round(((297 - 2 * 12) / 25.4) * 96);

/** Renders the export and writes it; returns a one-line summary. */
export async function runExport(options: ExportOptions, distDir = DIST_DIR): Promise<string> {
  if (!isChromiumInstalled()) throw new Error(chromiumMissingMessage());
  if (distDir === DIST_DIR) ensureBuild({ force: options.rebuild });
  const server = await startStaticServer({ mounts: [{ path: '/intranet/tools/dossier/', root: distDir }] });
  const browser = await launchChromium();
  try {
    const width = options.format === 'pdf' ? A4_LANDSCAPE_PRINTABLE_PX : options.width;
    const page = await browser.newPage({ viewport: { width, height: options.height }, deviceScaleFactor: options.scale });
    await page.goto(`${server.url}${toPageQuery(options)}`);
    await waitUntilRendered(page, options.panel ? [options.panel] : PANELS);
    const region = await addCaptionUnder(page, options.panel, captionFor(options, readFacts(distDir)));
    const out = resolve(options.out);
    if (options.format === 'pdf') {
      await page.emulateMedia({ media: 'print' });
      // The print stylesheet reflows the page, so the caption follows the content instead of a screen position.
      await page.locator('[data-export-caption]').evaluate((caption) => {
        if (caption instanceof HTMLElement) caption.style.position = 'static';
      });
      writeFileSync(out, await page.pdf({ format: 'A4', landscape: true, printBackground: true }));
      return `Wrote ${out} (PDF)`;
    }
    const png = await page.screenshot({ clip: region, fullPage: true, type: 'png' });
    writeFileSync(out, png);
    const size = pngSize(png);
    return `Wrote ${out} (${size.width}×${size.height} px)`;
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  let options: ExportOptions;
  try {
    options = parseExportArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
  console.log(await runExport(options, process.env.DOSSIER_DIST ? resolve(process.env.DOSSIER_DIST) : DIST_DIR));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message.split('\n')[0] : String(error));
    process.exit(1);
  });
}

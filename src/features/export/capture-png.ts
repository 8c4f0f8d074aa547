/**
 * Captures part of the page as a PNG with a caption strip underneath, for
 * pasting into reports. html-to-image clones the DOM into an SVG
 * foreignObject (the vector basemap keeps the canvas untainted); the caption
 * is drawn on a second canvas so the live layout is never disturbed.
 */
import { getFontEmbedCSS, toCanvas } from 'html-to-image';

export const EXPORT_PIXEL_RATIO = 2;
/** Elements marked with this attribute (the export menus themselves) are left out of images. */
export const EXPORT_IGNORE_ATTRIBUTE = 'data-export-ignore';

const CAPTION_FONT_PX = 13;
const CAPTION_LINE_PX = 19;
const CAPTION_PADDING_PX = 12;
const RENDER_TIMEOUT_MS = 15_000;

function panelsIn(element: HTMLElement): HTMLElement[] {
  const nested = [...element.querySelectorAll<HTMLElement>('[data-panel]')];
  return element.matches('[data-panel]') ? [element, ...nested] : nested;
}

function allPanelsRendered(element: HTMLElement): boolean {
  return panelsIn(element).every((panel) => panel.dataset.renderComplete === 'true');
}

/** Resolves once every panel in the element says data-render-complete="true" (watched, not polled). */
export function waitForRenderComplete(element: HTMLElement): Promise<void> {
  if (allPanelsRendered(element)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (!allPanelsRendered(element)) return;
      observer.disconnect();
      window.clearTimeout(timeout);
      resolve();
    });
    const timeout = window.setTimeout(() => {
      observer.disconnect();
      reject(new Error('The panels did not finish rendering, so no image was made.'));
    }, RENDER_TIMEOUT_MS);
    observer.observe(element, { subtree: true, attributes: true, attributeFilter: ['data-render-complete'], childList: true });
  });
}

/** Splits text into lines that fit maxWidth in the context's current font. */
export function wrapText(measure: (text: string) => number, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && measure(candidate) > maxWidth) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  return current ? [...lines, current] : lines;
}

/** Paint properties that stylesheets commonly set on SVG shapes and text (map outlines, chart marks). */
const SVG_PAINT_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
];

/**
 * html-to-image copies an <svg> subtree as is, without the page's stylesheets,
 * so CSS-styled shapes would lose their colours (the map's land turned
 * Leaflet-default blue). This writes each shape's computed paint into its
 * inline style for the capture (the live page looks the same) and returns the
 * function that puts the original inline styles back. CSSOM writes, so a
 * strict style-src CSP allows them.
 */
export function inlineSvgPaint(element: HTMLElement): () => void {
  const shapes = [...element.querySelectorAll<SVGElement>('svg *')];
  const originals = shapes.map((shape) => shape.style.cssText);
  for (const shape of shapes) {
    const computed = getComputedStyle(shape);
    for (const property of SVG_PAINT_PROPERTIES) shape.style.setProperty(property, computed.getPropertyValue(property));
  }
  return function restoreSvgPaint() {
    shapes.forEach((shape, index) => {
      shape.style.cssText = originals[index] ?? '';
    });
  };
}

function isTransparent(colour: string): boolean {
  return colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour);
}

/**
 * The colour behind the element as the reader sees it: its own background or
 * the nearest ancestor's. html-to-image paints the option onto the captured
 * element itself, so a transparent value would erase the panel's surface.
 */
export function effectiveBackground(element: Element): string {
  for (let current: Element | null = element; current; current = current.parentElement) {
    const colour = getComputedStyle(current).backgroundColor;
    if (!isTransparent(colour)) return colour;
  }
  return '#ffffff';
}

function isExported(node: Node): boolean {
  return !(node instanceof Element && node.hasAttribute(EXPORT_IGNORE_ATTRIBUTE));
}

function canvasContext(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw images (no 2D canvas).');
  return context;
}

function composeWithCaption(image: HTMLCanvasElement, captionLines: string[], pixelRatio: number): HTMLCanvasElement {
  const padding = CAPTION_PADDING_PX * pixelRatio;
  const lineHeight = CAPTION_LINE_PX * pixelRatio;
  const font = `${CAPTION_FONT_PX * pixelRatio}px Inter, system-ui, sans-serif`;
  const measuring = canvasContext(document.createElement('canvas'));
  measuring.font = font;
  const [title = '', ...rest] = captionLines;
  const wrapped = rest.flatMap((line) => wrapText((text) => measuring.measureText(text).width, line, image.width - 2 * padding));
  const captionHeight = padding * 2 + lineHeight * (wrapped.length + 1);

  const output = document.createElement('canvas');
  output.width = image.width;
  output.height = image.height + captionHeight;
  const context = canvasContext(output);
  context.drawImage(image, 0, 0);
  context.fillStyle = '#f4f5f7';
  context.fillRect(0, image.height, output.width, captionHeight);
  context.fillStyle = '#c5cad3';
  context.fillRect(0, image.height, output.width, pixelRatio);
  context.fillStyle = '#1b1f24';
  context.textBaseline = 'top';
  context.font = `600 ${font}`;
  context.fillText(title, padding, image.height + padding);
  context.font = font;
  wrapped.forEach((line, index) => context.fillText(line, padding, image.height + padding + lineHeight * (index + 1)));
  return output;
}

function canvasToPngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded as PNG.'))), 'image/png');
  });
}

let fontEmbedCss: Promise<string> | null = null;

/**
 * A PNG of the element at `pixelRatio` with the caption strip below it.
 * Waits for fonts and for every panel inside to finish rendering first.
 */
export async function captureElementPng(element: HTMLElement, captionLines: string[], pixelRatio = EXPORT_PIXEL_RATIO): Promise<Blob> {
  await document.fonts.ready;
  await waitForRenderComplete(element);
  // The bundled fonts never change while the page is open: embed them once.
  fontEmbedCss ??= getFontEmbedCSS(element);
  const fontCss = await fontEmbedCss;
  const restoreSvgPaint = inlineSvgPaint(element);
  try {
    const image = await toCanvas(element, {
      pixelRatio,
      backgroundColor: effectiveBackground(element),
      filter: isExported,
      fontEmbedCSS: fontCss,
      cacheBust: false,
    });
    return await canvasToPngBlob(composeWithCaption(image, captionLines, pixelRatio));
  } finally {
    restoreSvgPaint();
  }
}

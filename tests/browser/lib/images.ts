/**
 * Pixel checks for exported PNGs: decoding, "not blank" per region, and a
 * tolerant comparison against a stored reference (a small grey thumbnail, so
 * the reference is tiny and survives small layout or data changes).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PNG } from 'pngjs';

export const REFERENCE_DIR = join(import.meta.dirname, '..', 'reference');
const THUMBNAIL_SIZE = 48;
/**
 * Least correlation between a thumbnail and its reference: the same layout
 * with a few marks moved stays above it; a blank, shifted or broken image does
 * not (a different corpus scores 0.2-0.5). Refresh with UPDATE_REFERENCE=1
 * after a deliberate change of layout or of the default corpus.
 */
export const REFERENCE_MIN_CORRELATION = 0.7;

export function decodePng(buffer: Buffer): PNG {
  return PNG.sync.read(buffer);
}

/** Luminance as seen over white (transparent pixels count as white, as a report page shows them). */
function luminanceAt(png: PNG, x: number, y: number): number {
  const offset = (png.width * y + x) * 4;
  const alpha = (png.data[offset + 3] ?? 255) / 255;
  const colour = 0.2126 * (png.data[offset] ?? 0) + 0.7152 * (png.data[offset + 1] ?? 0) + 0.0722 * (png.data[offset + 2] ?? 0);
  return alpha * colour + (1 - alpha) * 255;
}

/** Share of pixels that are not fully opaque. */
export function transparentShare(png: PNG): number {
  let transparent = 0;
  for (let index = 3; index < png.data.length; index += 4) if ((png.data[index] ?? 255) < 255) transparent += 1;
  return transparent / (png.data.length / 4);
}

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How many distinct (coarsely quantised) colours a region has: 1-2 means blank. */
export function distinctColours(png: PNG, region: Region = { x: 0, y: 0, width: png.width, height: png.height }): number {
  const colours = new Set<number>();
  const step = Math.max(1, Math.floor(Math.min(region.width, region.height) / 200));
  for (let y = Math.max(0, region.y); y < Math.min(png.height, region.y + region.height); y += step) {
    for (let x = Math.max(0, region.x); x < Math.min(png.width, region.x + region.width); x += step) {
      const offset = (png.width * y + x) * 4;
      colours.add(((png.data[offset] ?? 0) >> 4) * 256 + ((png.data[offset + 1] ?? 0) >> 4) * 16 + ((png.data[offset + 2] ?? 0) >> 4));
    }
  }
  return colours.size;
}

/** A THUMBNAIL_SIZE² grey image of the PNG (box-averaged), independent of the PNG's size. */
export function toThumbnail(png: PNG): PNG {
  const thumbnail = new PNG({ width: THUMBNAIL_SIZE, height: THUMBNAIL_SIZE });
  for (let ty = 0; ty < THUMBNAIL_SIZE; ty += 1) {
    for (let tx = 0; tx < THUMBNAIL_SIZE; tx += 1) {
      const x0 = Math.floor((tx * png.width) / THUMBNAIL_SIZE);
      const x1 = Math.max(x0 + 1, Math.floor(((tx + 1) * png.width) / THUMBNAIL_SIZE));
      const y0 = Math.floor((ty * png.height) / THUMBNAIL_SIZE);
      const y1 = Math.max(y0 + 1, Math.floor(((ty + 1) * png.height) / THUMBNAIL_SIZE));
      let sum = 0;
      let count = 0;
      for (let y = y0; y < y1; y += 2) {
        for (let x = x0; x < x1; x += 2) {
          sum += luminanceAt(png, x, y);
          count += 1;
        }
      }
      const grey = Math.round(sum / Math.max(1, count));
      const offset = (THUMBNAIL_SIZE * ty + tx) * 4;
      thumbnail.data[offset] = grey;
      thumbnail.data[offset + 1] = grey;
      thumbnail.data[offset + 2] = grey;
      thumbnail.data[offset + 3] = 255;
    }
  }
  return thumbnail;
}

function greys(png: PNG): number[] {
  const values: number[] = [];
  for (let index = 0; index < png.data.length; index += 4) values.push(png.data[index] ?? 0);
  return values;
}

/** Pearson correlation of two equally sized grey images; 0 when either is flat (blank). */
function correlation(a: PNG, b: PNG): number {
  const x = greys(a);
  const y = greys(b);
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const mx = mean(x);
  const my = mean(y);
  let covariance = 0;
  let vx = 0;
  let vy = 0;
  x.forEach((value, index) => {
    const dy = (y[index] ?? 0) - my;
    covariance += (value - mx) * dy;
    vx += (value - mx) ** 2;
    vy += dy ** 2;
  });
  return vx === 0 || vy === 0 ? 0 : covariance / Math.sqrt(vx * vy);
}

/**
 * How closely the image's layout matches its stored reference thumbnail
 * (correlation, 1 = identical), or null when the reference was made from
 * another corpus (the data, not the rendering, changed: nothing to compare).
 * When the reference is missing (or UPDATE_REFERENCE=1) it is written with
 * the corpus fingerprint and 1 returned.
 */
export function similarityToReference(png: PNG, name: string, corpus: string): number | null {
  const thumbnail = toThumbnail(png);
  const path = join(REFERENCE_DIR, `${name}.png`);
  const corpusPath = join(REFERENCE_DIR, `${name}.corpus`);
  if (process.env.UPDATE_REFERENCE === '1' || !existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, PNG.sync.write(thumbnail));
    writeFileSync(corpusPath, `${corpus}\n`);
    return 1;
  }
  if (!existsSync(corpusPath) || readFileSync(corpusPath, 'utf8').trim() !== corpus) return null;
  return correlation(thumbnail, PNG.sync.read(readFileSync(path)));
}

/** Asserts the image looks like its reference; says so (and checks nothing more) when the corpus changed since. */
export function expectLikeReference(png: PNG, name: string, corpus: string): void {
  const similarity = similarityToReference(png, name, corpus);
  if (similarity === null) {
    console.warn(`tests/browser/reference/${name}.png was made from another corpus; refresh it with UPDATE_REFERENCE=1`);
    return;
  }
  expect(similarity, `similarity of ${name} to its reference`).toBeGreaterThan(REFERENCE_MIN_CORRELATION);
}

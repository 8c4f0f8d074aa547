import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const html = readFileSync(resolve(__dirname, '../../index.html'), 'utf8');

describe('index.html', () => {
  it('declares a PNG icon bundled with the app: Chromium fetches the icon on every pushed history entry and parses an SVG one on the main thread', () => {
    const icons = [...html.matchAll(/<link rel="icon" type="([^"]+)" href="([^"]+)"/g)].map(([, type, href]) => ({ type, href }));
    expect(icons).toEqual([{ type: 'image/png', href: expect.stringMatching(/^\.\/src\/.+\.png$/) }]);
  });
});

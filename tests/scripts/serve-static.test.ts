import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';
import { mimeTypeOf, resolveFilePath, startStaticServer } from '../../scripts/serve-static';
import type { StaticServer } from '../../scripts/serve-static';

describe('mimeTypeOf', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['data/facts.json', 'application/json; charset=utf-8'],
    ['data/texts/a000.txt', 'text/plain; charset=utf-8'],
    ['assets/inter-latin-400.woff2', 'font/woff2'],
    ['assets/INDEX.CSS', 'text/css; charset=utf-8'],
    ['unknown.bin', 'application/octet-stream'],
  ])('serves %s as %s', (file, type) => {
    expect(mimeTypeOf(file)).toBe(type);
  });
});

describe('resolveFilePath', () => {
  const root = '/srv/dist';
  it.each([
    ['the mount itself', '/app/', '/srv/dist/index.html'],
    ['a file', '/app/data/facts.json', '/srv/dist/data/facts.json'],
    ['an encoded file name', '/app/data/texts/a%20b.txt', '/srv/dist/data/texts/a b.txt'],
    ['a path outside the mount', '/other/index.html', null],
    ['dot-dot traversal', '/app/../../etc/passwd', null],
    ['encoded dot-dot traversal', '/app/%2e%2e/%2e%2e/etc/passwd', null],
    ['an encoded slash traversal', '/app/..%2f..%2fetc/passwd', null],
    ['a NUL byte', '/app/index.html%00.png', null],
    ['malformed encoding', '/app/%E0%A4%A', null],
  ])('maps %s', (_kind, urlPath, expected) => {
    expect(resolveFilePath(root, '/app/', urlPath)).toBe(expected);
  });
});

describe('startStaticServer', () => {
  let server: StaticServer;
  const root = mkdtempSync(join(tmpdir(), 'serve-static-'));
  mkdirSync(join(root, 'data'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(root, 'data', 'facts.json'), '{}');

  beforeAll(async () => {
    server = await startStaticServer({ mounts: [{ path: '/intranet/tools/dossier', root, csp: "default-src 'self'" }] });
  });

  afterAll(async () => {
    await server.close();
  });

  it('listens on a free port and reports the mount URL', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/intranet\/tools\/dossier\/$/);
  });

  it('serves files under the sub-path with their type and the CSP header', async () => {
    const response = await fetch(`${server.url}data/facts.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'");
  });

  it.each([
    ['a missing file', 'data/nothing.json', 404],
    ['a path outside the mount', '../../outside', 404],
  ])('answers %s (%s) with %i', async (_kind, path, status) => {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(status);
  });

  it.each(['/intranet/tools/dossier/../../../etc/passwd', '/intranet/tools/dossier/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/intranet/tools/dossier/..%2f..%2f..%2fetc/passwd'])(
    'never serves a file outside the root for the raw path %s',
    async (path) => {
      // fetch() would normalise the dots away; a raw request sends the path as an attacker would.
      const status = await new Promise<number | undefined>((resolve, reject) => {
        request(`${server.origin}${path}`, { path }, (response) => {
          response.resume();
          resolve(response.statusCode);
        })
          .on('error', reject)
          .end();
      });
      // 404 when URL parsing already resolved the dots out of the mount, 403 when the decoded path escapes the root.
      expect([403, 404]).toContain(status);
    },
  );

  it('redirects the mount without its trailing slash, so relative URLs resolve', async () => {
    const response = await fetch(server.url.slice(0, -1), { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/intranet/tools/dossier/');
  });
});

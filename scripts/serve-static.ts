/**
 * A tiny static file server for the built app: mounts directories under
 * sub-paths (as an intranet would), sends correct MIME types, refuses
 * directory traversal and can send a Content-Security-Policy header.
 * Used by the browser tests and the CLI exporter; also runnable:
 *   tsx scripts/serve-static.ts --root dist --mount /intranet/tools/dossier/ --port 4321 [--csp "..."]
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** The MIME type to send for a file name; unknown extensions are sent as opaque bytes. */
export function mimeTypeOf(fileName: string): string {
  return MIME_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

export interface Mount {
  /** URL path prefix, with leading and trailing slash, e.g. "/intranet/tools/dossier/". */
  path: string;
  /** Directory served under that prefix. */
  root: string;
  /** Content-Security-Policy header sent with every response from this mount. */
  csp?: string;
}

export interface StaticServer {
  /** Origin the server listens on, e.g. "http://127.0.0.1:40123". */
  origin: string;
  /** URL of the first mount, e.g. "http://127.0.0.1:40123/intranet/tools/dossier/". */
  url: string;
  close: () => Promise<void>;
}

export interface StaticServerOptions {
  mounts: Mount[];
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
}

function normaliseMountPath(path: string): string {
  const withLeading = path.startsWith('/') ? path : `/${path}`;
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
}

/**
 * The file a URL path maps to inside a mount, or null when the path escapes
 * the mount's root (after decoding, so "%2e%2e" cannot sneak past).
 */
export function resolveFilePath(root: string, mountPath: string, urlPath: string): string | null {
  if (!urlPath.startsWith(mountPath)) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath.slice(mountPath.length));
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;
  const absoluteRoot = resolve(root);
  const file = resolve(join(absoluteRoot, relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative));
  return file === absoluteRoot || file.startsWith(`${absoluteRoot}${sep}`) ? file : null;
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}

async function handleRequest(mounts: Mount[], request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendText(response, 405, 'Method not allowed');
    return;
  }
  const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
  const mount = mounts.find((candidate) => urlPath.startsWith(candidate.path) || `${urlPath}/` === candidate.path);
  if (!mount) {
    sendText(response, 404, 'Not found');
    return;
  }
  if (`${urlPath}/` === mount.path) {
    // Relative URLs in the app resolve against the directory, so a missing trailing slash must redirect.
    response.writeHead(301, { Location: mount.path });
    response.end();
    return;
  }
  const file = resolveFilePath(mount.root, mount.path, urlPath);
  if (!file) {
    sendText(response, 403, 'Forbidden');
    return;
  }
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    sendText(response, 404, 'Not found');
    return;
  }
  response.writeHead(200, {
    'Content-Type': mimeTypeOf(file),
    'Content-Length': info.size,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ...(mount.csp ? { 'Content-Security-Policy': mount.csp } : {}),
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}

/** Starts serving; resolves once listening, with the actual origin (port 0 picks a free one). */
export function startStaticServer({ mounts, port = 0, host = '127.0.0.1' }: StaticServerOptions): Promise<StaticServer> {
  const normalised = mounts.map((mount) => ({ ...mount, path: normaliseMountPath(mount.path) }));
  const server = createServer((request, response) => {
    handleRequest(normalised, request, response).catch((error: unknown) => {
      if (!response.headersSent) sendText(response, 500, String(error));
      else response.destroy();
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? (address satisfies AddressInfo).port : port;
      const origin = `http://${host}:${actualPort}`;
      resolvePromise({
        origin,
        url: `${origin}${normalised[0]?.path ?? '/'}`,
        close: () =>
          new Promise((resolveClose) => {
            server.closeAllConnections();
            server.close(() => resolveClose());
          }),
      });
    });
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      root: { type: 'string', default: 'dist' },
      mount: { type: 'string', default: '/intranet/tools/dossier/' },
      port: { type: 'string', default: '4321' },
      host: { type: 'string', default: '127.0.0.1' },
      csp: { type: 'string' },
    },
  });
  const server = await startStaticServer({
    mounts: [{ path: values.mount, root: values.root, ...(values.csp ? { csp: values.csp } : {}) }],
    port: Number(values.port),
    host: values.host,
  });
  console.log(`Serving ${values.root} at ${server.url}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

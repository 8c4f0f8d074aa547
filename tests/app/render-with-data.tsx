/**
 * Test harness for components that read the bundle: a fresh QueryClient
 * (retry off) per render, the URL set as given, and a fetch that serves only
 * the data files a test declares; anything else fails the test.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, configure, render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import type { ReactElement } from 'react';
import type { FactsBundle } from '../../schema/bundle';
import { FIXTURE_ARTICLE_TEXTS } from '../fixtures/fixture-bundles';

export type FactsResponse = { bundle: FactsBundle } | { status: number } | { body: string } | { pending: true };

export interface DataOptions {
  /** Query string (with or without "?") the page opens with. */
  search?: string;
  facts?: FactsResponse;
  texts?: Readonly<Record<string, string>>;
}

export interface FetchLog {
  requested: string[];
  unexpected: string[];
}

function toResponse(facts: FactsResponse): Promise<Response> {
  if ('pending' in facts) return new Promise<Response>(() => undefined);
  if ('status' in facts) return Promise.resolve(new Response('not found', { status: facts.status }));
  const body = 'body' in facts ? facts.body : JSON.stringify(facts.bundle);
  return Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }));
}

function requestPath(input: RequestInfo | URL): string {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return new URL(url, document.baseURI).pathname;
}

// The whole app (map and chart included) renders slowly in jsdom on a shared 2-core machine.
configure({ asyncUtilTimeout: 5_000 });
vi.setConfig({ testTimeout: 20_000 });

const activeLogs: FetchLog[] = [];

/** Replaces fetch with one that serves data/facts.json and data/texts/<id>.txt only. */
export function stubDataFetch(facts: FactsResponse, texts: Readonly<Record<string, string>> = FIXTURE_ARTICLE_TEXTS): FetchLog {
  const log: FetchLog = { requested: [], unexpected: [] };
  activeLogs.push(log);
  vi.stubGlobal('fetch', (input: RequestInfo | URL) => {
    const path = requestPath(input);
    log.requested.push(path);
    if (path.endsWith('/data/facts.json')) return toResponse(facts);
    const text = /\/data\/texts\/([^/]+)\.txt$/.exec(path);
    const id = text?.[1] ? decodeURIComponent(text[1]) : null;
    if (id !== null) {
      const body = texts[id];
      return Promise.resolve(body === undefined ? new Response('missing', { status: 404 }) : new Response(body, { status: 200 }));
    }
    // The map's bundled basemap is a static asset of the app, served as the built app would.
    if (path.endsWith('/world-atlas/countries-50m.json') || path.endsWith('/world-atlas/countries-110m.json')) {
      return Promise.resolve(new Response(readFileSync(`node_modules${path.slice(path.indexOf('/world-atlas/'))}`, 'utf8'), { status: 200 }));
    }
    log.unexpected.push(path);
    return Promise.reject(new Error(`unexpected request in a test: ${path}`));
  });
  return log;
}

export function setSearch(search: string): void {
  window.history.replaceState(null, '', `/${search && !search.startsWith('?') ? '?' : ''}${search}`);
}

export function makeTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } });
}

/** Renders `ui` with a fresh client, the given URL and a strict data fetch; returns the fetch log too. */
export function renderWithData(ui: ReactElement, { search = '', facts, texts }: DataOptions = {}) {
  setSearch(search);
  const log = stubDataFetch(facts ?? { pending: true }, texts);
  const client = makeTestQueryClient();
  const result = render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
  return { ...result, client, log };
}

/** The current URL's query parameters, for asserting what an interaction wrote. */
export function currentParams(): URLSearchParams {
  return new URLSearchParams(window.location.search);
}

afterEach(() => {
  cleanup();
  const unexpected = activeLogs.flatMap((log) => log.unexpected);
  activeLogs.length = 0;
  vi.unstubAllGlobals();
  setSearch('');
  expect(unexpected, 'requests no test declared').toEqual([]);
});

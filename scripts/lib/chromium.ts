/** Finding and launching the system Chromium with playwright-core (no bundled browser download). */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Flags for a quiet, reproducible headless run: no GPU, no background traffic
 * to Google services (so "no request to another host" tests are honest).
 * Playwright adds --headless itself and always uses a fresh temporary profile.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
];

/** The Chromium executable to use: CHROMIUM_PATH when set, else the Debian default. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
}

/** The one-line message shown when no Chromium is installed. */
export function chromiumMissingMessage(path = chromiumPath()): string {
  return `Chromium not found at ${path}; install it with apt-get install -y chromium`;
}

export function isChromiumInstalled(path = chromiumPath()): boolean {
  return existsSync(path);
}

/** Launches headless Chromium; throws the plain "not found" message when it is missing. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!isChromiumInstalled(executablePath)) throw new Error(chromiumMissingMessage(executablePath));
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

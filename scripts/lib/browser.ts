/**
 * Headless Debian Chromium driven by playwright-core (which never downloads a browser).
 * The flags keep Chromium off the network this machine does not have.
 */
import { chromium, type Browser } from 'playwright-core';
import { onCleanup } from './cleanup';
import { CHROMIUM, ensureAptPackages } from './install';

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage'];

/** The fixed viewport of every page, so screenshots are comparable. */
export const VIEWPORT = { width: 1400, height: 900 } as const;

/** Launches Chromium (installing it with apt when root and missing); closed at cleanup. */
export async function launchBrowser(): Promise<Browser> {
  ensureAptPackages(['chromium', 'fonts-liberation']);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  onCleanup(() => browser.close().catch(() => undefined));
  return browser;
}

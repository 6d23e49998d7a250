/**
 * Finds a Chromium for the end-to-end tests, in this order: $CHROMIUM_PATH, the browser
 * Playwright installed itself (where `npx playwright install` works), Debian's /usr/bin/chromium.
 * Returns undefined when there is none.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright throws when its own browser was never downloaded; the system one may still do.
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Flags that keep headless Chromium quiet on a machine with no network but loopback. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

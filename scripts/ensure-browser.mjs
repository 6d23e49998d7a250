#!/usr/bin/env node
/**
 * Makes sure the end-to-end tests have a Chromium. If none is found, installs Debian's package
 * when running as root on Debian, or Playwright's own build otherwise, and says what it does.
 * If that fails it stops with the exact command to run by hand.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium-path.mjs';

const found = findChromium();
if (found) {
  console.log(`Chromium for the tests: ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version');
const command =
  isRoot && isDebian
    ? 'apt-get update && apt-get install -y chromium'
    : 'npx playwright install chromium';

console.log(`No Chromium found for the end-to-end tests. Installing one with: ${command}`);
try {
  execSync(command, { stdio: 'inherit', shell: '/bin/bash' });
} catch {
  // Fall through to the check below, which says what to do.
}

const installed = findChromium();
if (!installed) {
  const manual = isDebian ? 'sudo apt-get install -y chromium' : 'npx playwright install chromium';
  console.error(
    `\nCould not install Chromium automatically.\nRun this, then npm test again:\n\n    ${manual}\n\nor point CHROMIUM_PATH at an existing Chromium or Chrome binary.`,
  );
  process.exit(1);
}
console.log(`Chromium for the tests: ${installed}`);

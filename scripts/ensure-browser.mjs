#!/usr/bin/env node
/**
 * Makes sure the end-to-end tests have what they run on: a Chromium, and Java for the HTML
 * validation (tests/e2e/validate.spec.ts runs the `vnu-jar` checker, a Java program).
 *
 * If no Chromium is found, installs Debian's package when running as root on Debian, or
 * Playwright's own build otherwise. If no `java` (or `$JAVA`) runs, installs Debian's
 * `default-jre-headless` when root on Debian. It says what it does, and if an install fails it
 * stops with the exact command to run by hand.
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium-path.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version');

/** The Java the validation test runs (the same variable it reads), if it starts. */
const java = process.env.JAVA ?? 'java';
function javaRuns() {
  return spawnSync(java, ['-version'], { stdio: 'ignore' }).status === 0;
}

if (!javaRuns()) {
  const javaInstall = 'apt-get update && apt-get install -y default-jre-headless';
  // A JAVA that points at a missing binary is the user's choice to fix, not a package to install.
  if (isRoot && isDebian && process.env.JAVA === undefined) {
    console.log(`No Java found for the HTML validation test. Installing it with: ${javaInstall}`);
    try {
      execSync(javaInstall, { stdio: 'inherit', shell: '/bin/bash' });
    } catch {
      // Checked just below, which says what to do.
    }
  }
  if (!javaRuns()) {
    const manual = isDebian
      ? 'sudo apt-get install -y default-jre-headless'
      : 'a Java runtime (for example: brew install openjdk, or your distribution\'s "openjdk" package)';
    console.error(
      `\nThe HTML validation test (tests/e2e/validate.spec.ts) needs Java, and none runs here.\nInstall it, then npm test again:\n\n    ${manual}\n\nor point JAVA at an existing java binary.`,
    );
    process.exit(1);
  }
}
console.log(`Java for the HTML validation: ${java}`);

const found = findChromium();
if (found) {
  console.log(`Chromium for the tests: ${found}`);
  process.exit(0);
}

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

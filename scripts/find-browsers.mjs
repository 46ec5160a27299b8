// Finds the Chromium and Firefox that the operating system provides. The test runner and the
// benchmarks never download a browser of their own, so they must be told where one is.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];
const FIREFOX_CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

function onPath(name) {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function firstExisting(envValue, candidates, names) {
  if (envValue) return existsSync(envValue) ? envValue : undefined;
  return candidates.find((path) => existsSync(path)) ?? names.map(onPath).find(Boolean);
}

/** Path of a Chromium-family browser, or undefined. `CHROME_PATH` overrides the search. */
export function findChromium() {
  return firstExisting(process.env.CHROME_PATH, CHROMIUM_CANDIDATES, ['chromium', 'chromium-browser', 'google-chrome']);
}

/** Path of Firefox, or undefined. `FIREFOX_PATH` overrides the search. */
export function findFirefox() {
  return firstExisting(process.env.FIREFOX_PATH, FIREFOX_CANDIDATES, ['firefox-esr', 'firefox']);
}

export const INSTALL_HINT =
  'On Debian or Ubuntu run `npm run setup:browsers` as root (apt-get install chromium firefox-esr). ' +
  'Elsewhere install Chrome or Chromium and Firefox from your system, or point CHROME_PATH / FIREFOX_PATH at them.';

/**
 * Flags for headless Chromium: no sandbox when running as root (containers, CI), and no
 * background networking, which a machine without internet answers with a storm of refusals.
 */
export const CHROMIUM_ARGS = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Test pages run side by side; a page Chromium considers hidden would otherwise get no
  // animation frames and throttled timers, and tests waiting for a frame would hang.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

// Runs every test in real headless Chromium and Firefox, the ones the operating system provides.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { fileURLToPath } from 'node:url';
import { findChromium, findFirefox, CHROMIUM_ARGS, INSTALL_HINT } from './scripts/find-browsers.mjs';
import { forcedColorsCommand, mediaCapabilityCommand } from './scripts/test-runner/media-commands.mjs';
import { referenceApiForTests } from './server/test-runner-plugin.mjs';

const chromiumPath = findChromium();
if (!chromiumPath) {
  console.error(`\nNo Chromium found, so the browser tests cannot run.\n${INSTALL_HINT}\n`);
  process.exit(1);
}
const firefoxPath = process.env.SKIP_FIREFOX ? undefined : findFirefox();
if (!firefoxPath && !process.env.SKIP_FIREFOX) {
  console.warn(`\nFirefox not found: running the tests in Chromium only.\n${INSTALL_HINT}\n`);
}

const browsers = [
  chromeLauncher({
    launchOptions: { executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS },
  }),
];
if (firefoxPath) {
  browsers.push(
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: firefoxPath,
        headless: true,
        // Firefox would otherwise ask the network for safe-browsing lists and updates.
        extraPrefsFirefox: {
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'app.update.enabled': false,
          'network.captive-portal-service.enabled': false,
          // Focus and key events behave as in a focused window even when the page is not in front.
          'focusmanager.testmode': true,
        },
      },
    }),
  );
}

// Pages under test/csp/ run under the strict policy a careful portal would send. The
// trusted-types names are the ones the library needs: its HTML sanitizer's policy and Lit's.
const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: data:",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types portal-announcements#html lit-html',
].join('; ');

async function strictCspForCspTestPages(context, next) {
  await next();
  if (/^\/test\/csp\/[^/]+\.html$/.test(context.path)) context.set('Content-Security-Policy', STRICT_CSP);
}

// The reference announcements server, started for the run and proxied under /api/.
const referenceApi = referenceApiForTests();

export default {
  files: ['test/**/*.test.ts'],
  middleware: [strictCspForCspTestPages, referenceApi.middleware],
  nodeResolve: true,
  browsers,
  // One test page at a time per browser: a page that is not in front gets no animation
  // frames, so real key presses and clicks would land on stale content.
  concurrency: 1,
  concurrentBrowsers: 2,
  testsFinishTimeout: 240000,
  browserStartTimeout: 60000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    referenceApi.plugin,
    mediaCapabilityCommand(),
    forcedColorsCommand(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
};

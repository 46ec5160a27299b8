// Runs every test in real headless Chromium and Firefox, the ones the operating system provides.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { fileURLToPath } from 'node:url';
import { findChromium, findFirefox, CHROMIUM_ARGS, INSTALL_HINT } from './scripts/find-browsers.mjs';

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
        },
      },
    }),
  );
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  browsers,
  concurrency: 2,
  concurrentBrowsers: 2,
  testsFinishTimeout: 240000,
  browserStartTimeout: 60000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
};

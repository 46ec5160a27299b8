// The look of the elements' key states, compared with committed screenshots in headless
// Chromium only: a change to the look is a deliberate update of the baselines
// (`npm run test:visual -- --update-visual-baseline`), reviewed as images in the commit.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { fileURLToPath } from 'node:url';
import { findChromium, CHROMIUM_ARGS, INSTALL_HINT } from './scripts/find-browsers.mjs';
import { forcedColorsCommand, mediaCapabilityCommand, touchCommand } from './scripts/test-runner/media-commands.mjs';

const chromiumPath = findChromium();
if (!chromiumPath) {
  console.error(`\nNo Chromium found, so the visual tests cannot run.\n${INSTALL_HINT}\n`);
  process.exit(1);
}

export default {
  files: ['test/visual/**/*.visual.ts'],
  nodeResolve: true,
  browsers: [
    chromeLauncher({
      // Grey-scale anti-aliasing and no GPU: the same pixels on every machine with the same fonts.
      launchOptions: { executablePath: chromiumPath, headless: true, args: [...CHROMIUM_ARGS, '--disable-lcd-text', '--disable-gpu', '--force-color-profile=srgb', '--font-render-hinting=none'] },
    }),
  ],
  concurrency: 1,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 20000 } },
  plugins: [
    mediaCapabilityCommand(),
    forcedColorsCommand(),
    touchCommand(),
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'test/visual/screenshots',
      // Small differences in anti-aliasing are not a change of look.
      diffOptions: { threshold: 0.2 },
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
};

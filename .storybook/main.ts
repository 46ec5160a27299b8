import type { StorybookConfig } from '@storybook/web-components-vite';
import { shippedSideEffectsForVite } from '../scripts/side-effects.mjs';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The story frame asks for /favicon.ico, which nothing serves: an empty icon saves a 404 on every load.
  previewHead: (head) => `${head}<link rel="icon" href="data:,">`,
  async viteFinal(viteConfig) {
    // One copy of Lit in dev: pre-bundle the helper that otherwise loads a second instance.
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    };
    // Stories import src/ for the elements it defines; keep those imports in the built catalogue.
    viteConfig.plugins = [...(viteConfig.plugins ?? []), shippedSideEffectsForVite()];
    return viteConfig;
  },
};
export default config;

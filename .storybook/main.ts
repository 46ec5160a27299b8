import type { StorybookConfig } from '@storybook/web-components-vite';
import { shippedSideEffectsForVite } from '../scripts/side-effects.mjs';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
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

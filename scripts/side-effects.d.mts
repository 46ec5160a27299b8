// Types for the TypeScript configurations (Vite, Storybook) that use scripts/side-effects.mjs.
import type { Plugin } from 'vite';

/** A Vite plugin that judges each src/ file by the dist/ file it becomes in `sideEffects`. */
export function shippedSideEffectsForVite(): Plugin;

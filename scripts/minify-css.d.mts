// Types for the TypeScript configurations (Vite) and the browser test that use scripts/minify-css.mjs.
import type { Plugin } from 'vite';

/** CSS text without the white space that means nothing; strings keep theirs. */
export function minifyCss(text: string): string;

/** Module source with every `css` literal without `${}` minified. */
export function minifyCssLiterals(source: string): string;

/** A Vite plugin that minifies the `css` literals of the `*.styles.ts` files under `root`/src. */
export function minifiedStylesForVite(root: string): Plugin;

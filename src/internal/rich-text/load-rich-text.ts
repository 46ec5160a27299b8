/**
 * The only door to the rich-text renderers. They are reached through dynamic `import()`s so
 * that bundlers split them into chunks of their own: the banner, shown on every page, only
 * needs `excerpt()`, and only portals with legacy HTML descriptions ever download DOMPurify.
 *
 * Content-Security-Policy: the renderers need no inline script or style, no `eval` and no
 * images. The chunks load like any script (`script-src`). Under
 * `require-trusted-types-for 'script'`, the HTML format needs the Trusted Types policy
 * `portal-announcements#html` (see `sanitizer-trusted-types.ts`); Markdown and plain text
 * need none of their own (Lit, which renders the elements, needs `lit-html`).
 */
import { prepareCharacterReferences } from './character-references.js';
import { renderPlainText } from './plain-text-renderer.js';
import type { RenderDescriptionOptions } from './render-options.js';

/** The Markdown renderer module (its lexer and DOM builder). */
export type RichTextModule = typeof import('./markdown-renderer.js');
/** The HTML renderer module (it brings DOMPurify). */
export type HtmlRendererModule = typeof import('./html-renderer.js');

let richTextModule: Promise<RichTextModule> | undefined;
let htmlRendererModule: Promise<HtmlRendererModule> | undefined;

/**
 * Keeps one import in flight or done, shared by every caller; a failed import (a chunk that
 * did not arrive) is forgotten, so that the next description tries again.
 */
function cacheImport<T>(load: () => Promise<T>, forget: () => void): Promise<T> {
  return load().catch((error: unknown) => {
    forget();
    throw error;
  });
}

/** Loads the Markdown renderer, once. */
export function loadRichText(): Promise<RichTextModule> {
  richTextModule ??= cacheImport(
    () => import('./markdown-renderer.js'),
    () => (richTextModule = undefined),
  );
  return richTextModule;
}

/** Loads the HTML renderer, once, and only when an HTML description is shown. */
export function loadHtmlRenderer(): Promise<HtmlRendererModule> {
  htmlRendererModule ??= cacheImport(
    () => import('./html-renderer.js'),
    () => (htmlRendererModule = undefined),
  );
  return htmlRendererModule;
}

/**
 * Renders an announcement's description into a detached fragment, ready for a Lit child
 * binding (`${fragment}`) or `append()`. Each call returns a new fragment: a fragment empties
 * itself when inserted, so it can be shown only once.
 *
 * Rejects only when a renderer module cannot be loaded.
 */
export async function renderDescription(body: string, options: RenderDescriptionOptions = {}): Promise<DocumentFragment> {
  const { format = 'markdown', ...renderOptions } = options;
  switch (format) {
    case 'text':
      return renderPlainText(body);
    case 'html':
      return (await loadHtmlRenderer()).renderSanitizedHtml(body, renderOptions);
    default: {
      // A rare character name (`&HilbertSpace;`) needs its table before the synchronous render.
      const [markdown] = await Promise.all([loadRichText(), prepareCharacterReferences([body])]);
      return markdown.renderMarkdown(body, renderOptions);
    }
  }
}

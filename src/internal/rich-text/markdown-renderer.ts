/**
 * The Markdown renderer: the module `loadRichText()` imports on demand, so the lexer and the
 * DOM builder are only downloaded by pages that show a full description.
 */
import { appendBlockTokens } from './markdown-dom-builder.js';
import { lexMarkdown } from './markdown-lexer.js';
import { renderPlainText } from './plain-text-renderer.js';
import type { RenderOptions } from './render-options.js';

/**
 * Renders a Markdown description into a detached fragment (GitHub-flavoured Markdown: lists,
 * emphasis, strikethrough, links, headings, quotes, code, tables). See `markdown-dom-builder`
 * for what each construct becomes and why raw HTML and images are shown as text.
 *
 * The lexer is our own and has no shared configuration, so nothing the host page sets up can
 * change how untrusted text is read. Should rendering fail all the same, the description is
 * shown as plain text rather than not at all.
 */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): DocumentFragment {
  try {
    const tokens = lexMarkdown(markdown);
    const fragment = document.createDocumentFragment();
    appendBlockTokens(fragment, tokens, options, markdown.length);
    return fragment;
  } catch (error) {
    console.warn('portal-announcements: the description could not be read as Markdown; showing it as text.', error);
    return renderPlainText(markdown);
  }
}

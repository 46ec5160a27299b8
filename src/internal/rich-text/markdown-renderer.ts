/**
 * The Markdown renderer: the module `loadRichText()` imports on demand, so `marked` is only
 * downloaded by pages that show a full description.
 */
import { getDefaults, Lexer } from 'marked';
import { appendBlockTokens } from './markdown-dom-builder.js';
import { renderPlainText } from './plain-text-renderer.js';
import type { RenderOptions } from './render-options.js';

/**
 * Renders a Markdown description into a detached fragment (GitHub-flavoured Markdown: lists,
 * emphasis, strikethrough, links, headings, quotes, code, tables). See `markdown-dom-builder`
 * for what each construct becomes and why raw HTML and images are shown as text.
 *
 * If reading fails (the lexer gives up on pathological input, or nesting is so deep that the
 * call stack runs out) the description is shown as plain text rather than not at all.
 */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): DocumentFragment {
  try {
    // Fresh default options, not the shared `marked` instance: extensions or hooks that the
    // host page registered with `marked.use()` must not change how untrusted text is read.
    const tokens = new Lexer({ ...getDefaults(), gfm: true, breaks: false, pedantic: false }).lex(markdown);
    const fragment = document.createDocumentFragment();
    appendBlockTokens(fragment, tokens, options);
    return fragment;
  } catch (error) {
    console.warn('portal-announcements: the description could not be read as Markdown; showing it as text.', error);
    return renderPlainText(markdown);
  }
}

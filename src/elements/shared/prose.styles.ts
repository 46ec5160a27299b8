import { css } from 'lit';

/**
 * Rich text as clients read it: the full message in the sidebar and the editor's preview.
 * Apply `.prose` (with `lang` set on it, so that `hyphens: auto` knows the language inside
 * the shadow root) to the container of a rendered description. Everything is themeable:
 * `--announcement-link-color`, `--announcement-code-background`,
 * `--announcement-quote-color`; colours follow the element's theme in light, dark and
 * forced colours.
 *
 * Why (kept out of the CSS string, which ships as written):
 * - Long German compounds are hyphenated where the language allows; a word is broken
 *   without a hyphen only when nothing else fits (a long link, say).
 * - `h4`/`h5` above text size: the renderer moves headings below the panel's own h2, so even "####" stays above text size.
 */
export const proseStyles = css`
  .prose {
    --_code-bg: var(--announcement-code-background, color-mix(in srgb, var(--_text) 7%, var(--_surface)));
    --_rule: var(--_border);
    hyphens: auto;
    overflow-wrap: break-word;
    line-height: 1.6;
  }
  .prose > :first-child {
    margin-block-start: 0;
  }
  .prose > :last-child {
    margin-block-end: 0;
  }
  .prose p,
  .prose ul,
  .prose ol,
  .prose blockquote,
  .prose pre,
  .prose table {
    margin-block: 0 0.875em;
  }
  .prose :is(h1, h2, h3, h4, h5, h6) {
    margin-block: 1.25em 0.5em;
    line-height: 1.3;
    font-weight: 650;
  }
  .prose h1 {
    font-size: 1.375em;
  }
  .prose h2 {
    font-size: 1.25em;
  }
  .prose h3 {
    font-size: 1.125em;
  }
  .prose :is(h4, h5) {
    font-size: 1.0625em;
  }
  .prose h6 {
    font-size: 1em;
  }
  .prose h6 {
    color: var(--_muted);
  }
  .prose :is(ul, ol) {
    padding-inline-start: 1.5em;
  }
  .prose li + li {
    margin-block-start: 0.25em;
  }
  .prose a {
    color: var(--announcement-link-color, var(--_focus));
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  .prose a:hover {
    text-decoration-thickness: 2px;
  }
  .prose blockquote {
    margin-inline: 0;
    padding: 0.25em 0 0.25em 1em;
    border-inline-start: 0.25rem solid var(--_rule);
    color: var(--announcement-quote-color, var(--_muted));
  }
  .prose :is(code, pre) {
    font-family: var(--announcement-code-font-family, ui-monospace, 'Liberation Mono', Menlo, Consolas, monospace);
    font-size: 0.875em;
  }
  .prose code {
    padding: 0.1em 0.3em;
    border-radius: 0.25rem;
    background: var(--_code-bg);
  }
  .prose pre {
    overflow-x: auto;
    padding: 0.75em 1em;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_code-bg);
    hyphens: none;
  }
  .prose pre code {
    padding: 0;
    background: none;
    font-size: 1em;
  }
  .prose table {
    display: block;
    max-width: 100%;
    overflow-x: auto;
    border-collapse: collapse;
    font-size: 0.9375em;
  }
  .prose :is(th, td) {
    padding: 0.375em 0.75em;
    border: 1px solid var(--_rule);
    text-align: start;
    vertical-align: top;
  }
  .prose th {
    background: var(--_code-bg);
    font-weight: 600;
  }
  .prose hr {
    height: 0;
    margin-block: 1.5em;
    border: 0;
    border-block-start: 1px solid var(--_rule);
  }
  .prose img {
    max-width: 100%;
    height: auto;
  }

  @media (forced-colors: active) {
    .prose :is(th, td),
    .prose hr,
    .prose blockquote {
      border-color: CanvasText;
    }
    .prose a {
      color: LinkText;
    }
    .prose :is(code, pre) {
      border: 1px solid CanvasText;
    }
  }
`;

/**
 * The renderer for descriptions stored as HTML by older backends (`format: 'html'`). Loaded on
 * demand by `renderDescription`, so DOMPurify is only downloaded by portals that need it.
 */
import DOMPurify, { type Config, type DOMPurify as Sanitizer } from 'dompurify';
import { ALLOWED_HTML_TAGS, keepAllowedHtml } from './html-tag-filter.js';
import { enforceLinkPolicy } from './link-policy.js';
import { renderPlainText } from './plain-text-renderer.js';
import type { RenderOptions } from './render-options.js';
import { sanitizerTrustedTypesPolicy } from './sanitizer-trusted-types.js';

let sanitizer: Sanitizer | undefined;

/**
 * A DOMPurify instance of our own rather than the shared default one: a host page that calls
 * `DOMPurify.setConfig()` or `addHook()` on the default instance would otherwise loosen the
 * rules for our untrusted text too (with `setConfig`, the config we pass is ignored).
 */
function getSanitizer(): Sanitizer {
  sanitizer ??= DOMPurify(window);
  return sanitizer;
}

function sanitizerConfig(): Config & { RETURN_DOM_FRAGMENT: true } {
  const config: Config & { RETURN_DOM_FRAGMENT: true } = {
    // The small vocabulary the Markdown renderer produces too. No images, media, forms, frames,
    // tables, SVG, MathML or styles: each is a way to run or load something, or to make an
    // announcement look like part of the portal's own interface.
    ALLOWED_TAGS: [...ALLOWED_HTML_TAGS],
    ALLOWED_ATTR: ['href'],
    // data-* and aria-* pass DOMPurify's attribute allow-list by default; aria-* from a stranger
    // could hide content from screen readers or relabel it, so neither is kept.
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  };
  const policy = sanitizerTrustedTypesPolicy();
  if (policy) config.TRUSTED_TYPES_POLICY = policy;
  return config;
}

/**
 * Sanitizes an HTML description into a fragment of this document, then applies the link
 * policy (allowed schemes only, `rel`/`target` on links to other origins).
 *
 * Three layers: `keepAllowedHtml` reduces the string to the allowed tags, so that parsing it
 * cannot trip the page's CSP; DOMPurify parses and sanitizes the result with the same
 * allow-list, so safety never rests on that small tokenizer; the link policy then checks the
 * links that remain. If sanitizing fails, the HTML is shown as plain text: readable and inert.
 */
export function renderSanitizedHtml(html: string, options: RenderOptions = {}): DocumentFragment {
  let fragment: DocumentFragment;
  try {
    const sanitized = getSanitizer().sanitize(keepAllowedHtml(html), sanitizerConfig());
    // DOMPurify answers null when it could not parse at all, typically because Trusted Types
    // are enforced and no policy it may use is allowed.
    if (!sanitized) throw new Error('DOMPurify could not parse the description');
    // DOMPurify hands back nodes owned by its inert parsing document; import them so the
    // caller gets an ordinary fragment of the page's document.
    fragment = document.importNode(sanitized, true);
  } catch (error) {
    console.warn('portal-announcements: the HTML description could not be sanitized; showing it as text.', error);
    return renderPlainText(html);
  }
  enforceLinkPolicy(fragment, options);
  return fragment;
}

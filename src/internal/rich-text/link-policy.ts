import type { RenderOptions } from './render-options.js';

/**
 * The only schemes a link in an announcement may use. Everything else (`javascript:`,
 * `data:`, `vbscript:`, `file:`, custom app schemes) is shown as plain text: the text is
 * written by people we cannot vouch for, and a click must never run script or leave the web.
 */
const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/** Where links to another origin open unless the host says otherwise. */
export const DEFAULT_LINK_TARGET = '_blank';

/**
 * Decides whether `href` may become a link, and returns the absolute URL to put on it.
 *
 * The check runs on what the browser's own URL parser makes of the value, not on the string:
 * the parser lower-cases the scheme and drops tabs, newlines and leading control characters,
 * so `jAvAsCrIpT:`, `java\tscript:` and ` \u0001javascript:` all come out as `javascript:`
 * and are refused. Callers must decode character references first (`&#106;avascript:`);
 * an HTML parser has already done so for attribute values.
 *
 * Relative URLs resolve against the document and so survive as long as the page itself is
 * served over http(s). The caller should set the returned absolute `href`, so that what was
 * checked is exactly what a click follows, even if a `<base>` element appears later.
 */
export function toSafeLinkUrl(href: string, baseUri: string = document.baseURI): URL | null {
  let url: URL;
  try {
    url = new URL(href, baseUri);
  } catch {
    return null;
  }
  return ALLOWED_PROTOCOLS.has(url.protocol) ? url : null;
}

/** True for web links that leave the page's origin (mail links are not "external" pages). */
export function isExternalLink(url: URL, baseUri: string = document.baseURI): boolean {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return url.origin !== new URL(baseUri).origin;
}

/**
 * Puts a checked URL on an anchor. A link to another origin opens in `options.linkTarget`
 * (default `_blank`) and gets `rel="noopener noreferrer"`, so the other site can neither
 * script the portal's window through `window.opener` nor learn the portal's address.
 */
export function setSafeLink(anchor: HTMLAnchorElement, url: URL, options: RenderOptions, baseUri = document.baseURI): void {
  setCheckedLink(anchor, url.href, isExternalLink(url, baseUri), options);
}

/** `setSafeLink` for an address already checked, with whether it leaves the page's origin. */
export function setCheckedLink(anchor: HTMLAnchorElement, href: string, external: boolean, options: RenderOptions): void {
  anchor.setAttribute('href', href);
  if (!external) return;
  anchor.setAttribute('rel', 'noopener noreferrer');
  const target = options.linkTarget ?? DEFAULT_LINK_TARGET;
  if (target) anchor.setAttribute('target', target);
}

/**
 * Applies the link policy to every anchor below `root` (used after sanitizing HTML): an
 * anchor keeps only a checked `href` plus the attributes `setSafeLink` adds; an anchor
 * without an acceptable `href` is replaced by its content, so its text stays readable.
 */
export function enforceLinkPolicy(root: ParentNode, options: RenderOptions, baseUri = document.baseURI): void {
  for (const anchor of Array.from(root.querySelectorAll('a'))) {
    const href = anchor.getAttribute('href');
    const url = href === null ? null : toSafeLinkUrl(href, baseUri);
    for (const name of anchor.getAttributeNames()) anchor.removeAttribute(name);
    if (url) setSafeLink(anchor, url, options, baseUri);
    else anchor.replaceWith(...Array.from(anchor.childNodes));
  }
}

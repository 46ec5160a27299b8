/**
 * Where a Markdown link goes: its destination with character references decoded, then
 * percent-encoded as CommonMark specifies, then checked by the link policy.
 *
 * The encoding matters because the browser's URL parser would otherwise rewrite what the
 * author wrote: it turns a backslash in a path into `/` (`foo\bar` would lead to `/foo/bar`)
 * and leaves it raw in a query. Characters a URL may carry as they are stay as typed, and so
 * does an existing `%XX` escape; everything else becomes `%XX` bytes of its UTF-8 form.
 */
import { lookUpName } from './character-names.js';
import { decodeCharacterReferences } from './character-references.js';
import { isExternalLink, toSafeLinkUrl } from './link-policy.js';

/** Runs of characters that must be encoded: not URL-safe, or a `%` that starts no escape. */
const NEEDS_ENCODING = /%(?![\da-fA-F]{2})|[^A-Za-z\d;/?:@&=+$,\-_.!~*'()#%]+/g;

/** Percent-encodes a link destination the way CommonMark's reference renderers do. */
export function encodeDestination(destination: string): string {
  return destination.replace(NEEDS_ENCODING, (run) => {
    try {
      return encodeURIComponent(run);
    } catch {
      // A lone surrogate cannot be written in UTF-8; the run becomes U+FFFD, as a browser
      // shows it. Only malformed text gets here.
      return '%EF%BF%BD';
    }
  });
}

/** A checked link address, and whether it leaves the page's origin. */
export interface CheckedLink {
  href: string;
  external: boolean;
}

/**
 * The checked absolute address for a link token's `href`, or null when the policy refuses it.
 * Autolinks are literal, so their references are not decoded. A destination must pass the
 * policy both as typed (decoded) and encoded, so encoding never lets through what was refused.
 */
export function checkMarkdownLink(href: string, autolink: boolean): CheckedLink | null {
  const base = document.baseURI;
  const decoded = autolink ? href : decodeCharacterReferences(href, lookUpName);
  const url = toSafeLinkUrl(decoded, base) && toSafeLinkUrl(encodeDestination(decoded), base);
  return url && { href: url.href, external: isExternalLink(url, base) };
}

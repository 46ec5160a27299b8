/**
 * Shaping finished inline tokens: how deep they nest (memoized per token, so the checks stay
 * cheap), flattening content that would nest too deep, and the small rewrites links need.
 */
import { lookUpName } from './character-names.js';
import { decodeCharacterReferences } from './character-references.js';
import type { InlineToken, LinkToken } from './markdown-tokens.js';

/** Emphasis and links nested deeper than this are kept flat, so the DOM stays shallow. */
const MAX_INLINE_DEPTH = 24;

/**
 * Nesting depth of tokens deeper than one level, memoized per token. A wrapper around flat
 * content (the common case) is not recorded: one level is what `depthOf` assumes for it, and
 * a description with thousands of links or emphases then makes no entries at all.
 */
const depths = new WeakMap<InlineToken, number>();

const wraps = (token: InlineToken): boolean =>
  token.type === 'em' || token.type === 'strong' || token.type === 'del' || token.type === 'image' || (token.type === 'link' && !token.autolink);

function depthOf(tokens: readonly InlineToken[]): number {
  let depth = 0;
  for (const token of tokens) depth = Math.max(depth, depths.get(token) ?? (wraps(token) ? 1 : 0));
  return depth;
}

/** Remembers that `token` wraps `content`, one level deeper than it. */
export function recordDepth(token: InlineToken, content: readonly InlineToken[]): void {
  const depth = depthOf(content) + 1;
  if (depth > 1) depths.set(token, depth);
}

/**
 * Content about to be wrapped in one more token. When that would nest deeper than
 * `MAX_INLINE_DEPTH`, the content is replaced by its plain text, so that the tree stays
 * shallow while the text stays readable.
 */
export function limitDepth(tokens: InlineToken[]): InlineToken[] {
  return depthOf(tokens) < MAX_INLINE_DEPTH ? tokens : [{ type: 'escape', text: plainText(tokens) }];
}

/** The text a reader sees of `tokens` (character references decoded). */
function plainText(tokens: readonly InlineToken[]): string {
  let result = '';
  for (const token of tokens) {
    if (token.type === 'text') result += decodeCharacterReferences(token.text, lookUpName);
    else if (token.type === 'escape' || token.type === 'codespan' || token.type === 'html') result += token.text;
    else if (token.type === 'br') result += '\n';
    else if (token.type === 'link' && token.autolink) result += token.text;
    else if ('tokens' in token) result += plainText(token.tokens);
  }
  return result;
}

export function autolink(href: string, text: string): LinkToken {
  return { type: 'link', href, title: null, tokens: [{ type: 'text', text }], autolink: true, text };
}

/** Link text with any link inside it (a bare URL, say) replaced by that link's text. */
export function withoutLinks(tokens: InlineToken[]): InlineToken[] {
  const result: InlineToken[] = [];
  for (const token of tokens) {
    if (token.type === 'link') {
      if (token.autolink) result.push({ type: 'escape', text: token.text });
      else for (const inner of withoutLinks(token.tokens)) result.push(inner);
    } else if (token.type === 'em' || token.type === 'strong' || token.type === 'del') {
      const copy: InlineToken = { type: token.type, tokens: withoutLinks(token.tokens) };
      const depth = depths.get(token);
      if (depth !== undefined) depths.set(copy, depth);
      result.push(copy);
    } else result.push(token);
  }
  return result;
}

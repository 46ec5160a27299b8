import { lookUpName } from './character-names.js';
import { decodeCharacterReferences } from './character-references.js';
import { setCheckedLink } from './link-policy.js';
import { markdownLinkUrl } from './markdown-link-url.js';
import type { BlockToken, InlineToken, LinkToken, ListToken, TableCellToken, TableToken } from './markdown-tokens.js';
import type { RenderOptions } from './render-options.js';

/**
 * Turns Markdown tokens (from `markdown-lexer.ts`) into DOM nodes, one `createElement` or
 * `createTextNode` at a time. Nothing here produces or parses an HTML string: text from a
 * token only ever becomes a text node or a checked attribute value, so no token can smuggle
 * in an element, an attribute or an event handler, whatever its content.
 *
 * The element vocabulary is fixed: p, h2-h6, strong, em, del, code, pre, blockquote, ul, ol,
 * li, a, br, hr and table parts. Deliberate choices:
 * - Raw HTML (block or inline) is shown as the literal text the author typed.
 * - Images are never loaded: a picture from a foreign server would report every reader's
 *   address and reading time to it. The image's alt text is shown in its place.
 * - A `#` heading becomes `<h2>`: the host page owns `<h1>`, and the announcement's own
 *   title sits above its description. Deeper levels follow, capped at `<h6>`.
 * - Code blocks carry no language class, because a class name taken from the text could
 *   match one of the host's or the element's own style rules.
 */

/** The characters that stand for a task list's checkbox (an `<input>` would need a label). */
const TASK_MARKERS = { checked: '\u2611 ', unchecked: '\u2610 ' } as const;

/** Appends the block-level `tokens` (paragraphs, lists, headings...) to `parent`. */
export function appendBlockTokens(parent: Node, tokens: readonly BlockToken[], options: RenderOptions): void {
  for (const token of tokens) appendBlockToken(parent, token, options);
}

/** Appends the inline `tokens` (text, emphasis, links...) to `parent`. */
export function appendInlineTokens(parent: Node, tokens: readonly InlineToken[], options: RenderOptions): void {
  for (const token of tokens) appendInlineToken(parent, token, options);
}

function appendBlockToken(parent: Node, token: BlockToken, options: RenderOptions): void {
  switch (token.type) {
    case 'paragraph':
      parent.appendChild(elementWithInlines('p', token.tokens, options));
      return;
    case 'heading':
      parent.appendChild(elementWithInlines(`h${Math.min(token.depth + 1, 6)}`, token.tokens, options));
      return;
    case 'blockquote': {
      const quote = document.createElement('blockquote');
      appendBlockTokens(quote, token.tokens, options);
      parent.appendChild(quote);
      return;
    }
    case 'list':
      parent.appendChild(listElement(token, options));
      return;
    case 'code': {
      const pre = document.createElement('pre');
      const code = document.createElement('code');
      code.append(document.createTextNode(token.text));
      pre.append(code);
      parent.appendChild(pre);
      return;
    }
    case 'hr':
      parent.appendChild(document.createElement('hr'));
      return;
    case 'html': {
      // A block of raw HTML keeps its place as a paragraph of literal text.
      const paragraph = document.createElement('p');
      paragraph.append(document.createTextNode(token.text.trimEnd()));
      parent.appendChild(paragraph);
      return;
    }
    case 'table':
      parent.appendChild(tableElement(token, options));
      return;
    case 'text':
      // The content of a tight list item: inline tokens without a paragraph around them.
      appendInlineTokens(parent, token.tokens, options);
      return;
  }
}

function appendInlineToken(parent: Node, token: InlineToken, options: RenderOptions): void {
  switch (token.type) {
    case 'text':
      // The lexer leaves character references in text for us to decode.
      parent.appendChild(document.createTextNode(decodeCharacterReferences(token.text, lookUpName)));
      return;
    case 'escape':
      // A backslash-escaped character is meant literally.
      parent.appendChild(document.createTextNode(token.text));
      return;
    case 'strong':
    case 'em':
    case 'del':
      parent.appendChild(elementWithInlines(token.type, token.tokens, options));
      return;
    case 'codespan': {
      // Code is literal: character references inside it are not decoded.
      const code = document.createElement('code');
      code.append(document.createTextNode(token.text));
      parent.appendChild(code);
      return;
    }
    case 'br':
      parent.appendChild(document.createElement('br'));
      return;
    case 'link':
      appendLink(parent, token, options);
      return;
    case 'image':
      parent.appendChild(document.createTextNode(plainTextOf(token.tokens)));
      return;
    case 'html':
      // Raw inline HTML such as `<b>` or `<img onerror=...>` is shown, never interpreted.
      parent.appendChild(document.createTextNode(token.text));
      return;
    case 'checkbox':
      parent.appendChild(document.createTextNode(token.checked ? TASK_MARKERS.checked : TASK_MARKERS.unchecked));
      return;
  }
}

/**
 * A link whose destination passes the link policy becomes an anchor; any other keeps its
 * text and loses the link. Autolinks (`<https://...>`, bare `www.` and e-mail addresses) are
 * literal by definition, so their destination and text are not decoded.
 */
function appendLink(parent: Node, token: LinkToken, options: RenderOptions): void {
  const link = markdownLinkUrl(token.href, token.autolink);
  const target: Node = link ? document.createElement('a') : document.createDocumentFragment();
  if (token.autolink) target.appendChild(document.createTextNode(token.text));
  else appendInlineTokens(target, token.tokens, options);
  if (link) {
    const anchor = target as HTMLAnchorElement;
    setCheckedLink(anchor, link.href, link.external, options);
    if (token.title) anchor.setAttribute('title', decodeCharacterReferences(token.title, lookUpName));
  }
  parent.appendChild(target);
}

function listElement(token: ListToken, options: RenderOptions): HTMLOListElement | HTMLUListElement {
  const list = document.createElement(token.ordered ? 'ol' : 'ul');
  if (token.ordered && typeof token.start === 'number' && token.start !== 1) {
    list.setAttribute('start', String(token.start));
  }
  for (const item of token.items) {
    const listItem = document.createElement('li');
    appendBlockTokens(listItem, item.tokens, options);
    list.append(listItem);
  }
  return list;
}

/** GFM tables. Column alignment is dropped: it would need inline styles, which CSP forbids. */
function tableElement(token: TableToken, options: RenderOptions): HTMLTableElement {
  const table = document.createElement('table');
  const head = document.createElement('thead');
  head.append(tableRow(token.header, 'th', options));
  const body = document.createElement('tbody');
  for (const row of token.rows) body.append(tableRow(row, 'td', options));
  table.append(head, body);
  return table;
}

function tableRow(cells: readonly TableCellToken[], cellTag: 'th' | 'td', options: RenderOptions): HTMLTableRowElement {
  const row = document.createElement('tr');
  for (const cell of cells) row.append(elementWithInlines(cellTag, cell.tokens, options));
  return row;
}

function elementWithInlines(tag: string, tokens: readonly InlineToken[], options: RenderOptions): HTMLElement {
  const element = document.createElement(tag);
  appendInlineTokens(element, tokens, options);
  return element;
}

/** The readable text of inline tokens, e.g. an image's alt text written with emphasis. */
function plainTextOf(tokens: readonly InlineToken[]): string {
  let text = '';
  for (const token of tokens) {
    if (token.type === 'escape' || token.type === 'codespan') text += token.text;
    else if (token.type === 'text') text += decodeCharacterReferences(token.text, lookUpName);
    else if ('tokens' in token) text += plainTextOf(token.tokens);
  }
  return text;
}

import type { Token, Tokens } from 'marked';
import { decodeCharacterReferences } from './character-references.js';
import { setSafeLink, toSafeLinkUrl } from './link-policy.js';
import type { RenderOptions } from './render-options.js';

/**
 * Turns Markdown tokens (from `marked`'s lexer) into DOM nodes, one `createElement` or
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
export function appendBlockTokens(parent: Node, tokens: readonly Token[], options: RenderOptions): void {
  for (const token of tokens) appendBlockToken(parent, token, options);
}

/** Appends the inline `tokens` (text, emphasis, links...) to `parent`. */
export function appendInlineTokens(parent: Node, tokens: readonly Token[], options: RenderOptions): void {
  for (const token of tokens) appendInlineToken(parent, token, options);
}

function appendBlockToken(parent: Node, token: Token, options: RenderOptions): void {
  switch (token.type) {
    case 'space':
    case 'def':
      // Blank lines carry no content; link definitions were already resolved by the lexer.
      return;
    case 'paragraph':
      parent.appendChild(elementWithInlines('p', (token as Tokens.Paragraph).tokens, options));
      return;
    case 'heading': {
      const { depth, tokens } = token as Tokens.Heading;
      parent.appendChild(elementWithInlines(`h${Math.min(depth + 1, 6)}`, tokens, options));
      return;
    }
    case 'blockquote': {
      const quote = document.createElement('blockquote');
      appendBlockTokens(quote, (token as Tokens.Blockquote).tokens, options);
      parent.appendChild(quote);
      return;
    }
    case 'list':
      parent.appendChild(listElement(token as Tokens.List, options));
      return;
    case 'code': {
      const pre = document.createElement('pre');
      const code = document.createElement('code');
      code.append(document.createTextNode((token as Tokens.Code).text));
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
      paragraph.append(document.createTextNode((token as Tokens.HTML).text.trimEnd()));
      parent.appendChild(paragraph);
      return;
    }
    case 'table':
      parent.appendChild(tableElement(token as Tokens.Table, options));
      return;
    case 'text': {
      // The content of a tight list item: inline tokens without a paragraph around them.
      const text = token as Tokens.Text;
      if (text.tokens) appendInlineTokens(parent, text.tokens, options);
      else parent.appendChild(document.createTextNode(decodeText(text)));
      return;
    }
    default:
      appendInlineToken(parent, token, options);
  }
}

function appendInlineToken(parent: Node, token: Token, options: RenderOptions): void {
  switch (token.type) {
    case 'text': {
      const text = token as Tokens.Text;
      if (text.tokens) appendInlineTokens(parent, text.tokens, options);
      else parent.appendChild(document.createTextNode(decodeText(text)));
      return;
    }
    case 'escape':
      // A backslash-escaped character is meant literally.
      parent.appendChild(document.createTextNode((token as Tokens.Escape).text));
      return;
    case 'strong':
    case 'em':
    case 'del':
      parent.appendChild(elementWithInlines(token.type, (token as Tokens.Strong).tokens, options));
      return;
    case 'codespan': {
      // Code is literal: character references inside it are not decoded.
      const code = document.createElement('code');
      code.append(document.createTextNode((token as Tokens.Codespan).text));
      parent.appendChild(code);
      return;
    }
    case 'br':
      parent.appendChild(document.createElement('br'));
      return;
    case 'link':
      appendLink(parent, token as Tokens.Link, options);
      return;
    case 'image':
      parent.appendChild(document.createTextNode(plainTextOf((token as Tokens.Image).tokens)));
      return;
    case 'html':
      // Raw inline HTML such as `<b>` or `<img onerror=...>` is shown, never interpreted.
      parent.appendChild(document.createTextNode((token as Tokens.Tag).text));
      return;
    case 'checkbox':
      parent.appendChild(document.createTextNode((token as Tokens.Checkbox).checked ? TASK_MARKERS.checked : TASK_MARKERS.unchecked));
      return;
    default:
      // A token type this builder does not know is shown as the source that produced it.
      parent.appendChild(document.createTextNode(token.raw));
  }
}

/**
 * A link whose destination passes the link policy becomes an anchor; any other keeps its
 * text and loses the link. Autolinks (`<https://...>`, bare `www.` and e-mail addresses) are
 * literal by definition, so their destination and text are not decoded.
 */
function appendLink(parent: Node, token: Tokens.Link, options: RenderOptions): void {
  const href = token.autolink ? token.href : decodeCharacterReferences(token.href);
  const url = toSafeLinkUrl(href);
  const target: Node = url ? document.createElement('a') : document.createDocumentFragment();
  if (token.autolink) target.appendChild(document.createTextNode(token.text));
  else appendInlineTokens(target, token.tokens, options);
  if (url) {
    const anchor = target as HTMLAnchorElement;
    setSafeLink(anchor, url, options);
    if (token.title) anchor.setAttribute('title', decodeCharacterReferences(token.title));
  }
  parent.appendChild(target);
}

function listElement(token: Tokens.List, options: RenderOptions): HTMLOListElement | HTMLUListElement {
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
function tableElement(token: Tokens.Table, options: RenderOptions): HTMLTableElement {
  const table = document.createElement('table');
  const head = document.createElement('thead');
  head.append(tableRow(token.header, 'th', options));
  const body = document.createElement('tbody');
  for (const row of token.rows) body.append(tableRow(row, 'td', options));
  table.append(head, body);
  return table;
}

function tableRow(cells: readonly Tokens.TableCell[], cellTag: 'th' | 'td', options: RenderOptions): HTMLTableRowElement {
  const row = document.createElement('tr');
  for (const cell of cells) row.append(elementWithInlines(cellTag, cell.tokens, options));
  return row;
}

function elementWithInlines(tag: string, tokens: readonly Token[], options: RenderOptions): HTMLElement {
  const element = document.createElement(tag);
  appendInlineTokens(element, tokens, options);
  return element;
}

/**
 * The text of a text token. The lexer passes text on with named character references in place
 * (an HTML renderer would leave them to the browser); text inside raw `<pre>`-like tags is
 * flagged `escaped` and is meant literally.
 */
function decodeText(token: Tokens.Text): string {
  return token.escaped ? token.text : decodeCharacterReferences(token.text);
}

/** The readable text of inline tokens, e.g. an image's alt text written with emphasis. */
function plainTextOf(tokens: readonly Token[]): string {
  let text = '';
  for (const token of tokens) {
    if (token.type === 'escape' || token.type === 'codespan') text += (token as Tokens.Escape).text;
    else if (token.type === 'text' && !(token as Tokens.Text).tokens) text += decodeText(token as Tokens.Text);
    else if ('tokens' in token && Array.isArray(token.tokens)) text += plainTextOf(token.tokens);
  }
  return text;
}

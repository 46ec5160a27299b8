import { lookUpName } from './character-names.js';
import { decodeCharacterReferences } from './character-references.js';
import { setCheckedLink } from './link-policy.js';
import { checkMarkdownLink, type CheckedLink } from './markdown-link-url.js';
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

/**
 * How many characters of link addresses one render may write, per character of Markdown
 * (and at least `MIN_ADDRESS_BUDGET`). References let a description repeat one address
 * thousands of times, and every anchor carries its own copy (Firefox copies the text each
 * time): 2,500 references to a 10,000-character definition would write 25 million
 * characters. Links past the budget keep their text and lose the link, as refused ones do.
 */
const ADDRESS_BUDGET_PER_CHARACTER = 10;
const MIN_ADDRESS_BUDGET = 100_000;

/**
 * What one render shares: the options, the address characters it may still write, and the
 * links it has checked, by destination (every reference to one definition shares its text,
 * and a description may reference a long destination thousands of times).
 */
interface Build {
  options: RenderOptions;
  addressBudget: number;
  links: Map<string, CheckedLink | null>;
  autolinks: Map<string, CheckedLink | null>;
}

/**
 * Appends the block-level `tokens` (paragraphs, lists, headings...) to `parent`;
 * `sourceLength` is the length of the Markdown they were read from.
 */
export function appendBlockTokens(parent: Node, tokens: readonly BlockToken[], options: RenderOptions, sourceLength: number): void {
  const addressBudget = Math.max(MIN_ADDRESS_BUDGET, ADDRESS_BUDGET_PER_CHARACTER * sourceLength);
  appendBlocks(parent, tokens, { options, addressBudget, links: new Map(), autolinks: new Map() });
}

function appendBlocks(parent: Node, tokens: readonly BlockToken[], build: Build): void {
  for (const token of tokens) appendBlockToken(parent, token, build);
}

/** Appends the inline `tokens` (text, emphasis, links...) to `parent`. */
function appendInlineTokens(parent: Node, tokens: readonly InlineToken[], build: Build): void {
  for (const token of tokens) appendInlineToken(parent, token, build);
}

function appendBlockToken(parent: Node, token: BlockToken, build: Build): void {
  switch (token.type) {
    case 'paragraph':
      parent.appendChild(elementWithInlines('p', token.tokens, build));
      return;
    case 'heading':
      parent.appendChild(elementWithInlines(`h${Math.min(token.depth + 1, 6)}`, token.tokens, build));
      return;
    case 'blockquote': {
      const quote = document.createElement('blockquote');
      appendBlocks(quote, token.tokens, build);
      parent.appendChild(quote);
      return;
    }
    case 'list':
      parent.appendChild(listElement(token, build));
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
      parent.appendChild(tableElement(token, build));
      return;
    case 'text':
      // The content of a tight list item: inline tokens without a paragraph around them.
      appendInlineTokens(parent, token.tokens, build);
      return;
  }
}

function appendInlineToken(parent: Node, token: InlineToken, build: Build): void {
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
      parent.appendChild(elementWithInlines(token.type, token.tokens, build));
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
      appendLink(parent, token, build);
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
function appendLink(parent: Node, token: LinkToken, build: Build): void {
  const checked = token.autolink ? build.autolinks : build.links;
  let link = checked.get(token.href);
  if (link === undefined) checked.set(token.href, (link = checkMarkdownLink(token.href, token.autolink)));
  if (link) {
    build.addressBudget -= link.href.length;
    if (build.addressBudget < 0) link = null;
  }
  const target: Node = link ? document.createElement('a') : document.createDocumentFragment();
  if (token.autolink) target.appendChild(document.createTextNode(token.text));
  else appendInlineTokens(target, token.tokens, build);
  if (link) {
    const anchor = target as HTMLAnchorElement;
    setCheckedLink(anchor, link.href, link.external, build.options);
    if (token.title) anchor.setAttribute('title', decodeCharacterReferences(token.title, lookUpName));
  }
  parent.appendChild(target);
}

function listElement(token: ListToken, build: Build): HTMLOListElement | HTMLUListElement {
  const list = document.createElement(token.ordered ? 'ol' : 'ul');
  if (token.ordered && typeof token.start === 'number' && token.start !== 1) {
    list.setAttribute('start', String(token.start));
  }
  for (const item of token.items) {
    const listItem = document.createElement('li');
    appendBlocks(listItem, item.tokens, build);
    list.append(listItem);
  }
  return list;
}

/** GFM tables. Column alignment is dropped: it would need inline styles, which CSP forbids. */
function tableElement(token: TableToken, build: Build): HTMLTableElement {
  const table = document.createElement('table');
  const head = document.createElement('thead');
  head.append(tableRow(token.header, 'th', build));
  const body = document.createElement('tbody');
  for (const row of token.rows) body.append(tableRow(row, 'td', build));
  table.append(head, body);
  return table;
}

function tableRow(cells: readonly TableCellToken[], cellTag: 'th' | 'td', build: Build): HTMLTableRowElement {
  const row = document.createElement('tr');
  for (const cell of cells) row.append(elementWithInlines(cellTag, cell.tokens, build));
  return row;
}

function elementWithInlines(tag: string, tokens: readonly InlineToken[], build: Build): HTMLElement {
  const element = document.createElement(tag);
  appendInlineTokens(element, tokens, build);
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

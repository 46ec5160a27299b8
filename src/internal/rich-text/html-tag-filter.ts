/**
 * Reduces an HTML string to the allowed tags before any HTML parser sees it.
 *
 * Why, when DOMPurify sanitizes anyway: Chromium checks the page's Content-Security-Policy
 * while it *parses* a string into an inert `DOMParser` document. Nothing runs there, but every
 * `onerror=`, `style=`, `<style>`, `<script>` or `<base>` in a description is reported as a
 * violation (`script-src-attr`, `style-src-attr`, `style-src-elem`, `base-uri`, Trusted Types
 * sinks) to the portal's console and report endpoint, on every view. Editor-made HTML full
 * of `style="..."` would flood it. See cure53/DOMPurify#107 and #900 for the behaviour.
 *
 * The filter is a small tokenizer that follows the HTML specification's rules for where tags
 * and attributes start and end, and writes back only what it controls: the allowed tags, an
 * `href` on `<a>`, and text. Whatever it misreads in a hostile string, its output contains no
 * other tag and no other attribute; the browser's parser and DOMPurify still do the real
 * sanitizing afterwards. Character references are left for the parser to decode.
 */

/** The tags legacy HTML descriptions may keep (DOMPurify's allow-list uses the same). */
export const ALLOWED_HTML_TAGS: readonly string[] = [
  'p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'ul', 'ol', 'li', 'a',
  'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'code', 'pre', 'hr',
];

const ALLOWED = new Set(ALLOWED_HTML_TAGS);
const VOID = new Set(['br', 'hr']);
/** Their content is raw text to the parser (or markup we never want): dropped with them. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);
/**
 * Containers whose content is not the description's text (drawings, media fallbacks,
 * templates): dropped up to their matching end tag. This is cruder than the parser, which
 * lets some HTML tags break out of SVG, so such text is lost; nothing unsafe can come of it.
 */
const DROPPED_CONTAINERS = new Set(['svg', 'math', 'template', 'head', 'object', 'audio', 'video', 'select']);
const FOREIGN = new Set(['svg', 'math']);

const WHITESPACE = /[\t\n\f\r ]/;
const TAG_NAME_END = /[\t\n\f\r />]/;
const ATTRIBUTE_NAME_END = /[\t\n\f\r />=]/;
const UNQUOTED_VALUE_END = /[\t\n\f\r >]/;
const ASCII_ALPHA = /[A-Za-z]/;

interface Tag {
  name: string;
  /** The first value of each attribute, as the parser keeps it (later duplicates are ignored). */
  attributes: Map<string, string>;
  /** Ends in "/>", which the parser honours only for SVG and MathML elements. */
  selfClosing: boolean;
  /** Index just after the tag; `undefined` when the input ended inside it (the parser drops such a tag). */
  end: number | undefined;
}

/** Reads a tag whose name starts at `start` (just after `<` or `</`). */
function readTag(html: string, start: number): Tag {
  let index = start;
  while (index < html.length && !TAG_NAME_END.test(html[index])) index++;
  const tag: Tag = { name: html.slice(start, index).toLowerCase(), attributes: new Map(), selfClosing: false, end: undefined };
  for (;;) {
    // A slash that does not close the tag counts as whitespace between attributes.
    let slashLast = false;
    while (index < html.length && (WHITESPACE.test(html[index]) || html[index] === '/')) slashLast = html[index++] === '/';
    if (index >= html.length) return tag;
    if (html[index] === '>') {
      tag.selfClosing = slashLast;
      tag.end = index + 1;
      return tag;
    }
    // An attribute name may begin with "=", and holds anything up to whitespace, "/", ">" or "=".
    const nameStart = index++;
    while (index < html.length && !ATTRIBUTE_NAME_END.test(html[index])) index++;
    const name = html.slice(nameStart, index).toLowerCase();
    while (index < html.length && WHITESPACE.test(html[index])) index++;
    let value = '';
    if (html[index] === '=') {
      index++;
      while (index < html.length && WHITESPACE.test(html[index])) index++;
      const quote = html[index];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, index + 1);
        if (close === -1) return tag;
        value = html.slice(index + 1, close);
        index = close + 1;
      } else {
        const valueStart = index;
        while (index < html.length && !UNQUOTED_VALUE_END.test(html[index])) index++;
        value = html.slice(valueStart, index);
      }
    }
    if (!tag.attributes.has(name)) tag.attributes.set(name, value);
  }
}

/** Index after a comment, doctype, CDATA section or other `<!` / `<?` construct at `start`. */
function skipDeclaration(html: string, start: number, inForeignContent: boolean): number {
  if (html.startsWith('<!--', start)) {
    // "<!-->" and "<!--->" are complete (empty) comments; otherwise "-->" or "--!>" ends one.
    if (html.startsWith('>', start + 4)) return start + 5;
    if (html.startsWith('->', start + 4)) return start + 6;
    const ends = [html.indexOf('-->', start + 4), html.indexOf('--!>', start + 4)].filter((at) => at !== -1);
    if (ends.length === 0) return html.length;
    const end = Math.min(...ends);
    return end + (html.startsWith('-->', end) ? 3 : 4);
  }
  if (inForeignContent && html.startsWith('<![CDATA[', start)) {
    const end = html.indexOf(']]>', start + 9);
    return end === -1 ? html.length : end + 3;
  }
  // Doctypes, processing instructions and other bogus comments end at the first ">".
  const end = html.indexOf('>', start + 2);
  return end === -1 ? html.length : end + 1;
}

/** Index of the end tag that closes raw-text element `name`, or the end of the input. */
function findRawTextEnd(html: string, from: number, name: string): number {
  const closing = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'ig');
  closing.lastIndex = from;
  const match = closing.exec(html);
  return match ? match.index : html.length;
}

function escapeText(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttributeValue(value: string): string {
  return value.replace(/"/g, '&quot;');
}

function writeStartTag(tag: Tag): string {
  const href = tag.name === 'a' ? tag.attributes.get('href') : undefined;
  return href === undefined ? `<${tag.name}>` : `<a href="${escapeAttributeValue(href)}">`;
}

/** `html` with every tag outside `ALLOWED_HTML_TAGS`, every attribute but `<a href>`, comments and scripts removed. */
export function keepAllowedHtml(html: string): string {
  let output = '';
  let index = 0;
  /** The dropped container being skipped, and how deeply it is nested in itself. */
  let dropping: { name: string; depth: number } | undefined;

  while (index < html.length) {
    const lessThan = html.indexOf('<', index);
    const textEnd = lessThan === -1 ? html.length : lessThan;
    if (textEnd > index) {
      if (!dropping) output += escapeText(html.slice(index, textEnd));
      index = textEnd;
      continue;
    }
    const next = html[index + 1] ?? '';
    if (next === '!' || next === '?') {
      index = skipDeclaration(html, index, dropping !== undefined && FOREIGN.has(dropping.name));
      continue;
    }
    const isEndTag = next === '/';
    const nameStart = index + (isEndTag ? 2 : 1);
    if (!ASCII_ALPHA.test(html[nameStart] ?? '')) {
      if (isEndTag) {
        // "</>" is ignored; "</" before anything else but a letter opens a bogus comment.
        index = html.startsWith('>', nameStart) ? nameStart + 1 : skipDeclaration(html, index, false);
      } else {
        // A "<" that starts no tag is just text.
        if (!dropping) output += '&lt;';
        index++;
      }
      continue;
    }
    const tag = readTag(html, nameStart);
    if (tag.end === undefined) break;
    index = tag.end;

    if (dropping) {
      if (tag.name === dropping.name && !(FOREIGN.has(tag.name) && tag.selfClosing)) dropping.depth += isEndTag ? -1 : 1;
      if (dropping.depth === 0) dropping = undefined;
      else if (!isEndTag && RAW_TEXT.has(tag.name)) index = findRawTextEnd(html, index, tag.name);
      continue;
    }
    if (isEndTag) {
      if (ALLOWED.has(tag.name) && !VOID.has(tag.name)) output += `</${tag.name}>`;
      continue;
    }
    if (tag.name === 'plaintext') break;
    if (RAW_TEXT.has(tag.name)) index = findRawTextEnd(html, index, tag.name);
    else if (DROPPED_CONTAINERS.has(tag.name)) {
      if (!(FOREIGN.has(tag.name) && tag.selfClosing)) dropping = { name: tag.name, depth: 1 };
    }
    else if (ALLOWED.has(tag.name)) output += writeStartTag(tag);
  }
  return output;
}

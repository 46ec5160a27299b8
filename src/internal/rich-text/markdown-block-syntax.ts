/**
 * What one line of Markdown is, at the block level: a list marker, a fence, a heading, a
 * thematic break, the start of an HTML block, a table row. Pure functions on strings; the
 * block lexer (`markdown-lexer.ts`) decides what to do with the answers.
 */
const LIST_MARKER = /^(?:([*+-])|(\d{1,9})([.)]))(?=[ \t]|$)/;
export const FENCE = /^(`{3,}|~{3,})(.*)$/;
export const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/;
const TASK_MARKER = /^\[([ xX])\][ \t]+(?=\S)/;
const HTML_BLOCK_TAGS =
  'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|' +
  'fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|' +
  'menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul';
/** HTML block starts (CommonMark kinds 1 to 6) with what ends each; `null` ends at a blank line. */
export const HTML_BLOCKS: ReadonlyArray<readonly [RegExp, RegExp | null]> = [
  [/^<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
  [new RegExp(`^</?(?:${HTML_BLOCK_TAGS})(?:\\s|/?>|$)`, 'i'), null],
];
/** Kind 7: a lone complete tag; it cannot interrupt a paragraph. */
export const HTML_LONE_TAG =
  /^(?:<[A-Za-z][A-Za-z\d-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z\d-]*\s*>)[ \t]*$/;



/** Splits off a GFM task marker (`[ ] `, `[x] `) from the start of a list item's text. */
export function splitTaskMarker(text: string): { checked: boolean; rest: string } | null {
  const match = TASK_MARKER.exec(text);
  return match ? { checked: match[1] !== ' ', rest: text.slice(match[0].length) } : null;
}

/**
 * Marks a lazy continuation line: a line a container (block quote, list item) took without
 * its marker because it may continue the container's paragraph. NUL never occurs otherwise:
 * the lexer replaces it with U+FFFD first.
 */
export const LAZY = '\0';

export function isBlank(line: string): boolean {
  return line.trim() === '';
}

/**
 * Replaces the tabs in the leading whitespace of `line` with spaces (tab stops of 4), for a
 * line that starts at `startColumn` (after a `>`, say).
 */
export function expandIndent(line: string, startColumn = 0): string {
  if (!/^ *\t/.test(line)) return line;
  let column = startColumn;
  let i = 0;
  let spaces = '';
  for (; i < line.length && (line[i] === ' ' || line[i] === '\t'); i++) {
    const width = line[i] === '\t' ? 4 - (column % 4) : 1;
    column += width;
    spaces += ' '.repeat(width);
  }
  return spaces + line.slice(i);
}

export function indentOf(line: string): number {
  let i = 0;
  while (line[i] === ' ') i++;
  return i;
}

export function isThematicBreak(content: string): boolean {
  return /^(?:\*{3,}|-{3,}|_{3,})$/.test(content.replace(/[ \t]/g, ''));
}

/** The level and text of an ATX heading (`## Title ##`), or null. */
export function atxHeading(content: string): { depth: number; text: string } | null {
  let depth = 0;
  while (content[depth] === '#') depth++;
  if (depth === 0 || depth > 6 || (depth < content.length && content[depth] !== ' ' && content[depth] !== '\t')) return null;
  let text = content.slice(depth).trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === 0) text = '';
  else if (end < text.length && (text[end - 1] === ' ' || text[end - 1] === '\t')) text = text.slice(0, end).trimEnd();
  return { depth, text };
}

/** The list marker that starts `content`, with the width of the marker and of the space after it. */
export function listMarker(content: string): { bullet: string; ordered: boolean; start: number; width: number; rest: string } | null {
  const match = LIST_MARKER.exec(content);
  if (!match) return null;
  const after = expandIndent(` ${content.slice(match[0].length)}`).slice(1);
  let spaces = indentOf(after);
  if (spaces === after.length) spaces = 1;
  else if (spaces > 4) spaces = 1;
  else if (spaces === 0) spaces = 1;
  return {
    bullet: match[1] ?? match[3],
    ordered: !match[1],
    start: match[2] === undefined ? 1 : Number(match[2]),
    width: match[0].length + spaces,
    rest: after.slice(spaces),
  };
}

/** True when `content` (indented less than four spaces) starts a block that ends a paragraph. */
export function interruptsParagraph(content: string): boolean {
  if (content[0] === '>' || atxHeading(content) || FENCE.test(content) || isThematicBreak(content)) return true;
  if (HTML_BLOCKS.some(([start]) => start.test(content))) return true;
  const marker = listMarker(content);
  return !!marker && !isBlank(marker.rest) && (!marker.ordered || marker.start === 1);
}

/** Splits a table row into the raw text of its cells, at pipes that are not escaped. */
export function splitRow(line: string): string[] {
  let row = line.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1);
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\' && row[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (row[i] === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += row[i];
  }
  cells.push(cell.trim());
  return cells;
}

export function isDelimiterRow(line: string): boolean {
  return line.includes('|') && indentOf(line) < 4 && splitRow(line).every((cell) => /^:?-+:?$/.test(cell));
}

/** True when a line that follows a paragraph line starts a new block instead of continuing it. */
export function startsBlockAfterParagraph(content: string, nextLine: string | undefined): boolean {
  if (SETEXT_UNDERLINE.test(content)) return false;
  return interruptsParagraph(content) || (content.includes('|') && nextLine !== undefined && tableHeaderFits(content, nextLine));
}

/** True when `content` and `nextLine` are a table's header and delimiter row. */
export function tableHeaderFits(content: string, nextLine: string): boolean {
  return isDelimiterRow(nextLine) && splitRow(content).length === splitRow(nextLine).length;
}

/** True when `line` may continue the paragraph of a container lazily, without its marker. */
export function isLazyContinuation(line: string): boolean {
  const expanded = expandIndent(line);
  const indent = indentOf(expanded);
  const content = expanded.slice(indent);
  // Indented four spaces or more, a line cannot start a block that interrupts a paragraph.
  return !isBlank(line) && (indent >= 4 || (!interruptsParagraph(content) && !listMarker(content)));
}

/** Block quote and list markers at the start of a line, however deeply nested. */
const CONTAINER_MARKERS = /^(?: {0,3}(?:>|[*+-](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?)*/;

/**
 * Follows the lines a container (block quote, list item) gathers closely enough to tell
 * whether a paragraph may still be open at their end, so that the container takes a lazy
 * line only then. Without it, a container that turns a lazy line away ends there and the
 * next one gathers the rest of the text again: `> ```` then `b`, repeated, was quadratic.
 */
export class ParagraphWatch {
  private fence: string | null = null;
  private paragraph = false;

  /** True when a lazy line could continue a paragraph after the lines seen so far. */
  get paragraphOpen(): boolean {
    return this.paragraph && this.fence === null;
  }

  see(line: string): void {
    const expanded = expandIndent(line.replace(CONTAINER_MARKERS, ''));
    const indent = indentOf(expanded);
    const content = expanded.slice(indent).trimEnd();
    if (this.fence !== null) {
      if (indent < 4 && content.startsWith(this.fence) && /^(`+|~+)$/.test(content)) this.fence = null;
      return;
    }
    if (isBlank(content)) this.paragraph = false;
    else if (indent >= 4) return; // code, or the continuation of an open paragraph
    else if (FENCE.test(content)) {
      this.fence = FENCE.exec(content)![1];
      this.paragraph = false;
    } else if (this.paragraph && SETEXT_UNDERLINE.test(content)) this.paragraph = false;
    else this.paragraph = !(atxHeading(content) || isThematicBreak(content) || HTML_BLOCKS.some(([start]) => start.test(content)));
  }
}

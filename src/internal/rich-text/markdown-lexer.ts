/**
 * A small Markdown lexer: CommonMark's block and inline constructs plus the GitHub extensions
 * the DOM builder shows (tables, strikethrough, task lists, bare URLs and e-mail addresses).
 *
 * This file reads the block structure line by line: containers (block quotes, list items)
 * collect their lines, drop their markers and indentation, and are read again recursively,
 * at most `MAX_BLOCK_DEPTH` levels deep; deeper content is kept as plain paragraphs. Text of
 * paragraphs, headings and table cells is read by `markdown-inline.ts` once the whole
 * document is known, so that link references can point to definitions further down.
 *
 * Nothing here throws for any input, and no regular expression can backtrack without bound:
 * the ones applied to whole lines either anchor a short, unambiguous prefix or are linear.
 */
import { lexInline } from './markdown-inline.js';
import { readDefinition } from './markdown-link-syntax.js';
import type { LinkDefinitions } from './markdown-link-syntax.js';
import type { BlockToken, InlineToken, ListItemToken, ParagraphToken, TableCellToken } from './markdown-tokens.js';

/** Block quotes and lists nested deeper than this are read as plain paragraphs. */
const MAX_BLOCK_DEPTH = 16;

const LIST_MARKER = /^(?:([*+-])|(\d{1,9})([.)]))(?=[ \t]|$)/;
const FENCE = /^(`{3,}|~{3,})(.*)$/;
const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/;
const TASK_MARKER = /^\[([ xX])\][ \t]+(?=\S)/;
const HTML_BLOCK_TAGS =
  'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|' +
  'fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|' +
  'menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul';
/** HTML block starts (CommonMark kinds 1 to 6) with what ends each; `null` ends at a blank line. */
const HTML_BLOCKS: ReadonlyArray<readonly [RegExp, RegExp | null]> = [
  [/^<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
  [new RegExp(`^</?(?:${HTML_BLOCK_TAGS})(?:\\s|/?>|$)`, 'i'), null],
];
/** Kind 7: a lone complete tag; it cannot interrupt a paragraph. */
const HTML_LONE_TAG =
  /^(?:<[A-Za-z][A-Za-z\d-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z\d-]*\s*>)[ \t]*$/;

interface Pending {
  text: string;
  checked?: boolean;
}

/** Lexes a Markdown document into block tokens. Never throws on any input. */
export function lexMarkdown(markdown: string): BlockToken[] {
  const lexer = new BlockLexer();
  const lines = markdown.replace(/\r\n?/g, '\n').replace(/\0/g, '\ufffd').split('\n');
  const { tokens } = lexer.blocks(lines, 0);
  lexer.lexPendingInlines();
  return tokens;
}

/** Splits off a GFM task marker (`[ ] `, `[x] `) from the start of a list item's text. */
function splitTaskMarker(text: string): { checked: boolean; rest: string } | null {
  const match = TASK_MARKER.exec(text);
  return match ? { checked: match[1] !== ' ', rest: text.slice(match[0].length) } : null;
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** Replaces the tabs in the leading whitespace of `line` with spaces (tab stops of 4). */
function expandIndent(line: string): string {
  if (!/^ *\t/.test(line)) return line;
  let column = 0;
  let i = 0;
  let spaces = '';
  for (; i < line.length && (line[i] === ' ' || line[i] === '\t'); i++) {
    const width = line[i] === '\t' ? 4 - (column % 4) : 1;
    column += width;
    spaces += ' '.repeat(width);
  }
  return spaces + line.slice(i);
}

function indentOf(line: string): number {
  let i = 0;
  while (line[i] === ' ') i++;
  return i;
}

function isThematicBreak(content: string): boolean {
  return /^(?:\*{3,}|-{3,}|_{3,})$/.test(content.replace(/[ \t]/g, ''));
}

/** The level and text of an ATX heading (`## Title ##`), or null. */
function atxHeading(content: string): { depth: number; text: string } | null {
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
function listMarker(content: string): { bullet: string; ordered: boolean; start: number; width: number; rest: string } | null {
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
function interruptsParagraph(content: string): boolean {
  if (content[0] === '>' || atxHeading(content) || FENCE.test(content) || isThematicBreak(content)) return true;
  if (HTML_BLOCKS.some(([start]) => start.test(content))) return true;
  const marker = listMarker(content);
  return !!marker && !isBlank(marker.rest) && (!marker.ordered || marker.start === 1);
}

/** Splits a table row into the raw text of its cells, at pipes that are not escaped. */
function splitRow(line: string): string[] {
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

function isDelimiterRow(line: string): boolean {
  return line.includes('|') && indentOf(line) < 4 && splitRow(line).every((cell) => /^:?-+:?$/.test(cell));
}

class BlockLexer {
  private readonly definitions: LinkDefinitions = new Map();
  private readonly pending = new Map<InlineToken[], Pending>();

  /** Fills in the inline tokens of every paragraph, heading and cell. */
  lexPendingInlines(): void {
    for (const [target, { text, checked }] of this.pending) {
      if (checked !== undefined) target.push({ type: 'checkbox', checked });
      target.push(...lexInline(text, this.definitions));
    }
  }

  private inline(text: string): InlineToken[] {
    const tokens: InlineToken[] = [];
    this.pending.set(tokens, { text });
    return tokens;
  }

  /**
   * Reads `lines` as a sequence of blocks. `gaps` tells whether a blank line separates two
   * of them, which makes a list item loose.
   */
  blocks(lines: string[], depth: number): { tokens: BlockToken[]; gaps: boolean } {
    const tokens: BlockToken[] = [];
    if (depth > MAX_BLOCK_DEPTH) {
      for (const text of lines.join('\n').split(/\n[ \t]*\n/)) {
        if (!isBlank(text)) tokens.push({ type: 'paragraph', tokens: this.inline(text.trim()) });
      }
      return { tokens, gaps: false };
    }
    // The lines of the paragraph being read, in an object so the closures below can set it.
    const open: { paragraph: string[] | null } = { paragraph: null };
    let blankSeen = false;
    let gaps = false;
    const closeParagraph = () => {
      if (open.paragraph) this.paragraph(open.paragraph.join('\n'), tokens);
      open.paragraph = null;
    };
    let i = 0;
    while (i < lines.length) {
      const line = expandIndent(lines[i]);
      if (isBlank(line)) {
        closeParagraph();
        if (tokens.length > 0) blankSeen = true;
        i++;
        continue;
      }
      const indent = indentOf(line);
      const content = line.slice(indent);
      const paragraph = open.paragraph;
      if (paragraph && (indent >= 4 || !this.startsBlockAfterParagraph(content, lines[i + 1]))) {
        if (indent < 4 && SETEXT_UNDERLINE.test(content)) {
          const text = this.withoutDefinitions(paragraph.join('\n'));
          open.paragraph = null;
          if (text !== null) {
            tokens.push({ type: 'heading', depth: content[0] === '=' ? 1 : 2, tokens: this.inline(text) });
            i++;
            continue;
          }
          // Only definitions above: the underline is read again as a block of its own.
          continue;
        }
        paragraph.push(content);
        i++;
        continue;
      }
      closeParagraph();
      if (blankSeen) gaps = true;
      blankSeen = false;
      i = this.block(lines, i, line, indent, content, depth, tokens, (text) => (open.paragraph = [text]));
    }
    closeParagraph();
    return { tokens, gaps };
  }

  /** True when a line that follows a paragraph line starts a new block instead of continuing it. */
  private startsBlockAfterParagraph(content: string, nextLine: string | undefined): boolean {
    if (SETEXT_UNDERLINE.test(content)) return false;
    return interruptsParagraph(content) || (content.includes('|') && nextLine !== undefined && this.tableHeaderFits(content, nextLine));
  }

  private tableHeaderFits(content: string, nextLine: string): boolean {
    return isDelimiterRow(nextLine) && splitRow(content).length === splitRow(nextLine).length;
  }

  /** Reads the block that starts at `lines[i]`; returns the index of the first line after it. */
  private block(
    lines: string[],
    i: number,
    line: string,
    indent: number,
    content: string,
    depth: number,
    tokens: BlockToken[],
    startParagraph: (text: string) => void,
  ): number {
    if (indent >= 4) return this.indentedCode(lines, i, tokens);
    const fence = FENCE.exec(content);
    if (fence && !(fence[1][0] === '`' && fence[2].includes('`'))) return this.fencedCode(lines, i, indent, fence[1], tokens);
    const heading = atxHeading(content);
    if (heading) {
      tokens.push({ type: 'heading', depth: heading.depth, tokens: this.inline(heading.text) });
      return i + 1;
    }
    if (isThematicBreak(content)) {
      tokens.push({ type: 'hr' });
      return i + 1;
    }
    if (content[0] === '>') return this.blockquote(lines, i, depth, tokens);
    const marker = listMarker(content);
    if (marker) return this.list(lines, i, depth, tokens);
    for (const [start, end] of HTML_BLOCKS) {
      if (start.test(content)) return this.htmlBlock(lines, i, end, tokens);
    }
    if (HTML_LONE_TAG.test(content)) return this.htmlBlock(lines, i, null, tokens);
    if (content.includes('|') && i + 1 < lines.length && this.tableHeaderFits(content, lines[i + 1])) {
      return this.table(lines, i, tokens);
    }
    startParagraph(line.trimStart());
    return i + 1;
  }

  /** Turns a paragraph's text into link definitions and, if anything is left, a paragraph. */
  private paragraph(text: string, tokens: BlockToken[]): void {
    const rest = this.withoutDefinitions(text);
    if (rest !== null) tokens.push({ type: 'paragraph', tokens: this.inline(rest) });
  }

  /** Records the link reference definitions at the start of `text`; returns what follows, or null. */
  private withoutDefinitions(text: string): string | null {
    let pos = 0;
    while (text[pos] === '[') {
      const end = readDefinition(text, pos, this.definitions);
      if (end < 0) break;
      pos = end;
    }
    const rest = text.slice(pos).trimEnd();
    return rest.trim() === '' ? null : rest;
  }

  private indentedCode(lines: string[], i: number, tokens: BlockToken[]): number {
    const code: string[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      const line = expandIndent(lines[j]);
      if (isBlank(line)) code.push(line.slice(4));
      else if (indentOf(line) >= 4) code.push(line.slice(4));
      else break;
    }
    while (code.length > 0 && isBlank(code[code.length - 1])) code.pop();
    tokens.push({ type: 'code', text: code.join('\n') });
    return j;
  }

  private fencedCode(lines: string[], i: number, indent: number, fence: string, tokens: BlockToken[]): number {
    const code: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = expandIndent(lines[j]);
      const lineIndent = indentOf(line);
      const rest = line.slice(lineIndent).trimEnd();
      if (lineIndent < 4 && rest.length >= fence.length && rest[0] === fence[0] && /^(`+|~+)$/.test(rest)) {
        j++;
        break;
      }
      code.push(line.slice(Math.min(indent, lineIndent)));
    }
    tokens.push({ type: 'code', text: code.join('\n') });
    return j;
  }

  private htmlBlock(lines: string[], i: number, end: RegExp | null, tokens: BlockToken[]): number {
    const html: string[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      if (end === null && isBlank(lines[j])) break;
      html.push(lines[j]);
      if (end && end.test(lines[j])) {
        j++;
        break;
      }
    }
    tokens.push({ type: 'html', text: html.join('\n') });
    return j;
  }

  /** True when `line` may continue the paragraph of a container lazily, without its marker. */
  private isLazyContinuation(line: string): boolean {
    const expanded = expandIndent(line);
    const content = expanded.slice(indentOf(expanded));
    return !isBlank(line) && !interruptsParagraph(content) && !listMarker(content);
  }

  private blockquote(lines: string[], i: number, depth: number, tokens: BlockToken[]): number {
    const inner: string[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      const line = expandIndent(lines[j]);
      const indent = indentOf(line);
      if (indent < 4 && line[indent] === '>') {
        let rest = line.slice(indent + 1);
        if (rest[0] === ' ') rest = rest.slice(1);
        else if (rest[0] === '\t') rest = expandIndent(rest).slice(1);
        inner.push(rest);
      } else if (inner.length > 0 && !isBlank(inner[inner.length - 1]) && this.isLazyContinuation(line)) {
        inner.push(line);
      } else break;
    }
    tokens.push({ type: 'blockquote', tokens: this.blocks(inner, depth + 1).tokens });
    return j;
  }

  private list(lines: string[], i: number, depth: number, tokens: BlockToken[]): number {
    const first = expandIndent(lines[i]);
    const firstMarker = listMarker(first.slice(indentOf(first)))!;
    const items: ListItemToken[] = [];
    let loose = false;
    let j = i;
    while (j < lines.length) {
      const line = expandIndent(lines[j]);
      const indent = indentOf(line);
      const marker = indent < 4 ? listMarker(line.slice(indent)) : null;
      if (!marker || marker.bullet !== firstMarker.bullet || marker.ordered !== firstMarker.ordered) break;
      if (items.length > 0 && isThematicBreak(line.slice(indent))) break;
      const contentIndent = indent + marker.width;
      const itemLines = [marker.rest];
      j++;
      for (; j < lines.length; j++) {
        const next = expandIndent(lines[j]);
        if (isBlank(next)) {
          // An item may start with one blank line, not two.
          if (itemLines.length === 1 && isBlank(itemLines[0])) break;
          itemLines.push('');
        } else if (indentOf(next) >= contentIndent) itemLines.push(next.slice(contentIndent));
        else if (!isBlank(itemLines[itemLines.length - 1]) && this.isLazyContinuation(next)) itemLines.push(next);
        else break;
      }
      // Blank lines after the item belong to the list only if another item follows.
      let blanks = 0;
      while (itemLines.length > 1 && isBlank(itemLines[itemLines.length - 1])) {
        itemLines.pop();
        blanks++;
      }
      while (j < lines.length && isBlank(lines[j])) {
        j++;
        blanks++;
      }
      const item = this.listItem(itemLines, depth);
      items.push(item.token);
      if (item.gaps) loose = true;
      const after = j < lines.length ? expandIndent(lines[j]) : '';
      const afterMarker = indentOf(after) < 4 ? listMarker(after.slice(indentOf(after))) : null;
      const continues = !!afterMarker && afterMarker.bullet === firstMarker.bullet && afterMarker.ordered === firstMarker.ordered;
      if (!continues) {
        j -= blanks;
        break;
      }
      if (blanks > 0) loose = true;
    }
    if (!loose) {
      for (const item of items) {
        item.tokens = item.tokens.map((token) => (token.type === 'paragraph' ? { type: 'text', tokens: token.tokens } : token));
      }
    }
    tokens.push({ type: 'list', ordered: firstMarker.ordered, start: firstMarker.ordered ? firstMarker.start : null, loose, items });
    return j;
  }

  private listItem(lines: string[], depth: number): { token: ListItemToken; gaps: boolean } {
    const { tokens, gaps } = this.blocks(lines, depth + 1);
    const first = tokens[0] as ParagraphToken | undefined;
    const pending = first?.type === 'paragraph' ? this.pending.get(first.tokens) : undefined;
    const task = pending ? splitTaskMarker(pending.text) : null;
    if (pending && task) {
      pending.text = task.rest;
      pending.checked = task.checked;
    }
    return { token: { tokens }, gaps };
  }

  private table(lines: string[], i: number, tokens: BlockToken[]): number {
    const header = splitRow(lines[i]);
    const cell = (text: string): TableCellToken => ({ tokens: this.inline(text) });
    const rows: TableCellToken[][] = [];
    let j = i + 2;
    for (; j < lines.length; j++) {
      const line = expandIndent(lines[j]);
      if (isBlank(line) || (indentOf(line) < 4 && interruptsParagraph(line.slice(indentOf(line))))) break;
      const cells = splitRow(line);
      rows.push(header.map((_, index) => cell(cells[index] ?? '')));
    }
    tokens.push({ type: 'table', header: header.map(cell), rows });
    return j;
  }
}

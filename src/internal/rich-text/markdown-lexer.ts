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
import {
  FENCE,
  SETEXT_UNDERLINE,
  HTML_BLOCKS,
  HTML_LONE_TAG,
  splitTaskMarker,
  isBlank,
  expandIndent,
  indentOf,
  isThematicBreak,
  atxHeading,
  listMarker,
  interruptsParagraph,
  splitRow,
  isDelimiterRow,
} from './markdown-block-syntax.js';
import { lexInline } from './markdown-inline.js';
import { readDefinition } from './markdown-link-syntax.js';
import type { LinkDefinitions } from './markdown-link-syntax.js';
import type { BlockToken, InlineToken, ListItemToken, ParagraphToken, TableCellToken } from './markdown-tokens.js';

/** Block quotes and lists nested deeper than this are read as plain paragraphs. */
const MAX_BLOCK_DEPTH = 16;

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

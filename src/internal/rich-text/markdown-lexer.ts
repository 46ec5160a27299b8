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
  LAZY,
  ParagraphWatch,
  expandIndent,
  indentOf,
  isThematicBreak,
  atxHeading,
  listMarker,
  isLazyContinuation,
  startsBlockAfterParagraph,
  tableHeaderFits,
} from './markdown-block-syntax.js';
import { lexInline } from './markdown-inline.js';
import { MAX_PADDED_CELLS, readFencedCode, readHtmlBlock, readIndentedCode, readTable, type LeafBlock } from './markdown-leaf-blocks.js';
import { readDefinition } from './markdown-link-syntax.js';
import type { LinkDefinitions } from './markdown-link-syntax.js';
import type { BlockToken, InlineToken, ListItemToken, ParagraphToken } from './markdown-tokens.js';

/** Block quotes and lists nested deeper than this are read as plain paragraphs. */
const MAX_BLOCK_DEPTH = 16;

/** Text whose inline tokens are read once the whole document (and its definitions) is known. */
interface Pending {
  target: InlineToken[];
  text: string;
  checked?: boolean;
}

/** Lexes a Markdown document into block tokens. Never throws on any input. */
export function lexMarkdown(markdown: string): BlockToken[] {
  const lexer = new BlockLexer();
  const lines = markdown.replace(/\r\n?/g, '\n').replace(/\0/g, '\ufffd').split('\n');
  // The line break that ends the last line starts no line of its own (a code block left open
  // at the end would otherwise gain an empty line).
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const { tokens } = lexer.blocks(lines, 0);
  lexer.lexPendingInlines();
  return tokens;
}

class BlockLexer {
  private readonly definitions: LinkDefinitions = new Map();
  /** In the order the blocks were made (a list, not a map keyed by arrays: tables make many). */
  private readonly pending: Pending[] = [];
  /** Empty cells this document's tables may still add (see `readTable`). */
  private readonly tableBudget = { paddedCells: MAX_PADDED_CELLS };

  /** Fills in the inline tokens of every paragraph, heading and cell. */
  lexPendingInlines(): void {
    for (const { target, text, checked } of this.pending) {
      if (checked !== undefined) target.push({ type: 'checkbox', checked });
      // One push per token: spreading a long paragraph's tokens as arguments overflows the stack.
      for (const token of lexInline(text, this.definitions)) target.push(token);
    }
  }

  private inline(text: string): InlineToken[] {
    const tokens: InlineToken[] = [];
    this.pending.push({ target: tokens, text });
    return tokens;
  }

  /**
   * Reads `lines` as a sequence of blocks. `gaps` tells whether a blank line separates two
   * of them, which makes a list item loose.
   */
  blocks(lines: string[], depth: number): { tokens: BlockToken[]; gaps: boolean; end: number } {
    const tokens: BlockToken[] = [];
    if (depth > MAX_BLOCK_DEPTH) {
      for (const text of lines.join('\n').replaceAll(LAZY, '').split(/\n[ \t]*\n/)) {
        if (!isBlank(text)) tokens.push({ type: 'paragraph', tokens: this.inline(text.trim()) });
      }
      return { tokens, gaps: false, end: lines.length };
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
      if (lines[i][0] === LAZY) {
        // A lazy line only ever continues a paragraph; with none open, the container ends here.
        if (!open.paragraph) break;
        open.paragraph.push(lines[i].replace(/^\0+/, '').trimStart());
        i++;
        continue;
      }
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
      if (paragraph && (indent >= 4 || !startsBlockAfterParagraph(content, lines[i + 1]))) {
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
    return { tokens, gaps, end: i };
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
    if (indent >= 4) return this.leaf(readIndentedCode(lines, i), tokens);
    const fence = FENCE.exec(content);
    if (fence && !(fence[1][0] === '`' && fence[2].includes('`'))) return this.leaf(readFencedCode(lines, i, indent, fence[1]), tokens);
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
      if (start.test(content)) return this.leaf(readHtmlBlock(lines, i, end), tokens);
    }
    if (HTML_LONE_TAG.test(content)) return this.leaf(readHtmlBlock(lines, i, null), tokens);
    if (content.includes('|') && i + 1 < lines.length && tableHeaderFits(content, lines[i + 1])) {
      return this.leaf(readTable(lines, i, this.tableBudget, (text) => ({ tokens: this.inline(text) })), tokens);
    }
    startParagraph(line.trimStart());
    return i + 1;
  }

  /** Adds a block read by `markdown-leaf-blocks.ts`; returns the index of the line after it. */
  private leaf({ token, end }: LeafBlock, tokens: BlockToken[]): number {
    tokens.push(token);
    return end;
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

  private blockquote(lines: string[], i: number, depth: number, tokens: BlockToken[]): number {
    const inner: string[] = [];
    const watch = new ParagraphWatch();
    let j = i;
    for (; j < lines.length; j++) {
      const line = expandIndent(lines[j]);
      const indent = indentOf(line);
      if (indent < 4 && line[indent] === '>') {
        // A tab after `>` reaches the next tab stop counted from the `>`, one column of it
        // being the optional space.
        const rest = expandIndent(line.slice(indent + 1), indent + 1);
        inner.push(rest[0] === ' ' ? rest.slice(1) : rest);
        watch.see(inner[inner.length - 1]);
      } else if (watch.paragraphOpen && isLazyContinuation(line)) {
        inner.push(LAZY + line);
      } else break;
    }
    const content = this.blocks(inner, depth + 1);
    tokens.push({ type: 'blockquote', tokens: content.tokens });
    return i + content.end;
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
      const watch = new ParagraphWatch();
      watch.see(marker.rest);
      const itemStart = j;
      j++;
      for (; j < lines.length; j++) {
        const next = expandIndent(lines[j]);
        if (isBlank(next)) {
          // An item may start with one blank line, not two.
          if (itemLines.length === 1 && isBlank(itemLines[0])) break;
          itemLines.push('');
          watch.see('');
        } else if (indentOf(next) >= contentIndent) {
          itemLines.push(next.slice(contentIndent));
          watch.see(itemLines[itemLines.length - 1]);
        } else if (watch.paragraphOpen && isLazyContinuation(next)) itemLines.push(LAZY + next);
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
      if (item.end < itemLines.length) {
        // A lazy line the item's content could not take ends the item and the list.
        j = itemStart + item.end;
        break;
      }
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

  private listItem(lines: string[], depth: number): { token: ListItemToken; gaps: boolean; end: number } {
    const firstPending = this.pending.length;
    const { tokens, gaps, end } = this.blocks(lines, depth + 1);
    const first = tokens[0] as ParagraphToken | undefined;
    // The item's first block was made first, so its text is the first one the item left pending.
    const pending = first?.type === 'paragraph' && this.pending[firstPending]?.target === first.tokens ? this.pending[firstPending] : undefined;
    const task = pending ? splitTaskMarker(pending.text) : null;
    if (pending && task) {
      pending.text = task.rest;
      pending.checked = task.checked;
    }
    return { token: { tokens }, gaps, end };
  }
}

/**
 * The leaf blocks read line by line without the paragraph machinery: indented and fenced code
 * and HTML blocks (shown as text), whose lines are taken literally, and GFM tables. Each reader starts at a line the block lexer (`markdown-lexer.ts`) has
 * recognised and returns the block with the index of the first line after it. A line marked
 * `LAZY` was taken by a container only to continue a paragraph, so it ends any of these.
 */
import { expandIndent, indentOf, interruptsParagraph, isBlank, LAZY, splitRow } from './markdown-block-syntax.js';
import type { CodeToken, HtmlToken, TableCellToken, TableToken } from './markdown-tokens.js';

export interface LeafBlock {
  token: CodeToken | HtmlToken | TableToken;
  /** The index of the first line after the block. */
  end: number;
}

/** An indented code block starting at `lines[i]`. */
export function readIndentedCode(lines: string[], i: number): LeafBlock {
  const code: string[] = [];
  let j = i;
  for (; j < lines.length && lines[j][0] !== LAZY; j++) {
    const line = expandIndent(lines[j]);
    if (isBlank(line)) code.push(line.slice(4));
    else if (indentOf(line) >= 4) code.push(line.slice(4));
    else break;
  }
  while (code.length > 0 && isBlank(code[code.length - 1])) code.pop();
  return { token: { type: 'code', text: code.join('\n') }, end: j };
}

/**
 * A fenced code block opened by `fence` at `lines[i]`, `indent` spaces in. It ends at its
 * closing fence, at a lazy line (its container ended), or at the end.
 */
export function readFencedCode(lines: string[], i: number, indent: number, fence: string): LeafBlock {
  const code: string[] = [];
  let j = i + 1;
  for (; j < lines.length && lines[j][0] !== LAZY; j++) {
    const line = expandIndent(lines[j]);
    const lineIndent = indentOf(line);
    const rest = line.slice(lineIndent).trimEnd();
    if (lineIndent < 4 && rest.length >= fence.length && rest[0] === fence[0] && /^(`+|~+)$/.test(rest)) {
      j++;
      break;
    }
    code.push(line.slice(Math.min(indent, lineIndent)));
  }
  return { token: { type: 'code', text: code.join('\n') }, end: j };
}

/** An HTML block starting at `lines[i]`, up to the line that matches `end` (or a blank line when null). */
export function readHtmlBlock(lines: string[], i: number, end: RegExp | null): LeafBlock {
  const html: string[] = [];
  let j = i;
  for (; j < lines.length && lines[j][0] !== LAZY; j++) {
    if (end === null && isBlank(lines[j])) break;
    html.push(lines[j]);
    if (end && end.test(lines[j])) {
      j++;
      break;
    }
  }
  return { token: { type: 'html', text: html.join('\n') }, end: j };
}

/**
 * How many empty cells a document's tables may add to rows shorter than their header. A
 * header of 2,500 columns over 5,000 one-cell rows would otherwise ask for 12.5 million
 * cells from 20,000 characters; past this budget a table ends, and what follows is read as
 * ordinary text (markdown-it stops its tables the same way).
 */
export const MAX_PADDED_CELLS = 10_000;

/**
 * A GFM table whose header is `lines[i]` (the delimiter row follows it). Rows shorter than
 * the header are padded with empty cells out of `budget`, shared by the document's tables;
 * cells beyond the header's width are dropped, so the cells never outnumber what was typed
 * plus the budget.
 */
export function readTable(lines: string[], i: number, budget: { paddedCells: number }, cell: (text: string) => TableCellToken): LeafBlock {
  const header = splitRow(lines[i]);
  const rows: TableCellToken[][] = [];
  let j = i + 2;
  for (; j < lines.length && lines[j][0] !== LAZY; j++) {
    const line = expandIndent(lines[j]);
    if (isBlank(line) || (indentOf(line) < 4 && interruptsParagraph(line.slice(indentOf(line))))) break;
    const cells = splitRow(line);
    const padding = Math.max(0, header.length - cells.length);
    if (padding > budget.paddedCells) break;
    budget.paddedCells -= padding;
    rows.push(header.map((_, index) => cell(cells[index] ?? '')));
  }
  return { token: { type: 'table', header: header.map(cell), rows }, end: j };
}

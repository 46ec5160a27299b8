/**
 * The tokens `markdown-lexer.ts` produces and `markdown-dom-builder.ts` turns into DOM nodes.
 * Text in `text` tokens keeps its character references (`&amp;`) for the builder to decode;
 * every other string field is meant literally unless its comment says otherwise.
 */

/** Plain text; character references in it are still to be decoded. */
export interface TextToken {
  type: 'text';
  text: string;
}

/** A backslash-escaped character, meant literally. */
export interface EscapeToken {
  type: 'escape';
  text: string;
}

/** Emphasis (`em`), strong emphasis (`strong`) or strikethrough (`del`). */
export interface EmphasisToken {
  type: 'em' | 'strong' | 'del';
  tokens: InlineToken[];
}

/** Inline code, literal text. */
export interface CodespanToken {
  type: 'codespan';
  text: string;
}

/** A hard line break. */
export interface BreakToken {
  type: 'br';
}

/**
 * A link. `href` and `title` keep their character references, except for autolinks
 * (`<https://...>`, bare `www.` addresses, e-mail addresses), whose `href` and `text` are
 * literal and which have no inline `tokens`.
 */
export interface LinkToken {
  type: 'link';
  href: string;
  title: string | null;
  tokens: InlineToken[];
  autolink: boolean;
  text: string;
}

/** An image; only its description (`tokens`, the alt text) is ever shown. */
export interface ImageToken {
  type: 'image';
  href: string;
  tokens: InlineToken[];
}

/** Raw HTML, inline or a whole block, shown as the literal text it is. */
export interface HtmlToken {
  type: 'html';
  text: string;
}

/** A task list item's box. */
export interface CheckboxToken {
  type: 'checkbox';
  checked: boolean;
}

export type InlineToken =
  | TextToken
  | EscapeToken
  | EmphasisToken
  | CodespanToken
  | BreakToken
  | LinkToken
  | ImageToken
  | HtmlToken
  | CheckboxToken;

export interface ParagraphToken {
  type: 'paragraph';
  tokens: InlineToken[];
}

/** The content of a tight list item: inline tokens without a paragraph around them. */
export interface TightTextToken {
  type: 'text';
  tokens: InlineToken[];
}

export interface HeadingToken {
  type: 'heading';
  /** 1 to 6, the number of `#`s (setext headings are 1 and 2). */
  depth: number;
  tokens: InlineToken[];
}

export interface BlockquoteToken {
  type: 'blockquote';
  tokens: BlockToken[];
}

export interface ListItemToken {
  tokens: BlockToken[];
}

export interface ListToken {
  type: 'list';
  ordered: boolean;
  /** The first item's number in an ordered list; `null` in a bullet list. */
  start: number | null;
  loose: boolean;
  items: ListItemToken[];
}

/** A fenced or indented code block, literal text without a final line break. */
export interface CodeToken {
  type: 'code';
  text: string;
}

export interface ThematicBreakToken {
  type: 'hr';
}

export interface TableCellToken {
  tokens: InlineToken[];
}

export interface TableToken {
  type: 'table';
  header: TableCellToken[];
  rows: TableCellToken[][];
}

export type BlockToken =
  | ParagraphToken
  | TightTextToken
  | HeadingToken
  | BlockquoteToken
  | ListToken
  | CodeToken
  | ThematicBreakToken
  | HtmlToken
  | TableToken;

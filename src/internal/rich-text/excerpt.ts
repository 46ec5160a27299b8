/**
 * A short plain-text preview of a Markdown description, for the banner and for lists.
 *
 * The banner is on every page, so this module must stay tiny: it imports neither the Markdown renderer
 * nor DOMPurify (a test walks its imports to keep it that way) and works with a handful of
 * regular expressions. It does not need to understand Markdown fully, only to drop the
 * markup a reader would otherwise see as stray characters. The result is text for a text
 * binding, never HTML. Names beyond `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;` and `&nbsp;`
 * are decoded once `prepareCharacterReferences` has loaded their table; the shared feed does
 * that before elements see a description that needs it.
 */
import { decodeCharacterReferences, loadedNameTables } from './character-references.js';

const ELLIPSIS = '\u2026';

/**
 * Characters meant literally (backslash escapes, code) are parked in the Private Use Area
 * while the markup is stripped, so `\*` or `` `**kwargs` `` survive, and are put back at the
 * end. ASCII punctuation is U+0021-U+007E minus letters and digits; flipping the bits of
 * 0xE000 maps it to U+E021-U+E07E, and flipping them again maps it back.
 */
const flip = (text: string, pattern: RegExp): string =>
  text.replace(pattern, (character) => String.fromCharCode(character.charCodeAt(0) ^ 0xe000));

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;
const park = (text: string): string => flip(text, ASCII_PUNCTUATION);

/** Applies one `[pattern, replacement]` step after another. */
type Step = [RegExp, string | ((match: string, ...groups: string[]) => string)];

const STEPS: readonly Step[] = [
  // One kind of line break.
  [/\r\n?/g, '\n'],
  // Backslash escapes: the character is meant literally.
  [/\\([!-/:-@[-`{-~])/g, (_match, character) => park(character)],
  // Code spans.
  [/(`+)([^`][\s\S]*?)\1(?!`)/g, (_match, _ticks, code) => park(code.trim())],
  // HTML comments, and scripts and styles with their content.
  [/<!--[\s\S]*?(?:-->|$)/g, ' '],
  [/<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' '],
  // Autolinks keep their address.
  [/<((?:https?|mailto|ftp):[^\s<>]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>/gi, '$1'],
  // Images and links keep their text: ![alt](src), [text](href "title"), [text][ref]. Link
  // text stops at any bracket, so that a run of unclosed `[` is not searched to the end once
  // for each of them (quadratic, on every page that shows the banner).
  [/!?\[([^[\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1'],
  [/!?\[([^[\]]*)\]\[[^[\]]*\]/g, '$1'],
  // Link reference definitions: [ref]: https://...
  [/^ {0,3}\[[^\]\n]+\]:[^\n]*/gm, ''],
  // HTML tags. Those of elements that separate words leave a space, so as not to glue words;
  // a name is one of them only when the whole name matches, as what follows it must be a
  // space, `/` or `>`.
  [
    /<\/?(?:(address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|td|th|tr|ul)|[a-z][\w:-]*)(?:\s[^<>]*)?\/?>/gi,
    (_match, block) => (block ? ' ' : ''),
  ],
  // Heading markers (closing hashes too) and setext underlines. The heading text ends on a
  // character that is not a space, so the closing sequence is tried only where a run of
  // spaces begins: trying it at every space of a long run would be quadratic.
  [/^ {0,3}#{1,6}(?:[ \t]+(.*?)(?<![ \t]))?(?:[ \t]+#+)?[ \t]*$/gm, '$1'],
  [/^ {0,3}(?:=+|-+)[ \t]*$/gm, ''],
  // Block quote markers go. List items stay apart on the one line: numbers are kept ("1."),
  // bullets and task boxes become "•", or "1. Open Documents 2. Choose Upload" would run
  // together as "Open Documents Choose Upload".
  [/^(?:[ \t]*>[ \t]?)+/gm, ''],
  [/^[ \t]*(\d{1,9})[.)][ \t]+/gm, '$1. '],
  [/^[ \t]*[-*+][ \t]+(?:\[[ xX]\][ \t]+)?/gm, '\u2022 '],
  // The delimiter row of a table written without outer pipes. No two runs of spaces meet
  // without a pipe between them: a long run split every which way would be quadratic.
  [/^[ \t]*(?:\|[ \t]*)?:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+(?:\|[ \t]*)?$/gm, ''],
  // Emphasis, strongest first so that ***both*** loses all its stars. A closer is looked for
  // on the same line and at most 300 characters on, so that runs of unclosed openers stay
  // linear; markers left over are removed below all the same.
  [/(\*\*\*|___)(?=\S)([^\n]{0,300}?\S)\1/g, '$2'],
  [/(\*\*|__)(?=\S)([^\n]{0,300}?\S)\1/g, '$2'],
  [/(~~)(?=\S)([^\n]{0,300}?\S)\1/g, '$2'],
  [/\*(?=\S)([^*\n]*?\S)\*/g, '$1'],
  // Underscores inside words (snake_case) are not emphasis.
  [/(^|[^\p{L}\p{N}_])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}_])/gmu, '$1$2'],
  // Unmatched runs of delimiters that are still left are markup, not content.
  [/\*{2,}|_{2,}|~{2,}/g, ''],
];

/**
 * The readable text of a block of Markdown, on one line. Code blocks, tables and rules are
 * not looked for here: `blocksOf` has already set them apart, and an excerpt leaves them out.
 */
export function markdownToPlainText(markdown: string): string {
  let text = markdown;
  // `replace` takes a string or a function; the cast only spares TypeScript the choice.
  for (const [pattern, replacement] of STEPS) text = text.replace(pattern, replacement as string);
  // References are decoded last: `&lt;b&gt;` means the characters "<b>", not a tag to strip.
  return flip(decodeCharacterReferences(text), /[\uE021-\uE07E]/g)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Cuts `text` to at most `maxLength` characters, ellipsis included, at the last word
 * boundary when there is one in the second half; a single very long word is cut hard.
 */
export function truncateAtWord(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  if (maxLength < 1) return '';
  const room = maxLength - ELLIPSIS.length;
  // Looking one character past the room finds a space that falls exactly on the cut.
  const lastSpace = text.lastIndexOf(' ', room);
  // Never leave half of a surrogate pair (an emoji, say) before the ellipsis, nor the
  // punctuation and spaces before it.
  return text.slice(0, lastSpace > room / 2 ? lastSpace : room).replace(/[\s,;:.!?\u2013\u2014-]*[\uD800-\uDBFF]?$/u, '') + ELLIPSIS;
}

/** What a block of the description is to a reader. */
const enum Kind {
  Text,
  Item,
  Heading,
  /** Code blocks and tables: an excerpt leaves them out. */
  Skipped,
}

/** A block of the description as a reader sees it: what it is, and its text. */
interface Block {
  kind: Kind;
  text: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING_LINE = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const RULE = /^ {0,3}(?:[-*_][ \t]*){3,}$/;
const ITEM_LINE = /^[ \t]*(?:\d{1,9}[.)]|[-*+])[ \t]+/;
const TABLE_ROW = /^[ \t]*\|/;

/**
 * Splits a description into the blocks a reader sees: paragraphs, list items and headings.
 * What an excerpt leaves out (code blocks, tables, rules) only ends the block before it.
 * Only line starts are looked at, so this stays as small and linear as the rest of the module.
 */
function blocksOf(markdown: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let fence: string | undefined;
  const start = (kind: Kind, text: string) => {
    current = { kind, text };
    // A skipped block is not kept, but lines may still join it (the rows of a table).
    if (kind !== Kind.Skipped) blocks.push(current);
  };
  for (const line of markdown.split(/\r\n?|\n/)) {
    const opened = FENCE.exec(line)?.[1];
    if (fence) {
      // A closing fence is at least as long as the opening one, of the same character.
      if (opened?.startsWith(fence)) fence = current = undefined;
    } else if (opened) {
      fence = opened;
      start(Kind.Skipped, line);
    } else if (!line.trim()) {
      current = undefined;
    } else if (HEADING_LINE.test(line)) {
      start(Kind.Heading, line);
      current = undefined;
    } else if (current?.kind === Kind.Text && SETEXT.test(line)) {
      current.kind = Kind.Heading;
      current = undefined;
    } else if (RULE.test(line)) {
      current = undefined;
    } else if (ITEM_LINE.test(line)) {
      start(Kind.Item, line);
    } else if (TABLE_ROW.test(line)) {
      if (current?.kind !== Kind.Skipped) start(Kind.Skipped, line);
    } else if (current) {
      current.text += `\n${line}`;
    } else {
      start(Kind.Text, line);
    }
  }
  return blocks;
}

/**
 * The readable text of a description for an excerpt: headings left out, code blocks, tables
 * and rules too, starting at the first paragraph; blocks end as sentences and list items are
 * kept apart ("1. Check your bank details · 2. Upload your receipts"). A description of
 * headings only gives its headings, as sentences.
 */
export function excerptText(markdown: string): string {
  let blocks = blocksOf(markdown);
  for (const block of blocks) block.text = markdownToPlainText(block.text).replace(/^\u2022 /, '');
  blocks = blocks.filter((block) => block.text);
  const readable = blocks.filter((block) => block.kind !== Kind.Heading);
  const chosen = readable.length ? readable.slice(Math.max(readable.findIndex((block) => block.kind === Kind.Text), 0)) : blocks;
  return chosen
    .map(({ kind, text }, index) => {
      const before = chosen[index - 1];
      // Where one block ends and the next begins, so that they read as sentences, not one
      // run-on line: "Select the files" then "Questions?" reads as two sentences only with a
      // full stop between.
      if (!before) return text;
      if (before.kind === Kind.Item && kind === Kind.Item) return ` \u00b7 ${text}`;
      return (/[\p{L}\p{N})\]"'\u201d]$/u.test(before.text) && /^\p{Lu}/u.test(text) ? '. ' : ' ') + text;
    })
    .join('');
}

/**
 * A plain-text excerpt of a Markdown description (see `excerptText`): markup removed, links
 * and images keeping their text, character references decoded, whitespace collapsed, cut at
 * a word boundary with an ellipsis so that the result is at most `maxLength` characters long.
 * An empty description gives `''`.
 */
export function excerpt(markdown: string, maxLength = 160): string {
  // Text cut before the full name table arrived must not outlive it.
  const key = `${loadedNameTables()}:${maxLength}:${markdown}`;
  const text = recentExcerpts.get(key) ?? truncateAtWord(excerptText(markdown), maxLength);
  // Lists re-render every item when one changes; the descriptions that did not change
  // should not be stripped of their Markdown again. Bounded: 2,000 excerpts, then forgotten
  // all at once.
  if (recentExcerpts.size >= 2000) recentExcerpts.clear();
  recentExcerpts.set(key, text);
  return text;
}

const recentExcerpts = new Map<string, string>();

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
 * end. ASCII punctuation is U+0021-U+007E minus letters and digits; it maps to U+E021-U+E07E.
 */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;
const PARKED_PUNCTUATION = /[\uE021-\uE07E]/g;
const PARK_OFFSET = 0xe000;

function park(text: string): string {
  return text.replace(ASCII_PUNCTUATION, (character) => String.fromCharCode(character.charCodeAt(0) + PARK_OFFSET));
}

function unpark(text: string): string {
  return text.replace(PARKED_PUNCTUATION, (character) => String.fromCharCode(character.charCodeAt(0) - PARK_OFFSET));
}

/** HTML elements that separate words: removing the tag must leave a space, not glue words. */
const BLOCK_TAG =
  /^(?:address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|td|th|tr|ul)$/i;

/** Applies one `[pattern, replacement]` step after another. */
type Step = [RegExp, string | ((match: string, ...groups: string[]) => string)];

const STEPS: readonly Step[] = [
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
  [/^ {0,3}\[[^\]\n]+\]:[^\n]*$/gm, ''],
  // HTML tags.
  [/<\/?([A-Za-z][\w:-]*)(?:\s[^<>]*)?\/?>/g, (_match, name) => (BLOCK_TAG.test(name) ? ' ' : '')],
  // Heading markers (closing hashes too) and setext underlines.
  [/^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/gm, '$1'],
  [/^ {0,3}(?:=+|-+)[ \t]*$/gm, ''],
  // Block quote markers go. List items stay apart on the one line: numbers are kept ("1."),
  // bullets and task boxes become "•", or "1. Open Documents 2. Choose Upload" would run
  // together as "Open Documents Choose Upload".
  [/^(?:[ \t]*>[ \t]?)+/gm, ''],
  [/^[ \t]*(\d{1,9})[.)][ \t]+/gm, '$1. '],
  [/^[ \t]*[-*+][ \t]+(?:\[[ xX]\][ \t]+)?/gm, '\u2022 '],
  // The delimiter row of a table written without outer pipes.
  [/^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/gm, ''],
  // Emphasis, strongest first so that ***both*** loses all its stars. A closer is looked for
  // on the same line and at most 300 characters on, so that runs of unclosed openers stay
  // linear; markers left over are removed below all the same.
  [/(\*\*\*|___)(?=\S)([^\n]{0,300}?\S)\1/g, '$2'],
  [/(\*\*|__)(?=\S)([^\n]{0,300}?\S)\1/g, '$2'],
  [/~~(?=\S)([^\n]{0,300}?\S)~~/g, '$1'],
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
  let text = markdown.replace(/\r\n?/g, '\n');
  for (const [pattern, replacement] of STEPS) {
    text = typeof replacement === 'string' ? text.replace(pattern, replacement) : text.replace(pattern, replacement);
  }
  // References are decoded last: `&lt;b&gt;` means the characters "<b>", not a tag to strip.
  return unpark(decodeCharacterReferences(text)).replace(/\s+/g, ' ').trim();
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
  const lastSpace = text.slice(0, room + 1).lastIndexOf(' ');
  let cut = text.slice(0, lastSpace > room / 2 ? lastSpace : room);
  // Never leave half of a surrogate pair (an emoji, say) before the ellipsis.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.replace(/[\s,;:.!?\u2013\u2014-]+$/u, '') + ELLIPSIS;
}

/** A block of the description as a reader sees it: what it is, and its text. */
interface Block {
  kind: 'text' | 'item' | 'heading' | 'skip';
  lines: string[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const RULE = /^ {0,3}(?:[-*_][ \t]*){3,}$/;
const ITEM = /^[ \t]*(?:\d{1,9}[.)]|[-*+])[ \t]+/;
const TABLE_ROW = /^[ \t]*\|/;

/**
 * Splits a description into the blocks a reader sees: paragraphs, list items, headings, and
 * what an excerpt leaves out (code blocks, tables, rules). Only line starts are looked at, so
 * this stays as small and linear as the rest of the module.
 */
function blocksOf(markdown: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let fence: string | undefined;
  const start = (kind: Block['kind'], line: string) => blocks.push((current = { kind, lines: [line] }));
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const opened = FENCE.exec(line)?.[1];
    if (fence) {
      if (opened?.[0] === fence[0] && opened.length >= fence.length) [fence, current] = [undefined, undefined];
    } else if (opened) {
      fence = opened;
      start('skip', line);
    } else if (!line.trim()) {
      current = undefined;
    } else if (HEADING.test(line)) {
      start('heading', line);
      current = undefined;
    } else if (current?.kind === 'text' && SETEXT.test(line)) {
      current.kind = 'heading';
      current = undefined;
    } else if (RULE.test(line)) {
      current = undefined;
    } else if (ITEM.test(line)) {
      start('item', line);
    } else if (TABLE_ROW.test(line)) {
      if (current?.kind !== 'skip') start('skip', line);
    } else if (current) {
      current.lines.push(line);
    } else {
      start('text', line);
    }
  }
  return blocks;
}

/** Where one block ends and the next begins, so that they read as sentences, not one run-on line. */
function joint(before: Block, text: string, after: Block, next: string): string {
  if (before.kind === 'item' && after.kind === 'item') return ' \u00b7 ';
  // "Select the files" then "Questions?" reads as two sentences only with a full stop between.
  return /[\p{L}\p{N})\]"'\u201d]$/u.test(text) && /^\p{Lu}/u.test(next) ? '. ' : ' ';
}

/**
 * The readable text of a description for an excerpt: headings left out, code blocks, tables
 * and rules too, starting at the first paragraph; blocks end as sentences and list items are
 * kept apart ("1. Check your bank details · 2. Upload your receipts"). A description of
 * headings only gives its headings, as sentences.
 */
export function excerptText(markdown: string): string {
  const blocks = blocksOf(markdown)
    .map((block) => ({ block, text: markdownToPlainText(block.lines.join('\n')).replace(/^\u2022 /, '') }))
    .filter(({ text }) => text !== '');
  const readable = blocks.filter(({ block }) => block.kind === 'text' || block.kind === 'item');
  const firstParagraph = readable.findIndex(({ block }) => block.kind === 'text');
  const chosen = readable.length ? readable.slice(Math.max(firstParagraph, 0)) : blocks.filter(({ block }) => block.kind === 'heading');
  return chosen.reduce((result, { block, text }, index) => {
    if (index === 0) return text;
    const previous = chosen[index - 1];
    return result + joint(previous.block, previous.text, block, text) + text;
  }, '');
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
  let text = recentExcerpts.get(key);
  if (text === undefined) {
    text = truncateAtWord(excerptText(markdown), maxLength);
    // Lists re-render every item when one changes; the descriptions that did not change
    // should not be stripped of their Markdown again. Bounded, oldest out first.
    if (recentExcerpts.size >= EXCERPT_MEMORY) recentExcerpts.delete(recentExcerpts.keys().next().value!);
    recentExcerpts.set(key, text);
  }
  return text;
}

const EXCERPT_MEMORY = 2000;
const recentExcerpts = new Map<string, string>();

/**
 * Markdown shapes that make naive parsers slow: each one repeats a small pattern until the
 * text is `length` characters long. The tests render them and count the work, the benchmark
 * (`npm run bench`) times them at 20,000 and 200,000 characters. Many come from the list of
 * well-known cases kept with the CommonMark reference implementation; the others target
 * this lexer's own paths (tables, titles, bare URLs, the link policy).
 */

export interface PathologicalShape {
  name: string;
  /** A description of about `length` characters. */
  make: (length: number) => string;
}

/** `unit` repeated until the text is about `length` characters long. */
const repeat = (unit: string, length: number): string => unit.repeat(Math.max(1, Math.floor(length / unit.length)));

/** `before` and `after` repeated the same number of times around `middle`, in about `length` characters. */
function around(before: string, middle: string, after: string, length: number): string {
  const count = Math.max(1, Math.floor((length - middle.length) / (before.length + after.length)));
  return before.repeat(count) + middle + after.repeat(count);
}

/** Two halves: `first` repeated, then `second` repeated, in about `length` characters. */
const halves = (first: string, second: string, length: number): string => repeat(first, length / 2) + repeat(second, length / 2);

/** Lines that each start one more space further in. */
function indentedLines(line: string, length: number): string {
  let text = '';
  for (let indent = 0; text.length < length; indent++) text += `${' '.repeat(indent)}${line}\n`;
  return text;
}

/** A GFM table whose header promises `columns` columns, and one-cell rows below it. */
function wideTable(length: number): string {
  const columns = Math.floor(length / 8);
  return `${repeat('|a', columns * 2)}\n${repeat('|-', columns * 2)}\n${repeat('x\n', length / 2)}`;
}

/** One long destination defined once, then referenced again and again. */
function referencesToLongDefinition(length: number): string {
  const definition = `[a]: https://example.com/${'x'.repeat(Math.floor(length / 2))}\n\n`;
  return definition + repeat('[a] ', length / 2);
}

export const PATHOLOGICAL_SHAPES: readonly PathologicalShape[] = [
  { name: 'nested strong emphasis', make: (n) => around('*a **a ', 'b', ' a** a*', n) },
  { name: 'emphasis closers without openers', make: (n) => repeat('a_ ', n) },
  { name: 'emphasis openers without closers', make: (n) => repeat('_a ', n) },
  { name: 'mismatched openers and closers', make: (n) => repeat('*a_ ', n) },
  { name: '`*a ` then `_a*_ ` (cmark issue 389)', make: (n) => halves('*a ', '_a*_ ', n) },
  { name: 'openers and closers in multiples of 3', make: (n) => `a**b${repeat('c* ', n)}` },
  { name: 'one long run of stars', make: (n) => around('*', 'a', '*', n) },
  { name: 'link closers without openers', make: (n) => repeat('a]', n) },
  { name: 'link openers without closers', make: (n) => repeat('[a', n) },
  { name: 'link openers and emphasis closers', make: (n) => repeat('[ a_', n) },
  { name: '`[ (](` repeated', make: (n) => repeat('[ (](', n) },
  { name: '`![[]()` repeated', make: (n) => repeat('![[]()', n) },
  { name: '`[[]()` repeated', make: (n) => repeat('[[]()', n) },
  { name: 'nested brackets', make: (n) => around('[', 'a', ']', n) },
  { name: 'nested images', make: (n) => around('![', 'a', '](b)', n) },
  { name: 'unclosed links: `[a](<b`', make: (n) => repeat('[a](<b', n) },
  { name: 'unclosed links: `[a](b`', make: (n) => repeat('[a](b', n) },
  { name: 'unclosed link titles', make: (n) => repeat('[a](b "c ', n) },
  { name: 'definitions with unclosed titles', make: (n) => repeat('[a]: b "c\n', n) },
  { name: 'many link reference definitions', make: (n) => halves('[a]: /u\n', '[a] ', n) },
  { name: 'many references to one long definition', make: referencesToLongDefinition },
  { name: 'backtick runs of growing length', make: (n) => { let text = ''; for (let i = 1; text.length < n; i++) text += `e${'`'.repeat(i)}`; return text; } },
  { name: 'unclosed code spans', make: (n) => repeat('`a ``b ', n) },
  { name: 'runs of `<`', make: (n) => repeat('<', n) },
  { name: 'unclosed `<!--`', make: (n) => `</${repeat('<!--', n)}` },
  { name: 'unclosed `<?` and `<!A`', make: (n) => repeat('<?<!A', n) },
  { name: 'unclosed HTML attributes', make: (n) => repeat('<a b="c ', n) },
  { name: 'entity-like runs', make: (n) => repeat('&#&#x&a', n) },
  { name: 'backslashes', make: (n) => repeat('\\', n) },
  { name: 'bare URLs after brackets', make: (n) => repeat('(http://a', n) },
  { name: 'bare URL with trailing dots', make: (n) => `http://a${repeat('.', n)}` },
  { name: 'nested block quotes', make: (n) => `${repeat('> ', n)}a` },
  { name: 'nested lists', make: (n) => indentedLines('* a', n) },
  { name: 'nested ordered lists', make: (n) => repeat('1. ', n) },
  { name: 'quoted fences', make: (n) => repeat('> ```\nb\n', n) },
  { name: 'lazy continuation lines', make: (n) => `> a\n${repeat('b\n', n)}` },
  { name: 'GFM table cell amplification', make: wideTable },
  { name: 'table rows', make: (n) => `a|b\n-|-\n${repeat('c|d\n', n)}` },
  { name: 'strikethrough runs', make: (n) => repeat('~a ~~b ', n) },
  { name: 'NUL characters', make: (n) => repeat('a\0', n) },
];

/** Plain prose of about `length` characters: the baseline every shape is compared with. */
export function prose(length: number): string {
  return repeat('Our office is closed on Friday for the annual staff day; your adviser will call on Monday.\n\n', length);
}

/**
 * The inline half of the Markdown lexer: turns the text of a paragraph, heading or table cell
 * into inline tokens (emphasis, code, links, breaks...).
 *
 * It follows CommonMark's two-step design. A single left-to-right scan produces a linked list
 * of nodes (text, finished tokens, and runs of `*`, `_` or `~` that may become emphasis) and
 * resolves links as their closing `]` appears; emphasis is then matched with a delimiter
 * stack whose search floors (`openersBottom`) keep the work linear. Every search that could
 * look far ahead is bounded or remembered, so no input makes the scan quadratic, and nesting
 * deeper than `MAX_INLINE_DEPTH` (`markdown-inline-tree.ts`) is flattened rather than built.
 */
import { ASCII_PUNCTUATION, MAX_LABEL_LENGTH, normalizeLabel, scanDestination, scanTitle, skipSpace, unescapeMarkdown } from './markdown-link-syntax.js';
import type { LinkDefinitions } from './markdown-link-syntax.js';
import { autolink, limitDepth, recordDepth, withoutLinks } from './markdown-inline-tree.js';
import type { InlineToken } from './markdown-tokens.js';

const PUNCTUATION = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/;

const AUTOLINK_URI = /<([A-Za-z][A-Za-z\d+.-]{1,31}:[^\s<>]*)>/y;
const AUTOLINK_EMAIL = /<([\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z\d](?:[A-Za-z\d-]{0,61}[A-Za-z\d])?(?:\.[A-Za-z\d](?:[A-Za-z\d-]{0,61}[A-Za-z\d])?)*)>/y;
const HTML_TAG = /<(?:[A-Za-z][A-Za-z\d-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?|\/[A-Za-z][A-Za-z\d-]*\s*)>/y;
const BARE_URL = /(?:https?:\/\/|www\.)[A-Za-z\d][^\s<]*/y;
const BARE_EMAIL = /[\w.+-]+@[A-Za-z\d_-]+(?:\.[A-Za-z\d_-]+)+/y;
const EMAIL_CHARACTER = /[\w.+-]/;

interface Node {
  prev: Node | null;
  next: Node | null;
  /** Text (with character references to decode) when `token` is null. */
  text: string;
  token: InlineToken | null;
  /** For emphasis runs: the delimiter character and the run's state. */
  delimiter?: Delimiter;
}

interface Delimiter {
  node: Node;
  char: string;
  count: number;
  originalCount: number;
  canOpen: boolean;
  canClose: boolean;
  prev: Delimiter | null;
  next: Delimiter | null;
}

interface Bracket {
  node: Node;
  image: boolean;
  /** Where the link text starts in the source. */
  start: number;
  active: boolean;
  delimiterBottom: Delimiter | null;
  prev: Bracket | null;
}


/** The text of a GFM bare URL at `pos`, with trailing punctuation trimmed off. */
function bareUrlAt(source: string, pos: number): string | null {
  BARE_URL.lastIndex = pos;
  const match = BARE_URL.exec(source);
  if (!match) return null;
  let url = match[0];
  let unbalanced = count(url, ')') - count(url, '(');
  for (;;) {
    const last = url[url.length - 1];
    if (/[?!.,:*_~'"]/.test(last)) url = url.slice(0, -1);
    else if (last === ')' && unbalanced > 0) {
      url = url.slice(0, -1);
      unbalanced--;
    } else if (last === ';' && /&[A-Za-z\d]{1,32};$/.test(url.slice(-40))) url = url.slice(0, url.lastIndexOf('&'));
    else break;
  }
  return /[A-Za-z\d]\.[A-Za-z\d]|:\/\/[A-Za-z\d]/.test(url) ? url : null;
}

function count(text: string, char: string): number {
  let total = 0;
  for (const c of text) if (c === char) total++;
  return total;
}

/** Lexes inline Markdown. Never throws on any input; link definitions resolve references. */
export function lexInline(source: string, definitions: LinkDefinitions): InlineToken[] {
  return new InlineLexer(source, definitions).lex();
}

class InlineLexer {
  private readonly head: Node = { prev: null, next: null, text: '', token: null };
  private tail: Node = this.head;
  private delimiters: Delimiter | null = null;
  private brackets: Bracket | null = null;
  private buffer = '';
  /** Start positions of backtick runs, by run length, and how far each list has been used. */
  private backtickRuns: Map<number, number[]> | null = null;
  private readonly backtickCursor = new Map<number, number>();
  /** Closers (`-->`, `?>`...) known to be absent from the rest of the source. */
  private readonly missingClosers = new Set<string>();

  constructor(
    private readonly source: string,
    private readonly definitions: LinkDefinitions,
  ) {}

  lex(): InlineToken[] {
    const { source } = this;
    let pos = 0;
    while (pos < source.length) {
      const char = source[pos];
      let next = -1;
      if (char === '\\') next = this.backslash(pos);
      else if (char === '`') next = this.codeSpan(pos);
      else if (char === '*' || char === '_' || char === '~') next = this.delimiterRun(pos);
      else if (char === '[') next = this.openBracket(pos, false);
      else if (char === '!' && source[pos + 1] === '[') next = this.openBracket(pos, true);
      else if (char === ']') next = this.closeBracket(pos);
      else if (char === '<') next = this.angle(pos);
      else if (char === '\n') next = this.lineBreak(pos);
      else if (char === 'h' || char === 'w') next = this.bareUrl(pos);
      if (next < 0 && /[A-Za-z\d]/.test(char)) next = this.bareEmail(pos);
      if (next < 0) {
        this.buffer += char;
        pos++;
      } else pos = next;
    }
    this.flush();
    this.processEmphasis(null);
    return this.collect(this.head.next, null);
  }

  // --- building the node list ---

  private flush(): void {
    if (this.buffer) {
      this.append({ prev: null, next: null, text: this.buffer, token: null });
      this.buffer = '';
    }
  }

  private append(node: Node): Node {
    node.prev = this.tail;
    this.tail.next = node;
    this.tail = node;
    return node;
  }

  private pushToken(token: InlineToken): void {
    this.flush();
    this.append({ prev: null, next: null, text: '', token });
  }

  private pushText(text: string): Node {
    this.flush();
    return this.append({ prev: null, next: null, text, token: null });
  }

  // --- constructs ---

  private backslash(pos: number): number {
    const next = this.source[pos + 1];
    if (next === '\n') {
      this.pushToken({ type: 'br' });
      return skipLeadingSpace(this.source, pos + 2);
    }
    if (next !== undefined && ASCII_PUNCTUATION.test(next)) {
      this.pushToken({ type: 'escape', text: next });
      return pos + 2;
    }
    return -1;
  }

  private lineBreak(pos: number): number {
    // Spaces are never part of a token, so the spaces before the line break end the buffer.
    let spaces = 0;
    while (this.source[pos - 1 - spaces] === ' ') spaces++;
    if (spaces > 0) this.buffer = this.buffer.slice(0, Math.max(0, this.buffer.length - spaces));
    if (spaces >= 2) this.pushToken({ type: 'br' });
    else {
      this.buffer += '\n';
      // One text node per line keeps the buffer short.
      this.flush();
    }
    return skipLeadingSpace(this.source, pos + 1);
  }

  private codeSpan(pos: number): number {
    const { source } = this;
    let end = pos;
    while (source[end] === '`') end++;
    const length = end - pos;
    const closer = this.findBacktickRun(length, end);
    if (closer < 0) {
      this.buffer += source.slice(pos, end);
      return end;
    }
    let text = source.slice(end, closer).replace(/\n/g, ' ');
    if (text.length > 2 && text[0] === ' ' && text[text.length - 1] === ' ' && text.trim() !== '') text = text.slice(1, -1);
    this.pushToken({ type: 'codespan', text });
    return closer + length;
  }

  /** The start of the first run of exactly `length` backticks at or after `from`, or -1. */
  private findBacktickRun(length: number, from: number): number {
    if (!this.backtickRuns) {
      this.backtickRuns = new Map();
      const pattern = /`+/g;
      for (let match = pattern.exec(this.source); match; match = pattern.exec(this.source)) {
        const runs = this.backtickRuns.get(match[0].length) ?? [];
        runs.push(match.index);
        this.backtickRuns.set(match[0].length, runs);
      }
    }
    const runs = this.backtickRuns.get(length) ?? [];
    let cursor = this.backtickCursor.get(length) ?? 0;
    while (cursor < runs.length && runs[cursor] < from) cursor++;
    this.backtickCursor.set(length, cursor);
    return cursor < runs.length ? runs[cursor] : -1;
  }

  private delimiterRun(pos: number): number {
    const { source } = this;
    const char = source[pos];
    let end = pos;
    while (source[end] === char) end++;
    const length = end - pos;
    if (char === '~' && length > 2) {
      this.buffer += source.slice(pos, end);
      return end;
    }
    const before = pos > 0 ? source[pos - 1] : ' ';
    const after = end < source.length ? source[end] : ' ';
    const afterSpace = WHITESPACE.test(after);
    const beforeSpace = WHITESPACE.test(before);
    const afterPunctuation = PUNCTUATION.test(after);
    const beforePunctuation = PUNCTUATION.test(before);
    const leftFlanking = !afterSpace && (!afterPunctuation || beforeSpace || beforePunctuation);
    const rightFlanking = !beforeSpace && (!beforePunctuation || afterSpace || afterPunctuation);
    const node = this.pushText(source.slice(pos, end));
    const delimiter: Delimiter = {
      node,
      char,
      count: length,
      originalCount: length,
      canOpen: char === '_' ? leftFlanking && (!rightFlanking || beforePunctuation) : leftFlanking,
      canClose: char === '_' ? rightFlanking && (!leftFlanking || afterPunctuation) : rightFlanking,
      prev: this.delimiters,
      next: null,
    };
    if (this.delimiters) this.delimiters.next = delimiter;
    this.delimiters = delimiter;
    node.delimiter = delimiter;
    return end;
  }

  private angle(pos: number): number {
    const { source } = this;
    for (const [pattern, email] of [[AUTOLINK_URI, false], [AUTOLINK_EMAIL, true]] as const) {
      pattern.lastIndex = pos;
      const match = pattern.exec(source);
      if (match) {
        const text = match[1];
        this.pushToken(autolink(email ? `mailto:${text}` : text, text));
        return pos + match[0].length;
      }
    }
    let end = -1;
    if (source.startsWith('<!--', pos)) end = this.findCloser('-->', pos + 4);
    else if (source.startsWith('<![CDATA[', pos)) end = this.findCloser(']]>', pos + 9);
    else if (source.startsWith('<?', pos)) end = this.findCloser('?>', pos + 2);
    else if (/^<![A-Za-z]/.test(source.slice(pos, pos + 3))) end = this.findCloser('>', pos + 2);
    else {
      HTML_TAG.lastIndex = pos;
      const match = HTML_TAG.exec(source);
      if (match) end = pos + match[0].length;
    }
    if (end < 0) return -1;
    this.pushToken({ type: 'html', text: source.slice(pos, end) });
    return end;
  }

  /** The position after `closer` found at or after `from`, or -1 (remembered for next time). */
  private findCloser(closer: string, from: number): number {
    if (this.missingClosers.has(closer)) return -1;
    const index = this.source.indexOf(closer, from);
    if (index < 0) {
      this.missingClosers.add(closer);
      return -1;
    }
    return index + closer.length;
  }

  private bareUrl(pos: number): number {
    const before = pos > 0 ? this.source[pos - 1] : ' ';
    if (!/[\s*_~(]/.test(before)) return -1;
    const url = bareUrlAt(this.source, pos);
    if (!url) return -1;
    this.pushToken(autolink(url[0] === 'w' ? `http://${url}` : url, url));
    return pos + url.length;
  }

  private bareEmail(pos: number): number {
    if (pos > 0 && EMAIL_CHARACTER.test(this.source[pos - 1])) return -1;
    BARE_EMAIL.lastIndex = pos;
    const match = BARE_EMAIL.exec(this.source);
    if (!match) return -1;
    let email = match[0];
    if (email.endsWith('.')) email = email.slice(0, -1);
    if (/[-_]$/.test(email) || email.includes('@', email.indexOf('@') + 1)) return -1;
    this.pushToken(autolink(`mailto:${email}`, email));
    return pos + email.length;
  }

  // --- links ---

  private openBracket(pos: number, image: boolean): number {
    const node = this.pushText(image ? '![' : '[');
    const start = pos + (image ? 2 : 1);
    this.brackets = { node, image, start, active: true, delimiterBottom: this.delimiters, prev: this.brackets };
    return start;
  }

  private closeBracket(pos: number): number {
    const bracket = this.brackets;
    if (!bracket) return -1;
    this.brackets = bracket.prev;
    if (!bracket.active) return -1;
    const target = this.linkTarget(bracket, pos);
    if (!target) return -1;
    this.flush();
    this.processEmphasis(bracket.delimiterBottom);
    let tokens = limitDepth(this.collect(bracket.node.next, null));
    let token: InlineToken;
    if (bracket.image) token = { type: 'image', href: target.href, tokens };
    else {
      tokens = withoutLinks(tokens);
      token = { type: 'link', href: target.href, title: target.title, tokens, autolink: false, text: '' };
      // Links may not contain links: earlier openers can no longer make one.
      for (let below = this.brackets; below && below.active; below = below.prev) if (!below.image) below.active = false;
    }
    // Replace the opener and everything after it with the finished token.
    this.tail = bracket.node.prev!;
    this.tail.next = null;
    recordDepth(token, tokens);
    this.append({ prev: null, next: null, text: '', token });
    return target.end;
  }

  /** The destination after `]` at `pos`: inline `(...)`, or a reference to a definition. */
  private linkTarget(bracket: Bracket, pos: number): { href: string; title: string | null; end: number } | null {
    const { source } = this;
    if (source[pos + 1] === '(') {
      let at = skipSpace(source, pos + 2);
      const destination = scanDestination(source, at);
      if (destination) {
        at = destination.end;
        let title: string | null = null;
        const afterSpace = skipSpace(source, at);
        if (afterSpace > at) {
          const scanned = scanTitle(source, afterSpace);
          if (scanned) {
            title = unescapeMarkdown(scanned.title);
            at = scanned.end;
          }
        }
        at = skipSpace(source, at);
        if (source[at] === ')') return { href: unescapeMarkdown(destination.href), title, end: at + 1 };
      }
    }
    let label: string | null = null;
    let end = pos + 1;
    if (source[pos + 1] === '[') {
      const close = source.indexOf(']', pos + 2);
      if (close > 0 && close - pos <= MAX_LABEL_LENGTH + 2 && !/(^|[^\\])\[/.test(source.slice(pos + 2, close))) {
        label = source.slice(pos + 2, close);
        end = close + 1;
        if (label.trim() === '') label = null;
      }
    }
    if (label === null) {
      if (pos - bracket.start > MAX_LABEL_LENGTH) return null;
      label = source.slice(bracket.start, pos);
      if (source[pos + 1] === '[' && source[pos + 2] === ']') end = pos + 3;
    }
    const definition = this.definitions.get(normalizeLabel(label));
    return definition ? { ...definition, end } : null;
  }

  // --- emphasis ---

  /** Matches emphasis delimiters above `bottom` (CommonMark's "process emphasis"). */
  private processEmphasis(bottom: Delimiter | null): void {
    const openersBottom = new Map<string, Delimiter | null>();
    let closer = bottom ? bottom.next : this.firstDelimiter();
    while (closer) {
      if (!closer.canClose) {
        closer = closer.next;
        continue;
      }
      const key = `${closer.char}${closer.canOpen ? 1 : 0}${closer.originalCount % 3}`;
      const floor = openersBottom.has(key) ? openersBottom.get(key)! : bottom;
      let opener = closer.prev;
      while (opener && opener !== bottom && opener !== floor) {
        if (opener.char === closer.char && opener.canOpen && this.canPair(opener, closer)) break;
        opener = opener.prev;
      }
      if (opener && opener !== bottom && opener !== floor) {
        closer = this.pair(opener, closer);
      } else {
        openersBottom.set(key, closer.prev);
        const next = closer.next;
        if (!closer.canOpen) this.removeDelimiter(closer);
        closer = next;
      }
    }
    while (this.delimiters && this.delimiters !== bottom) this.removeDelimiter(this.delimiters);
  }

  private firstDelimiter(): Delimiter | null {
    let first = this.delimiters;
    while (first && first.prev) first = first.prev;
    return first;
  }

  private canPair(opener: Delimiter, closer: Delimiter): boolean {
    if (opener.char === '~') return opener.count === closer.count;
    const oddMatch =
      (opener.canClose || closer.canOpen) &&
      (opener.originalCount + closer.originalCount) % 3 === 0 &&
      !(opener.originalCount % 3 === 0 && closer.originalCount % 3 === 0);
    return !oddMatch;
  }

  /** Wraps the nodes between a matched opener and closer; returns the closer to go on from. */
  private pair(opener: Delimiter, closer: Delimiter): Delimiter | null {
    const used = opener.char === '~' ? opener.count : Math.min(2, opener.count, closer.count);
    const type = opener.char === '~' ? 'del' : used === 2 ? 'strong' : 'em';
    // Delimiters between the two can no longer match anything.
    for (let between = closer.prev; between && between !== opener; between = closer.prev) this.removeDelimiter(between);
    opener.count -= used;
    closer.count -= used;
    opener.node.text = opener.node.text.slice(used);
    closer.node.text = closer.node.text.slice(used);
    const tokens = limitDepth(this.collect(opener.node.next, closer.node));
    const token: InlineToken = { type, tokens };
    recordDepth(token, tokens);
    const node: Node = { prev: opener.node, next: closer.node, text: '', token };
    opener.node.next = node;
    closer.node.prev = node;
    if (opener.count === 0) this.removeNode(opener.node, opener);
    if (closer.count === 0) {
      const next = closer.next;
      this.removeNode(closer.node, closer);
      return next;
    }
    return closer;
  }

  private removeDelimiter(delimiter: Delimiter): void {
    if (delimiter.prev) delimiter.prev.next = delimiter.next;
    if (delimiter.next) delimiter.next.prev = delimiter.prev;
    if (this.delimiters === delimiter) this.delimiters = delimiter.prev;
    delimiter.node.delimiter = undefined;
  }

  private removeNode(node: Node, delimiter: Delimiter): void {
    this.removeDelimiter(delimiter);
    if (node.prev) node.prev.next = node.next;
    if (node.next) node.next.prev = node.prev;
    if (this.tail === node) this.tail = node.prev!;
  }

  /** Turns the nodes from `from` up to (not including) `to` into tokens, merging text. */
  private collect(from: Node | null, to: Node | null): InlineToken[] {
    const tokens: InlineToken[] = [];
    let text = '';
    for (let node = from; node && node !== to; node = node.next) {
      if (node.token) {
        if (text) tokens.push({ type: 'text', text });
        text = '';
        tokens.push(node.token);
      } else text += node.text;
    }
    if (text) tokens.push({ type: 'text', text });
    return tokens;
  }
}





function skipLeadingSpace(source: string, pos: number): number {
  while (source[pos] === ' ' || source[pos] === '\t') pos++;
  return pos;
}

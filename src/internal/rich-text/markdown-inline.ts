/**
 * The inline half of the Markdown lexer: turns the text of a paragraph, heading or table cell
 * into inline tokens (emphasis, code, links, breaks...).
 *
 * It follows CommonMark's two-step design. A single left-to-right scan builds a linked list
 * of nodes (`markdown-inline-nodes.ts`: text, finished tokens, and runs of `*`, `_` or `~`
 * that may become emphasis) and resolves links as their closing `]` appears; emphasis is then
 * matched on the delimiter stack. Every search that could
 * look far ahead is bounded or remembered, so no input makes the scan quadratic, and nesting
 * deeper than `MAX_INLINE_DEPTH` (`markdown-inline-tree.ts`) is flattened rather than built.
 */
import { AUTOLINK_EMAIL, AUTOLINK_URI, bareEmailAt, bareUrlAt, HTML_TAG } from './markdown-autolink-syntax.js';
import { InlineNodes, type Delimiter, type InlineNode } from './markdown-inline-nodes.js';
import { ASCII_PUNCTUATION, MAX_LABEL_LENGTH, normalizeLabel, scanDestination, scanTitle, skipSpace, unescapeMarkdown } from './markdown-link-syntax.js';
import type { LinkDefinitions } from './markdown-link-syntax.js';
import { autolink, limitDepth, recordDepth, withoutLinks } from './markdown-inline-tree.js';
import type { InlineToken } from './markdown-tokens.js';

const PUNCTUATION = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/;

interface Bracket {
  node: InlineNode;
  image: boolean;
  /** Where the link text starts in the source. */
  start: number;
  active: boolean;
  delimiterBottom: Delimiter | null;
  prev: Bracket | null;
}

/** Lexes inline Markdown. Never throws on any input; link definitions resolve references. */
export function lexInline(source: string, definitions: LinkDefinitions): InlineToken[] {
  return new InlineLexer(source, definitions).lex();
}

class InlineLexer {
  private readonly nodes = new InlineNodes();
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
    this.nodes.processEmphasis(null);
    return this.nodes.collect(this.nodes.head.next, null);
  }

  // --- building the node list ---

  private flush(): void {
    if (this.buffer) {
      this.nodes.append(this.buffer);
      this.buffer = '';
    }
  }

  private pushToken(token: InlineToken): void {
    this.flush();
    this.nodes.append('', token);
  }

  private pushText(text: string): InlineNode {
    this.flush();
    return this.nodes.append(text);
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
    this.flush();
    this.nodes.appendDelimiter(
      source.slice(pos, end),
      char === '_' ? leftFlanking && (!rightFlanking || beforePunctuation) : leftFlanking,
      char === '_' ? rightFlanking && (!leftFlanking || afterPunctuation) : rightFlanking,
    );
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
    const email = bareEmailAt(this.source, pos);
    if (!email) return -1;
    this.pushToken(autolink(`mailto:${email}`, email));
    return pos + email.length;
  }

  // --- links ---

  private openBracket(pos: number, image: boolean): number {
    const node = this.pushText(image ? '![' : '[');
    const start = pos + (image ? 2 : 1);
    this.brackets = { node, image, start, active: true, delimiterBottom: this.nodes.delimiters, prev: this.brackets };
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
    this.nodes.processEmphasis(bracket.delimiterBottom);
    let tokens = limitDepth(this.nodes.collect(bracket.node.next, null));
    let token: InlineToken;
    if (bracket.image) token = { type: 'image', href: target.href, tokens };
    else {
      tokens = withoutLinks(tokens);
      token = { type: 'link', href: target.href, title: target.title, tokens, autolink: false, text: '' };
      // Links may not contain links: earlier openers can no longer make one.
      for (let below = this.brackets; below && below.active; below = below.prev) if (!below.image) below.active = false;
    }
    // Replace the opener and everything after it with the finished token.
    this.nodes.cutFrom(bracket.node);
    recordDepth(token, tokens);
    this.nodes.append('', token);
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
}

function skipLeadingSpace(source: string, pos: number): number {
  while (source[pos] === ' ' || source[pos] === '\t') pos++;
  return pos;
}

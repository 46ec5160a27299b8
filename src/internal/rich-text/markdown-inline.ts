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
import { bareEmailAt, bareEmailStarts, bareUrlAt, readAngle } from './markdown-autolink-syntax.js';
import { BacktickRuns } from './markdown-backtick-runs.js';
import { InlineNodes, type Delimiter, type InlineNode } from './markdown-inline-nodes.js';
import { ASCII_PUNCTUATION, linkAfterBracket } from './markdown-link-syntax.js';
import type { LinkDefinitions } from './markdown-link-syntax.js';
import { autolink, limitDepth, recordDepth, withoutLinks } from './markdown-inline-tree.js';
import type { InlineToken } from './markdown-tokens.js';

const PUNCTUATION = /[\p{P}\p{S}]/u;
/**
 * Characters that start no construct: anything but the characters that may start one, and
 * spaces or `(` only when no `h` or `w` (perhaps a bare URL) follows them.
 */
const PLAIN_RUN = /(?:[^\\`*_~[\]!<\s(]|(?:[^\S\n]|\()+(?=[^\\`*_~[\]!<\s(hw]))+/y;
const WHITESPACE = /\s/;

interface Bracket {
  node: InlineNode;
  image: boolean;
  /** Where the link text starts in the source. */
  start: number;
  /** How many brackets were opened before this one. */
  index: number;
  delimiterBottom: Delimiter | null;
  prev: Bracket | null;
}

/**
 * Text in which no construct can start: none of the characters that begin one, and no `:`
 * or `.` that a bare URL needs. Most table cells and many paragraphs are like this.
 */
const NOTHING_TO_READ = /^[^\\`*_~[\]!<\n@:.]*$/;

/** Lexes inline Markdown. Never throws on any input; link definitions resolve references. */
export function lexInline(source: string, definitions: LinkDefinitions): InlineToken[] {
  if (NOTHING_TO_READ.test(source)) return source ? [{ type: 'text', text: source }] : [];
  return new InlineLexer(source, definitions).lex();
}

class InlineLexer {
  private readonly nodes = new InlineNodes();
  private brackets: Bracket | null = null;
  private bracketsOpened = 0;
  /**
   * Link openers (not image openers) with an index below this can no longer make a link: a
   * link was made after them, and links may not contain links. One number instead of a flag
   * per opener, so that making a link never walks the openers still waiting.
   */
  private linkOpenersFrom = 0;
  /**
   * The text read since the last node, as a range of the source: it is always contiguous,
   * and one slice at the end is cheaper than a string built a character at a time.
   */
  private textStart = -1;
  private textEnd = -1;
  private backtickRuns: BacktickRuns | null = null;
  /** Closers (`-->`, `?>`...) known to be absent from the rest of the source. */
  private readonly missingClosers = new Set<string>();

  constructor(
    private readonly source: string,
    private readonly definitions: LinkDefinitions,
  ) {}

  lex(): InlineToken[] {
    const { source } = this;
    const emailStarts = source.includes('@') ? bareEmailStarts(source) : [];
    let nextEmail = 0;
    let pos = 0;
    while (pos < source.length) {
      while (nextEmail < emailStarts.length && emailStarts[nextEmail] < pos) nextEmail++;
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
      if (next < 0 && emailStarts[nextEmail] === pos) next = this.bareEmail(pos);
      if (next < 0) next = this.plainText(pos, emailStarts[nextEmail]);
      pos = next;
    }
    this.flush();
    this.nodes.processEmphasis(null);
    return this.nodes.collect(this.nodes.head.next, null);
  }

  // --- building the node list ---

  /** Turns the text read so far (and `suffix`) into a node. */
  private flush(suffix = ''): void {
    const text = (this.textStart < this.textEnd ? this.source.slice(this.textStart, this.textEnd) : '') + suffix;
    this.textStart = this.textEnd = -1;
    if (text) this.nodes.append(text);
  }

  /** Takes `source[start..end)` as text. */
  private addText(start: number, end: number): void {
    if (this.textEnd !== start) {
      this.flush();
      this.textStart = start;
    }
    this.textEnd = end;
  }

  private pushToken(token: InlineToken): void {
    this.flush();
    this.nodes.append('', token);
  }

  private pushText(text: string): InlineNode {
    this.flush();
    return this.nodes.append(text);
  }

  /**
   * Takes the character at `pos` as text, with the run of characters after it that cannot
   * start anything, so that ordinary prose is copied in slices rather than one by one.
   */
  private plainText(pos: number, emailStart = Infinity): number {
    let end = pos + 1;
    // A bare URL may start right after a space or a parenthesis: the next character is tried.
    if (!/[\s(]/.test(this.source[pos])) {
      PLAIN_RUN.lastIndex = end;
      if (PLAIN_RUN.test(this.source)) end = Math.min(PLAIN_RUN.lastIndex, emailStart);
    }
    this.addText(pos, end);
    return end;
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
    // Spaces are never part of a token, so the spaces before the line break end the text.
    let spaces = 0;
    while (this.source[pos - 1 - spaces] === ' ') spaces++;
    if (spaces > 0 && this.textEnd === pos) this.textEnd = Math.max(this.textStart, pos - spaces);
    if (spaces >= 2) this.pushToken({ type: 'br' });
    // One text node per line keeps the nodes short.
    else this.flush('\n');
    return skipLeadingSpace(this.source, pos + 1);
  }

  private codeSpan(pos: number): number {
    const { source } = this;
    let end = pos;
    while (source[end] === '`') end++;
    const length = end - pos;
    this.backtickRuns ??= new BacktickRuns(source);
    const closer = this.backtickRuns.find(length, end);
    if (closer < 0) {
      this.addText(pos, end);
      return end;
    }
    let text = source.slice(end, closer).replace(/\n/g, ' ');
    if (text.length > 2 && text[0] === ' ' && text[text.length - 1] === ' ' && text.trim() !== '') text = text.slice(1, -1);
    this.pushToken({ type: 'codespan', text });
    return closer + length;
  }

  private delimiterRun(pos: number): number {
    const { source } = this;
    const char = source[pos];
    let end = pos;
    while (source[end] === char) end++;
    const length = end - pos;
    if (char === '~' && length > 2) {
      this.addText(pos, end);
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
      pos,
      char === '_' ? leftFlanking && (!rightFlanking || beforePunctuation) : leftFlanking,
      char === '_' ? rightFlanking && (!leftFlanking || afterPunctuation) : rightFlanking,
    );
    return end;
  }

  private angle(pos: number): number {
    const found = readAngle(this.source, pos, this.missingClosers);
    if (!found) return -1;
    this.pushToken(found.token);
    return found.end;
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
    const index = this.bracketsOpened++;
    this.brackets = { node, image, start, index, delimiterBottom: this.nodes.delimiters, prev: this.brackets };
    return start;
  }

  private closeBracket(pos: number): number {
    const bracket = this.brackets;
    if (!bracket) return -1;
    this.brackets = bracket.prev;
    if (!bracket.image && bracket.index < this.linkOpenersFrom) return -1;
    // The link text is a label only when no other bracket was opened inside it.
    const textIsLabel = bracket.index === this.bracketsOpened - 1;
    const target = linkAfterBracket(this.source, pos, bracket.start, textIsLabel, this.definitions);
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
      this.linkOpenersFrom = this.bracketsOpened;
    }
    // Replace the opener and everything after it with the finished token.
    this.nodes.cutFrom(bracket.node);
    recordDepth(token, tokens);
    this.nodes.append('', token);
    return target.end;
  }
}

function skipLeadingSpace(source: string, pos: number): number {
  while (source[pos] === ' ' || source[pos] === '\t') pos++;
  return pos;
}

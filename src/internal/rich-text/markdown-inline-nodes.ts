/**
 * The inline lexer's working list (CommonMark's "delimiter run" algorithm): a doubly linked
 * list of nodes (text, finished tokens, and runs of `*`, `_` or `~` that may become emphasis)
 * and the delimiter stack over those runs. The scan in `markdown-inline.ts` appends to it;
 * `processEmphasis` then pairs openers with closers, and `collect` turns nodes into tokens.
 */
import { limitDepth, recordDepth } from './markdown-inline-tree.js';
import type { InlineToken } from './markdown-tokens.js';

export interface InlineNode {
  prev: InlineNode | null;
  next: InlineNode | null;
  /** Text (with character references to decode) when `token` is null. */
  text: string;
  token: InlineToken | null;
  /** For emphasis runs: the delimiter character and the run's state. */
  delimiter?: Delimiter;
}

export interface Delimiter {
  node: InlineNode;
  /** Where the run starts in the source: a delimiter's place on the stack, even after others are removed. */
  position: number;
  char: string;
  count: number;
  originalCount: number;
  canOpen: boolean;
  canClose: boolean;
  prev: Delimiter | null;
  next: Delimiter | null;
}

/**
 * Openers looked at while matching emphasis, over every document so far. It should grow in
 * step with the text: the tests read it to check that no input makes the search quadratic.
 */
export const emphasisSearch = { steps: 0 };

const detached = (text: string, token: InlineToken | null = null): InlineNode => ({ prev: null, next: null, text, token });

export class InlineNodes {
  readonly head: InlineNode = detached('');
  private tail: InlineNode = this.head;
  /** The top of the delimiter stack: the last run that may still open or close emphasis. */
  delimiters: Delimiter | null = null;

  append(text: string, token: InlineToken | null = null): InlineNode {
    const node = detached(text, token);
    node.prev = this.tail;
    this.tail.next = node;
    this.tail = node;
    return node;
  }

  /** Appends a run of delimiter characters and pushes it on the delimiter stack. */
  appendDelimiter(run: string, position: number, canOpen: boolean, canClose: boolean): void {
    const node = this.append(run);
    const delimiter: Delimiter = {
      node,
      position,
      char: run[0],
      count: run.length,
      originalCount: run.length,
      canOpen,
      canClose,
      prev: this.delimiters,
      next: null,
    };
    if (this.delimiters) this.delimiters.next = delimiter;
    this.delimiters = delimiter;
    node.delimiter = delimiter;
  }

  /** Drops `node` and everything after it: a finished link replaces them. */
  cutFrom(node: InlineNode): void {
    this.tail = node.prev!;
    this.tail.next = null;
  }

  /** Turns the nodes from `from` up to (not including) `to` into tokens, merging text. */
  collect(from: InlineNode | null, to: InlineNode | null): InlineToken[] {
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

  /**
   * Matches emphasis delimiters above `bottom` (CommonMark's "process emphasis"). The search
   * floors per kind of closer (`openersBottom`) keep the work linear. They are positions, not
   * delimiters: the delimiter a floor was taken at may be paired and removed later, and a
   * floor that pointed at a removed delimiter would never be reached (cmark issue 389).
   */
  processEmphasis(bottom: Delimiter | null): void {
    // Nothing above the bottom (a link without emphasis in its text): nothing to match.
    if (this.delimiters === bottom) return;
    const bottomPosition = bottom ? bottom.position : -1;
    const openersBottom = new Map<string, number>();
    let closer = bottom ? bottom.next : this.firstDelimiter();
    while (closer) {
      if (!closer.canClose) {
        closer = closer.next;
        continue;
      }
      const key = `${closer.char}${closer.canOpen ? 1 : 0}${closer.originalCount % 3}`;
      const floor = Math.max(bottomPosition, openersBottom.get(key) ?? -1);
      let opener = closer.prev;
      while (opener && opener.position > floor) {
        emphasisSearch.steps++;
        if (opener.char === closer.char && opener.canOpen && canPair(opener, closer)) break;
        opener = opener.prev;
      }
      if (opener && opener.position > floor) {
        closer = this.pair(opener, closer);
      } else {
        openersBottom.set(key, closer.prev ? closer.prev.position : -1);
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
    const node: InlineNode = { prev: opener.node, next: closer.node, text: '', token };
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

  private removeNode(node: InlineNode, delimiter: Delimiter): void {
    this.removeDelimiter(delimiter);
    if (node.prev) node.prev.next = node.next;
    if (node.next) node.next.prev = node.prev;
    if (this.tail === node) this.tail = node.prev!;
  }
}

/** CommonMark's "rule of 3": a run that can both open and close pairs only in certain counts. */
function canPair(opener: Delimiter, closer: Delimiter): boolean {
  if (opener.char === '~') return opener.count === closer.count;
  const oddMatch =
    (opener.canClose || closer.canOpen) &&
    (opener.originalCount + closer.originalCount) % 3 === 0 &&
    !(opener.originalCount % 3 === 0 && closer.originalCount % 3 === 0);
  return !oddMatch;
}

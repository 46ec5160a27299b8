/**
 * The syntax shared by inline links and link reference definitions: destinations, titles,
 * labels and escapes. Each scanner reads forward from a position and gives up at the first
 * character that cannot belong, so none of them can look at more than its own construct.
 */

/** Link reference definitions, by normalized label. */
export type LinkDefinitions = Map<string, { href: string; title: string | null }>;

export const MAX_LABEL_LENGTH = 999;
export const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/** Normalizes a link label for matching: case-folded, inner whitespace collapsed. */
export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase().toUpperCase();
}

/** Removes backslash escapes, for destinations and titles. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/**
 * Reads a link destination at `pos`: `<...>` or a run without spaces and with balanced
 * parentheses. Returns the raw destination and the position after it, or null.
 */
export function scanDestination(source: string, pos: number): { href: string; end: number } | null {
  if (source[pos] === '<') {
    for (let i = pos + 1; i < source.length; i++) {
      const char = source[i];
      if (char === '\\' && i + 1 < source.length) i++;
      else if (char === '>') return { href: source.slice(pos + 1, i), end: i + 1 };
      else if (char === '<' || char === '\n') return null;
    }
    return null;
  }
  let depth = 0;
  let i = pos;
  for (; i < source.length; i++) {
    const char = source[i];
    if (char === '\\' && ASCII_PUNCTUATION.test(source[i + 1] ?? '')) i++;
    else if (char === '(') {
      if (++depth > 32) return null;
    } else if (char === ')') {
      if (depth === 0) break;
      depth--;
    } else if (char <= ' ' || char === '\u007f') break;
  }
  if (depth !== 0) return null;
  return { href: source.slice(pos, i), end: i };
}

/** Reads a link title (`"..."`, `'...'` or `(...)`) at `pos`; returns its raw text and end. */
export function scanTitle(source: string, pos: number): { title: string; end: number } | null {
  const open = source[pos];
  const close = open === '(' ? ')' : open;
  if (open !== '"' && open !== "'" && open !== '(') return null;
  for (let i = pos + 1; i < source.length; i++) {
    const char = source[i];
    if (char === '\\' && i + 1 < source.length) i++;
    else if (char === close) return { title: source.slice(pos + 1, i), end: i + 1 };
    else if (open === '(' && char === '(') return null;
  }
  return null;
}

/** Skips spaces and tabs, and at most one line break among them. */
export function skipSpace(source: string, pos: number): number {
  let newlines = 0;
  while (pos < source.length) {
    const char = source[pos];
    if (char === '\n') {
      if (++newlines > 1) break;
    } else if (char !== ' ' && char !== '\t') break;
    pos++;
  }
  return pos;
}

/**
 * Reads one link reference definition (`[label]: destination "title"`) at `pos` and records
 * it unless the label is taken; returns the position after it, or -1.
 */
export function readDefinition(text: string, pos: number, definitions: LinkDefinitions): number {
  let close = pos + 1;
  for (; close < text.length && close - pos <= MAX_LABEL_LENGTH + 1; close++) {
    if (text[close] === '\\') close++;
    else if (text[close] === '[') return -1;
    else if (text[close] === ']') break;
  }
  if (text[close] !== ']' || text[close + 1] !== ':') return -1;
  const label = text.slice(pos + 1, close);
  if (label.trim() === '' || close - pos > MAX_LABEL_LENGTH + 1) return -1;
  const destinationStart = skipSpace(text, close + 2);
  const destination = scanDestination(text, destinationStart);
  if (!destination || (destination.href === '' && text[destinationStart] !== '<')) return -1;
  const lineEnd = (at: number): number => {
    while (text[at] === ' ' || text[at] === '\t') at++;
    return at >= text.length ? at : text[at] === '\n' ? at + 1 : -1;
  };
  let title: string | null = null;
  let end = -1;
  const titleStart = skipSpace(text, destination.end);
  if (titleStart > destination.end) {
    const scanned = scanTitle(text, titleStart);
    if (scanned) {
      end = lineEnd(scanned.end);
      if (end >= 0) title = unescapeMarkdown(scanned.title);
    }
  }
  if (end < 0) end = lineEnd(destination.end);
  if (end < 0) return -1;
  const key = normalizeLabel(label);
  if (!definitions.has(key)) definitions.set(key, { href: unescapeMarkdown(destination.href), title });
  return end;
}

/**
 * What a `]` at `pos` closes, given the link text that started at `textStart`: an inline
 * destination `(...)`, a full reference `[label]`, or the text itself as a collapsed or
 * shortcut reference when `textIsLabel` (no other bracket was opened inside it). Returns the
 * destination and title, with escapes removed, and where the link ends; or null.
 */
export function linkAfterBracket(
  source: string,
  pos: number,
  textStart: number,
  textIsLabel: boolean,
  definitions: LinkDefinitions,
): { href: string; title: string | null; end: number } | null {
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
  // References need definitions; most descriptions have none.
  if (definitions.size === 0) return null;
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
    if (pos - textStart > MAX_LABEL_LENGTH || !textIsLabel) return null;
    label = source.slice(textStart, pos);
    if (source[pos + 1] === '[' && source[pos + 2] === ']') end = pos + 3;
  }
  const definition = definitions.get(normalizeLabel(label));
  return definition ? { ...definition, end } : null;
}

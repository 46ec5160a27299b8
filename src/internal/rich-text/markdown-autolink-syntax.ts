/**
 * What the inline lexer recognises after `<` and in running text: autolinks (`<https://...>`,
 * `<name@example.com>`), raw HTML tags, and GFM's bare URLs and e-mail addresses. Sticky
 * patterns (`y`) match at a given position only, so the scan never searches ahead.
 */
import { autolink } from './markdown-inline-tree.js';
import type { InlineToken } from './markdown-tokens.js';

const AUTOLINK_URI = /<([A-Za-z][A-Za-z\d+.-]{1,31}:[^\s<>]*)>/y;
const AUTOLINK_EMAIL = /<([\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z\d](?:[A-Za-z\d-]{0,61}[A-Za-z\d])?(?:\.[A-Za-z\d](?:[A-Za-z\d-]{0,61}[A-Za-z\d])?)*)>/y;
const HTML_TAG = /<(?:[A-Za-z][A-Za-z\d-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?|\/[A-Za-z][A-Za-z\d-]*\s*)>/y;
const BARE_URL = /(?:https?:\/\/|www\.)[A-Za-z\d][^\s<]*/y;
const BARE_EMAIL = /[\w.+-]+@[A-Za-z\d_-]+(?:\.[A-Za-z\d_-]+)+/y;
const EMAIL_CHARACTER = /[\w.+-]/;

/**
 * What starts with the `<` at `pos`: an autolink, an HTML comment, processing instruction,
 * declaration or CDATA section, or a tag; or null. `missingClosers` remembers the closers
 * (`-->`, `?>`...) already known to be absent from the rest of the source, so that a run of
 * unclosed `<!--` searches for its closer once.
 */
export function readAngle(source: string, pos: number, missingClosers: Set<string>): { token: InlineToken; end: number } | null {
  for (const [pattern, email] of [[AUTOLINK_URI, false], [AUTOLINK_EMAIL, true]] as const) {
    pattern.lastIndex = pos;
    const match = pattern.exec(source);
    if (match) {
      const text = match[1];
      return { token: autolink(email ? `mailto:${text}` : text, text), end: pos + match[0].length };
    }
  }
  const findCloser = (closer: string, from: number): number => {
    if (missingClosers.has(closer)) return -1;
    const index = source.indexOf(closer, from);
    if (index < 0) missingClosers.add(closer);
    return index < 0 ? -1 : index + closer.length;
  };
  let end = -1;
  if (source.startsWith('<!--', pos)) end = findCloser('-->', pos + 4);
  else if (source.startsWith('<![CDATA[', pos)) end = findCloser(']]>', pos + 9);
  else if (source.startsWith('<?', pos)) end = findCloser('?>', pos + 2);
  else if (/^<![A-Za-z]/.test(source.slice(pos, pos + 3))) end = findCloser('>', pos + 2);
  else {
    HTML_TAG.lastIndex = pos;
    const match = HTML_TAG.exec(source);
    if (match) end = pos + match[0].length;
  }
  return end < 0 ? null : { token: { type: 'html', text: source.slice(pos, end) }, end };
}

/** The text of a GFM bare URL at `pos`, with trailing punctuation trimmed off. */
export function bareUrlAt(source: string, pos: number): string | null {
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

/** The GFM bare e-mail address that starts at `pos`, or null. */
export function bareEmailAt(source: string, pos: number): string | null {
  if (pos > 0 && EMAIL_CHARACTER.test(source[pos - 1])) return null;
  BARE_EMAIL.lastIndex = pos;
  const match = BARE_EMAIL.exec(source);
  if (!match) return null;
  let email = match[0];
  if (email.endsWith('.')) email = email.slice(0, -1);
  if (/[-_]$/.test(email) || email.includes('@', email.indexOf('@') + 1)) return null;
  return email;
}

/**
 * Where a GFM bare e-mail address may start: for each `@`, the first character of the run of
 * address characters before it, when that is a letter or a digit. Each run is walked once.
 */
export function bareEmailStarts(source: string): number[] {
  const starts: number[] = [];
  for (let at = source.indexOf('@'); at >= 0; at = source.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && EMAIL_CHARACTER.test(source[start - 1])) start--;
    if (start < at && /[A-Za-z\d]/.test(source[start])) starts.push(start);
  }
  return starts;
}

function count(text: string, char: string): number {
  let total = 0;
  for (const c of text) if (c === char) total++;
  return total;
}

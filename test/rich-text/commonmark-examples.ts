/**
 * The examples of the CommonMark specification (the `commonmark-spec` package, a dev
 * dependency) and the comparison the spec test makes: the renderer's DOM against the spec's
 * HTML once our documented choices are applied to the latter.
 */
import { ALLOWED_LINK_PROTOCOLS } from './commonmark-deviations.js';

export interface SpecExample {
  number: number;
  section: string;
  markdown: string;
  html: string;
}

const SPEC_URL = new URL('../../node_modules/commonmark-spec/spec.txt', import.meta.url);
const FENCE = '`'.repeat(32);

/** Reads the examples out of `spec.txt` (`→` stands for a tab there). */
export async function loadSpecExamples(): Promise<SpecExample[]> {
  const response = await fetch(SPEC_URL);
  if (!response.ok) throw new Error(`Cannot load ${SPEC_URL.href} (${response.status}): run npm ci, commonmark-spec is a dev dependency`);
  const lines = (await response.text()).split('\n');
  const examples: SpecExample[] = [];
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const heading = /^#{1,6} (.*)$/.exec(lines[i]);
    if (heading) section = heading[1];
    if (lines[i] !== `${FENCE} example`) continue;
    const markdown: string[] = [];
    const html: string[] = [];
    let target = markdown;
    for (i++; lines[i] !== FENCE; i++) {
      if (lines[i] === '.' && target === markdown) target = html;
      else target.push(lines[i]);
    }
    const text = (part: string[]) => (part.length ? `${part.join('\n')}\n` : '').replace(/→/g, '\t');
    examples.push({ number: examples.length + 1, section, markdown: text(markdown), html: text(html) });
  }
  return examples;
}

/**
 * The spec's HTML for an example as our renderer is meant to show it: headings one level
 * down, images as their alt text, links resolved against the page (and dropped, keeping
 * their text, when their scheme is not allowed), code without its language class.
 */
export function expectedDom(html: string): DocumentFragment {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  for (const image of Array.from(parsed.querySelectorAll('img'))) image.replaceWith(image.getAttribute('alt') ?? '');
  for (const heading of Array.from(parsed.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    const level = Math.min(Number(heading.localName[1]) + 1, 6);
    const lower = parsed.createElement(`h${level}`);
    lower.append(...Array.from(heading.childNodes));
    heading.replaceWith(lower);
  }
  for (const anchor of Array.from(parsed.querySelectorAll('a'))) {
    const url = new URL(anchor.getAttribute('href') ?? '', document.baseURI);
    if (ALLOWED_LINK_PROTOCOLS.includes(url.protocol)) anchor.setAttribute('href', url.href);
    else anchor.replaceWith(...Array.from(anchor.childNodes));
  }
  for (const code of Array.from(parsed.querySelectorAll('code[class]'))) code.removeAttribute('class');
  // The renderer keeps no line break at the end of a code block.
  for (const code of Array.from(parsed.querySelectorAll('pre > code'))) {
    if (code.lastChild?.nodeType === Node.TEXT_NODE) code.lastChild.textContent = (code.lastChild.textContent ?? '').replace(/\n$/, '');
  }
  const fragment = document.createDocumentFragment();
  fragment.append(...Array.from(parsed.body.childNodes));
  return fragment;
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'hr', 'table']);

/**
 * Compact markup of a node tree for comparing the two sides: whitespace between block
 * elements is dropped, and `rel` and `target` are left out (they only say where an external
 * link opens).
 */
export function comparableMarkup(root: Node): string {
  let out = '';
  const children = Array.from(root.childNodes);
  children.forEach((child, index) => {
    if (child.nodeType === Node.TEXT_NODE) {
      let text = child.textContent ?? '';
      const blockBefore = index === 0 ? isBlockContainer(root) : isBlock(children[index - 1]);
      const blockAfter = index === children.length - 1 ? isBlockContainer(root) : isBlock(children[index + 1]);
      // The spec writes a line break after each `<br />`; the renderer's DOM has none.
      const afterBreak = index > 0 && children[index - 1] instanceof Element && (children[index - 1] as Element).localName === 'br';
      if (blockBefore) text = text.replace(/^\s+/, '');
      else if (afterBreak) text = text.replace(/^\n/, '');
      if (blockAfter) text = text.replace(/\s+$/, '');
      out += text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    } else if (child instanceof Element) {
      const attributes = child
        .getAttributeNames()
        .filter((name) => name !== 'rel' && name !== 'target')
        .sort()
        .map((name) => ` ${name}="${child.getAttribute(name)}"`)
        .join('');
      out += `<${child.localName}${attributes}>${comparableMarkup(child)}</${child.localName}>`;
    }
  });
  return out;
}

function isBlock(node: Node): boolean {
  return node instanceof Element && BLOCKS.has(node.localName);
}

function isBlockContainer(node: Node): boolean {
  return !(node instanceof Element) || ['li', 'blockquote', 'ul', 'ol'].includes(node.localName);
}

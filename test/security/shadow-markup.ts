/**
 * Checks an element's whole rendered tree, its shadow root and every shadow root nested in it,
 * for what untrusted text must never produce there. Unlike `findUnsafeMarkup` (which knows
 * only the rich-text vocabulary), it accepts the elements' own interface (buttons, dialogs,
 * form fields, SVG icons) and looks for what runs or loads something: script and embedding
 * elements, event handler attributes, `srcdoc`, form actions, URLs with a scheme that runs
 * or embeds content, links other than http(s) and mailto, SVG beyond the icons' shapes, and
 * inline styles other than the pixel position Floating UI sets on the delete confirmation.
 */
const FORBIDDEN_ELEMENTS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'link', 'meta', 'base', 'style',
  'img', 'image', 'picture', 'source', 'video', 'audio', 'track', 'portal', 'fencedframe', 'noscript', 'noembed',
  'noframes', 'xmp', 'plaintext', 'listing', 'marquee', 'template', 'slot',
]);
/** The shapes the elements' icons are drawn with. */
const ICON_SVG_ELEMENTS = new Set(['svg', 'path', 'circle']);
const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'srcset', 'ping', 'codebase', 'cite', 'manifest']);
const ALWAYS_FORBIDDEN_ATTRIBUTES = new Set(['srcdoc', 'action', 'formaction', 'is']);
const DANGEROUS_SCHEME = /^(?:javascript|data|vbscript|file|blob):/i;
const SAFE_LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
/** What `PlacementController` writes through the CSSOM: a pixel position, nothing else. */
const POSITION_STYLE = /^(?:\s*(?:left|top):\s*-?\d+(?:\.\d+)?px;)*\s*$/;
const HTML = 'http://www.w3.org/1999/xhtml';
const SVG = 'http://www.w3.org/2000/svg';

/** Drops what URL parsers ignore (controls and spaces), so `java\tscript:` reads as `javascript:`. */
function compact(value: string): string {
  return Array.from(value)
    .filter((character) => character.charCodeAt(0) > 0x20)
    .join('');
}

/** Every element below `root`, descending into the shadow roots of the elements found. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const visit = (parent: ParentNode) => {
    for (const element of Array.from(parent.querySelectorAll('*'))) {
      found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/** Problems in `host`'s shadow tree (nested shadow trees included); empty when it is inert. */
export function findUnsafeShadowMarkup(host: Element): string[] {
  if (!host.shadowRoot) return [`<${host.localName}> has no open shadow root to inspect`];
  const problems: string[] = [];
  for (const element of deepElements(host.shadowRoot)) {
    const name = element.localName;
    const where = `<${name}> in ${(element.getRootNode() as ShadowRoot).host.localName}`;
    if (element.namespaceURI === SVG) {
      if (!ICON_SVG_ELEMENTS.has(name)) problems.push(`${where}: SVG element outside the icons' shapes`);
    } else if (element.namespaceURI !== HTML) {
      problems.push(`${where}: element in namespace ${element.namespaceURI}`);
    } else if (FORBIDDEN_ELEMENTS.has(name)) {
      problems.push(`${where}: forbidden element`);
    }
    for (const attribute of Array.from(element.attributes)) {
      const attributeName = attribute.name.toLowerCase();
      const value = attribute.value;
      if (attributeName.startsWith('on')) problems.push(`${where} ${attribute.name}="${value.slice(0, 60)}": event handler`);
      if (ALWAYS_FORBIDDEN_ATTRIBUTES.has(attributeName)) problems.push(`${where} ${attribute.name}: forbidden attribute`);
      if ((URL_ATTRIBUTES.has(attributeName) || attributeName.endsWith(':href')) && DANGEROUS_SCHEME.test(compact(value))) {
        problems.push(`${where} ${attribute.name}="${value.slice(0, 60)}": dangerous URL`);
      }
      if (attributeName === 'style' && !(name === 'dialog' && POSITION_STYLE.test(value))) {
        problems.push(`${where} style="${value.slice(0, 60)}": inline style`);
      }
    }
    if (name === 'a' && element.hasAttribute('href')) {
      const protocol = new URL(element.getAttribute('href')!, document.baseURI).protocol;
      if (!SAFE_LINK_PROTOCOLS.has(protocol)) problems.push(`${where}: link with a ${protocol} URL`);
    }
  }
  return problems;
}

/**
 * Where plain text was bound (a title, an excerpt): the element may hold only text and the
 * given known children (e.g. the visually hidden severity label); returns what else it holds.
 */
export function unexpectedChildren(element: Element, allowed: (child: Element) => boolean = () => false): string[] {
  return Array.from(element.children)
    .filter((child) => !allowed(child))
    .map((child) => `<${child.localName}> inside <${element.localName} part="${element.getAttribute('part') ?? ''}">`);
}

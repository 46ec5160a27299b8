/**
 * Lists what would make rendered rich text unsafe: elements outside the renderers'
 * vocabulary (script, iframe, object, embed, form, style, svg, math, img...), event handler
 * attributes, attributes outside the expected few, and URLs with a scheme that runs or
 * embeds content. An empty list means the markup is inert.
 */
const ALLOWED_ELEMENTS = new Set([
  'p', 'br', 'hr', 'strong', 'b', 'em', 'i', 'u', 's', 'del', 'code', 'pre', 'blockquote',
  'ul', 'ol', 'li', 'a', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
]);
const NAMED_DANGERS = 'script, iframe, frame, object, embed, form, style, link, meta, base, svg, math, img, input, button';
const ALLOWED_ATTRIBUTES = new Set(['href', 'title', 'rel', 'target', 'start']);
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcset'];
const DANGEROUS_SCHEME = /^(?:javascript|data|vbscript):/i;
const SAFE_LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const XHTML = 'http://www.w3.org/1999/xhtml';

/** Strips what URL parsers ignore (controls and spaces), so `java\tscript:` is seen as `javascript:`. */
function schemeOf(value: string): string {
  return Array.from(value)
    .filter((character) => character.charCodeAt(0) > 0x20)
    .join('');
}

export function findUnsafeMarkup(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const element of Array.from(root.querySelectorAll(NAMED_DANGERS))) problems.push(`<${element.localName}> element`);
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const name = element.localName;
    if (element.namespaceURI !== XHTML) problems.push(`<${name}> in namespace ${element.namespaceURI}`);
    if (!ALLOWED_ELEMENTS.has(name)) problems.push(`unexpected <${name}>`);
    for (const attribute of Array.from(element.attributes)) {
      const attributeName = attribute.name.toLowerCase();
      if (attributeName.startsWith('on')) problems.push(`<${name} ${attribute.name}> event handler`);
      else if (!ALLOWED_ATTRIBUTES.has(attributeName)) problems.push(`<${name} ${attribute.name}> unexpected attribute`);
      if ((URL_ATTRIBUTES.includes(attributeName) || attributeName.endsWith(':href')) && DANGEROUS_SCHEME.test(schemeOf(attribute.value))) {
        problems.push(`<${name} ${attribute.name}="${attribute.value.slice(0, 60)}">`);
      }
    }
    if (name === 'a' && element.hasAttribute('href')) {
      const protocol = new URL(element.getAttribute('href')!, document.baseURI).protocol;
      if (!SAFE_LINK_PROTOCOLS.has(protocol)) problems.push(`<a> with a ${protocol} link`);
    }
  }
  return problems;
}

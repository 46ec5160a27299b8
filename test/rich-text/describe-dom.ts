/**
 * Writes a node tree as compact markup (`<p>a <strong>b</strong></p>`) so tests can compare
 * whole structures at once. Attributes are sorted; text is escaped. For assertions only.
 */
export function describeDom(node: Node): string {
  let out = '';
  for (const child of Array.from(node.childNodes)) out += describeNode(child);
  return out;
}

function describeNode(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return escapeText(node.textContent ?? '');
  if (node.nodeType !== Node.ELEMENT_NODE) return `<!--${node.nodeName}-->`;
  const element = node as Element;
  const name = element.localName;
  const attributes = element
    .getAttributeNames()
    .sort()
    .map((attribute) => ` ${attribute}="${escapeText(element.getAttribute(attribute) ?? '').replace(/"/g, '&quot;')}"`)
    .join('');
  const isVoid = name === 'br' || name === 'hr';
  return isVoid ? `<${name}${attributes}>` : `<${name}${attributes}>${describeDom(element)}</${name}>`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

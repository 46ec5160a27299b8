/** A blank line (possibly holding spaces or tabs) ends a paragraph. */
const PARAGRAPH_BREAK = /\n[ \t]*\n/;

/**
 * Renders a plain-text description: one `<p>` per paragraph, a `<br>` for each single line
 * break, and the text itself only ever as text nodes, so nothing in it is interpreted.
 * Small and dependency-free on purpose: it is also the fallback when the Markdown renderer
 * cannot be loaded or fails.
 */
export function renderPlainText(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const paragraphs = text.replace(/\r\n?/g, '\n').split(PARAGRAPH_BREAK);
  for (const paragraph of paragraphs) {
    const lines = paragraph.trim().split('\n');
    if (lines.length === 1 && lines[0] === '') continue;
    const element = document.createElement('p');
    lines.forEach((line, index) => {
      if (index > 0) element.append(document.createElement('br'));
      element.append(document.createTextNode(line.trim()));
    });
    fragment.append(element);
  }
  return fragment;
}

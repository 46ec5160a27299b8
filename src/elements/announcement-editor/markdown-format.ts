/** The Markdown the description toolbar can insert. */
export type MarkdownFormat = 'bold' | 'italic' | 'link' | 'list';

/** A textarea's text and selection, before or after a change. */
export interface TextSelection {
  value: string;
  start: number;
  end: number;
}

const PLACEHOLDER_URL = 'https://';

/**
 * Wraps or prefixes the selection with Markdown syntax and says what to select afterwards, so
 * that typing continues naturally: the selected words stay selected inside `**…**`; an empty
 * selection puts the caret between the markers; a link selects its URL placeholder; a list
 * prefixes every selected line.
 */
export function applyMarkdownFormat({ value, start, end }: TextSelection, format: MarkdownFormat): TextSelection {
  const before = value.slice(0, start);
  const selected = value.slice(start, end);
  const after = value.slice(end);

  switch (format) {
    case 'bold':
    case 'italic': {
      const marker = format === 'bold' ? '**' : '_';
      return { value: `${before}${marker}${selected}${marker}${after}`, start: start + marker.length, end: end + marker.length };
    }
    case 'link': {
      const text = `[${selected}](${PLACEHOLDER_URL})`;
      // With no text selected, the caret goes between the brackets; otherwise the URL is selected.
      const urlStart = start + selected.length + 3;
      return selected
        ? { value: before + text + after, start: urlStart, end: urlStart + PLACEHOLDER_URL.length }
        : { value: before + text + after, start: start + 1, end: start + 1 };
    }
    case 'list': {
      // Start at the beginning of the first selected line, so a half-selected line is listed whole.
      const lineStart = before.lastIndexOf('\n') + 1;
      const block = value.slice(lineStart, end);
      const listed = block
        .split('\n')
        .map((line) => (line.startsWith('- ') ? line : `- ${line}`))
        .join('\n');
      // A list must not continue a paragraph, or Markdown reads it as part of that paragraph.
      const needsBlankLine = lineStart > 0 && !value.slice(0, lineStart).endsWith('\n\n');
      const prefix = needsBlankLine ? '\n' : '';
      const result = value.slice(0, lineStart) + prefix + listed + after;
      const newEnd = lineStart + prefix.length + listed.length;
      return { value: result, start: selected ? lineStart + prefix.length : newEnd, end: newEnd };
    }
  }
}

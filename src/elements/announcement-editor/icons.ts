import { svg, type SVGTemplateResult } from 'lit';

/**
 * Icons drawn with `currentColor`, so they follow the text colour in light, dark and forced
 * colours. They are decorative: the buttons that hold them carry the accessible name.
 */
const icon = (content: SVGTemplateResult): SVGTemplateResult => svg`<svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${content}</svg>`;

export const pencilIcon = icon(svg`<path d="M4 20h4L19 9l-4-4L4 16v4z"/><path d="M13.5 6.5l4 4"/>`);
export const trashIcon = icon(svg`<path d="M4 7h16"/><path d="M10 11v6M14 11v6"/><path d="M6 7l1 13h10l1-13"/><path d="M9 7V4h6v3"/>`);
export const closeIcon = icon(svg`<path d="M6 6l12 12M18 6L6 18"/>`);
export const plusIcon = icon(svg`<path d="M12 5v14M5 12h14"/>`);
export const boldIcon = icon(svg`<path d="M7 5h6a3.5 3.5 0 010 7H7zM7 12h7a3.5 3.5 0 010 7H7z"/>`);
export const italicIcon = icon(svg`<path d="M10 5h8M6 19h8M14 5l-4 14"/>`);
export const linkIcon = icon(svg`<path d="M10 14a4 4 0 005.7 0l3-3a4 4 0 00-5.7-5.7l-1 1"/><path d="M14 10a4 4 0 00-5.7 0l-3 3a4 4 0 005.7 5.7l1-1"/>`);
export const listIcon = icon(svg`<path d="M9 6h11M9 12h11M9 18h11"/><path d="M4.5 6h.01M4.5 12h.01M4.5 18h.01"/>`);

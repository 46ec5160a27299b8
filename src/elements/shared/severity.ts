import { html, svg, type TemplateResult } from 'lit';
import type { Severity } from '../../model/announcement.js';

/** The severity names every element shows next to the icon, so severity is never colour only. */
export const severityStrings = {
  en: { severityInfo: 'Information', severitySuccess: 'Success', severityWarning: 'Warning', severityCritical: 'Critical' },
  de: { severityInfo: 'Information', severitySuccess: 'Erfolg', severityWarning: 'Warnung', severityCritical: 'Kritisch' },
};

export type SeverityStringKey = keyof (typeof severityStrings)['en'];

export const SEVERITY_STRING_KEYS: Record<Severity, SeverityStringKey> = {
  info: 'severityInfo',
  success: 'severitySuccess',
  warning: 'severityWarning',
  critical: 'severityCritical',
};

/**
 * Shapes of each icon, drawn with the current text colour on a 24x24 grid whose centre is
 * 0 0 (the `viewBox` below): circles need no centre, and most coordinates are short.
 */
const SEVERITY_SHAPES: Record<Severity, TemplateResult> = {
  info: svg`<circle r="9.5" /><path d="M0-1v6M0-4.5v.01" />`,
  success: svg`<circle r="9.5" /><path d="M-4.5.5l3 3 6-6.5" />`,
  warning: svg`<path d="M0-8.5-9.5 8.5h19Z" /><path d="M0-2v4.5M0 5.5v.01" />`,
  critical: svg`<path d="M-3.8-9.5h7.6l5.7 5.7v7.6l-5.7 5.7H-3.8l-5.7-5.7V-3.8Z" /><path d="M0-4.5v6M0 4.5v.01" />`,
};

/** The `.icon` class of the base styles draws the shapes: round outlines in the text colour. */
function icon(shapes: TemplateResult): TemplateResult {
  return html`<svg class="icon" viewBox="-12 -12 24 24" aria-hidden="true">${shapes}</svg>`;
}

/** The decorative icon of a severity; the text label is rendered next to it by the caller. */
export function severityIcon(severity: Severity): TemplateResult {
  return icon(SEVERITY_SHAPES[severity]);
}

export const closeIcon = (): TemplateResult => icon(svg`<path d="M-5.5-5.5l11 11m0-11-11 11" />`);

/** Points to the inline start; mirrored by CSS in right-to-left layouts. */
export const previousIcon = (): TemplateResult => icon(svg`<path d="M2.5-6l-6 6 6 6" />`);

/** Points to the inline end; mirrored by CSS in right-to-left layouts. */
export const nextIcon = (): TemplateResult => icon(svg`<path d="M-2.5-6l6 6-6 6" />`);

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

/** Shapes of each icon on a 24x24 grid, drawn with the current text colour. */
const SEVERITY_SHAPES: Record<Severity, TemplateResult> = {
  info: svg`<circle cx="12" cy="12" r="9.5" /><path d="M12 11v6M12 7.5v.01" />`,
  success: svg`<circle cx="12" cy="12" r="9.5" /><path d="M7.5 12.5l3 3 6-6.5" />`,
  warning: svg`<path d="M12 3.5 2.5 20.5h19Z" /><path d="M12 10v4.5M12 17.5v.01" />`,
  critical: svg`<path d="M8.2 2.5h7.6l5.7 5.7v7.6l-5.7 5.7H8.2l-5.7-5.7V8.2Z" /><path d="M12 7.5v6M12 16.5v.01" />`,
};

function icon(shapes: TemplateResult): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">${shapes}</svg>`;
}

/** The decorative icon of a severity; the text label is rendered next to it by the caller. */
export function severityIcon(severity: Severity): TemplateResult {
  return icon(SEVERITY_SHAPES[severity]);
}

export const closeIcon = (): TemplateResult => icon(svg`<path d="M6.5 6.5l11 11M17.5 6.5l-11 11" />`);

/** Points to the inline start; mirrored by CSS in right-to-left layouts. */
export const previousIcon = (): TemplateResult => icon(svg`<path d="M14.5 6l-6 6 6 6" />`);

/** Points to the inline end; mirrored by CSS in right-to-left layouts. */
export const nextIcon = (): TemplateResult => icon(svg`<path d="M9.5 6l6 6-6 6" />`);

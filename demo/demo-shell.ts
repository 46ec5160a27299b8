import { html, type TemplateResult } from 'lit';
import type { DemoLogin } from './demo-login.js';

/** What a kind of page (client portal or back office) puts around the announcement elements. */
export interface DemoShell {
  /** Who is signed in to this kind of page; `undefined` shows `signIn` instead of the content. */
  login: DemoLogin | undefined;
  header: TemplateResult;
  signIn: TemplateResult;
  /** The element modules the content needs, loaded only for a signed-in visitor. */
  elements: Array<() => Promise<unknown>>;
  /** A link in the footer to the other kind of page, for the demo's visitors. */
  footerLink?: TemplateResult;
}

export interface HeaderLink {
  href: string;
  label: string;
  current?: boolean;
  className?: string;
}

/** The header both kinds of page share in layout: the firm, the part of it, links, controls. */
export function shellHeader(firm: string, part: string, links: readonly HeaderLink[], controls: TemplateResult): TemplateResult {
  return html`
    <div class="brand">
      <span class="brand-firm">${firm}</span>
      <span class="brand-portal">${part}</span>
    </div>
    <nav aria-label=${part}>
      <ul>
        ${links.map(
          (link) =>
            html`<li><a href=${link.href} class=${link.className ?? ''} aria-current=${link.current ? 'page' : 'false'}>${link.label}</a></li>`,
        )}
      </ul>
    </nav>
    <div class="controls">${controls}</div>
  `;
}

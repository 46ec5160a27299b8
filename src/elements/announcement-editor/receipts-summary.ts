import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AnnouncementAdapter } from '../../adapters/types.js';
import type { Announcement } from '../../model/announcement.js';
import type { ClientDirectory } from '../../model/directory.js';
import type { ReceiptSummary } from '../../model/receipts.js';
import { baseStyles } from '../shared/base.styles.js';
import type { EditorStrings } from './editor-strings.js';

/**
 * One row's read receipts: "Seen by 34 of 40 · opened by 12", and who has not opened it yet
 * behind a disclosure, named by the portal's directory (ids without one). Asked of the
 * adapter only once the row is on screen, and again when the announcement changes.
 *
 * @internal Part of `<announcement-editor>`'s list.
 */
@customElement('announcement-editor-receipts')
export class EditorReceipts extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        color: var(--_muted);
        font-size: 0.875em;
      }
      p {
        margin: 0;
      }
      summary {
        min-height: 1.5rem;
        cursor: pointer;
      }
      ul {
        margin: 0.25rem 0 0;
        padding-inline-start: 1.25rem;
        color: var(--_text);
      }
    `,
  ];

  @property({ attribute: false }) adapter?: AnnouncementAdapter;
  @property({ attribute: false }) announcement?: Announcement;
  @property({ attribute: false }) directory?: ClientDirectory;
  @property({ attribute: false }) localize!: { strings: EditorStrings; text(key: keyof EditorStrings, values?: Record<string, string | number>): string };

  @state() private summary: ReceiptSummary | undefined;
  @state() private failed = false;
  @state() private visible = false;
  @state() private names = new Map<string, string>();

  private loaded = '';
  private controller: AbortController | undefined;
  private observer: IntersectionObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      this.visible = true;
      this.observer?.disconnect();
    });
    this.observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.controller?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { announcement, adapter } = this;
    const key = announcement ? `${announcement.id}|${announcement.version}` : '';
    if (!this.visible || !announcement || !adapter?.receiptSummary || key === this.loaded) return;
    if (changed.has('announcement') || changed.has('adapter') || (changed as Map<PropertyKey, unknown>).has('visible')) void this.load(adapter, announcement.id, key);
  }

  private async load(adapter: AnnouncementAdapter, id: string, key: string): Promise<void> {
    this.loaded = key;
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    try {
      const summary = await adapter.receiptSummary!(id, { signal: controller.signal });
      if (controller.signal.aborted) return;
      this.summary = summary;
      this.failed = false;
    } catch {
      if (controller.signal.aborted) return;
      this.failed = true;
      this.loaded = '';
    }
  }

  /** Names for who has not opened it, asked of the directory when the list is first opened. */
  private async nameNotOpened(event: Event): Promise<void> {
    const ids = this.summary?.notOpened;
    if (!(event.target as HTMLDetailsElement).open || !ids?.length || !this.directory?.byIds) return;
    const missing = ids.filter((id) => !this.names.has(id));
    if (!missing.length) return;
    try {
      const clients = await this.directory.byIds(missing);
      const names = new Map(this.names);
      for (const client of clients) if (client.name) names.set(client.id, client.name);
      this.names = names;
    } catch {
      // The ids stay shown.
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    const { summary } = this;
    if (this.failed) return html`<p part="receipts">${this.localize.strings.receiptsFailed}</p>`;
    if (!summary) return nothing;
    const { seen, opened, audienceSize: total, notOpened } = summary;
    const counts = total === null ? this.localize.text('receipts', { seen, opened }) : this.localize.text('receiptsOfTotal', { seen, total, opened });
    return html`<p part="receipts">${counts}</p>
      ${notOpened?.length
        ? html`<details part="not-opened" @toggle=${this.nameNotOpened}>
            <summary>${this.localize.text('notOpened', { count: notOpened.length })}</summary>
            <ul>
              ${notOpened.map((id) => html`<li>${this.names.get(id) ?? id}</li>`)}
            </ul>
          </details>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'announcement-editor-receipts': EditorReceipts;
  }
}

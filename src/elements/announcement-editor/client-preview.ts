import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { MemoryAdapter } from '../../adapters/memory-adapter.js';
import type { AnnouncementDismissEvent } from '../../events/announcement-events.js';
import type { AnnouncementInput, Severity } from '../../model/announcement.js';
import type { AnnouncementSidebar } from '../announcement-sidebar/announcement-sidebar.js';
import { baseStyles } from '../shared/base.styles.js';

/** What the preview shows: the form's text and severity, as typed. */
export interface PreviewContent {
  title: string;
  body: string;
  severity: Severity;
}

const PREVIEW_ID = 'preview';

/** The client elements and an in-memory source, loaded the first time an author previews. */
async function loadClientElements(): Promise<typeof MemoryAdapter> {
  return (await import('./client-elements.js')).MemoryAdapter;
}

/** A login session nobody has: whatever the preview marks as seen or read is nobody's. */
const throwawaySession = () => `preview-${crypto.randomUUID()}`;

/**
 * The banner and the full message exactly as clients will see them: the real
 * `<announcement-banner>` and `<announcement-sidebar>`, fed from an in-memory source that
 * holds only the announcement being written, under a throwaway user and session. So the
 * preview never counts as a client's impression or read, writes nothing to any real client's
 * session state, and the elements' events stay inside the editor instead of reaching the
 * portal's analytics.
 *
 * @internal Part of the editor panel's shadow DOM.
 */
@customElement('announcement-editor-preview')
export class AnnouncementEditorPreview extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      .open {
        margin-block-start: 0.5rem;
      }
      .empty {
        margin: 0;
        color: var(--_muted);
      }
    `,
  ];

  @property({ attribute: false }) content: PreviewContent = { title: '', body: '', severity: 'info' };
  /** The preview's own texts, in the editor's language. */
  @property({ attribute: false }) labels = { open: 'Open the full message', noTitle: 'Add a title to see the banner.' };

  @state() private adapter: MemoryAdapter | undefined;
  @state() private session = throwawaySession();
  private readonly user = `preview-${crypto.randomUUID()}`;
  private shown: Promise<unknown> = Promise.resolve();

  @query('announcement-sidebar') private sidebar!: AnnouncementSidebar;

  override connectedCallback(): void {
    super.connectedCallback();
    void loadClientElements().then((Adapter) => {
      // Takes no read receipts: a preview is never a client's impression or open.
      this.adapter ??= new Adapter([{ id: PREVIEW_ID, ...this.input() }], { readReceipts: false });
    });
  }

  /** Opens the full message in the client's sidebar. */
  async openFullMessage(): Promise<void> {
    await this.shown;
    await this.sidebar?.show(PREVIEW_ID, () => this.renderRoot.querySelector<HTMLElement>('#open-full-message'));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('content') || !this.adapter) return;
    const adapter = this.adapter;
    // Each edit re-notifies, as a real one does, so the banner shows again after Close.
    this.shown = this.shown.then(() => adapter.update(PREVIEW_ID, this.input()).catch(() => undefined));
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.adapter) return nothing;
    if (!this.content.title.trim()) return html`<p class="empty theme">${this.labels.noTitle}</p>`;
    return html`<div
      class="theme"
      @announcement-show=${this.keepInside}
      @announcement-error=${this.keepInside}
      @announcement-dismiss=${this.onDismiss}
      @announcement-read-more=${this.onReadMore}
    >
      <announcement-banner .adapter=${this.adapter} .session=${this.session} .user=${this.user}></announcement-banner>
      <button type="button" id="open-full-message" class="button open" part="open-full-message" @click=${() => this.openFullMessage()}>${this.labels.open}</button>
      <announcement-sidebar .adapter=${this.adapter} .session=${this.session} .user=${this.user}></announcement-sidebar>
    </div>`;
  }

  private input(): AnnouncementInput {
    // Always visible here: the dates decide when clients see it, not what they see.
    return { title: this.content.title.trim() || '…', body: this.content.body, severity: this.content.severity, publishAt: null, expiresAt: null };
  }

  private readonly keepInside = (event: Event) => event.stopPropagation();

  /** Closing the preview banner starts a fresh throwaway session, so it shows again. (After Read more, the next edit brings it back.) */
  private readonly onDismiss = (event: AnnouncementDismissEvent) => {
    event.stopPropagation();
    if (event.source === 'close') this.session = throwawaySession();
  };

  /** Read more opens this preview's own sidebar, not one added to the portal's page. */
  private readonly onReadMore = (event: Event) => {
    event.stopPropagation();
    event.preventDefault();
    const opener = event.target as HTMLElement;
    void this.sidebar?.show(PREVIEW_ID, () => opener);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'announcement-editor-preview': AnnouncementEditorPreview;
  }
}

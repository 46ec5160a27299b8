import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { isWritable, type AnnouncementAdapter } from '../../adapters/types.js';
import { announcementsConfig, resolveUser } from '../../configure.js';
import { AnnouncementSourceController } from '../../controllers/announcement-source-controller.js';
import { DateLocalizeController } from '../../internal/localize/date-localize-controller.js';
import type { Announcement } from '../../model/announcement.js';
import { compareLatestRevisionFirst } from '../../model/visibility.js';
import { AnnouncementDeleteConfirmation, DeleteConfirmationClosedEvent } from './announcement-delete-confirmation.js';
import { AnnouncementEditorPanel } from './announcement-editor-panel.js';
import type { EditorPanelClosedEvent } from './editor-panel-closed-event.js';
import { editorStyles } from './announcement-editor.styles.js';
import { clearDraft, draftsInScope, NEW_DRAFT_TARGET } from './draft-store.js';
import { renderDraftNote } from './draft-note.js';
import { renderAnnouncementList } from './editor-list.js';
import { editorTranslations, type EditorStrings } from './editor-strings.js';
import { plusIcon } from './icons.js';
import { browserTimeZone, isValidTimeZone } from './time-zone.js';

// Registered by their modules; imported for their side effect of defining the tags.
void AnnouncementEditorPanel;
void AnnouncementDeleteConfirmation;

/**
 * The firm's side: the "Client portal announcements" section of the firm settings. It lists
 * every announcement (active, scheduled and expired), creates and edits them in a modal side
 * panel and deletes them after a confirmation anchored to the trash button.
 *
 * Nothing typed is lost: the form's text is saved as a draft in IndexedDB while typing and
 * restored when the panel opens again for the same announcement, also after a reload (the
 * section then says that an unpublished draft exists); closing with changes asks first; a
 * failed publish keeps the form open; concurrent edits end in a conflict the user resolves,
 * never in a silent overwrite.
 *
 * "Remove announcement after" a day means: visible through the end of that day in the firm's
 * time zone (`time-zone`, default the browser's), removed after it.
 *
 * @summary Lets the firm's staff create, edit and delete client portal announcements.
 *
 * @fires {AnnouncementPublishEvent} announcement-publish - An announcement was created (`created: true`) or updated.
 * @fires {AnnouncementDeleteEvent} announcement-delete - An announcement was deleted.
 * @fires {AnnouncementErrorEvent} announcement-error - The source failed to load, or sent records that were skipped as malformed (`error`, `recordErrors`). The element keeps showing what it can.
 *
 * @csspart section - The whole section.
 * @csspart header - The heading and the Create button.
 * @csspart heading - The section heading.
 * @csspart create-button - The "Create announcement" button.
 * @csspart draft-note - The note about an unpublished new draft.
 * @csspart read-only-notice - Shown when the adapter cannot write.
 * @csspart status - The polite live region with the outcome of the last action.
 * @csspart list - The list of announcements.
 * @csspart row - One announcement in the list.
 * @csspart row-title - Its title.
 * @csspart status-badge - Its status: Active, Scheduled or Expired.
 * @csspart edit-button - The pencil button of a row.
 * @csspart delete-button - The trash button of a row.
 * @csspart receipts - A row's read receipts ("Seen by 34 of 40 · opened by 12"), when the adapter keeps them.
 * @csspart empty - The empty state.
 * @csspart loading - The loading state.
 * @csspart error - The state shown when the list could not be loaded.
 *
 * @cssproperty --announcement-text-color - Text colour.
 * @cssproperty --announcement-muted-color - Secondary text colour.
 * @cssproperty --announcement-background - Background of the section, panel and confirmation.
 * @cssproperty --announcement-border-color - Borders and separators.
 * @cssproperty --announcement-focus-color - The focus outline.
 * @cssproperty --announcement-radius - Corner radius.
 * @cssproperty --announcement-font-family - Font family.
 * @cssproperty --announcement-font-size - Base font size.
 * @cssproperty --announcement-editor-accent-color - Background of the primary buttons (Create, Publish).
 * @cssproperty --announcement-editor-accent-text-color - Text on the primary buttons.
 * @cssproperty --announcement-info-color - Stripe of info rows; the "Scheduled" badge.
 * @cssproperty --announcement-success-color - Stripe of success rows; the "Active" badge; the edge of the status message.
 * @cssproperty --announcement-success-background - Background of the status message after publishing or deleting.
 * @cssproperty --announcement-warning-color - Stripe of warning rows; border of warnings such as the read-only notice.
 * @cssproperty --announcement-warning-background - Background of warnings such as the read-only notice.
 * @cssproperty --announcement-critical-color - Stripe of critical rows; errors and the Delete button.
 * @cssproperty --announcement-editor-panel-width - Width of the create/edit panel.
 * @cssproperty --announcement-backdrop-color - The backdrop behind the panel.
 */
@customElement('announcement-editor')
export class AnnouncementEditor extends LitElement {
  static override styles = editorStyles;

  /** Where announcements are read and written. Default: the page's (`configureAnnouncements`). */
  @property({ attribute: false }) adapter?: AnnouncementAdapter;

  /** The firm's IANA time zone ("Europe/Berlin") for dates in the form. Default: the browser's. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** The signed-in staff member's id; keeps the drafts of people sharing a browser apart. Default: the page's user. */
  @property() user?: string;

  /** Names this editor's drafts in this browser; default: derived from the adapter. Set it when two editors share an adapter type without a name. */
  @property({ attribute: 'draft-key' }) draftKey?: string;

  @state() private statusMessage = '';
  /** Targets ("new" or an id) with a saved draft, and when it was saved. */
  @state() private drafts = new Map<string, string>();

  @query('announcement-editor-panel') private panel!: AnnouncementEditorPanel;
  @query('announcement-delete-confirmation') private confirmation!: AnnouncementDeleteConfirmation;

  private readonly source = new AnnouncementSourceController(this, { withSessionState: false });
  private readonly localize = new DateLocalizeController<EditorStrings>(this, editorTranslations);
  private opener: HTMLElement | undefined;
  private loadedDraftScope: string | undefined;
  private warnedZone: string | undefined;

  /** The zone used for dates: `time-zone` when valid, else the browser's. */
  get resolvedTimeZone(): string {
    if (this.timeZone && isValidTimeZone(this.timeZone)) return this.timeZone;
    if (this.timeZone && this.warnedZone !== this.timeZone) {
      this.warnedZone = this.timeZone;
      console.warn(`portal-announcements: unknown time zone "${this.timeZone}"; using the browser's.`);
    }
    return browserTimeZone();
  }

  /** Whether the adapter can create, update and delete. */
  get writable(): boolean {
    return this.source.feed ? isWritable(this.source.feed.adapter) : false;
  }

  /** Every announcement, newest revision first. */
  get announcements(): Announcement[] {
    return [...(this.source.feed?.announcements ?? [])].sort(compareLatestRevisionFirst);
  }

  /**
   * Whose drafts: the user, and the source as it is known across reloads (a `LocalAdapter`'s
   * `name`, a `RestAdapter`'s `baseUrl`); other adapters share "default" unless `draft-key` is set.
   */
  private get draftScope(): string {
    const adapter = this.source.feed?.adapter as (AnnouncementAdapter & { name?: unknown; baseUrl?: unknown }) | undefined;
    const known = typeof adapter?.name === 'string' ? `named:${adapter.name}` : typeof adapter?.baseUrl === 'string' ? `url:${adapter.baseUrl}` : 'default';
    return `${resolveUser(this.user)}|${this.draftKey ?? known}`;
  }

  /** Opens the panel to create an announcement (with the saved draft, if any). */
  async showCreateForm(): Promise<void> {
    if (!this.writable) return;
    this.opener = this.renderRoot.querySelector<HTMLElement>('#create') ?? undefined;
    await this.panel.show(null);
  }

  /** Opens the panel to edit the announcement with `id`. */
  async showEditForm(id: string): Promise<void> {
    const announcement = this.announcements.find((candidate) => candidate.id === id);
    if (!announcement || !this.writable) return;
    this.opener = this.rowButton('edit', id) ?? undefined;
    await this.panel.show(announcement);
  }

  /** Asks whether to delete the announcement with `id`, below its row: even on a phone it never covers what it asks about. */
  async showDeleteConfirmation(id: string): Promise<void> {
    const announcement = this.announcements.find((candidate) => candidate.id === id);
    const anchor = this.rowButton('delete', id)?.closest('li');
    if (!announcement || !anchor || !this.writable) return;
    await this.confirmation.show(announcement, anchor);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.source.feed && this.loadedDraftScope !== this.draftScope) void this.loadDrafts();
  }

  protected override render(): TemplateResult {
    const { strings } = this.localize;
    const writable = this.writable;
    const newDraftAt = this.drafts.get(NEW_DRAFT_TARGET);
    return html`<section class="theme" part="section" aria-labelledby="heading" dir=${this.localize.dir}>
      <header class="header" part="header">
        <h2 id="heading" part="heading">${strings.heading}</h2>
        <button
          type="button"
          id="create"
          class="button primary"
          part="create-button"
          ?disabled=${!writable}
          aria-describedby=${newDraftAt && writable ? 'draft-note' : nothing}
          @click=${() => this.showCreateForm()}
        >
          ${plusIcon}<span>${strings.createAnnouncement}</span>
        </button>
      </header>
      ${newDraftAt && writable
        ? renderDraftNote({
            strings,
            text: this.localize.text('draftNoteNew', { time: this.localize.formatDate(newDraftAt, { dateStyle: 'medium', timeStyle: 'short' }) }),
            continueDraft: () => void this.showCreateForm(),
            discardDraft: () => void this.discardNewDraft(),
          })
        : nothing}
      ${this.source.feed && !writable ? html`<p class="notice warning" part="read-only-notice">${strings.readOnly}</p>` : nothing}
      <div class="status" part="status" role="status">${this.statusMessage}</div>
      ${this.renderContent()}
      <announcement-editor-panel
        .adapter=${writable ? this.source.feed.adapter : undefined}
        .feed=${this.source.feed}
        .timeZone=${this.resolvedTimeZone}
        .draftScope=${this.draftScope}
        @announcement-editor-panel-closed=${this.onPanelClosed}
      ></announcement-editor-panel>
      <announcement-delete-confirmation
        .adapter=${writable ? this.source.feed.adapter : undefined}
        @announcement-editor-confirmation-closed=${this.onConfirmationClosed}
      ></announcement-delete-confirmation>
    </section>`;
  }

  private renderContent() {
    const { strings } = this.localize;
    const feed = this.source.feed;
    if (!feed || feed.status === 'loading') {
      return html`<p class="state" part="loading" aria-busy="true">${strings.loading}</p>`;
    }
    if (feed.status === 'error') {
      return html`<div class="state" part="error">
        <p>${strings.loadFailed}</p>
        <button type="button" class="button" @click=${() => feed.refresh()}>${strings.tryAgain}</button>
      </div>`;
    }
    if (feed.announcements.length === 0) {
      return html`<div class="state empty" part="empty">
        <h3>${strings.emptyHeading}</h3>
        <p>${strings.emptyText}</p>
      </div>`;
    }
    return renderAnnouncementList({
      localize: this.localize,
      announcements: this.announcements,
      writable: this.writable,
      timeZone: this.resolvedTimeZone,
      drafts: this.drafts,
      adapter: feed.adapter,
      directory: announcementsConfig().clientDirectory,
      onEdit: (id) => void this.showEditForm(id),
      onDelete: (id) => void this.showDeleteConfirmation(id),
    });
  }

  private rowButton(action: 'edit' | 'delete', id: string): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(`[data-${action}="${CSS.escape(id)}"]`);
  }

  /** "Discard draft" on the section's note: the unpublished new announcement is gone, Create takes the focus. */
  private async discardNewDraft(): Promise<void> {
    await clearDraft(this.draftScope, NEW_DRAFT_TARGET);
    await this.loadDrafts();
    await this.updateComplete;
    this.createButton?.focus();
  }

  private async loadDrafts(): Promise<void> {
    const scope = this.draftScope;
    this.loadedDraftScope = scope;
    const drafts = await draftsInScope(scope);
    if (scope === this.draftScope) this.drafts = drafts;
  }

  /** Repeats a message in the live region even when it equals the previous one. */
  private async announce(message: string): Promise<void> {
    this.statusMessage = '';
    await this.updateComplete;
    this.statusMessage = message;
  }

  private async onPanelClosed(event: EditorPanelClosedEvent): Promise<void> {
    const published = event.published;
    await this.loadDrafts();
    if (!published) {
      (this.opener?.isConnected ? this.opener : this.createButton)?.focus();
      return;
    }
    void this.announce(event.created ? this.localize.strings.published : this.localize.strings.updated);
    // Adapters without `subscribe` do not tell the feed; a refresh is cheap either way.
    await this.source.feed.refresh();
    await this.updateComplete;
    (this.rowButton('edit', published.id) ?? this.createButton)?.focus();
  }

  private async onConfirmationClosed(event: DeleteConfirmationClosedEvent): Promise<void> {
    const { outcome, announcement } = event;
    if (outcome === 'cancelled') {
      this.rowButton('delete', announcement.id)?.focus();
      return;
    }
    // Focus goes to the row that takes the deleted one's place, else the one before, else Create.
    const ids = this.announcements.map((candidate) => candidate.id);
    const index = ids.indexOf(announcement.id);
    const neighbours = [ids[index + 1], ids[index - 1]].filter((id): id is string => id !== undefined);
    void this.announce(outcome === 'deleted' ? this.localize.strings.deleted : this.localize.strings.alreadyDeleted);
    await this.source.feed.refresh();
    await this.updateComplete;
    const next = neighbours.map((id) => this.rowButton('edit', id)).find((button) => button !== null);
    (next ?? this.createButton)?.focus();
  }

  private get createButton(): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>('#create');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'announcement-editor': AnnouncementEditor;
  }
}

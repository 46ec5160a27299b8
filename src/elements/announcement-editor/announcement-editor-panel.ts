import { LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { WritableAnnouncementAdapter } from '../../adapters/types.js';
import { AnnouncementPublishEvent } from '../../events/announcement-events.js';
import { DateLocalizeController } from '../../internal/localize/date-localize-controller.js';
import { renderDescription } from '../../internal/rich-text/load-rich-text.js';
import { lockPageScroll } from '../shared/scroll-lock.js';
import type { Announcement } from '../../model/announcement.js';
import { hasErrors, validateInput, type FieldErrors, type InputField } from '../../model/validate.js';
import type { AnnouncementFeed } from '../../state/feed.js';
import { type DescriptionTab } from './description-field.js';
import { DraftAutosave } from './draft-autosave.js';
import { draftsPersist, loadDraft, NEW_DRAFT_TARGET } from './draft-store.js';
import { editorTranslations, type EditorStrings } from './editor-strings.js';
import { fieldErrorMessage, firstInvalidField } from './field-errors.js';
import { emptyValues, inputFromValues, sameValues, valuesFromAnnouncement, type FormValues } from './form-values.js';
import { renderPanel } from './panel-view.js';
import { panelStyles } from './announcement-editor-panel.styles.js';
import { classifyPublishError, type PublishFailure } from './publish-failure.js';
import { EditorPanelClosedEvent } from './editor-panel-closed-event.js';

/**
 * The "Create announcement" / "Edit announcement" side panel of `<announcement-editor>`: a
 * modal `<dialog>` with the form. Every keystroke is kept as a draft in IndexedDB; closing
 * with unsaved changes asks first; a failed publish keeps the form open.
 *
 * @internal Part of `<announcement-editor>`'s shadow DOM, which passes the adapter, feed, zone
 * and scope; not part of the package's API.
 *
 * @summary The editor's create/edit form in a modal side panel.
 * @fires announcement-publish - An announcement was created or updated.
 * @csspart panel - The `<dialog>`.
 * @csspart form - The form inside it.
 * @csspart field - One labelled field with its hint and error.
 * @csspart field-error - The message next to an invalid field.
 * @csspart failure - The message shown when publishing failed.
 * @csspart actions - The row with Publish and Cancel.
 */
@customElement('announcement-editor-panel')
export class AnnouncementEditorPanel extends LitElement {
  static override styles = panelStyles;

  @property({ attribute: false }) adapter?: WritableAnnouncementAdapter;
  @property({ attribute: false }) feed?: AnnouncementFeed;
  @property({ attribute: false }) timeZone = 'UTC';
  /** Which drafts are ours: the user and the announcement source. */
  @property({ attribute: false }) draftScope = 'default';

  @state() isOpen = false;
  /** The announcement being edited; `null` when creating one. */
  @state() target: Announcement | null = null;
  @state() values: FormValues = emptyValues();
  @state() expectedVersion: string | undefined;
  @state() attempted = false;
  @state() busy = false;
  @state() failure: PublishFailure | undefined;
  @state() confirmingDiscard = false;
  @state() tab: DescriptionTab = 'write';
  @state() offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  @state() restoredAt: string | undefined;
  @state() draftNotSaved = false;

  @query('dialog') dialog!: HTMLDialogElement;

  readonly localize = new DateLocalizeController<EditorStrings>(this, editorTranslations);
  private readonly autosave = new DraftAutosave(this);
  /** The fields as they were when the panel opened, to tell whether anything changed. */
  private baseline: FormValues = emptyValues();
  private published: Announcement | undefined;
  private publishedNew = false;
  private previewRun = 0;
  private releaseScroll: (() => void) | undefined;
  private readonly onConnectivity = () => (this.offline = navigator.onLine === false);

  constructor() {
    super();
    this.autosave.onError = () => (this.draftNotSaved = true);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onConnectivity);
    window.addEventListener('offline', this.onConnectivity);
    this.onConnectivity();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('online', this.onConnectivity);
    window.removeEventListener('offline', this.onConnectivity);
    this.releaseScroll?.();
    this.releaseScroll = undefined;
    super.disconnectedCallback();
  }

  get draftTarget(): string {
    return this.target?.id ?? NEW_DRAFT_TARGET;
  }

  get dirty(): boolean {
    return !sameValues(this.values, this.baseline);
  }

  /** Opens the panel to edit `target`, or to create one when `null`; restores a saved draft. */
  async show(target: Announcement | null): Promise<void> {
    this.target = target;
    this.baseline = target ? valuesFromAnnouncement(target, this.timeZone) : emptyValues();
    this.values = { ...this.baseline };
    this.expectedVersion = target?.version;
    this.attempted = false;
    this.failure = undefined;
    this.confirmingDiscard = false;
    this.tab = 'write';
    this.restoredAt = undefined;
    this.published = undefined;
    this.draftNotSaved = !draftsPersist();
    const draft = await loadDraft(this.draftScope, this.draftTarget);
    if (draft && !sameValues(draft.values, this.baseline)) {
      this.values = { ...this.baseline, ...draft.values };
      this.expectedVersion = draft.expectedVersion ?? this.expectedVersion;
      this.restoredAt = draft.savedAt;
    }
    this.isOpen = true;
    await this.updateComplete;
    if (!this.dialog.open) {
      this.dialog.showModal();
      this.releaseScroll = lockPageScroll();
    }
    this.fieldElement('title')?.focus();
  }

  /** Cancel, Close, Escape and a click beside the panel: asks first when there are unsaved changes. */
  requestClose(): void {
    if (this.busy) return;
    if (this.dirty) {
      this.confirmingDiscard = true;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#keep-editing')?.focus());
    } else {
      void this.autosave.discard(this.draftScope, this.draftTarget);
      this.dialog.close();
    }
  }

  keepEditing(): void {
    this.confirmingDiscard = false;
    void this.updateComplete.then(() => this.fieldElement('title')?.focus());
  }

  discardChanges(): void {
    this.confirmingDiscard = false;
    void this.autosave.discard(this.draftScope, this.draftTarget);
    this.dialog.close();
  }

  setValue<K extends keyof FormValues>(field: K, value: FormValues[K]): void {
    this.values = { ...this.values, [field]: value };
    if (this.failure?.kind === 'invalid') this.failure = undefined;
    this.saveDraftSoon();
  }

  setTab(tab: DescriptionTab): void {
    this.tab = tab;
    if (tab === 'preview') void this.renderPreview();
  }

  /** The errors to show: the form's own check once Publish was tried, or the source's refusal. */
  get fieldErrors(): FieldErrors {
    const refused = this.failure?.kind === 'invalid' ? this.failure.fieldErrors : {};
    return this.attempted ? { ...this.validate(), ...refused } : refused;
  }

  errorFor(field: InputField): string | undefined {
    const code = this.fieldErrors[field];
    return code ? fieldErrorMessage(field, code, (key, values) => this.localize.text(key, values)) : undefined;
  }

  async publish(): Promise<void> {
    if (this.busy || this.offline || !this.adapter) return;
    this.attempted = true;
    const errors = this.validate();
    if (hasErrors(errors)) {
      this.failure = undefined;
      await this.focusFirstInvalid(errors);
      return;
    }
    const { input } = inputFromValues(this.values, this.timeZone, this.target ?? undefined);
    this.busy = true;
    try {
      const created = this.target === null;
      const result = created
        ? await this.adapter.create(input)
        : await this.adapter.update(this.target!.id, input, { expectedVersion: this.expectedVersion, notify: this.values.notify });
      await this.autosave.discard(this.draftScope, this.draftTarget);
      this.published = result;
      this.publishedNew = created;
      this.failure = undefined;
      this.dispatchEvent(new AnnouncementPublishEvent(result, created));
      this.dialog.close();
    } catch (error) {
      this.failure = classifyPublishError(error);
      if (this.failure.kind === 'invalid') await this.focusFirstInvalid(this.failure.fieldErrors);
    } finally {
      this.busy = false;
    }
  }

  /** After a conflict: show the newer version and base the next Publish on it. */
  async loadLatest(): Promise<void> {
    if (!this.target || this.failure?.kind !== 'conflict') return;
    let current = this.failure.current;
    if (!current && this.feed) {
      await this.feed.refresh();
      current = this.feed.announcements.find((announcement) => announcement.id === this.target!.id);
    }
    if (!current) {
      this.failure = { kind: 'deleted' };
      return;
    }
    this.target = current;
    this.expectedVersion = current.version;
    this.failure = { kind: 'conflict-loaded', current };
    this.saveDraftSoon();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#latest')?.focus();
  }

  /** After the edited announcement was deleted elsewhere: publish the form's text as a new one. */
  async publishAsNew(): Promise<void> {
    void this.autosave.discard(this.draftScope, this.draftTarget);
    this.target = null;
    this.expectedVersion = undefined;
    this.failure = undefined;
    this.saveDraftSoon();
    await this.publish();
  }

  protected override render(): TemplateResult {
    return renderPanel(this);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('values') && this.tab === 'preview') void this.renderPreview();
  }

  onDialogClose(): void {
    // A late `close` of a panel that was opened again in between belongs to the previous session.
    if (this.dialog.open) return;
    // Whatever closed the dialog, the text typed so far is on disk.
    void this.autosave.flush();
    this.releaseScroll?.();
    this.releaseScroll = undefined;
    this.isOpen = false;
    this.confirmingDiscard = false;
    this.dispatchEvent(new EditorPanelClosedEvent(this.published, this.publishedNew));
  }

  private validate(): FieldErrors {
    const { input, errors } = inputFromValues(this.values, this.timeZone, this.target ?? undefined);
    // An unchanged expiry of an announcement that already ended may stay: fixing a typo in an
    // old notice must not force a new date. A newly chosen date must not lie in the past.
    const expiryChanged = !this.target || input.expiresAt !== this.target.expiresAt;
    return { ...validateInput(input, expiryChanged ? { now: Date.now() } : {}), ...errors };
  }

  private saveDraftSoon(): void {
    this.autosave.schedule(this.draftScope, () => ({
      target: this.draftTarget,
      values: this.values,
      expectedVersion: this.expectedVersion,
      savedAt: new Date().toISOString(),
    }));
  }

  private fieldElement(field: InputField): HTMLElement | null {
    const id = { title: 'title', body: 'body', expiresAt: 'expires', severity: 'severity', publishAt: 'publish-on' }[field];
    return this.renderRoot.querySelector<HTMLElement>(`#${id}`);
  }

  private async focusFirstInvalid(errors: FieldErrors): Promise<void> {
    const field = firstInvalidField(errors);
    if (field === 'body') this.tab = 'write';
    await this.updateComplete;
    if (field) this.fieldElement(field)?.focus();
  }

  private async renderPreview(): Promise<void> {
    const run = ++this.previewRun;
    await this.updateComplete;
    const container = this.renderRoot.querySelector('#preview-content');
    if (!container) return;
    if (!this.values.body.trim()) {
      container.replaceChildren(this.localize.strings.previewEmpty);
      return;
    }
    try {
      const fragment = await renderDescription(this.values.body, { format: 'markdown' });
      if (run === this.previewRun) container.replaceChildren(fragment);
    } catch {
      if (run === this.previewRun) container.replaceChildren(this.localize.strings.previewFailed);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'announcement-editor-panel': AnnouncementEditorPanel;
  }
}

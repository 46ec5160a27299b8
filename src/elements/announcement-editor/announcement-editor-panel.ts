import { LitElement, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { WritableAnnouncementAdapter } from '../../adapters/types.js';
import { announcementsConfig } from '../../configure.js';
import { AnnouncementPublishEvent } from '../../events/announcement-events.js';
import { DateLocalizeController } from '../../internal/localize/date-localize-controller.js';
import { lockPageScroll } from '../shared/scroll-lock.js';
import type { Announcement } from '../../model/announcement.js';
import type { ClientDirectory } from '../../model/directory.js';
import { hasErrors, type FieldErrors, type InputField } from '../../model/validate.js';
import type { AnnouncementFeed } from '../../state/feed.js';
import { type DescriptionTab } from './description-field.js';
import { DraftAutosave } from './draft-autosave.js';
import { draftsPersist, loadDraft } from './draft-store.js';
import { EditSession } from './edit-session.js';
import { editorTranslations, type EditorStrings } from './editor-strings.js';
import { fieldErrorMessage } from './field-errors.js';
import { ConflictWatch } from './conflict-watch.js';
import { Connectivity } from './connectivity.js';
import { inputFromValues, validateValues, type FormValues } from './form-values.js';
import { fieldElement, focusAfterUpdate, focusField, focusFirstInvalid } from './panel-focus.js';
import { renderPanel } from './panel-view.js';
import { DirectoryTags } from './panel-audience.js';
import { addLanguageId, textLanguage, variantId } from './panel-languages.js';
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
 * @csspart failure - The message shown next to Publish when publishing failed.
 * @csspart conflict - The warning that someone else changed the announcement, with their version.
 * @csspart actions - The row with Publish and Cancel.
 * @csspart language-field - "Language": the language of the default text.
 * @csspart languages - "Other languages": the variants and the buttons that add one.
 * @csspart variant - One variant, with its title, description and Remove button.
 * @csspart audience-field - "Who sees it", with the tags or clients to choose.
 * @csspart dismissal-field - "How it may be dismissed", with "Keep it until I delete it" for "Not at all".
 * @csspart chips - Chosen tags or clients, each with a remove button.
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
  /** What is being edited; replaced at each opening, changed in place (followed by an update). */
  @state() session = new EditSession(null, 'UTC');
  @state() attempted = false;
  @state() busy = false;
  @state() failure: PublishFailure | undefined;
  @state() confirmingDiscard = false;
  @state() tab: DescriptionTab = 'write';
  @state() draftNotSaved = false;
  /** Write or Preview per variant, by language. */
  @state() private variantTabs = new Map<string, DescriptionTab>();

  @query('dialog') dialog!: HTMLDialogElement;

  readonly localize = new DateLocalizeController<EditorStrings>(this, editorTranslations);
  private readonly autosave = new DraftAutosave(this);
  private readonly conflict = new ConflictWatch(this);
  private readonly connectivity = new Connectivity(this);
  readonly directoryTags = new DirectoryTags(this);
  private published: Announcement | undefined;
  private publishedNew = false;
  private releaseScroll: (() => void) | undefined;

  constructor() {
    super();
    this.autosave.onError = () => (this.draftNotSaved = true);
  }

  override disconnectedCallback(): void {
    this.releaseScroll?.();
    this.releaseScroll = undefined;
    super.disconnectedCallback();
  }

  /** The announcement being edited; `null` when creating one. */
  get target(): Announcement | null {
    return this.session.target;
  }

  get values(): FormValues {
    return this.session.values;
  }

  get restoredAt(): string | undefined {
    return this.session.restoredAt;
  }

  get offline(): boolean {
    return this.connectivity.offline;
  }

  get theirs(): Announcement | undefined {
    return this.conflict.theirs;
  }

  /** The portal's client directory (`configureAnnouncements({ clientDirectory })`). */
  get directory(): ClientDirectory | undefined {
    return announcementsConfig().clientDirectory;
  }

  /** Opens the panel to edit `target`, or to create one when `null`; restores a saved draft. */
  async show(target: Announcement | null): Promise<void> {
    this.session = new EditSession(target, this.timeZone, textLanguage(this.localize.locale));
    this.variantTabs = new Map();
    this.directoryTags.load(this.directory);
    this.attempted = false;
    this.failure = undefined;
    this.confirmingDiscard = false;
    this.tab = 'write';
    this.published = undefined;
    this.conflict.clear();
    this.draftNotSaved = !draftsPersist();
    // A draft begun on an older version: say so now, not only when Publish is refused.
    if (this.session.restore(await loadDraft(this.draftScope, this.session.draftTarget))) this.conflict.noticeVersion(target ?? undefined);
    this.isOpen = true;
    await this.updateComplete;
    if (!this.dialog.open) {
      this.dialog.showModal();
      this.releaseScroll = lockPageScroll();
    }
    fieldElement(this, 'title')?.focus();
  }

  /** Cancel, Close, Escape and a click beside the panel: asks first when there are unsaved changes. */
  requestClose(): void {
    if (this.busy) return;
    if (this.session.dirty) {
      this.confirmingDiscard = true;
      void focusAfterUpdate(this, () => this.renderRoot.querySelector<HTMLElement>('#keep-editing'));
    } else {
      void this.autosave.discard(this.draftScope, this.session.draftTarget);
      this.dialog.close();
    }
  }

  keepEditing(): void {
    this.confirmingDiscard = false;
    void focusField(this, 'title');
  }

  discardChanges(): void {
    this.confirmingDiscard = false;
    void this.autosave.discard(this.draftScope, this.session.draftTarget);
    this.dialog.close();
  }

  setValue<K extends keyof FormValues>(field: K, value: FormValues[K]): void {
    this.session.values = { ...this.values, [field]: value };
    this.requestUpdate();
    if (this.failure?.kind === 'invalid') this.failure = undefined;
    this.saveDraftSoon();
  }

  setTab(tab: DescriptionTab): void {
    this.tab = tab;
  }

  variantTab(language: string): DescriptionTab {
    return this.variantTabs.get(language) ?? 'write';
  }

  setVariantTab(language: string, tab: DescriptionTab): void {
    this.variantTabs = new Map(this.variantTabs).set(language, tab);
  }

  /** Adds the text in `language` and takes the author to its title. */
  addVariant(language: string): void {
    const index = this.values.variants.length;
    this.setValue('variants', [...this.values.variants, { language, title: '', body: '' }]);
    void focusAfterUpdate(this, () => this.renderRoot.querySelector<HTMLElement>(`#${variantId(index, 'title')}`));
  }

  /** Removes a variant; the focus goes to the button that adds its language again. */
  removeVariant(index: number): void {
    const removed = this.values.variants[index];
    if (!removed) return;
    this.setValue(
      'variants',
      this.values.variants.filter((_, at) => at !== index),
    );
    void focusAfterUpdate(this, () => this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(addLanguageId(removed.language))}`) ?? fieldElement(this, 'language'));
  }

  /** The restored-draft notice is read: hide it and go on where the author was. */
  continueDraft(): void {
    this.session.restoredAt = undefined;
    this.requestUpdate();
    void focusField(this, 'title');
  }

  /** Throws the restored draft away: the form shows the announcement as published. */
  discardDraft(): void {
    void this.autosave.discard(this.draftScope, this.session.draftTarget);
    this.session.reset();
    this.conflict.clear();
    this.requestUpdate();
    void focusField(this, 'title');
  }

  /** Drops the author's edit for someone else's newer version. */
  useTheirs(): void {
    if (!this.rebase(false)) return;
    void this.autosave.discard(this.draftScope, this.session.draftTarget);
    void focusField(this, 'title');
  }

  /** Re-applies the author's edit on someone else's newer version; Publish then saves it over theirs. */
  keepMine(): void {
    if (!this.rebase(true)) return;
    this.saveDraftSoon();
    void focusAfterUpdate(this, () => this.renderRoot.querySelector<HTMLElement>('#publish'));
  }

  /** The errors to show: the form's own check once Publish was tried, or the source's refusal. */
  get fieldErrors(): FieldErrors {
    const refused = this.failure?.kind === 'invalid' ? this.failure.fieldErrors : {};
    return this.attempted ? { ...this.validate(), ...refused } : refused;
  }

  errorFor(field: InputField): string | undefined {
    const code = this.fieldErrors[field];
    return code ? fieldErrorMessage(field, code, (key, values) => this.localize.text(key, values), this.values.audience) : undefined;
  }

  async publish(): Promise<void> {
    if (this.busy || this.offline || !this.adapter) return;
    this.attempted = true;
    const errors = this.validate();
    if (hasErrors(errors)) {
      this.failure = undefined;
      await focusFirstInvalid(this, errors);
      return;
    }
    const { input } = inputFromValues(this.values, this.timeZone, this.target ?? undefined);
    this.busy = true;
    try {
      const created = this.target === null;
      this.conflict.clear();
      const result = created
        ? await this.adapter.create(input)
        : await this.adapter.update(this.target!.id, input, { expectedVersion: this.session.expectedVersion, notify: this.values.notify });
      await this.autosave.discard(this.draftScope, this.session.draftTarget);
      this.published = result;
      this.publishedNew = created;
      this.failure = undefined;
      this.dispatchEvent(new AnnouncementPublishEvent(result, created));
      this.dialog.close();
    } catch (error) {
      await this.showFailure(classifyPublishError(error));
    } finally {
      this.busy = false;
    }
  }

  /** Shows why Publish failed next to it, and takes the author to what needs doing. */
  private async showFailure(failure: PublishFailure): Promise<void> {
    if (failure.kind === 'conflict') {
      const latest = await this.conflict.latest(failure.current);
      if (latest) this.conflict.noticeVersion(latest);
      else failure = { kind: 'deleted' };
    }
    this.failure = failure;
    if (failure.kind === 'invalid') return focusFirstInvalid(this, failure.fieldErrors);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(failure.kind === 'conflict' ? '#conflict' : '#failure')?.focus();
  }

  /** After the edited announcement was deleted elsewhere: publish the form's text as a new one. */
  async publishAsNew(): Promise<void> {
    void this.autosave.discard(this.draftScope, this.session.draftTarget);
    this.session.detach();
    this.failure = undefined;
    this.saveDraftSoon();
    await this.publish();
  }

  protected override render(): TemplateResult {
    return renderPanel(this);
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
    return validateValues(this.values, this.timeZone, this.target ?? undefined);
  }
  private saveDraftSoon(): void {
    this.autosave.schedule(this.draftScope, () => this.session.draft());
  }

  private rebase(keepMine: boolean): boolean {
    const theirs = this.conflict.theirs;
    if (!theirs) return false;
    this.session.rebaseOn(theirs, keepMine);
    this.failure = undefined;
    this.conflict.clear();
    this.requestUpdate();
    return true;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'announcement-editor-panel': AnnouncementEditorPanel;
  }
}

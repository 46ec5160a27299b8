import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { WritableAnnouncementAdapter } from '../../adapters/types.js';
import { PlacementController } from '../../controllers/placement-controller.js';
import { AnnouncementDeleteEvent } from '../../events/announcement-events.js';
import { LocalizeController } from '../../internal/localize/localize-controller.js';
import type { Announcement } from '../../model/announcement.js';
import { ConflictError, NotFoundError } from '../../model/errors.js';
import { confirmationStyles } from './announcement-delete-confirmation.styles.js';
import { editorTranslations, type EditorStrings } from './editor-strings.js';

/** How the confirmation ended. `gone`: someone else had deleted the announcement already. */
export type ConfirmationOutcome = 'deleted' | 'gone' | 'cancelled';

/**
 * Tells the editor how the confirmation ended, so it can move focus and say what happened.
 * @internal Never leaves the editor's shadow root.
 */
export class DeleteConfirmationClosedEvent extends Event {
  static readonly eventName = 'announcement-editor-confirmation-closed';
  constructor(
    readonly outcome: ConfirmationOutcome,
    readonly announcement: Announcement,
  ) {
    // Internal to the editor's shadow root: the page hears `announcement-delete` instead.
    super(DeleteConfirmationClosedEvent.eventName);
  }
}

/**
 * The delete confirmation of `<announcement-editor>`: an alert dialog anchored to the trash
 * button that opened it. It is a modal `<dialog>` (the page behind is inert, focus stays in
 * it, Escape closes only it) positioned next to its anchor, flipping and shifting to stay in
 * the viewport. Cancel has the initial focus, as APG advises for a destructive action.
 *
 * @internal Part of `<announcement-editor>`'s shadow DOM, not of the package's API.
 *
 * @summary Asks before an announcement is deleted.
 * @fires announcement-delete - The announcement was deleted.
 * @csspart confirmation - The alert dialog.
 */
@customElement('announcement-delete-confirmation')
export class AnnouncementDeleteConfirmation extends LitElement {
  static override styles = confirmationStyles;

  @property({ attribute: false }) adapter?: WritableAnnouncementAdapter;

  @state() target: Announcement | undefined;
  @state() busy = false;
  @state() changedMeanwhile = false;
  @state() failed = false;

  @query('dialog') dialog!: HTMLDialogElement;

  private readonly localize = new LocalizeController<EditorStrings>(this, editorTranslations);
  private readonly placement = new PlacementController(this, { placement: 'bottom-end' });
  private outcome: ConfirmationOutcome = 'cancelled';
  /** Whether the editor has been told how this question ended. */
  private settled = true;

  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  /** Asks whether to delete `announcement`, next to `anchor` (its trash button). */
  async show(announcement: Announcement, anchor: HTMLElement): Promise<void> {
    this.target = announcement;
    this.busy = false;
    this.changedMeanwhile = false;
    this.failed = false;
    this.outcome = 'cancelled';
    this.settled = false;
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    // Focus first: placing the dialog may wait for its positioning code to load, and a focus
    // moved after that would take back a Tab the user pressed in the meantime.
    this.cancelButton.focus();
    await this.placement.start(anchor, this.dialog);
  }

  cancel(): void {
    this.finish('cancelled');
  }

  async confirm(): Promise<void> {
    const target = this.target;
    if (!target || !this.adapter || this.busy) return;
    this.busy = true;
    this.failed = false;
    try {
      await this.adapter.remove(target.id, { expectedVersion: target.version });
      this.dispatchEvent(new AnnouncementDeleteEvent(target));
      this.finish('deleted');
    } catch (error) {
      if (error instanceof ConflictError && error.current) {
        // Changed, not deleted: say so, and let a second Delete remove the version now current.
        this.target = error.current;
        this.changedMeanwhile = true;
      } else if (error instanceof NotFoundError || error instanceof ConflictError) {
        this.finish('gone');
      } else {
        this.failed = true;
      }
    } finally {
      this.busy = false;
    }
  }

  private get cancelButton(): HTMLButtonElement {
    return this.renderRoot.querySelector<HTMLButtonElement>('#cancel')!;
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      // Closed here, not through `cancel`, for the same reason as the panel (Chromium's
      // close watcher), and kept from reaching anything behind this dialog.
      event.preventDefault();
      event.stopPropagation();
      this.cancel();
    } else if (event.key === 'Tab') {
      // Tab and Shift+Tab cycle between the buttons instead of leaving for the browser's UI.
      const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.buttons button')];
      const index = buttons.indexOf(this.shadowRoot?.activeElement as HTMLButtonElement);
      event.preventDefault();
      const next = (index + (event.shiftKey ? -1 : 1) + buttons.length) % buttons.length;
      buttons[index < 0 ? 0 : next].focus();
    }
  }

  private onClick(event: MouseEvent): void {
    // A modal dialog receives the clicks on its backdrop: outside its box means "outside".
    if (event.target !== this.dialog) return;
    const rect = this.dialog.getBoundingClientRect();
    const inside = event.clientX >= rect.left && event.clientX <= rect.right && event.clientY >= rect.top && event.clientY <= rect.bottom;
    if (!inside) this.cancel();
  }

  /**
   * Closes and tells the editor at once, rather than from the dialog's `close` event: that
   * event is queued, and a page in a background tab may run it much later.
   */
  private finish(outcome: ConfirmationOutcome): void {
    this.outcome = outcome;
    if (this.dialog.open) this.dialog.close();
    this.settle();
  }

  /** Closed some other way (the element left the page, the browser closed it). */
  private onClose(): void {
    // A question asked again in between (another trash button) is not answered by this event.
    if (!this.dialog.open) this.settle();
  }

  private settle(): void {
    this.placement.stop();
    if (this.settled || !this.target) return;
    this.settled = true;
    this.dispatchEvent(new DeleteConfirmationClosedEvent(this.outcome, this.target));
  }

  protected override render(): TemplateResult {
    const { strings } = this.localize;
    const title = this.target?.title ?? '';
    return html`<dialog
      role="alertdialog"
      class="confirmation theme"
      part="confirmation"
      dir=${this.localize.dir}
      aria-labelledby="confirm-heading"
      aria-describedby="confirm-text"
      @keydown=${this.onKeydown}
      @cancel=${(event: Event) => {
        event.preventDefault();
        this.cancel();
      }}
      @close=${this.onClose}
      @click=${this.onClick}
    >
      <h2 id="confirm-heading">${this.localize.text('deleteQuestion', { title })}</h2>
      <p id="confirm-text">${this.changedMeanwhile ? strings.deleteConflict : strings.deleteText}</p>
      <p class="error" role="alert">${this.failed ? strings.deleteFailed : nothing}</p>
      <div class="buttons">
        <button type="button" id="cancel" class="button" @click=${this.cancel}>${strings.cancel}</button>
        <button type="button" id="delete" class="button danger" aria-disabled=${this.busy ? 'true' : 'false'} @click=${this.confirm}>
          ${this.busy ? strings.deleting : strings.delete}
        </button>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'announcement-delete-confirmation': AnnouncementDeleteConfirmation;
  }
}

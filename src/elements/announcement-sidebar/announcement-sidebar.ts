import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { AnnouncementAdapter } from '../../adapters/types.js';
import { AnnouncementSourceController } from '../../controllers/announcement-source-controller.js';
import { DateLocalizeController } from '../../internal/localize/date-localize-controller.js';
import { renderDescription } from '../../internal/rich-text/load-rich-text.js';
import { renderPlainText } from '../../internal/rich-text/plain-text-renderer.js';
import type { DescriptionFormat } from '../../internal/rich-text/render-options.js';
import type { Announcement } from '../../model/announcement.js';
import { isVisible, publishedAt, revisedAfterPublishing } from '../../model/visibility.js';
import { baseStyles } from '../shared/base.styles.js';
import { deepActiveElement, returnFocus, type FocusReturn } from '../shared/focus.js';
import { wrapTabWithin } from '../shared/tab-wrap.js';
import { lockPageScroll } from '../shared/scroll-lock.js';
import { closeIcon, severityIcon, SEVERITY_STRING_KEYS } from '../shared/severity.js';
import { sidePanelStyles } from '../shared/side-panel.styles.js';
import { textLang } from '../shared/text-lang.js';
import { sidebarStrings } from './announcement-sidebar.strings.js';
import { sidebarStyles } from './announcement-sidebar.styles.js';

// For `openInSidebar()`, which imports this module when a message is first opened.
export { showInSidebar } from './show-in-sidebar.js';

/** The rendered description of one revision of one announcement. */
interface RenderedDescription {
  key: string;
  nodes: Node[];
}

/**
 * The full message of an announcement in a modal side panel: title, severity, publish and
 * update dates, the date it is shown until, and the description as rich text.
 *
 * Opened by the banner's Read more, by the home page's `<announcement-list>`, or by code with
 * `show(id)`; a page without a sidebar gets one created by those elements when needed.
 * Opening it marks the announcement as read for this user (the list's "New" marker clears).
 *
 * A native modal `<dialog>`: focus moves to its close button, Tab stays inside, Escape, the
 * close button or a click on the dimmed page close it, the page behind does not scroll, and
 * focus returns to the element that opened it (or the place its opener chose, when the opener
 * is gone). It slides in from the inline end (the left in right-to-left layouts), without
 * animation when the user prefers reduced motion. If the announcement is unknown, expired or
 * deleted, the panel says that it is no longer available.
 *
 * @summary A modal side panel with the full message of one announcement.
 *
 * @fires {AnnouncementErrorEvent} announcement-error - The source failed to load, or sent records that were skipped as malformed (`error`, `recordErrors`). The element keeps showing what it can.
 *
 * @csspart dialog - The `<dialog>` side panel.
 * @csspart header - The panel's top: title, details and close button.
 * @csspart title - The announcement's title (an `h2`).
 * @csspart meta - The line with severity and dates.
 * @csspart severity - The severity badge.
 * @csspart close-button - The close button.
 * @csspart body - The scrolling area below the header.
 * @csspart description - The rendered description.
 * @csspart unavailable - The "no longer available" message.
 *
 * @cssproperty --announcement-sidebar-width - Panel width (never wider than the viewport). Default `28rem`.
 * @cssproperty --announcement-sidebar-title-size - Title font size. Default `1.375rem`.
 * @cssproperty --announcement-backdrop-color - Colour laid over the page behind the panel.
 * @cssproperty --announcement-link-color - Links in the description. Default: the focus colour.
 * @cssproperty --announcement-background - Panel background.
 * @cssproperty --announcement-text-color - Text colour.
 * @cssproperty --announcement-muted-color - Secondary text (dates).
 * @cssproperty --announcement-border-color - Borders.
 * @cssproperty --announcement-focus-color - Focus ring.
 * @cssproperty --announcement-info-color - Border and icon of the severity badge of info announcements.
 * @cssproperty --announcement-info-background - Background of the severity badge of info announcements.
 * @cssproperty --announcement-success-color - Border and icon of the severity badge of success announcements.
 * @cssproperty --announcement-success-background - Background of the severity badge of success announcements.
 * @cssproperty --announcement-warning-color - Border and icon of the severity badge of warning announcements.
 * @cssproperty --announcement-warning-background - Background of the severity badge of warning announcements.
 * @cssproperty --announcement-critical-color - Border and icon of the severity badge of critical announcements.
 * @cssproperty --announcement-critical-background - Background of the severity badge of critical announcements.
 */
export class AnnouncementSidebar extends LitElement {
  static override styles = [baseStyles, sidePanelStyles, sidebarStyles];

  // Declared here rather than with decorators, as in the banner: the banner loads this element
  // and would otherwise load the decorator helpers as a chunk of their own on every page.
  static override properties: PropertyDeclarations = {
    adapter: { attribute: false },
    session: {},
    user: {},
    bodyFormat: { attribute: 'body-format' },
    linkTarget: { attribute: 'link-target' },
    // `attribute: false` is implied by `state`; spelled out for the manifest analyzer.
    announcementId: { state: true, attribute: false },
    description: { state: true, attribute: false },
  };

  /** Where announcements come from; default: the page's `configureAnnouncements({ adapter })`. */
  adapter?: AnnouncementAdapter;

  /** The login session id; default: the page's configured session, else the browser session. */
  session?: string;

  /** The signed-in user's id; default: the page's configured user, else `"anonymous"`. */
  user?: string;

  /** How descriptions are written: `markdown` (default), `html` (sanitized) or `text`. */
  bodyFormat: DescriptionFormat = 'markdown';

  /** Browsing context for links to other sites; `_blank` unless set, `""` for the same tab. */
  linkTarget?: string;

  private announcementId: string | undefined;
  /**
   * Not reactive: the template shows it only in the "no longer available" message, so opening
   * and closing an available announcement needs no render (see `setOpen`).
   */
  private isOpen = false;
  private description: RenderedDescription | undefined;

  private get dialog(): HTMLDialogElement {
    return this.renderRoot?.querySelector('dialog') as HTMLDialogElement;
  }

  private get closeButton(): HTMLButtonElement {
    return this.renderRoot.querySelector('[part="close-button"]') as HTMLButtonElement;
  }

  private readonly source = new AnnouncementSourceController(this);
  private readonly localize = new DateLocalizeController(this, sidebarStrings);
  private focusReturn: FocusReturn | undefined;
  private releaseScroll: (() => void) | undefined;
  private requestedDescription: string | undefined;

  /** Whether the panel is open. */
  get open(): boolean {
    return this.isOpen;
  }

  /**
   * The announcement on display: the requested one while it is visible to this viewer, in
   * their language, live as it changes.
   */
  get announcement(): Announcement | undefined {
    const id = this.announcementId;
    return this.source.feed && this.source.announcements.find((candidate) => candidate.id === id && isVisible(candidate));
  }

  /**
   * Opens the panel with the announcement `id`, once the announcements are loaded. When it
   * closes, focus goes to `returnFocusTo` (an element, or a function called at that moment);
   * by default to the element that had focus when `show` was called.
   */
  async show(id: string, returnFocusTo?: FocusReturn): Promise<void> {
    if (!this.isConnected) throw new Error('announcement-sidebar: show() needs the element to be in the document');
    if (!this.isOpen) {
      const active = deepActiveElement();
      // Focus left behind in this panel's own closed dialog is nowhere to return to.
      const outside = active instanceof HTMLElement && active !== document.body && !this.renderRoot.contains(active);
      this.focusReturn = returnFocusTo ?? (outside ? active : undefined);
    }
    this.announcementId = id;
    await this.updateComplete;
    await Promise.all([this.source.feed.ready, this.source.state?.ready]);
    await this.updateComplete;
    if (!this.dialog.open) {
      this.dialog.showModal();
      this.releaseScroll ??= lockPageScroll();
    }
    this.setOpen(true);
    await this.updateComplete;
    this.closeButton.focus();
    // Not awaited: the panel is open and usable; the record follows (and the list's "New" with it).
    const announcement = this.announcement;
    if (announcement) {
      this.source.receipt(announcement, 'opened');
      void this.source.state?.markRead(announcement);
    }
  }

  /** Closes the panel; focus returns as described for `show`. */
  hide(): void {
    if (!this.dialog?.open) return;
    this.dialog.close();
    this.finishClosing();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releaseScroll?.();
    this.releaseScroll = undefined;
    this.setOpen(false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.loadDescription();
  }

  /** Starts rendering the description when the shown revision or the format changed. */
  private loadDescription(): void {
    const announcement = this.announcement;
    if (!announcement) {
      this.requestedDescription = undefined;
      return;
    }
    const options = { format: this.bodyFormat, linkTarget: this.linkTarget };
    const key = JSON.stringify([announcement.id, announcement.version, options.format, options.linkTarget ?? null]);
    if (key === this.requestedDescription) return;
    this.requestedDescription = key;
    this.description = undefined;
    renderDescription(announcement.body, options)
      .catch((error: unknown) => {
        // The renderer's chunk did not load (offline, a new deploy): the text is still worth reading.
        console.warn('portal-announcements: the rich-text renderer could not be loaded; showing the description as text.', error);
        return renderPlainText(announcement.body);
      })
      .then((fragment) => {
        // Nodes rather than the fragment: a fragment empties itself when inserted.
        if (key === this.requestedDescription) this.description = { key, nodes: Array.from(fragment.childNodes) };
      });
  }

  // The header row is a <div>, not a <header>: inside the dialog that would be a second "banner"
  // landmark on the page.
  protected override render(): TemplateResult {
    const { strings } = this.localize;
    const announcement = this.announcement;
    const lang = announcement ? textLang(announcement, this.localize.locale) : nothing;
    return html`
      <dialog
        part="dialog"
        class="side-panel theme severity-${announcement?.severity ?? 'info'}"
        dir=${this.localize.dir}
        lang=${this.localize.locale}
        aria-labelledby="title"
        @close=${this.onClose}
      >
        <div part="header" class="side-panel-header">
          <div>
            <h2 part="title" id="title" class="title" lang=${lang}>${announcement?.title ?? strings.sidebarFallbackTitle}</h2>
            ${announcement ? this.renderMeta(announcement) : nothing}
          </div>
          <button part="close-button" class="button icon-button" aria-label=${strings.sidebarClose} @click=${() => this.hide()}>
            ${closeIcon()}
          </button>
        </div>
        <div part="body" class="side-panel-body">
          ${announcement
            ? html`<div part="description" class="description prose" lang=${lang}>
                ${this.description?.nodes ?? html`<p class="loading">${strings.sidebarLoading}</p>`}
              </div>`
            : html`<p part="unavailable" class="unavailable">${this.isOpen ? strings.sidebarUnavailable : ''}</p>`}
        </div>
      </dialog>
    `;
  }

  private renderMeta(announcement: Announcement): TemplateResult {
    const { strings } = this.localize;
    const published = publishedAt(announcement);
    const revised = revisedAfterPublishing(announcement);
    // The end is a moment: say in which zone, with the same generic name the editor uses ("Central European Time").
    const dateTime: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'longGeneric' };
    const time = (instant: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }) =>
      html`<time datetime=${instant}>${this.localize.formatDate(instant, options)}</time>`;
    const filled = (key: 'sidebarPublished' | 'sidebarUpdated' | 'sidebarAvailableUntil', value: TemplateResult) => {
      const [before, after = ''] = strings[key].split('{date}');
      return html`${before}${value}${after}`;
    };
    return html`
      <p part="meta" class="meta">
        <span part="severity" class="severity">
          ${severityIcon(announcement.severity)}${strings[SEVERITY_STRING_KEYS[announcement.severity]]}
        </span>
        <span>${filled('sidebarPublished', time(published))}</span>
        ${revised ? html`<span>${filled('sidebarUpdated', time(revised))}</span>` : nothing}
        ${announcement.expiresAt ? html`<span>${filled('sidebarAvailableUntil', time(announcement.expiresAt, dateTime))}</span>` : nothing}
      </p>
    `;
  }

  protected override firstUpdated(): void {
    wrapTabWithin(this.dialog);
    // Escape is handled here rather than left to the dialog's close watcher: browsers group
    // modals opened without user activation (by code, or by a page that is not focused) under
    // one close watcher and may then close a dialog below this one, or none
    // (WICG/close-watcher#17). Here Escape closes exactly this panel, the topmost layer.
    this.dialog.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      event.stopPropagation();
      this.hide();
    });
    // A pointer shortcut only (keyboard users have Escape and the close button), so it is
    // attached here rather than as a template click handler on a non-interactive element.
    this.dialog.addEventListener('click', (event) => {
      // The panel's content fills the dialog, so a click on the dialog itself is on its backdrop.
      if (event.target === this.dialog) this.hide();
    });
  }

  private setOpen(open: boolean): void {
    this.isOpen = open;
    if (!this.announcement) this.requestUpdate();
  }

  /** The dialog's `close` event, also after Escape; it arrives a task later than `close()`. */
  private onClose(): void {
    // Reopened before the event arrived: nothing to finish.
    if (!this.dialog.open) this.finishClosing();
  }

  private finishClosing(): void {
    if (!this.isOpen && !this.releaseScroll) return;
    this.setOpen(false);
    this.releaseScroll?.();
    this.releaseScroll = undefined;
    const target = this.focusReturn;
    this.focusReturn = undefined;
    returnFocus(target);
  }
}

customElements.define('announcement-sidebar', AnnouncementSidebar);

declare global {
  interface HTMLElementTagNameMap {
    'announcement-sidebar': AnnouncementSidebar;
  }
}

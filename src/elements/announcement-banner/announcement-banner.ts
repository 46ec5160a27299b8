import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { AnnouncementAdapter } from '../../adapters/types.js';
import { AnnouncementSourceController } from '../../controllers/announcement-source-controller.js';
import { AnnouncementDismissEvent, AnnouncementReadMoreEvent, type DismissSource } from '../../events/announcement-events.js';
import { excerpt } from '../../internal/rich-text/excerpt.js';
import { LocalizeController } from '../../internal/localize/localize-controller.js';
import type { Announcement } from '../../model/announcement.js';
import { visibleInBannerOrder } from '../../model/visibility.js';
import { baseStyles } from '../shared/base.styles.js';
import { deepActiveElement, nextTabbableAfter, returnFocus } from '../shared/focus.js';
import { openInSidebar } from '../shared/open-in-sidebar.js';
import { closeIcon, nextIcon, previousIcon, severityIcon, SEVERITY_STRING_KEYS } from '../shared/severity.js';
import { textLang } from '../shared/text-lang.js';
import { bannerStrings } from './announcement-banner.strings.js';
import { bannerStyles } from './announcement-banner.styles.js';
import { impressionReporter } from './banner-impressions.js';

export type BannerPlacement = 'inline' | 'top' | 'bottom';

/** Longest excerpt, in characters; CSS then clamps it to two lines. */
const EXCERPT_LENGTH = 200;

/**
 * The notice on every portal page: the visible announcements this client has not closed or
 * read in this login session, one at a time.
 *
 * **Several announcements** are shown one at a time, most urgent first (critical, warning,
 * info, success; newest first within a severity), with "1 of 3" and Previous/Next buttons
 * that wrap around. Closing one shows the next. The banner never stacks.
 *
 * **Rules.** Close hides the announcement for the rest of the session in every tab; Read more
 * does the same and opens the full message in the `<announcement-sidebar>` (one is created
 * when the page has none). A new session shows unexpired announcements again; an edit that
 * re-notifies shows the banner again at once, a silent edit does not. Announcements that
 * expire, are deleted or reach their publish date while the page is open update the banner
 * without a reload.
 *
 * **Per announcement** (see the README): the text in the reader's language (nearest `lang`,
 * then the configured locale), only for its audience; `once` stays closed for that user in
 * later sessions too, `never` has no Close button and stays after Read more. When the adapter
 * takes read receipts and they are on, showing one reports `seen` and Read more `opened`.
 *
 * **No flash, no jump.** Until it knows the list and the session state the banner renders
 * nothing and takes no space, so an already closed banner never flashes. When it then shows,
 * the content below moves down once. To avoid that, either set `reserve-space` (the banner
 * holds an empty box of `--announcement-banner-reserve` height while loading; it collapses
 * when there is nothing to show) or use `placement="top"` / `"bottom"` (a fixed overlay at
 * that edge of the viewport, which never moves the page; leave room for it if it must not
 * cover content).
 *
 * **Focus.** Nothing is focused on page load. After Close, or after the sidebar opened by
 * Read more closes, focus goes to the next announcement's Read more button; when none is
 * left, to the next focusable element after the banner on the page.
 *
 * **Accessibility.** A landmark region named by the announcement's title (with its severity),
 * not an alert: it would be read out again on every page.
 *
 * @summary The announcement notice shown on every page until the client closes or reads it.
 *
 * @fires {AnnouncementShowEvent} announcement-show - An announcement was shown for the first time in this session (the impression, once per session across tabs).
 * @fires {AnnouncementDismissEvent} announcement-dismiss - The client closed an announcement (`source: 'close'`) or opened it with Read more (`source: 'read-more'`); not for one that may `never` be dismissed.
 * @fires {AnnouncementReadMoreEvent} announcement-read-more - The client asked for the full message. Cancelable: call `preventDefault()` to show it yourself instead of in the sidebar.
 * @fires {AnnouncementErrorEvent} announcement-error - The source failed to load, or sent records that were skipped as malformed (`error`, `recordErrors`). The element keeps showing what it can.
 *
 * @csspart placeholder - The empty box that reserves space while loading (with `reserve-space`).
 * @csspart base - The banner's region.
 * @csspart icon - The severity icon.
 * @csspart content - The box around title and excerpt.
 * @csspart title - The announcement's title.
 * @csspart excerpt - The plain-text start of the description (at most two lines).
 * @csspart actions - The box around the buttons.
 * @csspart read-more-button - The Read more button.
 * @csspart pager - The group with the position and the Previous/Next buttons (only with several announcements).
 * @csspart position - The "1 of 3" text.
 * @csspart previous-button - Shows the previous announcement.
 * @csspart next-button - Shows the next announcement.
 * @csspart close-button - The Close button.
 *
 * @cssproperty --announcement-banner-reserve - Height held while loading with `reserve-space`. Default `3.5rem`.
 * @cssproperty --announcement-banner-z-index - Stacking order of the `top` and `bottom` overlays. Default `1000`.
 * @cssproperty --announcement-banner-radius - Corner radius of the inline banner. Default `--announcement-radius`.
 * @cssproperty --announcement-info-color - Border and icon of info announcements.
 * @cssproperty --announcement-info-background - Background of info announcements.
 * @cssproperty --announcement-success-color - Border and icon of success announcements.
 * @cssproperty --announcement-success-background - Background of success announcements.
 * @cssproperty --announcement-warning-color - Border and icon of warning announcements.
 * @cssproperty --announcement-warning-background - Background of warning announcements.
 * @cssproperty --announcement-critical-color - Border and icon of critical announcements.
 * @cssproperty --announcement-critical-background - Background of critical announcements.
 * @cssproperty --announcement-text-color - Text colour.
 * @cssproperty --announcement-background - Button background.
 * @cssproperty --announcement-border-color - Button borders.
 * @cssproperty --announcement-focus-color - Focus ring.
 * @cssproperty --announcement-radius - Corner radius.
 * @cssproperty --announcement-font-family - Font; inherited from the page by default.
 * @cssproperty --announcement-font-size - Base font size. Default `1rem`.
 */
export class AnnouncementBanner extends LitElement {
  static override styles = [baseStyles, bannerStyles];

  // Declared here rather than with decorators: every portal page loads the banner, and the
  // decorator helpers would add to it what this table says as well.
  static override properties: PropertyDeclarations = {
    adapter: { attribute: false },
    session: {},
    user: {},
    placement: { reflect: true },
    reserveSpace: { type: Boolean, reflect: true, attribute: 'reserve-space' },
    // `attribute: false` is implied by `state`; spelled out for the manifest analyzer.
    currentId: { state: true, attribute: false },
    pagingMessage: { state: true, attribute: false },
  };

  /** Where announcements come from; default: the page's `configureAnnouncements({ adapter })`. */
  adapter?: AnnouncementAdapter;

  /** The login session id; default: the page's configured session, else the browser session. */
  session?: string;

  /** The signed-in user's id; default: the page's configured user, else `"anonymous"`. */
  user?: string;

  /** `inline` (in the page flow), `top` or `bottom` (a fixed overlay at that viewport edge). */
  placement: BannerPlacement = 'inline';

  /** Hold `--announcement-banner-reserve` of height while the state is not yet known. */
  reserveSpace = false;

  /** The announcement the client paged to; the banner follows it when the order changes. */
  private currentId: string | undefined;

  /** Read out after paging, so screen-reader users hear which announcement is now shown. */
  private pagingMessage = '';

  private readonly source = new AnnouncementSourceController(this);
  private readonly localize = new LocalizeController(this, bannerStrings);

  /** What the last render showed (empty when nothing); read by the event handlers. */
  private shown: Announcement[] = [];
  /** Where in it the shown announcement is, so closing one shows the one that moved into its place. */
  private index = 0;
  /** Records the impression of what is shown, once per announcement revision and session. */
  private readonly reportImpression = impressionReporter(this, this.source);

  /**
   * The announcements still to be seen in this session, in the order the banner shows them.
   * @internal For tests: what the pager counts, without reading the shadow DOM.
   */
  get queue(): Announcement[] {
    const { state } = this.source;
    return this.source.canDecide ? visibleInBannerOrder(this.source.announcements).filter((announcement) => announcement.dismissal === 'never' || !state!.isHidden(announcement)) : [];
  }

  /** Where the announcement the client paged to is in `queue`, or -1. */
  private requestedIn(queue: Announcement[]): number {
    return queue.findIndex((announcement) => announcement.id === this.currentId);
  }

  /**
   * One announcement at a time. The others in the queue are laid out invisibly in the same
   * grid cell, so the banner is as tall as the tallest of them and neither it nor the pager
   * moves while paging. Read more only when there is more to read than the title. Close comes
   * last in the tab order; CSS draws it at the end of the first row, apart from the pager.
   */
  protected override render(): TemplateResult | typeof nothing {
    const queue = this.queue;
    const requested = this.requestedIn(queue);
    const index = requested === -1 ? Math.min(this.index, queue.length - 1) : requested;
    const announcement = queue[index];
    this.shown = announcement ? queue : [];
    if (!announcement) return this.source.canDecide || !this.reserveSpace ? nothing : html`<div part="placeholder" class="placeholder"></div>`;
    this.index = index;
    const { strings, locale, dir } = this.localize;
    const total = queue.length;
    const hasMore = announcement.body.trim() !== '';
    const text = (body: string) => excerpt(body, EXCERPT_LENGTH);
    const shownText = text(announcement.body);
    const lang = textLang(announcement, locale);
    // Previous and Next point the other way in right-to-left text; Close does not.
    const iconButton = (part: string, label: string, click: () => void, icon: TemplateResult, modifier = 'mirror-in-rtl') =>
      html`<button part=${part} class="button icon-button ${modifier}" aria-label=${label} @click=${click}>${icon}</button>`;
    // Written without whitespace between the tags: a template's text ships as written, on
    // every portal page.
    const shownTexts = html`<div class="shown"><p part="title" id="title" class="title" lang=${lang}><span class="visually-hidden" lang=${lang === nothing ? nothing : this.localize.language}>${strings[SEVERITY_STRING_KEYS[announcement.severity]]}: </span>${announcement.title}</p>${shownText ? html`<p part="excerpt" class="excerpt" lang=${lang}>${shownText}</p>` : nothing}</div>`;
    const sizers = queue.map((other) =>
      other === announcement ? nothing : html`<div class="sizer" aria-hidden="true"><p class="title">${other.title}</p>${text(other.body) ? html`<p class="excerpt">${text(other.body)}</p>` : nothing}</div>`,
    );
    const readMore = hasMore
      ? html`<button part="read-more-button" class="button" aria-describedby="title" @click=${() => this.readMore(announcement)}>${strings.bannerReadMore}</button>`
      : nothing;
    const pager =
      total > 1
        ? html`<div part="pager" class="pager" role="group" aria-label=${strings.bannerPager}>${iconButton('previous-button', strings.bannerPrevious, () => this.page(-1), previousIcon())}<span part="position" class="position">${this.localize.text('bannerPosition', { current: index + 1, total })}</span>${iconButton('next-button', strings.bannerNext, () => this.page(1), nextIcon())}</div>`
        : nothing;
    const close =
      announcement.dismissal === 'never'
        ? nothing
        : iconButton('close-button', this.localize.text('bannerClose', { title: announcement.title }), () => this.close(announcement), closeIcon(), 'close-button');
    return html`<section part="base" class="banner theme severity-${announcement.severity} placement-${this.placement}" dir=${dir} aria-labelledby="title"><span part="icon" class="severity-icon">${severityIcon(announcement.severity)}</span><div part="content" class="content">${shownTexts}${sizers}</div>${hasMore || total > 1 ? html`<div part="actions" class="actions">${readMore}${pager}</div>` : nothing}${close}<span class="visually-hidden" role="status">${this.pagingMessage}</span></section>`;
  }

  /** Records that the shown announcement was seen; the event fires only the first time per session. */
  protected override updated(): void {
    this.reportImpression(this.shown[this.index]);
  }

  /** Wraps around at both ends, so the buttons never become disabled under the focus. */
  private page(step: number): void {
    const queue = this.shown;
    if (!queue.length) return;
    // Counts from the last page asked for, so two quick clicks move two steps before a render.
    const requested = this.requestedIn(queue);
    const index = requested === -1 ? this.index : requested;
    const next = (index + step + queue.length) % queue.length;
    this.currentId = queue[next].id;
    this.pagingMessage = this.localize.text('bannerNowShowing', { current: next + 1, total: queue.length, title: queue[next].title });
    // Fades in the text paged to; the first showing and a close do not animate. Run from here
    // rather than by a CSS class, which would restart only if the text's box were rebuilt.
    if (!matchMedia('(prefers-reduced-motion: reduce)').matches) {
      void this.updateComplete.then(() => this.renderRoot.querySelector('.shown')?.animate({ opacity: [0, 1] }, { duration: 160, easing: 'ease-out' }));
    }
  }

  private close(announcement: Announcement): void {
    const hadFocus = this.hasFocusInside();
    this.hide(announcement, 'close');
    if (hadFocus) void this.updateComplete.then(() => returnFocus(this.focusTarget));
  }

  private async readMore(announcement: Announcement): Promise<void> {
    const request = new AnnouncementReadMoreEvent(announcement);
    this.dispatchEvent(request);
    this.source.receipt(announcement, 'opened');
    const hadFocus = this.hasFocusInside();
    if (!request.defaultPrevented) {
      try {
        await openInSidebar(announcement.id, { adapter: this.adapter, session: this.session, user: this.user, lang: this.localize.locale, dir: this.localize.dir }, this.focusTarget);
      } catch (error) {
        console.error('portal-announcements: the sidebar could not be opened', error);
      }
    }
    this.hide(announcement, 'read-more');
    if (request.defaultPrevented && hadFocus) {
      // The host shows the message its own way; unless it moved focus, keep it near the banner.
      await this.updateComplete;
      const active = deepActiveElement();
      if (!active || active === document.body) returnFocus(this.focusTarget);
    }
  }

  /**
   * Hides the announcement for the rest of the session and tells the page; one that may
   * `never` be dismissed stays after Read more, and only the list's "New" marker clears.
   */
  private hide(announcement: Announcement, source: DismissSource): void {
    const state = this.source.state!;
    this.pagingMessage = '';
    if (source === 'read-more' && announcement.dismissal === 'never') {
      void state.markRead(announcement);
      return;
    }
    void state.hide(announcement, source);
    this.dispatchEvent(new AnnouncementDismissEvent(announcement, source));
  }

  private hasFocusInside(): boolean {
    return this.shadowRoot?.activeElement != null;
  }

  /**
   * Where focus goes once the banner hid an announcement: the next announcement's first
   * button (Read more, or Close when there is nothing more to read), else the next focusable
   * element after the banner, else nowhere (the page's body).
   */
  private readonly focusTarget = () => this.renderRoot.querySelector<HTMLElement>('[part="read-more-button"], [part="close-button"]') ?? nextTabbableAfter(this);
}

customElements.define('announcement-banner', AnnouncementBanner);

declare global {
  interface HTMLElementTagNameMap {
    'announcement-banner': AnnouncementBanner;
  }
}

import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { AnnouncementAdapter } from '../../adapters/types.js';
import { AnnouncementSourceController } from '../../controllers/announcement-source-controller.js';
import { reuseParsedRecords } from '../../state/reuse-parsed-records.js';
import { AnnouncementReadMoreEvent } from '../../events/announcement-events.js';
import { excerpt } from '../../internal/rich-text/excerpt.js';
import { DateLocalizeController } from '../../internal/localize/date-localize-controller.js';
import type { Announcement } from '../../model/announcement.js';
import { compareNewestFirst, isVisible, nextVisibilityChange, publishedAt, revisedAfterPublishing } from '../../model/visibility.js';
import { baseStyles } from '../shared/base.styles.js';
import { nextTabbableAfter } from '../shared/focus.js';
import { openInSidebar } from '../shared/open-in-sidebar.js';
import { nextIcon, severityIcon, SEVERITY_STRING_KEYS } from '../shared/severity.js';
import { textLang } from '../shared/text-lang.js';
import { listStrings } from './announcement-list.strings.js';
import { listStyles } from './announcement-list.styles.js';

const EXCERPT_LENGTH = 240;

type ListStrings = (typeof listStrings)['en'];

/** The visible announcements of one list from the feed, in order, until `validUntil`. */
interface VisibleOrder {
  source: readonly Announcement[];
  validUntil: number;
  visible: Announcement[];
}

/**
 * The client's home page list: every visible announcement, newest first, with its title,
 * severity, date and the start of its description. Announcements this user has never opened
 * (in their current revision) carry a "New" marker. Activating one opens it in the
 * `<announcement-sidebar>` (created when the page has none), marks it read and clears "New";
 * when the sidebar closes, focus returns to the item.
 *
 * Only announcements meant for the viewer, each in their language. With read receipts on, an
 * item counts as `seen` once half of it has been in view, and as `opened` when activated.
 *
 * While loading, the list says so (and is `aria-busy`). When the source fails, it says so and
 * offers "Try again"; if it had loaded before, it keeps showing the last known list. With
 * `limit`, only the newest `limit` are shown, with a "Show all" / "Show fewer" button.
 *
 * @summary The home page list of all current announcements, with "New" markers.
 *
 * @fires {AnnouncementReadMoreEvent} announcement-read-more - The client opened an announcement. Cancelable: call `preventDefault()` to show it yourself instead of in the sidebar (it is still marked read).
 * @fires {AnnouncementErrorEvent} announcement-error - The source failed to load, or sent records that were skipped as malformed (`error`, `recordErrors`). The element keeps showing what it can.
 *
 * @csspart base - The element's outer box.
 * @csspart status - The loading message.
 * @csspart error - The box saying the list could not be loaded or updated.
 * @csspart retry-button - The "Try again" button.
 * @csspart empty - The "No announcements" message.
 * @csspart list - The `<ul>`.
 * @csspart item - One announcement (`<li>`).
 * @csspart item-button - The button with the title that opens the announcement; it covers the whole item.
 * @csspart item-title - The title.
 * @csspart new-badge - The "New" marker.
 * @csspart date - The publish or update date.
 * @csspart excerpt - The plain-text start of the description.
 * @csspart show-all-button - The "Show all" / "Show fewer" button.
 *
 * @cssproperty --announcement-list-gap - Space between items. Default `0.75rem`.
 * @cssproperty --announcement-background - Item background.
 * @cssproperty --announcement-text-color - Text colour.
 * @cssproperty --announcement-muted-color - Secondary text (dates, messages).
 * @cssproperty --announcement-border-color - Item borders.
 * @cssproperty --announcement-focus-color - Focus ring.
 * @cssproperty --announcement-radius - Corner radius.
 * @cssproperty --announcement-info-color - Stripe, icon and "New" marker border of info items.
 * @cssproperty --announcement-info-background - "New" marker background of info items.
 * @cssproperty --announcement-success-color - Stripe, icon and "New" marker border of success items.
 * @cssproperty --announcement-success-background - "New" marker background of success items.
 * @cssproperty --announcement-warning-color - Stripe, icon and "New" marker border of warning items.
 * @cssproperty --announcement-warning-background - "New" marker background of warning items.
 * @cssproperty --announcement-critical-color - Stripe, icon and "New" marker border of critical items; border of the error box.
 * @cssproperty --announcement-critical-background - "New" marker background of critical items; background of the error box.
 */
export class AnnouncementList extends LitElement {
  static override styles = [baseStyles, listStyles];

  // Declared here rather than with decorators, as in the banner and the sidebar: the home page
  // would otherwise load the decorator helpers as a chunk of their own.
  static override properties: PropertyDeclarations = {
    adapter: { attribute: false },
    session: {},
    user: {},
    limit: { type: Number },
    // `attribute: false` is implied by `state`; spelled out for the manifest analyzer.
    expanded: { state: true, attribute: false },
  };

  /** Where announcements come from; default: the page's `configureAnnouncements({ adapter })`. */
  adapter?: AnnouncementAdapter;

  /** The login session id; default: the page's configured session, else the browser session. */
  session?: string;

  /** The signed-in user's id; default: the page's configured user, else `"anonymous"`. */
  user?: string;

  /** Show at most this many at first, with a "Show all" button; unset or `0` shows all. */
  limit?: number;

  private expanded = false;

  private readonly source = new AnnouncementSourceController(this, { prepareFeed: reuseParsedRecords });
  private readonly localize = new DateLocalizeController(this, listStrings);
  private order: VisibleOrder | undefined;
  /** Watches items scrolled into view, which count as seen. */
  private inView: IntersectionObserver | undefined;
  /** The texts of the last render: the same object while they stay the same, for `guard`. */
  private strings: ListStrings | undefined;

  /** The visible announcements, newest first. */
  get announcements(): Announcement[] {
    return [...this.visible()];
  }

  /**
   * Filtered and sorted again only when the feed has a new list or an announcement's publish
   * or expiry moment has passed, not at every render.
   */
  private visible(): readonly Announcement[] {
    if (!this.source.ready) return [];
    const source = this.source.announcements;
    const now = Date.now();
    if (this.order?.source !== source || now >= this.order.validUntil) {
      const visible = source.filter((announcement) => isVisible(announcement, now)).sort(compareNewestFirst);
      this.order = { source, validUntil: nextVisibilityChange(source, now) ?? Infinity, visible };
    }
    return this.order.visible;
  }

  /** The texts in the current language, as the same object as last time when none changed. */
  private currentStrings(): ListStrings {
    const strings = this.localize.strings;
    const last = this.strings;
    const same = last && Object.keys(strings).every((key) => strings[key as keyof ListStrings] === last[key as keyof ListStrings]);
    return same ? last : (this.strings = strings);
  }

  protected override render(): TemplateResult {
    const loading = !this.source.ready;
    return html`
      <div part="base" class="theme" dir=${this.localize.dir} aria-busy=${loading ? 'true' : 'false'}>
        ${loading ? html`<p part="status" class="message" role="status">${this.localize.strings.listLoading}</p>` : this.renderLoaded()}
      </div>
    `;
  }

  private renderLoaded(): TemplateResult {
    const strings = this.currentStrings();
    const locale = this.localize.locale;
    const state = this.source.state;
    const feed = this.source.feed;
    if (feed.status === 'error') return this.renderProblem(strings.listError);
    const all = this.visible();
    const limit = this.limit && this.limit > 0 ? this.limit : all.length;
    const shown = this.expanded ? all : all.slice(0, limit);
    return html`
      ${feed.error !== undefined ? this.renderProblem(strings.listStale) : nothing}
      ${all.length === 0
        ? html`<p part="empty" class="message">${strings.listEmpty}</p>`
        : html`<ul part="list" class="list" aria-label=${strings.listLabel}>
            ${repeat(
              shown,
              (announcement) => announcement.id,
              // An item renders again only when something it shows changed: one changed
              // announcement in a long list costs one item, not the list.
              (announcement, index) => {
                const isNew = !state?.hasRead(announcement);
                return guard([announcement, index, isNew, locale, strings], () => this.renderItem(announcement, index, isNew, strings));
              },
            )}
          </ul>`}
      ${all.length > limit
        ? html`<button part="show-all-button" class="button toggle" @click=${() => (this.expanded = !this.expanded)}>
            ${this.expanded ? strings.listShowFewer : this.localize.text('listShowAll', { count: all.length })}
          </button>`
        : nothing}
    `;
  }

  private renderProblem(message: string): TemplateResult {
    return html`
      <div part="error" class="problem severity-critical" role="status">
        <p>${message}</p>
        <button part="retry-button" class="button" @click=${() => void this.source.feed.refresh()}>${this.localize.strings.listRetry}</button>
      </div>
    `;
  }

  private renderItem(announcement: Announcement, index: number, isNew: boolean, strings: ListStrings): TemplateResult {
    const revised = revisedAfterPublishing(announcement);
    const [before, after = ''] = strings[revised ? 'listUpdated' : 'listPublished'].split('{date}');
    const instant = revised ?? publishedAt(announcement);
    const text = excerpt(announcement.body, EXCERPT_LENGTH);
    const describedBy = text ? `date-${index} excerpt-${index}` : `date-${index}`;
    const lang = textLang(announcement, this.localize.locale);
    return html`
      <li part="item" class="item severity-${announcement.severity}" data-id=${announcement.id}>
        <span class="severity-icon">${severityIcon(announcement.severity)}</span>
        <button
          part="item-button"
          class="item-button"
          aria-describedby=${describedBy}
          @click=${(event: Event) => this.openAnnouncement(announcement, event.currentTarget as HTMLElement)}
        >
          <span class="visually-hidden">${strings[SEVERITY_STRING_KEYS[announcement.severity]]}: </span>
          <span part="item-title" class="item-title" lang=${lang}>${announcement.title}</span>
          ${isNew ? html`<span part="new-badge" class="new-badge">${strings.listNew}</span>` : nothing}
        </button>
        <span part="date" class="date" id="date-${index}">
          ${before}<time datetime=${instant}>${this.localize.formatDate(instant)}</time>${after}
        </span>
        ${text ? html`<p part="excerpt" class="excerpt" id="excerpt-${index}" lang=${lang}>${text}</p>` : nothing}
        <span class="opens mirror-in-rtl" aria-hidden="true">${nextIcon()}</span>
      </li>
    `;
  }

  protected override updated(): void {
    // Items count as seen once half of one is in view; only ever observed when receipts may be sent.
    if (!this.source.feed?.adapter.recordReceipts) return;
    this.inView ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries.filter((candidate) => candidate.isIntersecting)) {
          this.inView?.unobserve(entry.target);
          const announcement = this.visible().find((candidate) => candidate.id === (entry.target as HTMLElement).dataset.id);
          if (announcement) this.source.receipt(announcement, 'seen');
        }
      },
      { threshold: 0.5 },
    );
    for (const item of this.renderRoot.querySelectorAll('[part="item"]')) this.inView.observe(item);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.inView?.disconnect();
    this.inView = undefined;
  }

  private async openAnnouncement(announcement: Announcement, button: HTMLElement): Promise<void> {
    const request = new AnnouncementReadMoreEvent(announcement);
    this.dispatchEvent(request);
    this.source.receipt(announcement, 'opened');
    if (!request.defaultPrevented) {
      try {
        await openInSidebar(
          announcement.id,
          { adapter: this.adapter, session: this.session, user: this.user, lang: this.localize.locale, dir: this.localize.dir },
          // The item may have expired meanwhile: then the first remaining item, or what follows the list.
          () => (button.isConnected ? button : (this.renderRoot.querySelector<HTMLElement>('.item-button') ?? nextTabbableAfter(this))),
        );
      } catch (error) {
        console.error('portal-announcements: the sidebar could not be opened', error);
      }
    }
    await this.source.state?.markRead(announcement);
  }
}

customElements.define('announcement-list', AnnouncementList);

declare global {
  interface HTMLElementTagNameMap {
    'announcement-list': AnnouncementList;
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnnouncementAdapter } from '../adapters/types.js';
import type { Announcement } from '../model/announcement.js';
import { AnnouncementErrorEvent } from '../events/announcement-events.js';
import { CONFIG_CHANGED_EVENT, readReceiptsEnabled, resolveAdapter, resolveSession, resolveUser, resolveViewer } from '../configure.js';
import { elementLocale } from '../internal/localize/localize-controller.js';
import { isInAudience } from '../model/audience.js';
import { inLanguage } from '../model/languages.js';
import type { ReceiptKind } from '../model/receipts.js';
import { feedFor, type AnnouncementFeed } from '../state/feed.js';
import { reportReceipt } from '../state/report-receipt.js';
import { sessionStateFor, type SessionState } from '../state/session-state.js';

/** What an element that shows announcements may set on itself to override the page defaults. */
export interface AnnouncementSourceHost extends ReactiveControllerHost, HTMLElement {
  adapter?: AnnouncementAdapter;
  session?: string;
  user?: string;
}

export interface AnnouncementSourceOptions {
  /** Whether the host needs the per-session state (the editor does not). Default `true`. */
  withSessionState?: boolean;
  /** Called with each feed the host uses, before the host subscribes to it. */
  prepareFeed?: (feed: AnnouncementFeed) => void;
}

/**
 * Connects an element to its data: the shared feed of its adapter and the session state of
 * its user and session, resolved from the element's own properties or the page defaults.
 * Re-resolves when those change, and re-renders the host whenever either reports a change.
 */
export class AnnouncementSourceController implements ReactiveController {
  feed!: AnnouncementFeed;
  state: SessionState | undefined;

  /** Ends the subscriptions to the feed and the session state. */
  private release = () => {};
  /** The adapter, user and session the feed and state were resolved for. */
  private resolved: unknown[] = [];
  /** The last list shown: from which list, for which viewer and language, and the result. */
  private shown: [readonly Announcement[], string, readonly Announcement[]] | undefined;
  private readonly onConfigChanged = () => this.resolve();

  constructor(
    private readonly host: AnnouncementSourceHost,
    private readonly options: AnnouncementSourceOptions = {},
  ) {
    host.addController(this);
  }

  /** True once the list and (if used) the session state are known. */
  get ready(): boolean {
    return this.feed?.status !== 'loading' && this.state?.isReady !== false;
  }

  /**
   * True once the banner may decide what to show: the list and this session's closed
   * announcements are known, from storage or, until it answers, from their synchronous copies.
   */
  get canDecide(): boolean {
    return (this.feed?.status !== 'loading' || this.feed.copy !== undefined) && this.state?.canDecide !== false;
  }

  /**
   * The list to decide with (the feed's, or its copy until the first load) as this host's
   * viewer sees it: only the announcements whose audience includes them (`user`, `userTags`;
   * unfiltered when the adapter `enforcesAudience`), each in the host's language (its nearest
   * `lang`, else the configured locale; see `inLanguage`). The same array while nothing of that
   * changed.
   */
  get announcements(): readonly Announcement[] {
    const source = (this.feed.status === 'loading' ? this.feed.copy : undefined) ?? this.feed.announcements;
    const viewer = this.feed.adapter.enforcesAudience ? undefined : resolveViewer(this.host.user);
    const language = elementLocale(this.host);
    const key = JSON.stringify([viewer, language]);
    if (this.shown?.[0] !== source || this.shown[1] !== key) {
      const forViewer = viewer ? source.filter((announcement) => isInAudience(announcement.audience, viewer)) : source;
      this.shown = [source, key, forViewer.map((announcement) => inLanguage(announcement, language))];
    }
    return this.shown[2];
  }

  /** Reports that the viewer saw or opened an announcement, unless read receipts are off or the adapter takes none. */
  receipt(announcement: Announcement, kind: ReceiptKind): void {
    const adapter = this.feed?.adapter;
    if (adapter?.recordReceipts && readReceiptsEnabled()) reportReceipt(adapter, resolveUser(this.host.user), announcement, kind);
  }

  hostConnected(): void {
    window.addEventListener(CONFIG_CHANGED_EVENT, this.onConfigChanged);
    this.resolve();
  }

  hostDisconnected(): void {
    window.removeEventListener(CONFIG_CHANGED_EVENT, this.onConfigChanged);
    this.release();
  }

  /** Called before each render: follows changes of the host's `adapter`, `session` or `user`. */
  hostUpdate(): void {
    if (this.host.isConnected && this.settings().some((setting, index) => setting !== this.resolved[index])) this.resolve();
  }

  /** The host's adapter, and its user and session when it uses the session state. */
  private settings(): [AnnouncementAdapter, string?, string?] {
    const { adapter, user, session } = this.host;
    return (this.options.withSessionState ?? true) ? [resolveAdapter(adapter), resolveUser(user), resolveSession(session)] : [resolveAdapter(adapter)];
  }

  private resolve(): void {
    this.release();
    const [adapter, user, session] = (this.resolved = this.settings());
    const feed = (this.feed = feedFor(adapter));
    this.options.prepareFeed?.(feed);
    const unsubscribeFeed = feed.subscribe((loaded) => {
      // Tells the page, once per load, that the source failed or sent records that were
      // skipped, so a portal can log it; the element itself keeps showing what it can.
      if (loaded && (feed.error !== undefined || feed.recordErrors.length > 0)) this.host.dispatchEvent(new AnnouncementErrorEvent(feed.error, feed.recordErrors));
      this.host.requestUpdate();
    });
    const unsubscribeState = user === undefined ? undefined : (this.state = sessionStateFor({ user, session: session! })).subscribe(() => this.host.requestUpdate());
    this.release = () => {
      unsubscribeFeed();
      unsubscribeState?.();
    };
    this.host.requestUpdate();
  }
}

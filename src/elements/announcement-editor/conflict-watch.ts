import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Announcement } from '../../model/announcement.js';
import type { AnnouncementFeed } from '../../state/feed.js';

/** What the watch reads from the panel. */
export interface ConflictWatchHost extends ReactiveControllerHost {
  readonly feed?: AnnouncementFeed;
  readonly isOpen: boolean;
  /** The announcement being edited (`null` when creating one) and the version the edit is based on. */
  readonly session: { readonly target: Announcement | null; readonly expectedVersion: string | undefined };
  /** While publishing, a change in the feed is our own write arriving. */
  readonly busy: boolean;
}

/**
 * Notices, while the edit form is open, that someone else saved the announcement being
 * edited, so the author hears it before Publish rather than after. It listens to the shared
 * feed only while the panel is open on an existing announcement, and keeps the newer
 * version in `theirs` until the author chooses what to do with it.
 */
export class ConflictWatch implements ReactiveController {
  /** Someone else's version the form is not based on, or `undefined`. */
  theirs: Announcement | undefined;

  private unsubscribe: (() => void) | undefined;
  private watchedFeed: AnnouncementFeed | undefined;

  constructor(private readonly host: ConflictWatchHost) {
    host.addController(this);
  }

  hostUpdated(): void {
    const feed = this.host.isOpen && this.host.session.target ? this.host.feed : undefined;
    if (feed === this.watchedFeed) return;
    this.stop();
    if (!feed) return;
    this.watchedFeed = feed;
    this.unsubscribe = feed.subscribe(() => this.check());
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Records `current` as someone else's version when the form is based on an older one. */
  noticeVersion(current: Announcement | undefined): void {
    const { target, expectedVersion } = this.host.session;
    if (!current || !target || current.id !== target.id) return;
    const newer = current.version !== expectedVersion;
    if (newer && current.version === this.theirs?.version) return;
    this.theirs = newer ? current : undefined;
    this.host.requestUpdate();
  }

  /**
   * The version that beat ours to it after a refused Publish: the one the source sent, else
   * the feed's after a refresh. `undefined` when the announcement is gone.
   */
  async latest(sent: Announcement | undefined): Promise<Announcement | undefined> {
    if (sent) return sent;
    const { feed } = this.host;
    const { target } = this.host.session;
    if (!feed || !target) return undefined;
    await feed.refresh();
    return feed.announcements.find((announcement) => announcement.id === target.id);
  }

  clear(): void {
    this.theirs = undefined;
  }

  private check(): void {
    const { feed, busy } = this.host;
    const { target } = this.host.session;
    if (busy || !feed || !target) return;
    this.noticeVersion(feed.announcements.find((announcement) => announcement.id === target.id));
  }

  private stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.watchedFeed = undefined;
  }
}

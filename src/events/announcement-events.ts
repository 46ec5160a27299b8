import type { Announcement } from '../model/announcement.js';
import type { RecordError } from '../model/parse.js';

/** How a client made an announcement go away. */
export type DismissSource = 'close' | 'read-more';

/** The banner showed an announcement for the first time in this session: one impression. */
export class AnnouncementShowEvent extends Event {
  static readonly eventName = 'announcement-show';
  constructor(readonly announcement: Announcement) {
    super(AnnouncementShowEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The client closed an announcement or opened it with Read more; it stays hidden this session. */
export class AnnouncementDismissEvent extends Event {
  static readonly eventName = 'announcement-dismiss';
  constructor(
    readonly announcement: Announcement,
    readonly source: DismissSource,
  ) {
    super(AnnouncementDismissEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * The client asked for the full message. Cancelable: a host that calls `preventDefault()`
 * shows it its own way; otherwise the sidebar opens.
 */
export class AnnouncementReadMoreEvent extends Event {
  static readonly eventName = 'announcement-read-more';
  constructor(readonly announcement: Announcement) {
    super(AnnouncementReadMoreEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

/** Staff published an announcement: `created` is false for an edit. */
export class AnnouncementPublishEvent extends Event {
  static readonly eventName = 'announcement-publish';
  constructor(
    readonly announcement: Announcement,
    readonly created: boolean,
  ) {
    super(AnnouncementPublishEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Staff deleted an announcement. */
export class AnnouncementDeleteEvent extends Event {
  static readonly eventName = 'announcement-delete';
  constructor(readonly announcement: Announcement) {
    super(AnnouncementDeleteEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Loading failed, or the source delivered records that were skipped as malformed. */
export class AnnouncementErrorEvent extends Event {
  static readonly eventName = 'announcement-error';
  constructor(
    readonly error: unknown,
    readonly recordErrors: readonly RecordError[] = [],
  ) {
    super(AnnouncementErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'announcement-show': AnnouncementShowEvent;
    'announcement-dismiss': AnnouncementDismissEvent;
    'announcement-read-more': AnnouncementReadMoreEvent;
    'announcement-publish': AnnouncementPublishEvent;
    'announcement-delete': AnnouncementDeleteEvent;
    'announcement-error': AnnouncementErrorEvent;
  }
}

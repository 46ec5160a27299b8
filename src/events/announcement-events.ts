import type { Announcement } from '../model/announcement.js';
import type { RecordError } from '../model/parse.js';

/** How a client made an announcement go away. */
export type DismissSource = 'close' | 'read-more';

/** Every event here bubbles and crosses shadow roots, so the page hears it wherever the element is. */
const init = (cancelable = false): EventInit => ({ bubbles: true, composed: true, cancelable });

/** The banner showed an announcement for the first time in this session: one impression. */
export class AnnouncementShowEvent extends Event {
  static readonly eventName = 'announcement-show';
  constructor(readonly announcement: Announcement) {
    super(AnnouncementShowEvent.eventName, init());
  }
}

/** The client closed an announcement or opened it with Read more; it stays hidden this session. */
export class AnnouncementDismissEvent extends Event {
  static readonly eventName = 'announcement-dismiss';
  constructor(
    readonly announcement: Announcement,
    readonly source: DismissSource,
  ) {
    super(AnnouncementDismissEvent.eventName, init());
  }
}

/**
 * The client asked for the full message. Cancelable: a host that calls `preventDefault()`
 * shows it its own way; otherwise the sidebar opens.
 */
export class AnnouncementReadMoreEvent extends Event {
  static readonly eventName = 'announcement-read-more';
  constructor(readonly announcement: Announcement) {
    super(AnnouncementReadMoreEvent.eventName, init(true));
  }
}

/** Staff published an announcement: `created` is false for an edit. */
export class AnnouncementPublishEvent extends Event {
  static readonly eventName = 'announcement-publish';
  constructor(
    readonly announcement: Announcement,
    readonly created: boolean,
  ) {
    super(AnnouncementPublishEvent.eventName, init());
  }
}

/** Staff deleted an announcement. */
export class AnnouncementDeleteEvent extends Event {
  static readonly eventName = 'announcement-delete';
  constructor(readonly announcement: Announcement) {
    super(AnnouncementDeleteEvent.eventName, init());
  }
}

/** Loading failed, or the source delivered records that were skipped as malformed. */
export class AnnouncementErrorEvent extends Event {
  static readonly eventName = 'announcement-error';
  constructor(
    readonly error: unknown,
    readonly recordErrors: readonly RecordError[] = [],
  ) {
    super(AnnouncementErrorEvent.eventName, init());
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

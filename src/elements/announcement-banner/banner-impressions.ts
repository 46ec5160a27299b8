import type { AnnouncementSourceController } from '../../controllers/announcement-source-controller.js';
import { AnnouncementShowEvent } from '../../events/announcement-events.js';
import type { Announcement } from '../../model/announcement.js';

/**
 * Returns what records that the banner `host` showed an announcement: a `seen` receipt, and
 * `announcement-show` on `host` the first time in the session. Each impression (user, session,
 * id, revision) is recorded once by `host`, so a later render of the same one records nothing.
 */
export function impressionReporter(host: HTMLElement, source: AnnouncementSourceController): (announcement: Announcement | undefined) => void {
  const reported = new Set<string>();
  return (announcement) => {
    const state = source.state;
    const key = JSON.stringify([state?.identity, announcement?.id, announcement?.revisedAt]);
    if (!state || !announcement || reported.has(key)) return;
    reported.add(key);
    source.receipt(announcement, 'seen');
    // A task later: the record opens IndexedDB, which must not hold up the banner's first paint.
    setTimeout(() => {
      void state.markShown(announcement).then((first) => {
        if (first) host.dispatchEvent(new AnnouncementShowEvent(announcement));
      });
    });
  };
}

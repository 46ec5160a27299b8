import type { AnnouncementSourceController } from '../../controllers/announcement-source-controller.js';
import { AnnouncementShowEvent } from '../../events/announcement-events.js';
import type { Announcement } from '../../model/announcement.js';

/**
 * Records that the banner showed `announcement`: a `seen` receipt, and `announcement-show` on
 * `host` the first time in the session. `reported` holds the impressions `host` has already
 * recorded (user, session, id, revision), so a later render of the same one records nothing.
 */
export function reportImpression(host: HTMLElement, source: AnnouncementSourceController, reported: Set<string>, announcement: Announcement | undefined): void {
  const state = source.state;
  if (!state || !announcement) return;
  const key = JSON.stringify([state.identity.user, state.identity.session, announcement.id, announcement.revisedAt]);
  if (reported.has(key)) return;
  reported.add(key);
  source.receipt(announcement, 'seen');
  // A task later: the record opens IndexedDB, which must not hold up the banner's first paint.
  setTimeout(() => {
    void state.markShown(announcement).then((first) => {
      if (first) host.dispatchEvent(new AnnouncementShowEvent(announcement));
    });
  });
}

/**
 * `portal-announcements/react/banner`: `<announcement-banner>` as a React component, and
 * nothing else, so a React page pays for the banner alone and the sidebar still loads only
 * when a client asks for the full message.
 */
import type { EventName } from '@lit/react';
import { AnnouncementBanner } from '../elements/announcement-banner/announcement-banner.js';
import type { AnnouncementDismissEvent, AnnouncementShowEvent } from '../events/announcement-events.js';
import { errorEventProp, readMoreEventProp } from './event-props.js';
import { wrapElement } from './wrap-element.js';

/** `<AnnouncementBannerComponent onAnnouncementDismiss={…} />`: the notice for every portal page. */
export const AnnouncementBannerComponent = wrapElement('announcement-banner', AnnouncementBanner, {
  onAnnouncementShow: 'announcement-show' as EventName<AnnouncementShowEvent>,
  onAnnouncementDismiss: 'announcement-dismiss' as EventName<AnnouncementDismissEvent>,
  ...readMoreEventProp,
  ...errorEventProp,
});

export type { BannerPlacement } from '../elements/announcement-banner/announcement-banner.js';
export { configureAnnouncements, type AnnouncementsConfig } from '../configure.js';
export {
  AnnouncementShowEvent,
  AnnouncementDismissEvent,
  AnnouncementReadMoreEvent,
  AnnouncementErrorEvent,
  type DismissSource,
} from '../events/announcement-events.js';

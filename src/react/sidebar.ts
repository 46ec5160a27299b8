/**
 * `portal-announcements/react/sidebar`: `<announcement-sidebar>` as a React component, for a
 * page that opens announcements from its own code (`ref.current.show(id)`).
 */
import { AnnouncementSidebar } from '../elements/announcement-sidebar/announcement-sidebar.js';
import { errorEventProp } from './event-props.js';
import { wrapElement } from './wrap-element.js';

/** `<AnnouncementSidebarComponent ref={…} />`: the full message in a modal side panel. */
export const AnnouncementSidebarComponent = wrapElement('announcement-sidebar', AnnouncementSidebar, errorEventProp);

export { configureAnnouncements, type AnnouncementsConfig } from '../configure.js';
export { AnnouncementErrorEvent } from '../events/announcement-events.js';

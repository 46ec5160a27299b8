/** `portal-announcements/sidebar`: the full message in a modal side panel. */
export { AnnouncementSidebar } from '../elements/announcement-sidebar/announcement-sidebar.js';
export { configureAnnouncements, type AnnouncementsConfig } from '../configure.js';

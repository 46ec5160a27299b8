/** `portal-announcements/list`: every current announcement, for the client's home page. */
export { AnnouncementList } from '../elements/announcement-list/announcement-list.js';
export { configureAnnouncements, type AnnouncementsConfig } from '../configure.js';

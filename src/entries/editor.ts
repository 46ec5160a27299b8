/** `portal-announcements/editor`: the firm's settings section to create, edit and delete announcements. */
export { AnnouncementEditor } from '../elements/announcement-editor/announcement-editor.js';
export { configureAnnouncements, type AnnouncementsConfig } from '../configure.js';
export { AnnouncementPublishEvent, AnnouncementDeleteEvent } from '../events/announcement-events.js';

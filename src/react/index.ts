/**
 * `portal-announcements/react`: every element as a React component, with typed props and
 * `on…` event props. A page that shows only some elements imports them one by one from
 * `portal-announcements/react/banner`, `/react/list`, `/react/sidebar` and `/react/editor`,
 * and pays for nothing else.
 */
export { AnnouncementBannerComponent } from './banner.js';
export { AnnouncementSidebarComponent } from './sidebar.js';
export { AnnouncementListComponent } from './list.js';
export { AnnouncementEditorComponent } from './editor.js';
export type { BannerPlacement } from '../elements/announcement-banner/announcement-banner.js';
export { configureAnnouncements, type AnnouncementsConfig } from '../configure.js';
export * from '../events/announcement-events.js';

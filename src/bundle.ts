/**
 * The single-file build (`dist/portal-announcements.bundle.js`): every element, every
 * adapter and Lit in one ES module, for a portal without a bundler:
 * `<script type="module" src=".../portal-announcements.bundle.js"></script>`.
 */
export * from './index.js';
export { AnnouncementBanner } from './elements/announcement-banner/announcement-banner.js';
export { AnnouncementSidebar } from './elements/announcement-sidebar/announcement-sidebar.js';
export { AnnouncementList } from './elements/announcement-list/announcement-list.js';
export { AnnouncementEditor } from './elements/announcement-editor/announcement-editor.js';

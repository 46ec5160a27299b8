/** `portal-announcements/banner`: the notice for every portal page. */
export { AnnouncementBanner, type BannerPlacement } from '../elements/announcement-banner/announcement-banner.js';
export { configureAnnouncements, type AnnouncementsConfig } from '../configure.js';
export * from '../events/announcement-events.js';

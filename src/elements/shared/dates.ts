import type { Announcement } from '../../model/announcement.js';

/** When clients could first see the announcement: its publish date, or its creation if later. */
export function publishedAt(announcement: Announcement): string {
  const { publishAt, createdAt } = announcement;
  return publishAt !== null && publishAt > createdAt ? publishAt : createdAt;
}

/**
 * The date of the last change clients were told about, when there was one after publishing;
 * silent fixes do not count, so a typo fix never labels an announcement "updated".
 */
export function revisedAfterPublishing(announcement: Announcement): string | undefined {
  return announcement.revisedAt > publishedAt(announcement) ? announcement.revisedAt : undefined;
}

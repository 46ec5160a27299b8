import type { Announcement, Severity } from './announcement.js';
import { toMillis } from './dates.js';

/** Whether clients see it now: published (`publishAt <= now`) and not yet removed (`now < expiresAt`). */
export function isVisible(announcement: Announcement, now: Date | number = Date.now()): boolean {
  const at = toMillis(now);
  const published = announcement.publishAt === null || Date.parse(announcement.publishAt) <= at;
  const unexpired = announcement.expiresAt === null || at < Date.parse(announcement.expiresAt);
  return published && unexpired;
}

export type AnnouncementStatus = 'active' | 'scheduled' | 'expired';

/** The status the firm's staff see in the editor's list. */
export function statusOf(announcement: Announcement, now: Date | number = Date.now()): AnnouncementStatus {
  const at = toMillis(now);
  if (announcement.expiresAt !== null && at >= Date.parse(announcement.expiresAt)) return 'expired';
  if (announcement.publishAt !== null && at < Date.parse(announcement.publishAt)) return 'scheduled';
  return 'active';
}

/** Most urgent first. Success notes ("the new upload works") are the least pressing. */
const SEVERITY_RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2, success: 3 };

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

/**
 * The date the elements show for an announcement ("Published ...", or "Updated ..." after a
 * re-notifying edit), and so the date "newest first" orders by. Ordering by `revisedAt` alone
 * would put a scheduled announcement below ones created after it but published before it.
 */
export function shownDate(announcement: Announcement): string {
  return revisedAfterPublishing(announcement) ?? publishedAt(announcement);
}

/** The banner's order for several visible announcements: severity first, then newest shown date. */
export function compareForBanner(a: Announcement, b: Announcement): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compareNewestFirst(a, b);
}

/**
 * Descending order of two instants, then ascending ids, so equal dates keep a stable order.
 * Instants are normalised to `toISOString()` form when parsed, so comparing the strings
 * compares the moments, without parsing dates thousands of times while a long list sorts.
 */
function newerFirst(a: Announcement, aInstant: string, b: Announcement, bInstant: string): number {
  if (aInstant !== bInstant) return aInstant > bInstant ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The home list's order: newest shown date (publication or re-notifying edit) first. */
export function compareNewestFirst(a: Announcement, b: Announcement): number {
  return newerFirst(a, shownDate(a), b, shownDate(b));
}

/** The editor's order: the latest revision first, so what staff just wrote is on top. */
export function compareLatestRevisionFirst(a: Announcement, b: Announcement): number {
  return newerFirst(a, a.revisedAt, b, b.revisedAt);
}

/** The visible announcements in banner order. */
export function visibleInBannerOrder(announcements: readonly Announcement[], now: Date | number = Date.now()): Announcement[] {
  return announcements.filter((a) => isVisible(a, now)).sort(compareForBanner);
}

/**
 * The next moment after `now` at which some announcement appears or disappears, so a page that
 * stays open can update exactly then; `undefined` when nothing is pending.
 */
export function nextVisibilityChange(announcements: readonly Announcement[], now: Date | number = Date.now()): number | undefined {
  const at = toMillis(now);
  let next: number | undefined;
  for (const announcement of announcements) {
    for (const instant of [announcement.publishAt, announcement.expiresAt]) {
      if (instant === null) continue;
      const moment = Date.parse(instant);
      if (moment > at && (next === undefined || moment < next)) next = moment;
    }
  }
  return next;
}

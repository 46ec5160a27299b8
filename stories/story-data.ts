import type { Announcement } from '../src/model/announcement.js';

/** The day every story is set on, so the catalogue looks the same whenever it is opened. */
export const STORY_DATE = '2026-03-02T08:00:00.000Z';

/** A stored announcement for a story; its dates are `revisedAt` when given, else `STORY_DATE`. */
export function storyAnnouncement(title: string, fields: Partial<Announcement> = {}): Announcement {
  const stamp = fields.revisedAt ?? STORY_DATE;
  return {
    id: crypto.randomUUID(),
    title,
    body: '',
    severity: 'info',
    publishAt: null,
    expiresAt: null,
    createdAt: stamp,
    updatedAt: stamp,
    revisedAt: stamp,
    version: crypto.randomUUID(),
    language: null,
    variants: [],
    audience: { kind: 'all' },
    dismissal: 'session',
    ...fields,
  };
}

/** A login session of its own, so closing a banner in one story never hides it in another. */
export const storySession = (): string => `story-${crypto.randomUUID()}`;

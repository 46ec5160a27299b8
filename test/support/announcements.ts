import type { Announcement } from '../../src/model/announcement.js';

let counter = 0;

/** A valid announcement for tests; each call gets a new id unless one is given. */
export function makeAnnouncement(overrides: Partial<Announcement> = {}): Announcement {
  counter += 1;
  const stamp = '2026-01-01T00:00:00.000Z';
  return {
    id: `announcement-${counter}-${crypto.randomUUID()}`,
    title: `Announcement ${counter}`,
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
    ...overrides,
  };
}

// The announcements service of a portal: its database, and who is asking.
import { createAnnouncementsService } from 'portal-announcements/server';

/**
 * @param {object} options
 * @param {{ get(id: string): Promise<Session | undefined> | Session | undefined }} options.sessions The portal's sessions by id (a Map will do).
 * @param {string} [options.databaseUrl] PostgreSQL, e.g. `process.env.DATABASE_URL` (needs `pg`).
 * @param {string} [options.dataDir] Otherwise the embedded database's folder (needs `@electric-sql/pglite`); in memory without one.
 * @typedef {{ firmId: string, userId: string, isStaff: boolean }} Session
 */
export function openAnnouncements({ sessions, databaseUrl, dataDir }) {
  return createAnnouncementsService({
    databaseUrl,
    dataDir,
    basePath: '/api/announcements',
    // Who is asking, from the portal's own session cookie. The tenant comes from here, never
    // from the URL; only staff write; null answers 401.
    async authorize(request) {
      const sessionId = /(?:^|;\s*)sid=([^;]+)/.exec(request.headers.get('cookie') ?? '')?.[1];
      const session = sessionId ? await sessions.get(sessionId) : undefined;
      if (!session) return null;
      return { tenant: session.firmId, role: session.isStaff ? 'staff' : 'client', user: session.userId };
    },
  });
}

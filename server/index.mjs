// `portal-announcements/server`: the announcements server for Node portals. Node only (the
// package's "node" export condition), and never reached from the browser entries. The
// database drivers are optional peers: `@electric-sql/pglite` for the embedded database,
// `pg` for PostgreSQL; only the one a portal uses is loaded, when the service starts.
export { createAnnouncementsService } from './service.mjs';
export { createAnnouncementsHandler } from './handler.mjs';
export { toNodeListener } from './node-listener.mjs';
export { bearerTokenAuthorizer } from './authorize.mjs';

/** @typedef {import('./service.mjs').ServiceOptions} ServiceOptions */
/** @typedef {Awaited<ReturnType<typeof import('./service.mjs').createAnnouncementsService>>} AnnouncementsService What createAnnouncementsService resolves to. */
/** @typedef {import('./handler.mjs').HandlerOptions} HandlerOptions */
/** @typedef {import('./authorize.mjs').Authorize} Authorize */
/** @typedef {import('./authorize.mjs').Principal} Principal */
/** @typedef {import('./rules.mjs').Announcement} Announcement */
/** @typedef {import('./rules.mjs').WriteRules} WriteRules */

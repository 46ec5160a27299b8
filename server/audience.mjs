// Who a request may see. Staff see every announcement; a client sees those whose audience
// includes it (the principal's `user` and `tags`), which the store filters in its query.
import { sha256Hex } from './idempotency.mjs';

/**
 * The client a principal is, for the store's audience filter; `undefined` for staff, who see all.
 * @param {import('./authorize.mjs').Principal} principal
 * @returns {import('./store/announcement-store.mjs').Viewer | undefined}
 */
export function viewerOf(principal) {
  if (principal.role === 'staff') return undefined;
  return { user: principal.user, tags: [...new Set(principal.tags ?? [])].sort() };
}

/**
 * The list's entity tag for a viewer: the tenant's change tag, plus a digest of who is asking
 * when it is a client, so two clients who see different lists never share a tag (and a 304
 * still needs only the tenant's revision).
 * @param {string} tenantTag
 * @param {import('./store/announcement-store.mjs').Viewer | undefined} viewer
 */
export async function listTagFor(tenantTag, viewer) {
  if (!viewer) return tenantTag;
  return `${tenantTag}.${(await sha256Hex(JSON.stringify([viewer.user ?? null, viewer.tags ?? []]))).slice(0, 16)}`;
}

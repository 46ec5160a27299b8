// Who is asking. The handler calls an `authorize(request)` hook before anything else; a portal
// passes its own (session cookie, JWT, ...). This file holds the types and the bearer-token
// hook the command line uses.
import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Who a request comes from. The tenant always comes from here, never from the URL, so a
 * client cannot read another firm's announcements by editing a path.
 * @typedef {object} Principal
 * @property {string} tenant The firm whose announcements the request may see.
 * @property {'staff' | 'client'} role Only staff write; clients read.
 * @property {string} [user] For logs.
 */

/**
 * Returns the principal, or `null`/`undefined` to refuse with 401. May be async.
 * @typedef {(request: Request) => Principal | null | undefined | Promise<Principal | null | undefined>} Authorize
 */

/**
 * One tenant; `Authorization: Bearer <staffToken>` makes a caller staff, a wrong token is
 * refused (401), and a caller without one gets the `anonymous` role: `client` (read only) by
 * default, `staff` only for a development server on loopback.
 * @param {{ staffToken?: string, tenant?: string, anonymous?: 'staff' | 'client' }} options
 * @returns {Authorize}
 */
export function bearerTokenAuthorizer({ staffToken, tenant = 'default', anonymous = 'client' }) {
  const expected = staffToken ? digest(staffToken) : undefined;
  return (request) => {
    const header = request.headers.get('authorization');
    if (!expected || header === null) return { tenant, role: anonymous, user: 'anonymous' };
    const token = /^Bearer (.+)$/i.exec(header.trim())?.[1];
    // Comparing digests in constant time tells an attacker nothing about how close a guess was.
    if (token === undefined || !timingSafeEqual(digest(token), expected)) return null;
    return { tenant, role: 'staff', user: 'staff' };
  };
}

/** @param {string} text */
const digest = (text) => createHash('sha256').update(text).digest();

// Who is asking. The handler calls an `authorize(request)` hook before anything else; a portal
// passes its own (session cookie, JWT, ...). This file holds the types and the bearer-token
// hook the command line uses.
import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Who a request comes from. The tenant always comes from here, never from the URL, so a
 * client cannot read another firm's announcements by editing a path.
 * @typedef {object} Principal
 * @property {string} tenant The firm whose announcements the request may see.
 * @property {'staff' | 'client'} role Only staff write; clients read (and send read receipts).
 * @property {string} [user] The signed-in user's id: for a client, the id that named-client
 *   audiences list and that read receipts are counted by (a client without one sends none).
 * @property {string[]} [tags] A client's tags (e.g. `business`): it sees announcements for any of them.
 */

/**
 * A client the bearer-token hook knows by its token.
 * @typedef {{ token: string, user: string, tags?: string[] }} ClientToken
 */

/**
 * Returns the principal, or `null`/`undefined` to refuse with 401. May be async.
 * @typedef {(request: Request) => Principal | null | undefined | Promise<Principal | null | undefined>} Authorize
 */

/**
 * One tenant; `Authorization: Bearer <staffToken>` makes a caller staff, a client token makes
 * it that client (with its user id and tags), a wrong token is refused (401), and a caller
 * without one gets the `anonymous` role: `client` (read only, no user, so it sees only
 * announcements for all clients) by default, `staff` only for a development server on loopback.
 * @param {{ staffToken?: string, clientTokens?: ClientToken[], tenant?: string, anonymous?: 'staff' | 'client' }} options
 * @returns {Authorize}
 */
export function bearerTokenAuthorizer({ staffToken, clientTokens = [], tenant = 'default', anonymous = 'client' }) {
  /** @type {{ digest: Buffer, principal: Principal }[]} */
  const known = [
    ...(staffToken ? [{ digest: digest(staffToken), principal: /** @type {Principal} */ ({ tenant, role: 'staff', user: 'staff' }) }] : []),
    ...clientTokens.map(({ token, user, tags = [] }) => ({ digest: digest(token), principal: /** @type {Principal} */ ({ tenant, role: 'client', user, tags }) })),
  ];
  return (request) => {
    const header = request.headers.get('authorization');
    if (known.length === 0 || header === null) return { tenant, role: anonymous };
    const token = /^Bearer (.+)$/i.exec(header.trim())?.[1];
    if (token === undefined) return null;
    // Comparing digests in constant time tells an attacker nothing about how close a guess was.
    const given = digest(token);
    const match = known.find((entry) => timingSafeEqual(given, entry.digest));
    return match ? structuredClone(match.principal) : null;
  };
}

/**
 * Reads `user:tag1,tag2=TOKEN` (tags optional: `user=TOKEN`), the command line's `--client-token`.
 * @param {string} text
 * @returns {ClientToken}
 */
export function parseClientToken(text) {
  const match = /^([^:=]+)(?::([^=]*))?=(.+)$/.exec(text);
  if (!match) throw new Error(`A client token is written user:tag1,tag2=TOKEN, not ${JSON.stringify(text)}.`);
  const tags = (match[2] ?? '').split(',').map((tag) => tag.trim()).filter(Boolean);
  return { user: match[1].trim(), tags, token: match[3] };
}

/** @param {string} text */
const digest = (text) => createHash('sha256').update(text).digest();

// Which resource of the contract a path names. The id is decoded strictly: a malformed escape
// is the client's mistake (400), never a crash.
import { badRequest } from './http-problem.mjs';

/** Ids the server makes are UUIDs; anything this long cannot be one of ours. */
const MAX_ID_LENGTH = 200;

/** The methods each kind of resource answers, for `Allow` and preflights. */
export const ALLOWED_METHODS = {
  collection: ['GET', 'HEAD', 'POST', 'OPTIONS'],
  item: ['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'],
  events: ['GET', 'HEAD', 'OPTIONS'],
  receipts: ['POST', 'OPTIONS'],
  itemReceipts: ['GET', 'HEAD', 'OPTIONS'],
};

/**
 * @typedef {{ kind: 'collection' } | { kind: 'events' } | { kind: 'receipts' } | { kind: 'item' | 'itemReceipts', id: string }} Route
 */

/**
 * @param {string} pathname
 * @param {string} basePath e.g. `/api/announcements`, without a trailing slash.
 * @returns {Route | undefined}
 */
export function matchRoute(pathname, basePath) {
  if (pathname === basePath || pathname === `${basePath}/`) return { kind: 'collection' };
  if (!pathname.startsWith(`${basePath}/`)) return undefined;
  const rest = pathname.slice(basePath.length + 1).replace(/\/$/, '');
  if (rest === 'events' || rest === 'receipts') return { kind: rest };
  const [segment, sub, ...more] = rest.split('/');
  if (more.length > 0 || (sub !== undefined && sub !== 'receipts')) return undefined;
  let id;
  try {
    id = decodeURIComponent(segment);
  } catch {
    throw badRequest('The announcement id in the path has a malformed percent escape.');
  }
  if (id.length === 0 || id.length > MAX_ID_LENGTH) return undefined;
  return { kind: sub === undefined ? 'item' : 'itemReceipts', id };
}

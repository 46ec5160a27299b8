// The announcements API as one framework-neutral function: a Web `Request` in, a `Response`
// out. Node's http (see node-listener.mjs), Express, Fastify, Hono and edge runtimes all
// speak it. The handler owns HTTP semantics; the store owns data and atomicity.
import { corsPolicy, preflightHeaders } from './http/cors.mjs';
import { HttpProblem, PROBLEM } from './http/http-problem.mjs';
import { DEFAULT_MAX_BODY_BYTES } from './http/request-body.mjs';
import { emptyResponse, problemResponse } from './http/responses.mjs';
import { ALLOWED_METHODS, matchRoute } from './http/routes.mjs';
import { quoteTag } from './http/entity-tags.mjs';
import { IdempotencyKeyReusedError, RecordMissingError, VersionMismatchError } from './store/store-errors.mjs';
import {
  createAnnouncement,
  deleteAnnouncement,
  getAnnouncement,
  listAnnouncements,
  notFound,
  openEvents,
  updateAnnouncement,
} from './announcement-operations.mjs';
import { receiptSummary, recordReceipts } from './receipt-operations.mjs';

/**
 * @typedef {object} HandlerOptions
 * @property {import('./store/announcement-store.mjs').AnnouncementStore} store
 * @property {import('./events/event-streams.mjs').EventStreams} streams Fed by the store's notifications (see createAnnouncementsService).
 * @property {import('./rules.mjs').WriteRules} rules
 * @property {import('./authorize.mjs').Authorize} authorize Who is asking (required: there is no safe default).
 * @property {string} [basePath] Where the collection is mounted; default `/api/announcements`.
 * @property {string | string[]} [corsOrigin] `*` or the origins allowed to call from a browser; none turns CORS off.
 * @property {boolean} [requireIfMatch] Answer 428 to a PUT or DELETE without If-Match (default true).
 * @property {number} [maxBodyBytes] Larger bodies are answered with 413 (default 256 KiB).
 * @property {(tenant: string) => Promise<import('./rules.mjs').DirectoryClient[] | undefined>} [clients] The
 *   tenant's clients (`{ id, tags }`, ids as `authorize` gives them): receipt summaries then say how
 *   large each audience is and who has not opened an announcement; without it (or when it
 *   resolves to `undefined`) those are `null`.
 */

/**
 * @param {HandlerOptions} options
 * @returns {(request: Request) => Promise<Response>}
 */
export function createAnnouncementsHandler(options) {
  const basePath = (options.basePath ?? '/api/announcements').replace(/\/$/, '');
  const authorize = options.authorize;
  if (typeof authorize !== 'function') throw new TypeError('createAnnouncementsHandler needs an authorize(request) function.');
  const cors = corsPolicy(options.corsOrigin);

  return async function handleAnnouncements(request) {
    const corsHeaders = cors.headersFor(request.headers.get('origin'));
    try {
      const url = new URL(request.url);
      const route = matchRoute(url.pathname, basePath);
      if (!route) throw new HttpProblem(404, PROBLEM.notFound, 'No such resource');
      const allowed = ALLOWED_METHODS[route.kind];
      if (request.method === 'OPTIONS') {
        return emptyResponse(204, { ...corsHeaders, ...preflightHeaders(request, allowed), Allow: allowed.join(', ') });
      }
      if (!allowed.includes(request.method)) {
        throw new HttpProblem(405, PROBLEM.methodNotAllowed, 'Method not allowed', { headers: { Allow: allowed.join(', ') } });
      }
      const principal = await authorize(request);
      if (!principal) {
        throw new HttpProblem(401, PROBLEM.unauthorized, 'Authentication required', { headers: { 'WWW-Authenticate': 'Bearer realm="announcements"' } });
      }
      const writing = request.method === 'POST' || request.method === 'PUT' || request.method === 'DELETE';
      // Receipts are the one write a client makes (what it was shown); staff write the rest.
      if (writing && route.kind !== 'receipts' && principal.role !== 'staff') throw new HttpProblem(403, PROBLEM.forbidden, 'Only staff may change announcements');
      if (writing && !cors.mayWrite(request.headers.get('origin'), url.origin)) {
        throw new HttpProblem(403, PROBLEM.forbidden, 'Writes from this origin are not allowed');
      }
      /** @type {import('./announcement-operations.mjs').OperationContext} */
      const context = {
        request,
        principal,
        store: options.store,
        streams: options.streams,
        rules: options.rules,
        headers: corsHeaders,
        requireIfMatch: options.requireIfMatch ?? true,
        maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
        clients: options.clients,
      };
      const response = await dispatch(context, route);
      return request.method === 'HEAD' ? new Response(null, { status: response.status, headers: response.headers }) : response;
    } catch (error) {
      return problemResponse(asProblem(error, options.rules), corsHeaders);
    }
  };
}

/**
 * @param {import('./announcement-operations.mjs').OperationContext} context
 * @param {import('./http/routes.mjs').Route} route
 */
async function dispatch(context, route) {
  const method = context.request.method === 'HEAD' ? 'GET' : context.request.method;
  if (route.kind === 'events') {
    // HEAD tells that the stream exists without opening one.
    return context.request.method === 'HEAD' ? emptyResponse(200, { ...context.headers, 'Content-Type': 'text/event-stream; charset=utf-8' }) : openEvents(context);
  }
  if (route.kind === 'collection') return method === 'GET' ? listAnnouncements(context) : createAnnouncement(context);
  if (route.kind === 'receipts') return recordReceipts(context);
  if (route.kind === 'itemReceipts') return receiptSummary(context, route.id);
  if (method === 'GET') return getAnnouncement(context, route.id);
  if (method === 'PUT') return updateAnnouncement(context, route.id);
  return deleteAnnouncement(context, route.id);
}

/**
 * Every failure as problem details; anything unexpected is logged and answered with a bare 500.
 * @param {unknown} error
 * @param {import('./rules.mjs').WriteRules} rules
 * @returns {HttpProblem}
 */
function asProblem(error, rules) {
  if (error instanceof HttpProblem) return error;
  if (error instanceof rules.ValidationError) {
    return new HttpProblem(422, PROBLEM.validation, 'The announcement is invalid', { detail: error.message, members: { errors: error.fieldErrors } });
  }
  if (error instanceof VersionMismatchError) {
    const current = /** @type {{ version?: unknown } | undefined} */ (error.current);
    return new HttpProblem(412, PROBLEM.conflict, 'The announcement was changed by someone else', {
      detail: 'If-Match does not name the current version.',
      members: { current },
      headers: current?.version ? { ETag: quoteTag(String(current.version)) } : {},
    });
  }
  if (error instanceof RecordMissingError) return notFound(error.id);
  if (error instanceof IdempotencyKeyReusedError) {
    return new HttpProblem(422, PROBLEM.idempotencyMismatch, 'Idempotency-Key reused', { detail: error.message });
  }
  console.error('announcements server: unexpected error', error);
  return new HttpProblem(500, 'about:blank', 'Internal Server Error');
}

// Cross-origin access. `*` lets any page read and write without credentials; a list of
// origins lets those pages call with credentials (cookies). When CORS is configured, a write
// from any other origin is refused outright, even one the browser would have sent unasked.

/**
 * @typedef {object} CorsPolicy
 * @property {(origin: string | null) => Record<string, string>} headersFor Headers for an answer to a request from `origin`.
 * @property {(origin: string | null, ownOrigin: string) => boolean} mayWrite Whether a write from `origin` is accepted.
 */

const EXPOSED = 'ETag, Location, Retry-After';

/**
 * @param {string | string[] | undefined} allowed `*`, a comma-separated list or an array of origins; none turns CORS off.
 * @returns {CorsPolicy}
 */
export function corsPolicy(allowed) {
  const list = Array.isArray(allowed) ? allowed : (allowed ?? '').split(',');
  const origins = list.map((origin) => origin.trim()).filter(Boolean);
  const anyOrigin = origins.includes('*');
  return {
    headersFor(origin) {
      if (!origin || origins.length === 0) return {};
      if (anyOrigin) return { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': EXPOSED };
      if (!origins.includes(origin)) return { Vary: 'Origin' };
      return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true', 'Access-Control-Expose-Headers': EXPOSED, Vary: 'Origin' };
    },
    mayWrite(origin, ownOrigin) {
      if (!origin || origins.length === 0 || anyOrigin) return true;
      return origin === ownOrigin || origins.includes(origin);
    },
  };
}

/**
 * The answer to a preflight (`OPTIONS` with `Access-Control-Request-Method`).
 * @param {Request} request
 * @param {string[]} methods
 */
export function preflightHeaders(request, methods) {
  return {
    'Access-Control-Allow-Methods': methods.join(', '),
    'Access-Control-Allow-Headers':
      request.headers.get('access-control-request-headers') ?? 'Content-Type, If-Match, If-None-Match, Idempotency-Key, Authorization',
    'Access-Control-Max-Age': '600',
  };
}

// The few shapes of answer the handler gives, with the headers every answer carries.

/** Sent with every answer: browsers must never guess a type, e.g. run a JSON body as script. */
export const ALWAYS = { 'X-Content-Type-Options': 'nosniff' };

/**
 * A JSON answer. `body` may be a ready JSON text (the list comes out of the database as one).
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
export function jsonResponse(status, body, headers = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return new Response(text, {
    status,
    headers: { ...ALWAYS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache', ...headers },
  });
}

/**
 * An RFC 9457 problem details answer.
 * @param {import('./http-problem.mjs').HttpProblem} problem
 * @param {Record<string, string>} [headers]
 */
export function problemResponse(problem, headers = {}) {
  const body = { type: problem.type, title: problem.title, status: problem.status, ...(problem.detail ? { detail: problem.detail } : {}), ...problem.members };
  return new Response(JSON.stringify(body), {
    status: problem.status,
    headers: { ...ALWAYS, 'Content-Type': 'application/problem+json; charset=utf-8', 'Cache-Control': 'no-store', ...headers, ...problem.headers },
  });
}

/**
 * An answer without a body (204, 304).
 * @param {number} status
 * @param {Record<string, string>} [headers]
 */
export function emptyResponse(status, headers = {}) {
  return new Response(null, { status, headers: { ...ALWAYS, ...headers } });
}

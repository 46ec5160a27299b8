// Small helpers for answering JSON, problem details (RFC 9457) and reading request bodies.

/** Problem types of the contract; documented in openapi.yaml and docs/rest-api.md. */
export const PROBLEM = {
  validation: 'urn:portal-announcements:problem:validation',
  conflict: 'urn:portal-announcements:problem:conflict',
  notFound: 'urn:portal-announcements:problem:not-found',
  preconditionRequired: 'urn:portal-announcements:problem:precondition-required',
  badRequest: 'urn:portal-announcements:problem:bad-request',
  unavailable: 'urn:portal-announcements:problem:unavailable',
};

/** Bodies larger than this are refused: the largest valid announcement is far smaller. */
const MAX_BODY_BYTES = 256 * 1024;

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
export function sendJson(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {{ type: string, title: string, detail?: string } & Record<string, unknown>} problem
 * @param {Record<string, string>} [headers]
 */
export function sendProblem(res, status, problem, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/problem+json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify({ ...problem, status }));
}

/** Thrown by readJson for a body that is not a JSON object. */
export class BadRequestError extends Error {}

/**
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<Record<string, unknown>>}
 */
export async function readJson(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BadRequestError('The request body is too large.');
    chunks.push(chunk);
  }
  let parsed;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BadRequestError('The request body is not valid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new BadRequestError('The request body must be a JSON object.');
  }
  return parsed;
}

/**
 * The entity tags of an `If-Match` or `If-None-Match` header, unquoted; `['*']` for a star.
 * @param {string | undefined} header
 * @returns {string[] | undefined}
 */
export function entityTags(header) {
  if (header === undefined) return undefined;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, '').replace(/^"(.*)"$/, '$1'))
    .filter((tag) => tag.length > 0);
}

/** @param {string} version */
export const quoteTag = (version) => `"${version}"`;

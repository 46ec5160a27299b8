// Idempotency-Key (draft-ietf-httpapi-idempotency-key-header): a key names one request. The
// store keeps a fingerprint of that request with the key, so the same key with another body
// is refused instead of being answered with the first request's result.
import { badRequest } from './http/http-problem.mjs';

const MAX_KEY_LENGTH = 255;

/**
 * The request's key, `undefined` without the header; 400 for an empty or oversized key.
 * @param {Request} request
 */
export function idempotencyKeyOf(request) {
  const header = request.headers.get('idempotency-key');
  if (header === null) return undefined;
  const key = header.trim();
  if (key === '') throw badRequest('Idempotency-Key is empty.');
  if (key.length > MAX_KEY_LENGTH) throw badRequest(`Idempotency-Key is longer than ${MAX_KEY_LENGTH} characters.`);
  return key;
}

/**
 * A digest of what the request asks for: its method, path and body, with object keys sorted
 * so that the same JSON written in another order counts as the same request. Web Crypto, so
 * the handler needs nothing Node-specific.
 * @param {Request} request
 * @param {unknown} body
 */
export async function requestFingerprint(request, body) {
  return sha256Hex(`${request.method} ${new URL(request.url).pathname}\n${canonicalJson(body)}`);
}

/**
 * SHA-256 of a text, in hex.
 * @param {string} text
 */
export async function sha256Hex(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** @param {unknown} value */
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

// Reads a write's JSON body. Only JSON is accepted: a form or `text/plain` body is what a
// foreign page can send without asking (a "simple" cross-origin request), so refusing it closes
// the cross-site request forgery path for portals that authenticate with cookies.
import { HttpProblem, PROBLEM, badRequest } from './http-problem.mjs';

/** Far more than the largest valid announcement (a 20,000-character body, escaped). */
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

/** `application/json`, or a `+json` type such as `application/merge-patch+json`, with any parameters. */
const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;.*)?$/i;

/**
 * @param {Request} request
 * @param {number} [maxBytes]
 * @returns {Promise<Record<string, unknown>>}
 */
export async function readJsonObject(request, maxBytes = DEFAULT_MAX_BODY_BYTES) {
  const type = request.headers.get('content-type') ?? '';
  if (!JSON_MEDIA_TYPE.test(type.trim())) {
    throw new HttpProblem(415, PROBLEM.unsupportedMediaType, 'Unsupported media type', {
      detail: 'Send the body as application/json.',
      headers: { Accept: 'application/json' },
    });
  }
  const text = await readText(request, maxBytes);
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw badRequest('The request body is not valid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw badRequest('The request body must be a JSON object.');
  return parsed;
}

/**
 * The body as UTF-8 text, refused as soon as it passes `maxBytes`, so a huge upload is never buffered.
 * @param {Request} request
 * @param {number} maxBytes
 */
async function readText(request, maxBytes) {
  const declared = Number(request.headers.get('content-length'));
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** @param {number} maxBytes */
const tooLarge = (maxBytes) =>
  new HttpProblem(413, PROBLEM.tooLarge, 'Request body too large', { detail: `Bodies are limited to ${maxBytes} bytes.` });

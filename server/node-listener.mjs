// The thin adapter between Node's http module and the Web-standard handler: an
// IncomingMessage becomes a Request, the Response is streamed back (event streams included),
// and a client that goes away cancels what it was waiting for.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * @param {(request: Request) => Promise<Response>} handler
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 */
export function toNodeListener(handler) {
  return (req, res) => {
    void answer(handler, req, res).catch((error) => {
      console.error('announcements server: could not answer', error);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  };
}

/**
 * @param {(request: Request) => Promise<Response>} handler
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
async function answer(handler, req, res) {
  const request = toRequest(req);
  if (!request) return void res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request');
  const response = await handler(request);
  await writeResponse(response, res, req);
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @returns {Request | undefined} `undefined` for what a Request cannot carry (e.g. a broken Host).
 */
export function toRequest(req) {
  const headers = new Headers();
  for (let index = 0; index < req.rawHeaders.length; index += 2) headers.append(req.rawHeaders[index], req.rawHeaders[index + 1]);
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  try {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    return new Request(url, {
      method,
      headers,
      body: hasBody ? /** @type {ReadableStream} */ (Readable.toWeb(req)) : undefined,
      // @ts-expect-error Node's fetch needs `duplex` for a streamed body; the DOM types lack it.
      duplex: 'half',
    });
  } catch {
    return undefined;
  }
}

/**
 * @param {Response} response
 * @param {import('node:http').ServerResponse} res
 * @param {import('node:http').IncomingMessage} req
 */
export async function writeResponse(response, res, req) {
  /** @type {Record<string, string | string[]>} */
  const headers = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  // A body left unread (refused as too large, say) would be parsed as the next request.
  if (!req.complete) headers.connection = 'close';
  res.writeHead(response.status, headers);
  if (!response.body) return void res.end();
  // Headers go out at once: an event stream's client must not wait for the first event.
  res.flushHeaders();
  const body = Readable.fromWeb(/** @type {import('node:stream/web').ReadableStream} */ (response.body));
  await pipeline(body, res).catch(() => res.destroy());
}

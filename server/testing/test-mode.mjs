// The server as browser tests drive it: independent collections side by side at
// `/api/<collection>/announcements` (each test gets its own tenant), scripted network faults
// per collection, raw seeding, and `/api/__info`. Never enabled in production (`--faults`).
import { FaultPlan } from './fault-plan.mjs';
import { toRequest, writeResponse } from '../node-listener.mjs';

/** `/api/announcements` is the collection `default`; `/api/<collection>/announcements` any other. */
const ROUTE = /^\/api\/(?:([A-Za-z0-9_-]{1,80})\/)?announcements(\/[^?]*)?(\?.*)?$/;

/** The collection each rewritten request belongs to, read by {@link authorizeByCollection}. */
const collectionOf = new WeakMap();

/**
 * Every caller is staff of the collection named in the path, or, with `X-Test-Client: <user>`
 * (and `X-Test-Tags: a,b`), that client of it: right for tests, wrong anywhere else.
 * @type {import('../authorize.mjs').Authorize}
 */
export function authorizeByCollection(request) {
  const tenant = collectionOf.get(request) ?? 'default';
  const user = request.headers.get('x-test-client');
  if (user === null) return { tenant, role: 'staff', user: 'test' };
  return { tenant, role: 'client', user, tags: (request.headers.get('x-test-tags') ?? '').split(',').filter(Boolean) };
}

/**
 * @param {Awaited<ReturnType<typeof import('../service.mjs').createAnnouncementsService>>} service
 * @param {() => string} ownOrigin
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 */
export function testModeListener(service, ownOrigin) {
  const faults = new FaultPlan();
  return (req, res) => {
    void answer(req, res).catch((error) => {
      console.error('announcements test server:', error);
      res.destroy();
    });
  };

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function answer(req, res) {
    const method = req.method ?? 'GET';
    const cors = { 'Access-Control-Allow-Origin': '*' };
    if (req.url === '/api/__info' && method === 'GET') return sendJson(res, 200, { url: ownOrigin() }, cors);
    const match = ROUTE.exec(req.url ?? '');
    if (!match) return forward(req, res, undefined);
    const collection = match[1] ?? 'default';
    const rest = match[2] ?? '';
    if (rest === '/__faults' && method === 'GET') return sendJson(res, 200, faults.get(collection), cors);
    if (rest === '/__faults' && method === 'POST') {
      const body = await readAnyJson(req);
      const applied = faults.set(collection, body);
      if (body.dropEvents === true) service.streams.drop(collection);
      return sendJson(res, 200, applied, cors);
    }
    if (rest === '/__seed' && method === 'POST') {
      const records = (await readAnyJson(req)).records;
      await service.store.seed(collection, Array.isArray(records) ? records : []);
      return sendJson(res, 200, { seeded: Array.isArray(records) ? records.length : 0 }, cors);
    }

    const eventStream = rest === '/events' && method === 'GET';
    const plan = faults.get(collection);
    const delay = method === 'OPTIONS' ? 0 : faults.delayOf(collection, method, { eventStream });
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    const fault = method === 'OPTIONS' ? undefined : faults.take(collection, method, { eventStream });
    if (fault === 'drop') return void req.socket.destroy();
    if (eventStream && plan.silentEvents) {
      // Headers go out, the events never do: what a buffering proxy in between looks like.
      res.writeHead(200, { ...cors, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache' });
      return void res.flushHeaders();
    }
    if (fault === 'fail') {
      const headers = { ...cors, 'Content-Type': 'application/problem+json', ...(plan.retryAfter === undefined ? {} : { 'Retry-After': String(plan.retryAfter) }) };
      res.writeHead(plan.status ?? 503, headers);
      return res.end(JSON.stringify({ type: 'urn:portal-announcements:problem:unavailable', title: 'Injected failure', status: plan.status ?? 503 }));
    }
    if (fault === 'malformed') {
      res.writeHead(200, { ...cors, 'Content-Type': 'application/json' });
      return res.end('[{"id": "truncated", "title": ');
    }
    req.url = `/api/announcements${rest}${match[3] ?? ''}`;
    return forward(req, res, collection, fault === 'lose-answer');
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string | undefined} collection
   * @param {boolean} [loseAnswer] Carry the request out, then break the connection before the answer.
   */
  async function forward(req, res, collection, loseAnswer = false) {
    const request = toRequest(req);
    if (!request) return void res.writeHead(400).end();
    if (collection) collectionOf.set(request, collection);
    const response = await service.handler(request);
    if (loseAnswer) {
      await response.body?.cancel();
      return void req.socket.destroy();
    }
    await writeResponse(response, res, req);
  }
}

/**
 * The test endpoints accept JSON whatever its declared type.
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<Record<string, any>>}
 */
async function readAnyJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  try {
    const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    return parsed && typeof parsed === 'object' ? parsed : {};
  } catch {
    return {};
  }
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} headers
 */
function sendJson(res, status, body, headers) {
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

// The reference implementation of the announcements HTTP contract (openapi.yaml): what a
// portal backend must do for the RestAdapter, small enough to read in one sitting.
import { createServer } from 'node:http';
import { loadWriteRules } from './rules.mjs';
import { JsonFileStore } from './store.mjs';
import { EventStreams } from './event-stream.mjs';
import { FaultPlan } from './faults.mjs';
import { BadRequestError, PROBLEM, entityTags, quoteTag, readJson, sendJson, sendProblem } from './http.mjs';

/**
 * @typedef {object} ReferenceServerOptions
 * @property {string} [dataFile] JSON file that keeps the data across restarts; memory only when absent.
 * @property {string} [corsOrigin] `*`, or a comma-separated list of origins allowed to call with credentials.
 * @property {boolean} [faults] Enables the test-only endpoints `__faults`, `__seed` and `/api/__info`.
 * @property {boolean} [requireIfMatch] Answer 428 to a PUT or DELETE without If-Match (default true).
 */

/** `/api/announcements` is the default collection; `/api/<collection>/announcements` any other. */
const ROUTE = /^\/api\/(?:([A-Za-z0-9_-]{1,80})\/)?announcements(?:\/([^/]+))?\/?$/;

/** The fields of a request body that are the announcement's input; others are ignored. */
const INPUT_FIELDS = ['title', 'body', 'severity', 'publishAt', 'expiresAt'];

/** @param {ReferenceServerOptions} [options] */
export async function createReferenceServer(options = {}) {
  const rules = await loadWriteRules();
  const store = new JsonFileStore(options.dataFile);
  const streams = new EventStreams();
  const faults = new FaultPlan();
  const requireIfMatch = options.requireIfMatch ?? true;
  let ownUrl = '';

  /** @param {import('node:http').IncomingMessage} req */
  function corsHeaders(req) {
    const allowed = options.corsOrigin;
    const origin = req.headers.origin;
    if (!allowed || !origin) return {};
    /** @type {Record<string, string>} */
    const headers = { 'Access-Control-Expose-Headers': 'ETag, Location, Retry-After', Vary: 'Origin' };
    if (allowed === '*') return { ...headers, 'Access-Control-Allow-Origin': '*' };
    if (!allowed.split(',').map((entry) => entry.trim()).includes(origin)) return {};
    return { ...headers, 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true' };
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    const cors = corsHeaders(req);
    if (method === 'OPTIONS') {
      res.writeHead(204, {
        ...cors,
        'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
        'Access-Control-Allow-Headers':
          req.headers['access-control-request-headers'] ?? 'Content-Type, If-Match, If-None-Match, Idempotency-Key, Authorization',
        'Access-Control-Max-Age': '600',
      });
      return res.end();
    }
    if (options.faults && url.pathname === '/api/__info' && method === 'GET') return sendJson(res, 200, { url: ownUrl }, cors);

    const match = ROUTE.exec(url.pathname);
    if (!match) return sendProblem(res, 404, { type: PROBLEM.notFound, title: 'No such resource' }, cors);
    const collection = match[1] ?? 'default';
    const target = match[2] === undefined ? undefined : decodeURIComponent(match[2]);

    if (options.faults && target === '__faults' && method === 'GET') return sendJson(res, 200, faults.get(collection), cors);
    if (options.faults && (target === '__faults' || target === '__seed') && method === 'POST') {
      const body = await readJson(req);
      if (target === '__faults') {
        const applied = faults.set(collection, body);
        if (body.dropEvents === true) streams.drop(collection);
        return sendJson(res, 200, applied, cors);
      }
      // Seeds raw records, unvalidated, so tests can make the server deliver malformed data.
      const records = Array.isArray(body.records) ? body.records : [];
      store.write(collection, (current) => {
        records.forEach((record, index) => (current.records[String(record?.id ?? `seeded-${index}`)] = record));
      });
      streams.publish(collection, store.etag(collection).slice(1, -1), { type: 'resync' });
      return sendJson(res, 200, { seeded: records.length }, cors);
    }

    const eventStream = target === 'events' && method === 'GET';
    const plan = faults.get(collection);
    if (plan.latencyMs && !eventStream) await new Promise((resolve) => setTimeout(resolve, plan.latencyMs));
    const fault = faults.take(collection, method, { eventStream });
    if (fault === 'drop') return void req.socket.destroy();
    if (fault === 'fail') {
      const status = plan.status ?? 503;
      const headers = plan.retryAfter === undefined ? cors : { ...cors, 'Retry-After': String(plan.retryAfter) };
      return sendProblem(res, status, { type: PROBLEM.unavailable, title: 'Injected failure' }, headers);
    }
    if (fault === 'malformed') {
      res.writeHead(200, { ...cors, 'Content-Type': 'application/json' });
      return res.end('[{"id": "truncated", "title": ');
    }
    if (fault === 'lose-answer') {
      // The request is carried out, but the connection breaks before the answer arrives.
      res.writeHead = () => res;
      res.end = () => {
        req.socket.destroy();
        return res;
      };
    }

    if (eventStream) return streams.open(collection, req, res, store.etag(collection).slice(1, -1), cors);
    if (target === undefined && method === 'GET') return listAnnouncements(req, res, collection, cors);
    if (target === undefined && method === 'POST') return createAnnouncement(req, res, collection, cors);
    if (target !== undefined && (method === 'PUT' || method === 'DELETE')) {
      return writeAnnouncement(req, res, collection, target, method, cors);
    }
    if (target !== undefined && method === 'GET') {
      const record = store.collection(collection).records[target];
      if (!record) return sendProblem(res, 404, notFound(target), cors);
      return sendJson(res, 200, record, { ...cors, ETag: quoteTag(record.version) });
    }
    return sendProblem(res, 405, { type: PROBLEM.badRequest, title: 'Method not allowed' }, { ...cors, Allow: 'GET, POST, PUT, DELETE' });
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} collection
   * @param {Record<string, string>} cors
   */
  function listAnnouncements(req, res, collection, cors) {
    const etag = store.etag(collection);
    const headers = { ...cors, ETag: etag };
    const known = entityTags(req.headers['if-none-match']);
    if (known && (known.includes('*') || known.includes(etag.slice(1, -1)))) {
      res.writeHead(304, { ...headers, 'Cache-Control': 'no-cache' });
      return res.end();
    }
    return sendJson(res, 200, Object.values(store.collection(collection).records), headers);
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} collection
   * @param {Record<string, string>} cors
   */
  async function createAnnouncement(req, res, collection, cors) {
    const body = await readJson(req);
    const key = req.headers['idempotency-key'];
    const earlier = typeof key === 'string' ? store.collection(collection).idempotencyKeys[key] : undefined;
    const repeated = earlier === undefined ? undefined : store.collection(collection).records[earlier];
    const location = (/** @type {string} */ id) => `${url(req).pathname.replace(/\/$/, '')}/${encodeURIComponent(id)}`;
    if (repeated) return sendJson(res, 201, repeated, { ...cors, ETag: quoteTag(repeated.version), Location: location(repeated.id) });

    const record = rules.recordToCreate(pickInput(body));
    store.write(collection, (current) => {
      current.records[record.id] = record;
      if (typeof key === 'string') current.idempotencyKeys[key] = record.id;
    });
    streams.publish(collection, store.etag(collection).slice(1, -1), { type: 'created', id: record.id });
    return sendJson(res, 201, record, { ...cors, ETag: quoteTag(record.version), Location: location(record.id) });
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} collection
   * @param {string} id
   * @param {'PUT' | 'DELETE'} method
   * @param {Record<string, string>} cors
   */
  async function writeAnnouncement(req, res, collection, id, method, cors) {
    const body = method === 'PUT' ? await readJson(req) : {};
    const tags = entityTags(req.headers['if-match']);
    if (tags === undefined && requireIfMatch) {
      return sendProblem(
        res,
        428,
        { type: PROBLEM.preconditionRequired, title: 'If-Match is required', detail: 'Send the version you edited, or * for any.' },
        cors,
      );
    }
    const existing = store.collection(collection).records[id];
    // `*` matches any current version; a list of tags matches when the current one is among them.
    const expectedVersion = tags === undefined || tags.includes('*') || (existing && tags.includes(existing.version)) ? existing?.version : tags[0];
    if (method === 'DELETE') {
      rules.checkRemove(id, existing, { expectedVersion });
      store.write(collection, (current) => void delete current.records[id]);
      streams.publish(collection, store.etag(collection).slice(1, -1), { type: 'deleted', id });
      res.writeHead(204, cors);
      return res.end();
    }
    // `notify: false` is a silent edit: clients who closed the old text are not shown it again.
    const record = rules.recordToUpdate(id, existing, pickInput(body), { expectedVersion, notify: body.notify !== false });
    store.write(collection, (current) => void (current.records[id] = record));
    streams.publish(collection, store.etag(collection).slice(1, -1), { type: 'updated', id });
    return sendJson(res, 200, record, { ...cors, ETag: quoteTag(record.version) });
  }

  /** @param {unknown} id */
  const notFound = (id) => ({ type: PROBLEM.notFound, title: 'Announcement not found', detail: `There is no announcement ${id}.` });

  /**
   * The typed errors of the shared write rules, as problem details.
   * @param {unknown} error
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  function answerError(error, req, res) {
    const cors = corsHeaders(req);
    if (res.headersSent) return void res.destroy();
    if (error instanceof rules.ValidationError) {
      return sendProblem(res, 422, { type: PROBLEM.validation, title: 'The announcement is invalid', detail: error.message, errors: error.fieldErrors }, cors);
    }
    if (error instanceof rules.ConflictError) {
      return sendProblem(
        res,
        412,
        { type: PROBLEM.conflict, title: 'The announcement was changed by someone else', detail: error.message, current: error.current },
        { ...cors, ...(error.current ? { ETag: quoteTag(error.current.version) } : {}) },
      );
    }
    if (error instanceof rules.NotFoundError) return sendProblem(res, 404, notFound(decodeURIComponent(url(req).pathname.split('/').pop() ?? '')), cors);
    if (error instanceof BadRequestError) return sendProblem(res, 400, { type: PROBLEM.badRequest, title: 'Bad request', detail: error.message }, cors);
    console.error('reference server: unexpected error', error);
    return sendProblem(res, 500, { type: 'about:blank', title: 'Internal Server Error' }, cors);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => answerError(error, req, res));
  });

  return {
    server,
    store,
    /**
     * @param {number} [port] 0 picks a free port.
     * @param {string} [host]
     * @returns {Promise<string>} The server's origin, e.g. `http://127.0.0.1:8787`.
     */
    listen(port = 0, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = /** @type {import('node:net').AddressInfo} */ (server.address());
          ownUrl = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
          resolve(ownUrl);
        });
      });
    },
    /** @returns {Promise<void>} */
    close() {
      streams.closeAll();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** @param {Record<string, unknown>} body */
function pickInput(body) {
  return /** @type {{ title: string }} */ (Object.fromEntries(INPUT_FIELDS.filter((field) => field in body).map((field) => [field, body[field]])));
}

/** @param {import('node:http').IncomingMessage} req */
function url(req) {
  return new URL(req.url ?? '/', 'http://localhost');
}

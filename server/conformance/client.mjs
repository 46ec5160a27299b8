// HTTP for the checks: every answer is checked against openapi.yaml before a check sees it,
// so a check that passes has also shown the answers it met conform to the contract.
import assert from 'node:assert/strict';

/**
 * A client of the firm the checks may act as: the user id and tags the server knows it by, and
 * the headers that make a request come from it.
 * @typedef {{ user: string, tags: string[], headers: Record<string, string> }} ClientIdentity
 */

export class ContractClient {
  /**
   * @param {{ base: string, staffHeaders: Record<string, string>, clients?: ClientIdentity[], contract: import('./contract.mjs').Contract }} options
   */
  constructor({ base, staffHeaders, clients = [], contract }) {
    this.base = base.replace(/\/$/, '');
    this.staffHeaders = staffHeaders;
    /** Clients to act as; checks that need them are skipped without. */
    this.clients = clients;
    this.contract = contract;
    /** Ids created by the checks, deleted at the end. */
    this.created = new Set();
  }

  /**
   * Sends a request as staff (unless `asStaff` is false) and checks the answer.
   * @param {import('./contract.mjs').OperationId} operationId
   * @param {string} path Appended to the base URL.
   * @param {RequestInit & { asStaff?: boolean }} [init]
   * @returns {Promise<{ response: Response, body: any }>}
   */
  async send(operationId, path = '', init = {}) {
    const { asStaff = true, ...request } = init;
    const headers = { ...(asStaff ? this.staffHeaders : {}), ...(/** @type {Record<string, string>} */ (request.headers) ?? {}) };
    const response = await fetch(`${this.base}${path}`, { ...request, headers });
    const text = request.method === 'HEAD' ? '' : await response.text();
    let body;
    if (text && /json/.test(response.headers.get('content-type') ?? '')) {
      try {
        body = JSON.parse(text);
      } catch {
        assert.fail(`${operationId} ${response.status}: the body is not JSON: ${text.slice(0, 200)}`);
      }
    }
    const problems = request.method === 'HEAD' ? [] : this.contract.check(operationId, response, body);
    assert.deepEqual(problems, [], `${request.method ?? 'GET'} ${path || '/'}: the answer breaks the contract`);
    assert.ok(response.status < 500, `${request.method ?? 'GET'} ${path || '/'} answered ${response.status}: ${text.slice(0, 300)}`);
    return { response, body };
  }

  /**
   * Creates an announcement and remembers it for clean-up.
   * @param {Record<string, unknown>} input
   * @param {Record<string, string>} [headers]
   */
  async create(input, headers = {}) {
    const { response, body } = await this.send('createAnnouncement', '', json('POST', input, headers));
    assert.equal(response.status, 201, `POST ${JSON.stringify(input).slice(0, 200)} answered ${response.status}: ${JSON.stringify(body)}`);
    this.created.add(body.id);
    return { response, record: body };
  }

  /**
   * The list, whichever of the two shapes the server uses; as staff, or as `who` (a client).
   * @param {ClientIdentity} [who]
   * @param {Record<string, string>} [headers]
   */
  async list(who, headers = {}) {
    const { response, body } = await this.send('listAnnouncements', '', who ? { asStaff: false, headers: { ...who.headers, ...headers } } : { headers });
    assert.equal(response.status, 200);
    return { response, records: /** @type {any[]} */ (Array.isArray(body) ? body : body.items) };
  }

  /** @param {string} id */
  path(id) {
    return `/${encodeURIComponent(id)}`;
  }

  /** Deletes everything the checks created. */
  async cleanUp() {
    for (const id of this.created) {
      await fetch(`${this.base}${this.path(id)}`, { method: 'DELETE', headers: { ...this.staffHeaders, 'If-Match': '*' } }).catch(() => {});
    }
    this.created.clear();
  }
}

/**
 * A JSON request.
 * @param {string} method
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
export function json(method, body, headers = {}) {
  return { method, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

/** An instant `days` from now, as the server would store it. */
export const daysFromNow = (/** @type {number} */ days) => new Date(Date.now() + days * 86_400_000).toISOString();

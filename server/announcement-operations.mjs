// What each request of the contract does, once the handler has routed and authorized it.
import { HttpProblem, PROBLEM } from './http/http-problem.mjs';
import { acceptedVersions, noneMatchHits, parseEntityTagCondition, quoteTag } from './http/entity-tags.mjs';
import { readJsonObject } from './http/request-body.mjs';
import { emptyResponse, jsonResponse } from './http/responses.mjs';
import { idempotencyKeyOf, requestFingerprint } from './idempotency.mjs';
import { listTagFor, viewerOf } from './audience.mjs';
import { forViewer } from './store/announcement-store.mjs';

/** The fields of a request body that are the announcement's input; others are ignored. */
const INPUT_FIELDS = ['title', 'body', 'severity', 'publishAt', 'expiresAt', 'language', 'variants', 'audience', 'dismissal'];

/**
 * @typedef {object} OperationContext
 * @property {Request} request
 * @property {import('./authorize.mjs').Principal} principal
 * @property {import('./store/announcement-store.mjs').AnnouncementStore} store
 * @property {import('./events/event-streams.mjs').EventStreams} streams
 * @property {import('./rules.mjs').WriteRules} rules
 * @property {Record<string, string>} headers Sent with the answer (CORS).
 * @property {boolean} requireIfMatch
 * @property {number} maxBodyBytes
 * @property {((tenant: string) => Promise<import('./rules.mjs').DirectoryClient[] | undefined>) | undefined} clients The tenant's client directory, for receipt summaries.
 */

/** @param {OperationContext} context */
export async function listAnnouncements({ request, principal, store, headers }) {
  const known = parseEntityTagCondition(request.headers.get('if-none-match'), 'If-None-Match');
  const viewer = viewerOf(principal);
  // The 304 path reads the tenant's revision only, never the records.
  if (known) {
    const tag = await listTagFor(await store.listTag(principal.tenant), viewer);
    if (noneMatchHits(known, tag)) return emptyResponse(304, { ...headers, ETag: quoteTag(tag), 'Cache-Control': 'no-cache' });
  }
  const { tag, json } = await store.list(principal.tenant, viewer);
  return jsonResponse(200, json, { ...headers, ETag: quoteTag(await listTagFor(tag, viewer)) });
}

/**
 * @param {OperationContext} context
 * @param {string} id
 */
export async function getAnnouncement({ request, principal, store, rules, headers }, id) {
  const known = parseEntityTagCondition(request.headers.get('if-none-match'), 'If-None-Match');
  const record = await visibleRecord(store, rules, principal, id);
  const etag = quoteTag(String(record.version));
  if (noneMatchHits(known, String(record.version))) return emptyResponse(304, { ...headers, ETag: etag, 'Cache-Control': 'no-cache' });
  const viewer = viewerOf(principal);
  return jsonResponse(200, viewer ? forViewer(record, viewer) : record, { ...headers, ETag: etag });
}

/**
 * The record if the principal may see it; 404 otherwise, also when it exists but is meant for
 * other clients (a client must not learn that it exists).
 * @param {OperationContext['store']} store
 * @param {OperationContext['rules']} rules
 * @param {OperationContext['principal']} principal
 * @param {string} id
 */
export async function visibleRecord(store, rules, principal, id) {
  const record = await store.get(principal.tenant, id);
  const viewer = viewerOf(principal);
  if (!record || (viewer && !rules.isInAudience(record.audience ?? { kind: 'all' }, viewer))) throw notFound(id);
  return record;
}

/** @param {OperationContext} context */
export async function createAnnouncement({ request, principal, store, rules, headers, maxBodyBytes }) {
  const key = idempotencyKeyOf(request);
  const body = await readJsonObject(request, maxBodyBytes);
  const input = pickInput(body);
  const idempotency = key === undefined ? undefined : { key, fingerprint: await requestFingerprint(request, body) };
  // A replay of the same request is answered from the store; anything else is validated first.
  const { record, replayed } = await store.create(
    principal.tenant,
    () => {
      assertValid(rules, input, { now: Date.now() });
      return rules.recordToCreate(input);
    },
    idempotency,
  );
  const location = `${new URL(request.url).pathname.replace(/\/$/, '')}/${encodeURIComponent(record.id)}`;
  return jsonResponse(201, record, { ...headers, ETag: quoteTag(record.version), Location: location, ...(replayed ? { 'Idempotent-Replayed': 'true' } : {}) });
}

/**
 * @param {OperationContext} context
 * @param {string} id
 */
export async function updateAnnouncement(context, id) {
  const { request, principal, store, rules, headers, maxBodyBytes } = context;
  const accepted = writePrecondition(context);
  const body = await readJsonObject(request, maxBodyBytes);
  const input = pickInput(body);
  assertValid(rules, input);
  // `notify: false` is a silent edit: clients who closed the old text are not shown it again.
  const notify = body.notify !== false;
  const record = await store.update(principal.tenant, id, accepted, (existing) => {
    // A date in the past is refused when it is set, not when an old announcement is edited.
    const expiresAt = typeof input.expiresAt === 'string' ? rules.normalizeInstant(input.expiresAt) : null;
    if (expiresAt !== null && expiresAt !== existing.expiresAt) assertValid(rules, input, { now: Date.now() });
    return rules.recordToUpdate(id, existing, input, { notify });
  });
  return jsonResponse(200, record, { ...headers, ETag: quoteTag(record.version) });
}

/**
 * @param {OperationContext} context
 * @param {string} id
 */
export async function deleteAnnouncement(context, id) {
  await context.store.remove(context.principal.tenant, id, writePrecondition(context));
  return emptyResponse(204, context.headers);
}

/** @param {OperationContext} context */
export async function openEvents({ request, principal, store, streams, headers }) {
  const tag = await store.listTag(principal.tenant);
  return streams.open(principal.tenant, request.headers.get('last-event-id'), tag, headers, { staff: principal.role === 'staff' });
}

/**
 * The versions a PUT or DELETE may replace, from If-Match; 428 without it (unless configured off).
 * @param {OperationContext} context
 */
function writePrecondition({ request, requireIfMatch }) {
  const condition = parseEntityTagCondition(request.headers.get('if-match'), 'If-Match');
  if (condition) return acceptedVersions(condition);
  if (!requireIfMatch) return undefined;
  throw new HttpProblem(428, PROBLEM.preconditionRequired, 'If-Match is required', { detail: 'Send the version you edited as "<version>", or * for any.' });
}

/**
 * @param {import('./rules.mjs').WriteRules} rules
 * @param {Record<string, unknown>} input
 * @param {{ now?: number }} [options]
 */
function assertValid(rules, input, options = {}) {
  const errors = rules.validateInput(input, options);
  if (Object.keys(errors).length > 0) throw new rules.ValidationError(errors);
}

/** @param {string} id */
export const notFound = (id) => new HttpProblem(404, PROBLEM.notFound, 'Announcement not found', { detail: `There is no announcement ${id}.` });

/** @param {Record<string, unknown>} body */
function pickInput(body) {
  return /** @type {{ title: string } & Record<string, unknown>} */ (
    Object.fromEntries(INPUT_FIELDS.filter((field) => Object.hasOwn(body, field)).map((field) => [field, body[field]]))
  );
}

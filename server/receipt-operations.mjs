// Read receipts: clients report what they were shown and opened; staff read the counts.
import { HttpProblem, PROBLEM, badRequest } from './http/http-problem.mjs';
import { readJsonObject } from './http/request-body.mjs';
import { emptyResponse, jsonResponse } from './http/responses.mjs';
import { viewerOf } from './audience.mjs';
import { visibleRecord } from './announcement-operations.mjs';

/** At most this many receipts per request; the elements send far fewer. */
export const RECEIPTS_MAX = 100;

const KINDS = ['seen', 'opened'];

/**
 * `POST {base}/receipts`: stores the calling client's receipts, once per user, revision and
 * kind. Receipts of unknown announcements, of revisions that are not current, or of
 * announcements not meant for the client are ignored; staff previews are not counted.
 * @param {import('./announcement-operations.mjs').OperationContext} context
 */
export async function recordReceipts({ request, principal, store, rules, headers, maxBodyBytes }) {
  const receipts = readReceipts(await readJsonObject(request, maxBodyBytes));
  const viewer = viewerOf(principal);
  // The user comes from the credentials only; a client without a user id cannot be counted.
  if (viewer?.user !== undefined && receipts.length > 0) {
    await store.recordReceipts(principal.tenant, viewer.user, receipts, (record, receipt) => {
      const current = Date.parse(record.revisedAt) === Date.parse(receipt.revisedAt);
      return current && rules.isInAudience(record.audience ?? { kind: 'all' }, viewer);
    });
  }
  return emptyResponse(204, headers);
}

/**
 * `GET {base}/{id}/receipts` (staff only): how far the current revision reached.
 * @param {import('./announcement-operations.mjs').OperationContext} context
 * @param {string} id
 */
export async function receiptSummary({ principal, store, rules, clients, headers }, id) {
  if (principal.role !== 'staff') throw new HttpProblem(403, PROBLEM.forbidden, 'Only staff may read receipts');
  const record = await visibleRecord(store, rules, principal, id);
  const [receipts, directory] = await Promise.all([store.receipts(principal.tenant, id, record.revisedAt), clients?.(principal.tenant)]);
  const summary = rules.summarizeReceipts({ ...record, audience: record.audience ?? { kind: 'all' } }, receipts, directory);
  return jsonResponse(200, summary, headers);
}

/**
 * @param {Record<string, unknown>} body
 * @returns {{ id: string, revisedAt: string, kind: 'seen' | 'opened' }[]}
 */
function readReceipts(body) {
  const { receipts } = body;
  if (!Array.isArray(receipts)) throw badRequest('The body must be { "receipts": [...] }.');
  if (receipts.length > RECEIPTS_MAX) throw badRequest(`At most ${RECEIPTS_MAX} receipts per request.`);
  return receipts.map((entry, index) => {
    const { id, revisedAt, kind } = typeof entry === 'object' && entry !== null ? entry : {};
    const valid = typeof id === 'string' && id.length > 0 && id.length <= 200 && typeof revisedAt === 'string' && revisedAt.length <= 64 && !Number.isNaN(Date.parse(revisedAt)) && KINDS.includes(kind);
    if (!valid) throw badRequest(`receipts[${index}] must be { "id", "revisedAt" (an instant), "kind": "seen" | "opened" }.`);
    return { id, revisedAt, kind };
  });
}

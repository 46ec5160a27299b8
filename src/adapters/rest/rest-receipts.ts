import type { Receipt } from '../../model/receipts.js';
import type { ReceiptOptions } from '../types.js';
import type { HttpResult } from './http.js';
import type { RestWriteTarget } from './rest-writes.js';

/** What sending receipts needs of its `RestAdapter`: the request plumbing, and the typed error for a refusal. */
export type ReceiptTarget = Pick<RestWriteTarget, 'baseUrl' | 'requestHeaders' | 'send'> & { errorFor(result: HttpResult, method: string): Promise<Error> };

/** The most receipts the reference server takes in one request. */
const RECEIPTS_PER_REQUEST = 100;

/**
 * `POST {baseUrl}/receipts` as JSON (never a `text/plain` beacon, so the server's JSON-only rule
 * against cross-site requests holds), in requests of at most 100; the server takes the user
 * from the credentials. With `unloading` each request is sent with `keepalive`, so it
 * outlives the page. Part of the adapter's main module, not of the lazily loaded writes: a
 * page left before its first batch went out has no time left to load code.
 */
export async function recordReceipts(target: ReceiptTarget, receipts: Receipt[], options: ReceiptOptions = {}): Promise<void> {
  for (let start = 0; start < receipts.length; start += RECEIPTS_PER_REQUEST) {
    const body = JSON.stringify({ receipts: receipts.slice(start, start + RECEIPTS_PER_REQUEST) });
    const headers = await target.requestHeaders(true);
    // Recording a receipt twice counts once, so the request may be retried.
    const result = await target.send({ method: 'POST', url: `${target.baseUrl}/receipts`, headers, body, idempotent: true, keepalive: options.unloading });
    if (result.status < 200 || result.status >= 300) throw await target.errorFor(result, 'POST');
  }
}

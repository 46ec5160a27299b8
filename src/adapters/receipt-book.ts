import type { Receipt, StoredReceipt } from '../model/receipts.js';

/** One announcement's receipts, keyed so that the same user, revision and kind is stored once. */
export type ReceiptMap = Record<string, StoredReceipt>;

/**
 * `map` with `receipt` of `user` (`"anonymous"` when the page named none); recording a receipt
 * twice keeps one.
 */
export const withReceipt = (map: ReceiptMap | undefined, { id, revisedAt, kind }: Receipt, user = 'anonymous'): ReceiptMap => ({
  ...map,
  [JSON.stringify([user, revisedAt, kind])]: { id, revisedAt, kind, user },
});

import { readLocalJson, removeLocalJson, writeLocalJson } from '../internal/storage/local-json.js';
import type { Receipt } from '../model/receipts.js';

/** A receipt with the user it came from; without one it counts as `"anonymous"`. */
export type SpooledReceipt = Receipt & { user?: string };

/**
 * Receipts sent while the page is being left wait in `localStorage`, which writes at once:
 * IndexedDB does not finish writes started then. These two keep and take them; both are
 * quiet (`false`, none) when storage is refused.
 */
export function spoolReceipts(key: string, receipts: readonly SpooledReceipt[]): boolean {
  return writeLocalJson(key, receipts);
}

/** The receipts kept under `key`, removed from there; stored text is read like any foreign source. */
export function takeSpooledReceipts(key: string): SpooledReceipt[] {
  const stored = readLocalJson(key);
  if (stored !== undefined) removeLocalJson(key);
  return (Array.isArray(stored) ? stored : []).filter(
    (each: Partial<SpooledReceipt> | null) =>
      typeof each?.id === 'string' && typeof each.revisedAt === 'string' && (each.kind === 'seen' || each.kind === 'opened') && ['string', 'undefined'].includes(typeof each.user),
  );
}

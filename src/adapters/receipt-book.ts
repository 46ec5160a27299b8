import type { Announcement } from '../model/announcement.js';
import type { DirectoryClient } from '../model/directory.js';
import { NotFoundError } from '../model/errors.js';
import { summarizeReceipts, type Receipt, type ReceiptSummary, type StoredReceipt } from '../model/receipts.js';

/**
 * The firm's clients, for a receipt summary's audience size and who has not opened an
 * announcement: a list, or a function that fetches it when a summary is asked for.
 */
export type ClientsSource = readonly DirectoryClient[] | (() => Promise<readonly DirectoryClient[]>);

/** One announcement's receipts, keyed so that the same user, revision and kind is stored once. */
export type ReceiptMap = Record<string, StoredReceipt>;

/** The user receipts are stored for when the page named none. */
export const receiptUser = (user: string | undefined) => user || 'anonymous';

/** The receipts by announcement id, each as stored for `user`. */
export function receiptsById(receipts: readonly Receipt[], user: string): Map<string, StoredReceipt[]> {
  const byId = new Map<string, StoredReceipt[]>();
  for (const { id, revisedAt, kind } of receipts) byId.set(id, [...(byId.get(id) ?? []), { id, revisedAt, kind, user }]);
  return byId;
}

/** `map` with `added`; recording a receipt twice (same user, revision and kind) keeps one. */
export function withReceipts(map: ReceiptMap | undefined, added: readonly StoredReceipt[]): ReceiptMap {
  const next = { ...map };
  for (const receipt of added) next[JSON.stringify([receipt.user, receipt.revisedAt, receipt.kind])] = receipt;
  return next;
}

/** The summary of `announcement`'s current revision; `NotFoundError` when there is none. */
export async function summarize(
  id: string,
  announcement: Announcement | undefined,
  receipts: ReceiptMap | undefined,
  clients: ClientsSource | undefined,
): Promise<ReceiptSummary> {
  if (!announcement) throw new NotFoundError(id);
  const directory = typeof clients === 'function' ? await clients() : clients;
  return summarizeReceipts(announcement, Object.values(receipts ?? {}), directory);
}

import type { Announcement } from '../model/announcement.js';
import type { DirectoryClient } from '../model/directory.js';
import { NotFoundError } from '../model/errors.js';
import { summarizeReceipts, type ReceiptSummary } from '../model/receipts.js';
import type { ReceiptMap } from './receipt-book.js';

/**
 * The firm's clients, for a receipt summary's audience size and who has not opened an
 * announcement: a list, or a function that fetches it when a summary is asked for.
 */
export type ClientsSource = readonly DirectoryClient[] | (() => Promise<readonly DirectoryClient[]>);

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

import type { Announcement, Audience } from './announcement.js';
import { isInAudience } from './audience.js';
import type { DirectoryClient } from './directory.js';

/** What a client did with an announcement: it was shown to them, or they opened it in full. */
export type ReceiptKind = 'seen' | 'opened';

/** One client's impression or open of one revision (the `revisedAt` the client was shown). */
export interface Receipt {
  id: string;
  revisedAt: string;
  kind: ReceiptKind;
}

/** A receipt as a store keeps it: with the user it came from. */
export interface StoredReceipt extends Receipt {
  user: string;
}

/**
 * How far an announcement's current revision reached ("Seen by 34 of 40 · opened by 12").
 * Counts are unique users; an open counts as seen too.
 */
export interface ReceiptSummary {
  id: string;
  revisedAt: string;
  /** How many clients the audience holds, when the source knows the firm's clients; else `null`. */
  audienceSize: number | null;
  seen: number;
  opened: number;
  /** Clients of the audience who have not opened this revision, when known; else `null`. */
  notOpened: string[] | null;
}

/** The clients of a directory that an audience includes. */
export function audienceMembers(audience: Audience, clients: readonly DirectoryClient[]): DirectoryClient[] {
  return clients.filter((client) => isInAudience(audience, { user: client.id, tags: client.tags }));
}

/**
 * Counts the receipts of the announcement's current revision. `clients` (the firm's whole
 * directory) makes the audience's size and who has not opened it known; receipts of users
 * outside the audience (it may have been narrowed since) are not counted.
 */
export function summarizeReceipts(
  announcement: Announcement,
  receipts: readonly StoredReceipt[],
  clients?: readonly DirectoryClient[],
): ReceiptSummary {
  const members = clients && new Set(audienceMembers(announcement.audience, clients).map((client) => client.id));
  const seen = new Set<string>();
  const opened = new Set<string>();
  for (const receipt of receipts) {
    if (receipt.id !== announcement.id || receipt.revisedAt !== announcement.revisedAt) continue;
    if (members && !members.has(receipt.user)) continue;
    seen.add(receipt.user);
    if (receipt.kind === 'opened') opened.add(receipt.user);
  }
  return {
    id: announcement.id,
    revisedAt: announcement.revisedAt,
    audienceSize: members ? members.size : null,
    seen: seen.size,
    opened: opened.size,
    notOpened: members ? [...members].filter((user) => !opened.has(user)) : null,
  };
}

import type { Announcement, AnnouncementInput } from '../model/announcement.js';
import type { Receipt, ReceiptSummary } from '../model/receipts.js';

export interface ListOptions {
  signal?: AbortSignal;
}

export interface UpdateOptions {
  /** The `version` the writer last read; a different current version is a `ConflictError`. */
  expectedVersion?: string;
  /** `true` (default): clients see the revised banner again. `false`: a silent fix. */
  notify?: boolean;
}

export interface RemoveOptions {
  expectedVersion?: string;
}

/**
 * Where announcements come from. Only `list` is required, so a read-only source for the
 * client pages is a valid adapter; the editor needs the write methods.
 *
 * Errors are typed: `ValidationError`, `ConflictError`, `NotFoundError`,
 * `AdapterUnavailableError` (see `model/errors`).
 */
export interface AnnouncementAdapter {
  list(options?: ListOptions): Promise<Announcement[]>;
  create?(input: AnnouncementInput): Promise<Announcement>;
  update?(id: string, input: AnnouncementInput, options?: UpdateOptions): Promise<Announcement>;
  remove?(id: string, options?: RemoveOptions): Promise<void>;
  /** Calls `onChange` whenever the list may have changed; returns the unsubscribe function. */
  subscribe?(onChange: () => void): () => void;
  /**
   * Read receipts, optional: records that the signed-in client saw or opened announcements.
   * The elements batch them; `user` is the page's user (a server takes the user from the
   * request's credentials instead). Recording the same receipt twice counts once.
   */
  recordReceipts?(receipts: Receipt[], options?: ReceiptOptions): Promise<void>;
  /** For staff: how far the announcement's current revision reached. */
  receiptSummary?(id: string, options?: ListOptions): Promise<ReceiptSummary>;
  /**
   * `true`: the source already returns only what the signed-in client may see (a server that
   * enforces audiences); the elements do not filter again by `user` and `userTags`.
   */
  readonly enforcesAudience?: boolean;
}

export interface ReceiptOptions {
  /** Whose receipts these are, for adapters that cannot tell from credentials. */
  user?: string;
  /** Set while the page unloads: send in a way that survives it (`keepalive`, `sendBeacon`). */
  unloading?: boolean;
}

/** An adapter that implements every write method. */
export type WritableAnnouncementAdapter = Required<Pick<AnnouncementAdapter, 'create' | 'update' | 'remove'>> &
  AnnouncementAdapter;

export function isWritable(adapter: AnnouncementAdapter): adapter is WritableAnnouncementAdapter {
  return typeof adapter.create === 'function' && typeof adapter.update === 'function' && typeof adapter.remove === 'function';
}

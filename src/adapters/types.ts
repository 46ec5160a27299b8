import type { Announcement, AnnouncementInput } from '../model/announcement.js';

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
}

/** An adapter that implements every write method. */
export type WritableAnnouncementAdapter = Required<Pick<AnnouncementAdapter, 'create' | 'update' | 'remove'>> &
  AnnouncementAdapter;

export function isWritable(adapter: AnnouncementAdapter): adapter is WritableAnnouncementAdapter {
  return typeof adapter.create === 'function' && typeof adapter.update === 'function' && typeof adapter.remove === 'function';
}

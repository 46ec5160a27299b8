/** How prominently an announcement is shown; also decides the order of several visible ones. */
export type Severity = 'info' | 'success' | 'warning' | 'critical';

export const SEVERITIES: readonly Severity[] = ['info', 'success', 'warning', 'critical'];

/** One announcement as every adapter delivers it and every element renders it. */
export interface Announcement {
  id: string;
  /** Plain text, 1-200 characters after trimming. */
  title: string;
  /** The description: Markdown, may be empty, at most 20,000 characters. */
  body: string;
  severity: Severity;
  /** ISO 8601 instant; `null` means visible as soon as it is saved. */
  publishAt: string | null;
  /** ISO 8601 instant after which it is removed ("Remove announcement after"); `null` = never. */
  expiresAt: string | null;
  createdAt: string;
  updatedAt: string;
  /**
   * The last change clients must be told about: the creation, or an edit that re-notifies.
   * A client's "closed" or "read" state is kept per (id, revisedAt), so a re-notifying edit
   * shows the banner again and a silent edit does not.
   */
  revisedAt: string;
  /** Opaque concurrency token, new on every write. */
  version: string;
}

/** The part of an announcement that its author edits. */
export interface AnnouncementInput {
  title: string;
  body?: string;
  severity?: Severity;
  publishAt?: string | null;
  expiresAt?: string | null;
}

export const TITLE_MAX_LENGTH = 200;
export const BODY_MAX_LENGTH = 20_000;

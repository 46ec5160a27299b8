/** How prominently an announcement is shown; also decides the order of several visible ones. */
export type Severity = 'info' | 'success' | 'warning' | 'critical';

export const SEVERITIES: readonly Severity[] = ['info', 'success', 'warning', 'critical'];

/**
 * How a client may put an announcement away:
 * - `session`: closed or read, it stays hidden until the next login (the default);
 * - `once`: closed or read once, it stays hidden for that user for good;
 * - `never`: it has no Close button and shows until it expires or is deleted.
 */
export type DismissalMode = 'session' | 'once' | 'never';

export const DISMISSAL_MODES: readonly DismissalMode[] = ['session', 'once', 'never'];

/**
 * Who sees an announcement: every client, clients with at least one of some tags, or named
 * clients (by the user id the portal gives the elements and the server's `authorize`).
 */
export type Audience = { kind: 'all' } | { kind: 'tags'; tags: string[] } | { kind: 'clients'; clients: string[] };

/** The title and description in one more language. */
export interface AnnouncementVariant {
  /** A BCP 47 language tag in canonical case, e.g. `de` or `en-GB`. */
  language: string;
  title: string;
  body: string;
}

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
  /** The language `title` and `body` are written in (BCP 47); `null` when the author did not say. */
  language: string | null;
  /** The same announcement in other languages; clients see the one for their language. */
  variants: AnnouncementVariant[];
  /** Who sees it; `{ kind: 'all' }` for records written before audiences existed. */
  audience: Audience;
  /** How clients may dismiss it; `session` for records written before the choice existed. */
  dismissal: DismissalMode;
}

/** The part of an announcement that its author edits. */
export interface AnnouncementInput {
  title: string;
  body?: string;
  severity?: Severity;
  publishAt?: string | null;
  expiresAt?: string | null;
  language?: string | null;
  /** Each variant's `body` may be left out (empty). */
  variants?: Array<{ language: string; title: string; body?: string }>;
  audience?: Audience;
  dismissal?: DismissalMode;
}

export const TITLE_MAX_LENGTH = 200;
export const BODY_MAX_LENGTH = 20_000;
/** At most this many variants besides the default language. */
export const VARIANTS_MAX = 20;
/** At most this many tags or named clients in an audience. */
export const AUDIENCE_MAX = 1_000;
/** A tag or client id is 1-200 characters. */
export const AUDIENCE_ENTRY_MAX_LENGTH = 200;

import type { Announcement } from '../model/announcement.js';
import type { KeyValueStore } from '../internal/storage/safe-store.js';
import { ChangeSource } from './change-source.js';
import { forgetSessionStore, sessionStore } from './session-store.js';
import { readSnapshot, writeSnapshot } from './snapshot.js';

/** Whose state: the portal's user id and login session id, both opaque strings. */
export interface SessionIdentity {
  user: string;
  session: string;
}

/** Why an announcement is hidden for the rest of a session. */
export type HideReason = 'close' | 'read-more';

/**
 * What one user did in one login session. Maps announcement id -> the `revisedAt` acted on
 * (normalised instants, so the later revision is the greater string). The stored record also
 * says when it was last written (`touchedAt`), so that old sessions can be pruned.
 */
interface Session {
  hidden: Revisions;
  shown: Revisions;
}

/** Announcement id -> `revisedAt`. */
type Revisions = Record<string, string>;

const CHANNEL_NAME = 'portal-announcements-state';

/**
 * The client's per-session memory: which announcements were closed or read in this login
 * session (hidden until the next login, or until a re-notifying edit; for good when they may
 * be dismissed `once`), which were already
 * shown (the impression event fires once), and which the user ever opened (the home list's
 * "New" marker). Shared by tabs through IndexedDB and a BroadcastChannel.
 *
 * The closed ones are also kept in a synchronous copy (`snapshot.ts`), written through on
 * every change, so that the next page's banner can decide on its first render; IndexedDB is
 * read after that and only ever adds to what the copy said. With a copy, reading IndexedDB and
 * opening the channel wait a task, until the elements connecting now have rendered from it
 * (see `AnnouncementFeed`).
 */
export class SessionState extends ChangeSource {
  private session: Session;
  /** Announcement id -> `revisedAt` of the revision this user opened, across sessions. */
  private read: Revisions = {};
  private channel: BroadcastChannel | undefined;
  /** Whether the stored state was read. */
  isReady = false;
  /** Whether the closed announcements of this session are known: from storage, or its copy. */
  canDecide: boolean;
  /** Settles when the stored state is known; until then the list waits for it. */
  readonly ready: Promise<void>;

  constructor(
    readonly identity: SessionIdentity,
    private readonly store: KeyValueStore,
  ) {
    super();
    const copy = readHiddenCopy(identity);
    this.canDecide = copy !== undefined;
    this.session = { hidden: copy ?? {}, shown: {} };
    this.ready = copy ? new Promise((resolve) => setTimeout(resolve)).then(() => this.reload()) : this.reload();
  }

  /**
   * Closed or read in this session, in the revision the client saw or a later one (a list
   * older than the close must not bring the announcement back).
   */
  isHidden(announcement: Announcement): boolean {
    return (this.session.hidden[announcement.id] ?? '') >= announcement.revisedAt;
  }

  /** Opened (Read more, or from the home list) in its current revision, in any session. */
  hasRead(announcement: Announcement): boolean {
    return this.read[announcement.id] === announcement.revisedAt;
  }

  /**
   * Hides the announcement for the rest of the session; one that may be dismissed `once` stays
   * hidden for this user in later sessions too (until a re-notifying edit).
   */
  async hide(announcement: Announcement, reason: HideReason): Promise<void> {
    const entry = { [announcement.id]: announcement.revisedAt };
    this.session = { ...this.session, hidden: later(this.session.hidden, entry) };
    // Before anything else, so that a page opened a moment later in another tab knows it.
    this.copyHidden();
    this.emit();
    await Promise.all([
      this.writeSession((record) => ({ ...record, hidden: { ...record.hidden, ...entry } })),
      announcement.dismissal === 'once' && this.store.update<Revisions>(userKey('gone', this.identity), (record) => later(record, entry)),
    ]);
    if (reason === 'read-more') await this.markRead(announcement);
  }

  async markRead(announcement: Announcement): Promise<void> {
    // Opened again in the same revision: already stored, or on its way there.
    if (this.hasRead(announcement)) return;
    this.read = { ...this.read, [announcement.id]: announcement.revisedAt };
    this.emit();
    await this.store.update<Revisions>(userKey('read', this.identity), (record = {}) => ({ ...record, [announcement.id]: announcement.revisedAt }));
    this.broadcast();
  }

  /**
   * Records that the banner showed this revision. Resolves `true` only the first time in this
   * session, across tabs, so the impression is reported once.
   */
  async markShown(announcement: Announcement): Promise<boolean> {
    let first = false;
    await this.writeSession((record) => {
      first = record.shown[announcement.id] !== announcement.revisedAt;
      return first ? { ...record, shown: { ...record.shown, [announcement.id]: announcement.revisedAt } } : record;
    });
    return first;
  }

  private async writeSession(change: (record: Session) => Session): Promise<void> {
    const stored = await this.store.update(sessionKey(this.identity), (record) => ({
      ...change(mergeSessions(record)),
      touchedAt: new Date().toISOString(),
    }));
    // Writes finish out of order with this page's newer changes (two quick closes, or an
    // impression record racing a close): keep those, and let elements re-render.
    this.session = mergeSessions(stored, this.session);
    this.copyHidden();
    this.emit();
    this.broadcast();
  }

  /**
   * Writes the closed announcements through to the synchronous copy, with those another tab
   * added to it since. Only a complete view is written: a copy missing a closed announcement
   * would let it flash on the next page.
   */
  private copyHidden(): void {
    if (!this.canDecide) return;
    const hidden = later(readHiddenCopy(this.identity), this.session.hidden);
    this.session = { ...this.session, hidden };
    writeSnapshot(userKey('hidden', this.identity), { session: this.identity.session, hidden });
  }

  /**
   * Reads the stored state, after opening the channel: another tab's change that committed
   * before it opened is in what the read finds, a later one is announced on it.
   */
  private async reload(): Promise<void> {
    this.ensureChannel();
    const [session, read, gone] = await Promise.all([sessionKey(this.identity), userKey('read', this.identity), userKey('gone', this.identity)].map((key) => this.store.get(key)));
    // Keep what this page did meanwhile: a write may have raced the read. Those dismissed for
    // good join this session's closed ones, and with them its synchronous copy.
    this.session = mergeSessions(session, this.session, gone);
    this.read = { ...later(read), ...this.read };
    this.isReady = this.canDecide = true;
    this.copyHidden();
    this.emit();
  }

  private broadcast(): void {
    this.ensureChannel()?.postMessage(identityKey(this.identity));
  }

  private ensureChannel(): BroadcastChannel | undefined {
    if (!this.channel && typeof BroadcastChannel === 'function') {
      this.channel = new BroadcastChannel(CHANNEL_NAME);
      this.channel.onmessage = (event: MessageEvent) => {
        if (event.data === identityKey(this.identity)) void this.reload();
      };
    }
    return this.channel;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The string entries of the maps, the later revision where several name an announcement.
 * Stored data may come from another version of the library or be damaged: anything else in
 * them, or a map that is none, counts as nothing.
 */
function later(...maps: unknown[]): Revisions {
  const merged: Revisions = {};
  for (const map of maps) {
    for (const [id, revision] of Object.entries(isRecord(map) ? map : {})) {
      if (typeof revision === 'string' && !(merged[id] >= revision)) merged[id] = revision;
    }
  }
  return merged;
}

/** A stored session record (of any shape) with what this page knows, and those dismissed for good (`gone`). */
function mergeSessions(stored: unknown, local?: Session, gone?: unknown): Session {
  const record = isRecord(stored) ? stored : {};
  return { hidden: later(record.hidden, local?.hidden, gone), shown: later(record.shown, local?.shown) };
}

const identityKey = ({ user, session }: SessionIdentity) => JSON.stringify([user, session]);
const sessionKey = (identity: SessionIdentity) => `session:${identityKey(identity)}`;
/**
 * Keys of what is kept per user across sessions: `read` (announcement id -> `revisedAt` of the
 * revision this user opened), `gone` (those dismissed for good, dismissal `once`) and `hidden`,
 * the synchronous copy of the closed ones. One copy per user, of their latest session only:
 * copies of old sessions would pile up in `localStorage`, and a page in another session finds
 * no copy and reads IndexedDB instead.
 */
const userKey = (kind: 'read' | 'gone' | 'hidden', { user }: SessionIdentity) => `${kind}:${JSON.stringify(user)}`;

function readHiddenCopy(identity: SessionIdentity): Revisions | undefined {
  const copy = readSnapshot(userKey('hidden', identity));
  return isRecord(copy) && copy.session === identity.session ? later(copy.hidden) : undefined;
}

const states = new Map<string, SessionState>();
let pruneScheduled = false;

export { sessionStore };

/** One `SessionState` per identity and page, shared by every element that shows announcements. */
export function sessionStateFor(identity: SessionIdentity): SessionState {
  const key = identityKey(identity);
  let state = states.get(key);
  if (!state) {
    state = new SessionState(identity, sessionStore());
    states.set(key, state);
    schedulePrune();
  }
  return state;
}

/** Sessions untouched for 30 days are forgotten, at most once a day, 10 s after the page started. */
function schedulePrune(): void {
  if (pruneScheduled) return;
  pruneScheduled = true;
  setTimeout(() => void import('./prune-sessions.js').then(({ pruneSessions }) => pruneSessions(sessionStore())).catch(() => undefined), 10_000);
}

/** For tests: drop the page's cached states and store. */
export function resetSessionStates(): void {
  states.clear();
  forgetSessionStore();
}

import type { Announcement } from '../model/announcement.js';
import type { KeyValueStore } from '../internal/storage/safe-store.js';
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
 * (normalised instants, so the later revision is the greater string).
 */
interface SessionRecord {
  hidden: Record<string, string>;
  shown: Record<string, string>;
  touchedAt: string;
}

/** Announcement id -> `revisedAt` of the revision this user opened, across sessions. */
type ReadRecord = Record<string, string>;

const emptySession = (): SessionRecord => ({ hidden: {}, shown: {}, touchedAt: new Date().toISOString() });

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
export class SessionState {
  private session: SessionRecord = emptySession();
  private read: ReadRecord = {};
  private readonly listeners = new Set<() => void>();
  private channel: BroadcastChannel | undefined;
  private loaded = false;
  /** Whether `session.hidden` came complete from the synchronous copy. */
  private readonly copied: boolean;
  /** Settles when the stored state is known; until then the list waits for it. */
  readonly ready: Promise<void>;

  constructor(
    readonly identity: SessionIdentity,
    private readonly store: KeyValueStore,
  ) {
    const copy = readHiddenCopy(identity);
    this.copied = copy !== undefined;
    this.session.hidden = copy ?? {};
    this.ready = this.copied ? new Promise((resolve) => setTimeout(resolve)).then(() => this.reload()) : this.reload();
  }

  get isReady(): boolean {
    return this.loaded;
  }

  /** Whether the closed announcements of this session are known: from storage, or its copy. */
  get canDecide(): boolean {
    return this.loaded || this.copied;
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
      announcement.dismissal === 'once' && this.store.update<ReadRecord>(goneKey(this.identity), (record = {}) => later(stringMap(record), entry)),
    ]);
    if (reason === 'read-more') await this.markRead(announcement);
  }

  async markRead(announcement: Announcement): Promise<void> {
    // Opened again in the same revision: already stored, or on its way there.
    if (this.hasRead(announcement)) return;
    this.read = { ...this.read, [announcement.id]: announcement.revisedAt };
    this.emit();
    await this.store.update<ReadRecord>(readKey(this.identity), (record = {}) => ({ ...record, [announcement.id]: announcement.revisedAt }));
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

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async writeSession(change: (record: SessionRecord) => SessionRecord): Promise<void> {
    const stored = await this.store.update<SessionRecord>(sessionKey(this.identity), (record = emptySession()) => ({
      ...change(normalizeSession(record)),
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
    const hidden = later(readHiddenCopy(this.identity) ?? {}, this.session.hidden);
    this.session = { ...this.session, hidden };
    writeSnapshot(hiddenCopyKey(this.identity), { session: this.identity.session, hidden });
  }

  /**
   * Reads the stored state, after opening the channel: another tab's change that committed
   * before it opened is in what the read finds, a later one is announced on it.
   */
  private async reload(): Promise<void> {
    this.ensureChannel();
    const [session, read, gone] = await Promise.all([
      this.store.get<SessionRecord>(sessionKey(this.identity)),
      this.store.get<ReadRecord>(readKey(this.identity)),
      this.store.get<ReadRecord>(goneKey(this.identity)),
    ]);
    // Keep what this page did meanwhile: a write may have raced the read. Those dismissed for
    // good join this session's closed ones, and with them its synchronous copy.
    this.session = mergeSessions(normalizeSession(session ?? emptySession()), { ...this.session, hidden: later(this.session.hidden, stringMap(gone)) });
    this.read = { ...(isRecord(read) ? (read as ReadRecord) : {}), ...this.read };
    this.loaded = true;
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

  private emit(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The string entries of a stored map; anything else as an empty map. */
const stringMap = (map: unknown) =>
  Object.fromEntries(Object.entries(isRecord(map) ? map : {}).filter(([, v]) => typeof v === 'string')) as Record<string, string>;

/** Stored data may come from another version of the library or be damaged: never trust its shape. */
function normalizeSession(value: unknown): SessionRecord {
  if (!isRecord(value)) return emptySession();
  return {
    hidden: stringMap(value.hidden),
    shown: stringMap(value.shown),
    touchedAt: typeof value.touchedAt === 'string' ? value.touchedAt : new Date().toISOString(),
  };
}

/** Both maps, with the later revision where both name an announcement. */
function later(a: Record<string, string>, b: Record<string, string>): Record<string, string> {
  const merged = { ...a };
  for (const [id, revision] of Object.entries(b)) if (!(merged[id] >= revision)) merged[id] = revision;
  return merged;
}

function mergeSessions(stored: SessionRecord, local: SessionRecord): SessionRecord {
  return { hidden: later(stored.hidden, local.hidden), shown: later(stored.shown, local.shown), touchedAt: stored.touchedAt };
}

const identityKey = ({ user, session }: SessionIdentity) => JSON.stringify([user, session]);
const sessionKey = (identity: SessionIdentity) => `session:${identityKey(identity)}`;
const readKey = ({ user }: SessionIdentity) => `read:${JSON.stringify(user)}`;
/** Announcement id -> `revisedAt` this user dismissed for good (dismissal `once`), across sessions. */
const goneKey = ({ user }: SessionIdentity) => `gone:${JSON.stringify(user)}`;
/**
 * One copy per user, of their latest session only: copies of old sessions would pile up in
 * `localStorage`, and a page in another session finds no copy and reads IndexedDB instead.
 */
const hiddenCopyKey = ({ user }: SessionIdentity) => `hidden:${JSON.stringify(user)}`;

function readHiddenCopy(identity: SessionIdentity): Record<string, string> | undefined {
  const copy = readSnapshot(hiddenCopyKey(identity));
  return isRecord(copy) && copy.session === identity.session ? stringMap(copy.hidden) : undefined;
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

import type { AnnouncementAdapter } from '../adapters/types.js';
import type { Announcement } from '../model/announcement.js';
import { allNamesLoaded, prepareCharacterReferences } from '../internal/rich-text/character-references.js';
import { parseAnnouncementList, type RecordError } from '../model/parse.js';
import { nextVisibilityChange } from '../model/visibility.js';
import { ChangeSource } from './change-source.js';
import { readSnapshot, writeSnapshot } from './snapshot.js';

export type FeedStatus = 'loading' | 'ready' | 'error';

/** setTimeout cannot wait longer than this (about 24.8 days); longer waits are re-armed. */
const MAX_TIMER_MS = 2_147_483_647;

/** Longest copy of a list kept for the next page, in characters; longer lists are not copied. */
const COPY_LIMIT = 100_000;

/** A named character reference, which an excerpt can only decode once the names table is loaded. */
const NAMED_REFERENCE = /&[A-Za-z][A-Za-z\d]{1,31};/;

/**
 * One validated, live list of announcements per adapter, shared by every element on the page.
 * It lists once, refreshes when the adapter reports a change, and wakes its listeners exactly
 * when an announcement's `publishAt` or `expiresAt` passes, so open pages update without reload.
 * A failed refresh keeps the last good list. Listeners hear `true` after each load (its `error`
 * and `recordErrors` are news) and `false` when only the time changed what is visible.
 */
export class AnnouncementFeed extends ChangeSource<boolean> {
  status: FeedStatus = 'loading';
  announcements: readonly Announcement[] = [];
  /** The last load's failure, while the feed shows the list from before it. */
  error: unknown;
  /** Records the last load skipped because they were malformed. */
  recordErrors: readonly RecordError[] = [];
  /**
   * Until the first load: the list as the last page left it, when the adapter lets pages keep
   * a copy (`snapshotKey`, see `snapshot.ts`), so the banner can decide on its first render.
   */
  readonly copy: readonly Announcement[] | undefined;

  private unsubscribeAdapter: (() => void) | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | undefined;
  private again = false;
  private firstLoad: Promise<void> | undefined;

  private readonly copyKey: string | undefined;
  /**
   * Turns what the adapter listed into announcements; `fresh` are those parsed anew, which
   * here is all of them. Elements that show long lists install one that reuses the last
   * load's results (`reuseParsedRecords`), so one changed record is all that is checked again.
   */
  parse: ListParser = (raw) => {
    const parsed = parseAnnouncementList(raw);
    return { ...parsed, fresh: parsed.announcements };
  };

  constructor(readonly adapter: AnnouncementAdapter) {
    super();
    const key = (adapter as { snapshotKey?: unknown }).snapshotKey;
    if (typeof key !== 'string') return;
    this.copyKey = `list:${key}`;
    const stored = readSnapshot(this.copyKey);
    if (stored === undefined) return;
    const { announcements, errors } = parseAnnouncementList(stored);
    // A damaged copy, or excerpts that would show a reference as typed: wait for the real list.
    if (errors.length > 0 || (!allNamesLoaded() && announcements.some((announcement) => NAMED_REFERENCE.test(announcement.body)))) return;
    this.copy = announcements;
  }

  /** Settles after the first load, whether it succeeded or not. */
  get ready(): Promise<void> {
    return (this.firstLoad ??= this.refresh());
  }

  /** Loads the list again; calls made while a load runs are folded into one more load. */
  refresh(): Promise<void> {
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    this.inFlight = this.load().finally(() => {
      this.inFlight = undefined;
      if (this.again) {
        this.again = false;
        void this.refresh();
      }
    });
    return this.inFlight;
  }

  private async load(): Promise<void> {
    try {
      const { announcements, errors, fresh } = this.parse(await this.adapter.list());
      for (const error of errors) {
        console.warn(`portal-announcements: skipped announcement ${error.id ?? `#${error.index}`}: ${error.message}`);
      }
      // Excerpts decode rare character references (`&hellip;`) with a table that is only
      // downloaded when a description uses one; fetch it before the elements render, so that a
      // banner never shows the reference as typed first. Without it, the reference stays as typed.
      await prepareCharacterReferences(fresh.map((announcement) => announcement.body)).catch((error: unknown) =>
        console.warn('portal-announcements: could not load the character reference table', error),
      );
      this.announcements = announcements;
      this.recordErrors = errors;
      this.error = undefined;
      this.status = 'ready';
      if (this.copyKey) {
        // Copies what may still show (expired announcements never do) for the next page.
        const now = Date.now();
        const current = announcements.filter((announcement) => announcement.expiresAt === null || Date.parse(announcement.expiresAt) > now);
        writeSnapshot(this.copyKey, current, COPY_LIMIT);
      }
    } catch (error) {
      this.error = error;
      // Keep showing what was known; only a feed that never loaded is in the error state.
      if (this.status === 'loading') this.status = 'error';
      console.warn('portal-announcements: could not load announcements', error);
    }
    this.armTimer();
    this.emit(true);
  }

  /**
   * On the first subscriber: listens to the adapter, then loads. With a copy to show, both wait
   * a task: elements render for the first time in a microtask of the task that connects them,
   * and the adapter's channel and first load (for the LocalAdapter: a BroadcastChannel and
   * IndexedDB, each a round trip to the browser process) would otherwise hold up that render.
   */
  protected override watch(): void {
    if (this.copy && !this.firstLoad) {
      const waiting = setTimeout(() => this.listen());
      this.unsubscribeAdapter = () => clearTimeout(waiting);
    } else {
      this.listen();
    }
  }

  private listen(): void {
    this.unsubscribeAdapter = this.adapter.subscribe?.(() => void this.refresh());
    // A load begun before listening (or before the last stop) may have missed a change.
    if (this.firstLoad) void this.refresh();
    else void this.ready;
  }

  /** After the last subscriber left. */
  protected override unwatch(): void {
    this.unsubscribeAdapter?.();
    this.unsubscribeAdapter = undefined;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private armTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.listeners.size === 0) return;
    const next = nextVisibilityChange(this.announcements);
    if (next === undefined) return;
    const wait = Math.min(Math.max(next - Date.now(), 0) + 1, MAX_TIMER_MS);
    this.timer = setTimeout(() => {
      this.armTimer();
      this.emit(false);
    }, wait);
  }
}

/** What the feed makes of a listed record set: the announcements, the skipped records, and the announcements parsed anew. */
export type ListParser = (raw: unknown) => { announcements: Announcement[]; errors: RecordError[]; fresh: readonly Announcement[] };

const feeds = new WeakMap<AnnouncementAdapter, AnnouncementFeed>();

/** The page's feed for an adapter; elements given the same adapter share it. */
export function feedFor(adapter: AnnouncementAdapter): AnnouncementFeed {
  let feed = feeds.get(adapter);
  if (!feed) feeds.set(adapter, (feed = new AnnouncementFeed(adapter)));
  return feed;
}

import type { Announcement, AnnouncementInput } from '../../model/announcement.js';
import { AdapterUnavailableError, ConflictError, NotFoundError, ValidationError } from '../../model/errors.js';
import { parseAnnouncement, parseAnnouncementList } from '../../model/parse.js';
import { normalizeInput } from '../../model/records.js';
import { isFieldErrorCode } from '../../model/validate.js';
import { ChangeNotifier } from '../change-notifier.js';
import type { Receipt, ReceiptSummary } from '../../model/receipts.js';
import type { AnnouncementAdapter, ListOptions, ReceiptOptions, RemoveOptions, UpdateOptions } from '../types.js';
import { DEFAULT_RETRY, sendRequest, type HttpRequest, type HttpResult, type HttpSettings } from './http.js';
import { pageUser } from '../page-user.js';
import { recordReceipts } from './rest-receipts.js';
import { ListCache } from './list-cache.js';
import { defaultListFrom, defaultToAnnouncement } from './mapping.js';
import type { RestModel } from './error-mapping.js';
import { HttpError, SkippedRecordsError } from './problem.js';
import type { RestAdapterOptions } from './rest-options.js';
import type { RestWriteTarget } from './rest-writes.js';

/**
 * Client pages only read: the writes load with the first one, and so does the mapping of error
 * answers to typed errors, which only a failed request needs. A chunk that cannot be fetched
 * is the server being out of reach, and is reported as such, so the editor offers Try again.
 */
const writes = () =>
  import('./rest-writes.js').catch((cause: unknown) => {
    throw new AdapterUnavailableError('The code for writing could not be loaded', { cause });
  });

/**
 * Handed to the lazily loaded code, which must not import them (see `rest-writes.ts`).
 * @internal
 */
export const REST_MODEL: RestModel = { AdapterUnavailableError, ConflictError, NotFoundError, ValidationError, HttpError, isFieldErrorCode, normalizeInput };

/** A background load's result, handed to the next `list()` so it need not ask the server again. */
type Outcome = { at: number } & ({ records: unknown[] } | { error: unknown });

/** How long a background result stands in for a new request. */
const OUTCOME_FRESH_MS = 5000;

/**
 * Talks to the portal's own server over the HTTP contract in `openapi.yaml`: lists with ETags,
 * writes with `If-Match`, errors as RFC 9457 problem details, changes as Server-Sent Events
 * with polling as the fallback.
 *
 * Stale-while-revalidate: the last good list is kept in IndexedDB. The first `list()` of a
 * page resolves from that copy at once (when there is one) and asks the server in the
 * background; subscribers hear when the server's answer differs or fails, and the next
 * `list()` returns that answer (or throws its error: the shared feed then keeps the list it
 * has and marks the error, which the editor shows as offline). Later `list()` calls go to the
 * server and throw `AdapterUnavailableError` when it cannot be reached. Writes are never
 * queued: offline, they fail.
 *
 * Validation at the boundary: records that fail validation are not dropped here but passed
 * through as they came (valid ones are returned validated), so that the feed, which validates
 * every list, skips them and reports them in `recordErrors`; `onError` hears of them too.
 * Callers that use `list()` directly should run `parseAnnouncementList` on its result.
 */
export class RestAdapter implements AnnouncementAdapter {
  /** The server sends each client only the announcements meant for it: the elements do not filter again. */
  readonly enforcesAudience = true;
  /** The collection's absolute URL, without a trailing slash. */
  readonly baseUrl: string;
  private readonly http: HttpSettings;
  /** Made at the first list, when the portal has said who is signed in (see `listCache`). */
  private cache: ListCache | undefined;
  private readonly changes = new ChangeNotifier();
  private readonly toAnnouncement: (record: unknown) => unknown;
  private stopLiveUpdates: (() => void) | undefined;
  private subscribers = 0;
  /** What the server last delivered (mapped, malformed records included) and its ETag. */
  private latest: { records: unknown[]; etag: string | undefined } | undefined;
  private cacheConsulted = false;
  private backgroundOutcome: Outcome | undefined;
  /** Whether the last attempt to load the list failed. */
  private failing = false;

  constructor(private readonly options: RestAdapterOptions) {
    const base = typeof location === 'undefined' ? undefined : location.href;
    this.baseUrl = new URL(String(options.baseUrl), base).href.replace(/\/+$/, '');
    const retry = options.retry === false ? { ...DEFAULT_RETRY, retries: 0 } : { ...DEFAULT_RETRY, ...options.retry };
    this.http = {
      fetch: options.fetch ?? ((input, init) => fetch(input, init)),
      credentials: options.credentials ?? 'same-origin',
      timeout: options.timeout ?? 10_000,
      retry,
    };
    this.toAnnouncement = options.toAnnouncement ?? defaultToAnnouncement;
  }

  async list(options: ListOptions = {}): Promise<Announcement[]> {
    if (!this.cacheConsulted) {
      this.cacheConsulted = true;
      const cached = await this.listCache()?.read();
      if (cached) {
        this.latest = { records: cached.announcements, etag: cached.etag };
        void this.revalidate();
        return structuredClone(cached.announcements);
      }
    }
    const outcome = this.backgroundOutcome;
    this.backgroundOutcome = undefined;
    if (outcome && Date.now() - outcome.at < OUTCOME_FRESH_MS) {
      if ('error' in outcome) throw outcome.error;
      return structuredClone(outcome.records) as Announcement[];
    }
    const { records } = await this.loadList(options.signal);
    return structuredClone(records) as Announcement[];
  }

  async create(input: AnnouncementInput): Promise<Announcement> {
    return (await writes()).createAnnouncement(this.writeTarget(), input);
  }

  async update(id: string, input: AnnouncementInput, options?: UpdateOptions): Promise<Announcement> {
    return (await writes()).updateAnnouncement(this.writeTarget(), id, input, options);
  }

  async remove(id: string, options?: RemoveOptions): Promise<void> {
    return (await writes()).removeAnnouncement(this.writeTarget(), id, options);
  }

  /**
   * Sends read receipts to `{baseUrl}/receipts` (see `rest-receipts.ts`); rejects when the server
   * could not take them, so the caller keeps them and tries again. Loads no code, so it also
   * works while the page unloads.
   */
  recordReceipts(receipts: Receipt[], options?: ReceiptOptions): Promise<void> {
    return recordReceipts({ ...this.writeTarget(), errorFor: (result, method) => this.errorFor(result, method) }, receipts, options);
  }

  /** For staff: how many clients saw and opened the announcement's current revision (`GET {baseUrl}/{id}/receipts`). */
  async receiptSummary(id: string, options: ListOptions = {}): Promise<ReceiptSummary> {
    return (await writes()).receiptSummary(this.writeTarget(), id, options.signal);
  }

  /** Hears this adapter's writes and, while anyone listens, the server's change stream or polls. */
  subscribe(onChange: () => void): () => void {
    const unsubscribe = this.changes.subscribe(onChange);
    if (++this.subscribers === 1) this.listen();
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      unsubscribe();
      if (--this.subscribers === 0) {
        this.stopLiveUpdates?.();
        this.stopLiveUpdates = undefined;
      }
    };
  }

  /**
   * Starts the server's change stream, or polling, for the first subscriber. Its code loads
   * then: a page that never subscribes (a script that only reads or writes) never loads it. If the
   * chunk cannot be fetched (the connection dropped after the page loaded), it is tried again
   * when the browser is back online; until then the page still hears its own writes.
   */
  private listen(): void {
    const stillWanted = () => this.subscribers > 0 && !this.stopLiveUpdates;
    import('./live-updates.js').then(
      ({ startLiveUpdates }) => {
        if (!stillWanted()) return;
        this.stopLiveUpdates = startLiveUpdates({
          mode: this.options.live ?? 'auto',
          eventsUrl: this.options.eventsUrl ? new URL(String(this.options.eventsUrl), this.baseUrl).href : `${this.baseUrl}/events`,
          withCredentials: this.http.credentials === 'include',
          pollInterval: this.options.pollInterval ?? 30_000,
          heartbeatTimeout: this.options.heartbeatTimeout ?? 45_000,
          onSignal: () => this.changes.notify(),
          // A broken stream may mean the server is gone: look once, so the page learns it is offline.
          onStreamError: () => {
            if (!this.failing) this.changes.notify();
          },
          onPoll: () => void this.revalidate(),
        });
      },
      () => {
        if (stillWanted()) window.addEventListener('online', () => stillWanted() && this.listen(), { once: true });
      },
    );
  }

  /**
   * One cache entry per collection and user: a list cached for one user must never be shown to
   * another who shares the browser, nor confirmed for them by a 304 to the first one's ETag.
   * The user is the adapter's own `user`, else the one given to `configureAnnouncements`, which
   * a portal often calls after creating the adapter, so the key is settled at the first list.
   */
  private listCache(): ListCache | undefined {
    const { cache, user } = this.options;
    if (cache === false) return undefined;
    return (this.cache ??= new ListCache(typeof cache === 'object' ? cache.key : `${this.baseUrl} user:${user ?? pageUser() ?? 'anonymous'}`));
  }

  /** Forgets the cached list, e.g. when the user signs out of a portal whose lists differ per user. */
  async clearCache(): Promise<void> {
    await this.listCache()?.clear();
  }

  /** Asks the server in the background; tells subscribers when the list changed, or when reaching it stopped working. */
  private async revalidate(): Promise<void> {
    const wasFailing = this.failing;
    try {
      const { records, changed } = await this.loadList();
      if (changed || wasFailing) {
        this.backgroundOutcome = { at: Date.now(), records };
        this.changes.notify();
      }
    } catch (error) {
      this.options.onError?.(error);
      if (!wasFailing) {
        this.backgroundOutcome = { at: Date.now(), error };
        this.changes.notify();
      }
    }
  }

  private async loadList(signal?: AbortSignal): Promise<{ records: unknown[]; changed: boolean }> {
    try {
      const headers = await this.requestHeaders(false);
      const known = this.latest;
      if (known?.etag) headers.set('If-None-Match', known.etag);
      const result = await this.send({ method: 'GET', url: this.baseUrl, headers, signal, idempotent: true });
      let changed = false;
      if (result.status !== 304 || !known) {
        if (!isSuccess(result)) throw await this.errorFor(result, 'GET');
        const records = this.readList(result.text);
        const etag = result.headers.get('ETag') ?? undefined;
        changed = !known || etag === undefined || etag !== known.etag;
        this.latest = { records, etag };
        // Awaited so that a page opened right after this one finds the list (a few milliseconds).
        if (changed) await this.saveToCache(records, etag);
      }
      this.failing = false;
      return { records: this.latest!.records, changed };
    } catch (error) {
      if (!signal?.aborted) this.failing = true;
      throw error;
    }
  }

  /** The list answer's records: valid ones validated, malformed ones as they came (see the class comment). */
  private readList(text: string): unknown[] {
    const list = (this.options.listFrom ?? defaultListFrom)(parseJson(text, `GET ${this.baseUrl}`));
    if (!Array.isArray(list)) throw new AdapterUnavailableError(`GET ${this.baseUrl} did not answer a list of announcements`);
    const records = list.map((raw) => {
      let mapped: unknown = raw;
      try {
        mapped = this.toAnnouncement(raw);
      } catch (error) {
        this.options.onError?.(error);
      }
      const parsed = parseAnnouncement(mapped);
      return parsed.ok ? parsed.announcement : mapped;
    });
    const { errors } = parseAnnouncementList(records);
    if (errors.length > 0) this.options.onError?.(new SkippedRecordsError(errors));
    return records;
  }

  private async saveToCache(records: unknown[], etag: string | undefined): Promise<void> {
    const { announcements } = parseAnnouncementList(records);
    await this.listCache()?.write({ etag, announcements, savedAt: new Date().toISOString() });
  }

  /** The typed error for a failed answer to a read; the mapping loads with the writes. */
  private async errorFor(result: HttpResult, method: string): Promise<Error> {
    return (await writes()).errorFor(this.writeTarget(), result, method);
  }

  /** This adapter's request plumbing, for the writes (`rest-writes.ts`). */
  private writeTarget(): RestWriteTarget {
    return {
      baseUrl: this.baseUrl,
      options: this.options,
      model: REST_MODEL,
      requestHeaders: (withJsonBody) => this.requestHeaders(withJsonBody),
      send: (request) => this.send(request),
      read: (raw) => parseAnnouncement(this.toAnnouncement(raw)),
      json: parseJson,
      recordUrl: (id) => this.recordUrl(id),
      changed: () => this.changes.notify(),
    };
  }

  private send(request: Omit<HttpRequest, 'signal'> & { signal?: AbortSignal }): Promise<HttpResult> {
    return sendRequest(this.http, request);
  }

  private async requestHeaders(withJsonBody: boolean): Promise<Headers> {
    let own: HeadersInit | undefined;
    try {
      own = typeof this.options.headers === 'function' ? await this.options.headers() : this.options.headers;
    } catch (error) {
      throw new AdapterUnavailableError('The request headers could not be prepared', { cause: error });
    }
    const headers = new Headers(own);
    if (!headers.has('Accept')) headers.set('Accept', 'application/json, application/problem+json');
    if (withJsonBody) headers.set('Content-Type', 'application/json');
    return headers;
  }

  private recordUrl(id: string): string {
    return `${this.baseUrl}/${encodeURIComponent(id)}`;
  }
}

const isSuccess = (result: HttpResult) => result.status >= 200 && result.status < 300;

function parseJson(text: string, request: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AdapterUnavailableError(`${request} answered malformed JSON`, { cause: error });
  }
}

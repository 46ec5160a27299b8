import type { RetryPolicy } from './http.js';
import type { LiveUpdateMode } from './live-updates.js';
import type { RestMapping } from './mapping.js';

/** Static headers, or a function that returns fresh ones (a bearer token, a CSRF token) for every request. */
export type HeadersOption = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

export interface RestAdapterOptions extends RestMapping {
  /** The collection's URL, e.g. `"/api/announcements"` or `"https://portal.example/api/announcements"`. */
  baseUrl: string | URL;
  /** Sent with every request. Not with the event stream: EventSource cannot send headers (see `live`). */
  headers?: HeadersOption;
  /** Cookies: `"same-origin"` (default), `"include"` for a cross-origin API with cookies, or `"omit"`. */
  credentials?: RequestCredentials;
  /** Replaces the global `fetch`, e.g. to add tracing. */
  fetch?: typeof fetch;
  /** Milliseconds one attempt may take, answer body included. Default 10000. */
  timeout?: number;
  /** How GET, PUT, DELETE (and POST with `idempotencyKeys`) are retried; `false` for never. */
  retry?: Partial<RetryPolicy> | false;
  /**
   * Sends an `Idempotency-Key` with every POST, which makes a create safe to retry. Only for
   * servers that store the key and answer a repeat with the first result. Default `false`:
   * a create is then never sent twice.
   */
  idempotencyKeys?: boolean;
  /** How changes made elsewhere are heard. Default `"auto"`. */
  live?: LiveUpdateMode;
  /** The Server-Sent Events URL. Default `{baseUrl}/events`. */
  eventsUrl?: string | URL;
  /** Milliseconds between polls when polling, varied by up to a fifth either way. Default 30000. */
  pollInterval?: number;
  /**
   * Milliseconds an open event stream may go without a heartbeat or a change before the
   * adapter polls instead (a buffering proxy can hold a stream open and silent). The
   * reference server sends a `heartbeat` event every 15 s. `0` trusts any open stream.
   * Default 45000.
   */
  heartbeatTimeout?: number;
  /**
   * The signed-in user's id. The list cache is kept per user, so users who share a browser
   * never see each other's cached list. Default: the `user` given to `configureAnnouncements`
   * (read at the first list), else `"anonymous"`.
   */
  user?: string;
  /**
   * Keeps the last good list in IndexedDB so the next page paints at once and a server outage
   * leaves the list in place. `false` turns it off; `{ key }` names the entry yourself (include
   * the user in it). Default on, keyed by the absolute `baseUrl` and `user`.
   */
  cache?: boolean | { key: string };
  /**
   * Hears what the adapter does not throw: a list answered from the cache because the server
   * failed, records skipped as malformed, a live-update stream that broke.
   */
  onError?: (error: unknown) => void;
}

import { AdapterUnavailableError } from '../../model/errors.js';

/** How failed requests are tried again. */
export interface RetryPolicy {
  /** Attempts after the first one. Default 3. */
  retries: number;
  /** The backoff's first ceiling; it doubles with every attempt. Default 300 ms. */
  baseDelay: number;
  /** The backoff's largest ceiling. Default 5000 ms. */
  maxDelay: number;
  /** All attempts and waits of one call together; no retry starts past it. Default 20000 ms. */
  budget: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 3, baseDelay: 300, maxDelay: 5000, budget: 20_000 };

export interface HttpSettings {
  fetch: typeof fetch;
  credentials: RequestCredentials;
  /** Milliseconds one attempt may take, body included. */
  timeout: number;
  retry: RetryPolicy;
}

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  headers: Headers;
  body?: string;
  /** The caller's signal; aborting it ends the call at once, without retries. */
  signal?: AbortSignal;
  /** Whether sending it twice is harmless: GET, PUT, DELETE, or a POST with an Idempotency-Key. */
  idempotent: boolean;
  /** Lets the request outlive the page (sent while it unloads). */
  keepalive?: boolean;
}

/** A response with its body already read, so the timeout covers the whole exchange. */
export interface HttpResult {
  status: number;
  headers: Headers;
  text: string;
  /** How many attempts it took; more than 1 means an earlier one may have reached the server. */
  attempts: number;
}

/** Statuses that say "try again later" rather than "this request is wrong". */
const RETRYABLE_STATUSES = new Set([408, 429, 502, 503, 504]);

/**
 * Sends a request, bounded per attempt by `timeout` and retried on network errors, timeouts
 * and the statuses above with exponential backoff and full jitter (a random wait between 0
 * and the current ceiling, so many clients do not return in lockstep after an outage).
 * `Retry-After` replaces the backoff when the server sends it. Requests that are not
 * idempotent are sent exactly once. Resolves with any HTTP answer; rejects with an
 * `AdapterUnavailableError` when none came, or with the caller's abort reason.
 */
export async function sendRequest(settings: HttpSettings, request: HttpRequest): Promise<HttpResult> {
  const started = Date.now();
  const { retry } = settings;
  let attemptTimeout = settings.timeout;
  for (let attempt = 1; ; attempt++) {
    const outcome = await attemptOnce(settings, request, attempt, attemptTimeout);
    const retryable = request.idempotent && (outcome instanceof Error || RETRYABLE_STATUSES.has(outcome.status));
    if (!retryable) return settle(outcome);

    const hinted = outcome instanceof Error ? undefined : retryAfterMs(outcome.headers.get('Retry-After'));
    const ceiling = Math.min(retry.maxDelay, retry.baseDelay * 2 ** (attempt - 1));
    const wait = hinted ?? Math.random() * ceiling;
    // The next attempt gets what is left of the budget, up to a full timeout: a timed-out first
    // attempt must not use up the retries (with the defaults, 10 s of a 20 s budget).
    const left = retry.budget - (Date.now() - started) - wait;
    if (attempt > retry.retries || left < MIN_ATTEMPT_MS) return settle(outcome);
    attemptTimeout = Math.min(settings.timeout, left);
    await sleep(wait, request.signal);
  }
}

/** An attempt shorter than this could hardly be answered; the budget is then spent. */
const MIN_ATTEMPT_MS = 250;

async function attemptOnce(settings: HttpSettings, request: HttpRequest, attempt: number, timeoutMs: number): Promise<HttpResult | Error> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = request.signal ? eitherSignal(request.signal, timeout) : timeout;
  try {
    const response = await settings.fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      credentials: settings.credentials,
      keepalive: request.keepalive,
      // The adapter does its own revalidation with ETags; the HTTP cache must not answer for the server.
      cache: 'no-store',
      signal,
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, attempts: attempt };
  } catch (error) {
    if (request.signal?.aborted) throw request.signal.reason ?? error;
    const what = `${request.method} ${request.url}`;
    return timeout.aborted
      ? new AdapterUnavailableError(`No answer to ${what} within ${timeoutMs} ms`, { cause: error })
      : new AdapterUnavailableError(`Cannot reach the server for ${what}`, { cause: error });
  }
}

/** Aborts when either aborts; `AbortSignal.any` where the browser has it (Safari from 17.4 only). */
function eitherSignal(first: AbortSignal, second: AbortSignal): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any([first, second]);
  const controller = new AbortController();
  for (const signal of [first, second]) {
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}

function settle(outcome: HttpResult | Error): HttpResult {
  if (outcome instanceof Error) throw outcome;
  return outcome;
}

/** `Retry-After` as milliseconds: either delay-seconds or an HTTP date (RFC 9110, 10.2.3). */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const done = () => {
      signal?.removeEventListener('abort', abort);
      resolve();
    };
    const timer = setTimeout(done, ms);
    const abort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', abort, { once: true });
  });
}

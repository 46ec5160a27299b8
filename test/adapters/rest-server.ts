/**
 * The reference server as the tests reach it: the test runner starts it and proxies `/api/`
 * to it. Every test works in its own collection, so tests (and the two browsers running at
 * once) never see each other's data or faults.
 */
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import type { RestAdapterOptions } from '../../src/adapters/rest/rest-options.js';

export interface FaultSettings {
  latencyMs?: number;
  slowNext?: number;
  slowMs?: number;
  failNext?: number;
  status?: number;
  retryAfter?: number;
  dropNext?: number;
  malformedNext?: number;
  loseAnswerNext?: number;
  down?: boolean;
  silentEvents?: boolean;
  dropEvents?: boolean;
  methods?: string[];
}

/** A fresh, empty collection's URL. */
export const freshCollection = () => `/api/${crypto.randomUUID()}/announcements`;

/** Headers the test server reads as "this request comes from that client" (test mode only). */
export const asClient = (user: string, tags: string[] = []) => ({ 'X-Test-Client': user, 'X-Test-Tags': tags.join(',') });

/** Retries quick enough for tests; the policy is the same as in production, only the numbers shrink. */
export const QUICK_RETRY = { retries: 3, baseDelay: 20, maxDelay: 100, budget: 8000 };

export function restAdapter(baseUrl: string, options: Partial<RestAdapterOptions> = {}): RestAdapter {
  return new RestAdapter({ baseUrl, timeout: 3000, retry: QUICK_RETRY, ...options });
}

/**
 * Adapters made by one suite. `clearAll` (after each test) empties the list cache each one
 * kept in IndexedDB, so that no test starts with another test's list.
 */
export function restAdapterPool(): { make: typeof restAdapter; clearAll: () => Promise<void> } {
  const adapters: RestAdapter[] = [];
  return {
    make(baseUrl, options) {
      const adapter = restAdapter(baseUrl, options);
      adapters.push(adapter);
      return adapter;
    },
    async clearAll() {
      await Promise.all(adapters.splice(0).map((adapter) => adapter.clearCache()));
    },
  };
}

/** Replaces the collection's scripted faults; `{}` clears them. */
export async function setFaults(baseUrl: string, faults: FaultSettings): Promise<void> {
  const response = await fetch(`${baseUrl}/__faults`, { method: 'POST', body: JSON.stringify(faults) });
  if (!response.ok) throw new Error(`could not set faults: ${response.status}`);
}

/** The collection's faults as they stand, counters included. */
export async function faultsOf(baseUrl: string): Promise<FaultSettings> {
  return (await fetch(`${baseUrl}/__faults`)).json();
}

/** Stores records on the server exactly as given, valid or not. */
export async function seedRaw(baseUrl: string, records: unknown[]): Promise<void> {
  const response = await fetch(`${baseUrl}/__seed`, { method: 'POST', body: JSON.stringify({ records }) });
  if (!response.ok) throw new Error(`could not seed: ${response.status}`);
}

/** The reference server's own origin, for the test that calls it across origins. */
export async function serverOrigin(): Promise<string> {
  return ((await (await fetch('/api/__info')).json()) as { url: string }).url;
}

export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

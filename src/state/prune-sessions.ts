import type { KeyValueStore } from '../internal/storage/safe-store.js';

const PRUNE_KEY = 'meta:last-prune';
const DAY_MS = 86_400_000;

/** When a stored session record was last changed, or `NaN` when it does not say. */
function touchedAt(record: unknown): number {
  const touched = typeof record === 'object' && record !== null ? (record as { touchedAt?: unknown }).touchedAt : undefined;
  return typeof touched === 'string' ? Date.parse(touched) : Number.NaN;
}

/**
 * Forgets sessions untouched for `maxAgeDays`. Runs at most once a day per origin, after the
 * page has settled, so it never delays the banner. Loaded only then, so it takes the store
 * rather than importing it: an import shared with the page's code would split that code into
 * one more chunk for every page to load.
 */
export async function pruneSessions(store: KeyValueStore, maxAgeDays = 30, now = Date.now()): Promise<number> {
  const lastPrune = await store.get<number>(PRUNE_KEY);
  if (typeof lastPrune === 'number' && now - lastPrune < DAY_MS) return 0;
  await store.set(PRUNE_KEY, now);
  let removed = 0;
  for (const key of await store.keys()) {
    if (!key.startsWith('session:')) continue;
    const touched = touchedAt(await store.get(key));
    if (Number.isNaN(touched) || now - touched > maxAgeDays * DAY_MS) {
      await store.delete(key);
      removed++;
    }
  }
  return removed;
}

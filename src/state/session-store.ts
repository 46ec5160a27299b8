import { createSafeStore, type KeyValueStore } from '../internal/storage/safe-store.js';

let sharedStore: KeyValueStore | undefined;

/** The state store all elements of the page share. */
export function sessionStore(): KeyValueStore {
  return (sharedStore ??= createSafeStore('portal-announcements-state', 'state'));
}

/** For tests: the next `sessionStore()` opens the store anew, as the next page would. */
export function forgetSessionStore(): void {
  sharedStore = undefined;
}

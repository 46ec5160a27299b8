/**
 * Synchronous JSON values in `localStorage`, for what must be readable before IndexedDB
 * answers or written while a page is being left (IndexedDB does not finish writes begun then).
 * Storage that is refused or full never throws here: a read finds nothing, a write says `false`.
 */

/** The value stored under `key`, or `undefined` when there is none or it cannot be read. */
export function readLocalJson(key: string): unknown {
  try {
    const text = localStorage.getItem(key);
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Stores `value` under `key`; `false` when it could not be stored or is longer than `maxLength` characters. */
export function writeLocalJson(key: string, value: unknown, maxLength = Infinity): boolean {
  try {
    const text = JSON.stringify(value);
    if (text.length > maxLength) return false;
    localStorage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

/** Removes `key`; refused storage holds nothing to remove. */
export function removeLocalJson(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing stored, nothing to remove.
  }
}

/**
 * Fault injection for IndexedDB: replaces one method of the real API for the length of a
 * test, the way a private mode, a full disk or a closing connection would make it behave.
 */
export function injectFault<T extends object, K extends keyof T>(target: T, method: K, replacement: T[K]): () => void {
  const original = target[method];
  Object.defineProperty(target, method, { value: replacement, configurable: true, writable: true });
  return () => Object.defineProperty(target, method, { value: original, configurable: true, writable: true });
}

/** Collects console warnings while `run` executes. */
export async function captureWarnings<T>(run: () => Promise<T>): Promise<{ result: T; warnings: unknown[][] }> {
  const warnings: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    return { result: await run(), warnings };
  } finally {
    console.warn = original;
  }
}

export const uniqueName = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;

export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/** Waits until `check` stops throwing, or fails with its last error after `timeoutMs`. */
export async function eventually(check: () => unknown, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

/**
 * Makes real IndexedDB slow: a read-write transaction on the store is kept alive until
 * released, so every transaction the elements start on that store waits behind it, as it
 * would behind another tab's long write or a busy disk. Resolves once the store is held.
 */
export async function holdStore(dbName: string, storeName: string): Promise<() => void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  let held = true;
  const store = db.transaction(storeName, 'readwrite').objectStore(storeName);
  // A transaction stays open while it has requests pending: keep asking until released.
  const keepAlive = () => {
    if (held) store.get('hold').onsuccess = keepAlive;
  };
  keepAlive();
  return () => {
    held = false;
    db.close();
  };
}

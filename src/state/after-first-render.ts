/**
 * Runs `work` one task later. Elements render for the first time in a microtask of the task
 * that connects them, so what is deferred this way (opening IndexedDB, creating a
 * BroadcastChannel: each a round trip to the browser process) starts after that render
 * instead of before it. Returns a function that cancels the work if it has not run yet.
 */
export function afterFirstRender(work: () => void): () => void {
  const timer = setTimeout(work, 0);
  return () => clearTimeout(timer);
}

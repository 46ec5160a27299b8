/**
 * How a RestAdapter hears about changes made elsewhere:
 * - `events`: Server-Sent Events from `{base}/events`;
 * - `poll`: a conditional GET every `pollInterval`;
 * - `auto` (default): events, and polling whenever the stream cannot be used;
 * - `none`: only the adapter's own writes and the browser's `online` event.
 */
export type LiveUpdateMode = 'auto' | 'events' | 'poll' | 'none';

export interface LiveUpdateOptions {
  mode: LiveUpdateMode;
  eventsUrl: string;
  withCredentials: boolean;
  pollInterval: number;
  /** Something may have changed: the list should be loaded again. */
  onSignal: () => void;
  /** The stream reported a failure (the server may be down). */
  onStreamError: () => void;
  /** Time to ask the server whether the list changed. */
  onPoll: () => void;
}

/** Starts listening; returns the function that stops it all. */
export function startLiveUpdates(options: LiveUpdateOptions): () => void {
  const { mode } = options;
  let source: EventSource | undefined;
  let pollTimer: ReturnType<typeof setInterval> | undefined;
  let stopped = false;
  const useEvents = (mode === 'auto' || mode === 'events') && typeof EventSource === 'function';
  const usePolling = mode === 'poll' || (mode === 'auto' && !useEvents);

  const onChange = () => options.onSignal();

  const openStream = () => {
    let opened = false;
    source = new EventSource(options.eventsUrl, { withCredentials: options.withCredentials });
    source.addEventListener('change', onChange);
    source.addEventListener('message', onChange);
    source.addEventListener('open', () => {
      stopPolling();
      // Changes made while the stream was down were not heard: a reconnect means "look again".
      if (opened) options.onSignal();
      opened = true;
    });
    source.addEventListener('error', () => {
      options.onStreamError();
      // A CLOSED stream (an error status, a wrong content type) is never reopened by the
      // browser, unlike a dropped one: fall back to polling and try the stream again on each tick.
      if (source?.readyState === EventSource.CLOSED) {
        source = undefined;
        startPolling(true);
      }
    });
  };

  const startPolling = (reopenStream: boolean) => {
    if (pollTimer !== undefined || stopped) return;
    pollTimer = setInterval(() => {
      if (mode !== 'events') options.onPoll();
      if (reopenStream && !source) openStream();
    }, options.pollInterval);
  };

  const stopPolling = () => {
    if (usePolling) return;
    clearInterval(pollTimer);
    pollTimer = undefined;
  };

  // The browser knows before any request fails or succeeds again.
  const onConnectivity = () => options.onSignal();
  if (typeof window !== 'undefined') {
    window.addEventListener('online', onConnectivity);
    window.addEventListener('offline', onConnectivity);
  }

  if (useEvents) openStream();
  if (usePolling) startPolling(false);

  return () => {
    stopped = true;
    source?.close();
    source = undefined;
    clearInterval(pollTimer);
    pollTimer = undefined;
    if (typeof window !== 'undefined') {
      window.removeEventListener('online', onConnectivity);
      window.removeEventListener('offline', onConnectivity);
    }
  };
}

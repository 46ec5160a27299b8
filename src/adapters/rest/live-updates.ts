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
  /**
   * How long an open stream may stay silent (no heartbeat, no change) before it counts as
   * unusable, e.g. held back by a buffering proxy; 0 never gives up on it.
   */
  heartbeatTimeout: number;
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
  let pollTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const useEvents = (mode === 'auto' || mode === 'events') && typeof EventSource === 'function';
  const usePolling = mode === 'poll' || (mode === 'auto' && !useEvents);

  const onChange = () => options.onSignal();

  let silence: ReturnType<typeof setTimeout> | undefined;

  /** Falls back to polling, and tries the stream again on each tick, while the stream is unusable. */
  const abandonStream = () => {
    clearTimeout(silence);
    source?.close();
    source = undefined;
    startPolling(true);
  };

  /** Gives up on the stream if nothing arrives on it for `heartbeatTimeout`. */
  const watchSilence = () => {
    clearTimeout(silence);
    if (options.heartbeatTimeout <= 0) return;
    silence = setTimeout(() => {
      options.onStreamError();
      abandonStream();
    }, options.heartbeatTimeout);
  };

  /** Traffic proves the stream works: polling can stop, and the silence watch starts over. */
  const heard = () => {
    stopPolling();
    watchSilence();
  };

  const openStream = () => {
    let opened = false;
    source = new EventSource(options.eventsUrl, { withCredentials: options.withCredentials });
    // Counted from the start, not from `open`: Firefox fires `open` only once body bytes arrive,
    // so a stream held back entirely never opens at all.
    watchSilence();
    source.addEventListener('change', () => {
      heard();
      onChange();
    });
    source.addEventListener('message', onChange);
    source.addEventListener('heartbeat', heard);
    source.addEventListener('open', () => {
      // Headers alone do not prove that events get through: a buffering proxy sends them and
      // then holds everything back. Until a heartbeat or a change arrives, polling goes on.
      if (options.heartbeatTimeout > 0) watchSilence();
      else stopPolling();
      // Changes made while the stream was down were not heard: a reconnect means "look again".
      if (opened) options.onSignal();
      opened = true;
    });
    source.addEventListener('error', () => {
      options.onStreamError();
      // A CLOSED stream (an error status, a wrong content type) is never reopened by the
      // browser, unlike a dropped one: fall back to polling and try the stream again on each tick.
      if (source?.readyState === EventSource.CLOSED) abandonStream();
    });
  };

  const startPolling = (reopenStream: boolean) => {
    if (pollTimer !== undefined || stopped) return;
    // Each wait varies by a fifth either way, so clients that lost their streams together
    // (a server restart) do not poll in lockstep.
    const tick = () => {
      pollTimer = setTimeout(() => {
        if (mode !== 'events') options.onPoll();
        if (reopenStream && !source) openStream();
        if (pollTimer !== undefined) tick();
      }, options.pollInterval * (0.8 + Math.random() * 0.4));
    };
    tick();
  };

  const stopPolling = () => {
    if (usePolling) return;
    clearTimeout(pollTimer);
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
    clearTimeout(silence);
    source?.close();
    source = undefined;
    clearTimeout(pollTimer);
    pollTimer = undefined;
    if (typeof window !== 'undefined') {
      window.removeEventListener('online', onConnectivity);
      window.removeEventListener('offline', onConnectivity);
    }
  };
}

// Server-Sent Events: every open stream of a collection hears about each write as a `change`
// event whose id is the list's new ETag value. A client that reconnects with an older
// Last-Event-ID is told at once that it missed something.

/** How long a browser waits before reconnecting a dropped stream. */
const RECONNECT_MS = 1000;
/** A comment line now and then keeps proxies from closing an idle stream. */
const HEARTBEAT_MS = 15_000;

export class EventStreams {
  /** @type {Map<string, Set<import('node:http').ServerResponse>>} */
  streams = new Map();

  /**
   * @param {string} collection
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} currentId
   * @param {Record<string, string>} headers
   */
  open(collection, req, res, currentId, headers) {
    res.writeHead(200, {
      ...headers,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      // Stops nginx and similar proxies from buffering the stream.
      'X-Accel-Buffering': 'no',
    });
    res.write(`retry: ${RECONNECT_MS}\n: connected\n\n`);
    const lastSeen = req.headers['last-event-id'];
    if (typeof lastSeen === 'string' && lastSeen !== currentId) {
      res.write(event(currentId, { type: 'resync' }));
    }
    let set = this.streams.get(collection);
    if (!set) this.streams.set(collection, (set = new Set()));
    set.add(res);
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    const close = () => {
      clearInterval(heartbeat);
      set.delete(res);
    };
    req.on('close', close);
    res.on('close', close);
  }

  /**
   * @param {string} collection
   * @param {string} id
   * @param {{ type: 'created' | 'updated' | 'deleted' | 'resync', id?: string }} change
   */
  publish(collection, id, change) {
    for (const res of this.streams.get(collection) ?? []) res.write(event(id, change));
  }

  /**
   * Ends every open stream of a collection, as a restarting server or a flaky proxy would.
   * @param {string} collection
   */
  drop(collection) {
    for (const res of this.streams.get(collection) ?? []) res.destroy();
    this.streams.delete(collection);
  }

  closeAll() {
    for (const set of this.streams.values()) for (const res of set) res.destroy();
    this.streams.clear();
  }
}

/**
 * @param {string} id
 * @param {unknown} data
 */
function event(id, data) {
  return `id: ${id}\nevent: change\ndata: ${JSON.stringify(data)}\n\n`;
}

// Server-Sent Events, as Web streams. Every open stream of a tenant hears each write as a
// `change` event whose id is the tenant's new change tag; the writes come from the database's
// notifications, so a write through any instance reaches the streams of every instance. Staff
// streams are told which announcement changed; a client's stream only that something did, so
// it never learns of announcements meant for other clients.
import { ALWAYS } from '../http/responses.mjs';

/** How long a browser waits before reconnecting a dropped stream. */
const RECONNECT_MS = 1000;
/**
 * A `heartbeat` event now and then keeps proxies from closing an idle stream and lets
 * clients tell a live stream from one a buffering proxy holds back. It is an event, not a
 * comment, because EventSource hides comments from the page.
 */
export const DEFAULT_HEARTBEAT_MS = 15_000;

const HEARTBEAT = 'event: heartbeat\ndata: {}\n\n';

const encoder = new TextEncoder();

/**
 * @typedef {ReadableStreamDefaultController<Uint8Array>} StreamController
 */

export class EventStreams {
  /** @param {{ heartbeatMs?: number }} [options] */
  constructor(options = {}) {
    this.heartbeatMs = options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
    /** @type {Map<string, Set<StreamController>>} */
    this.byTenant = new Map();
    /** The streams of clients, which hear no announcement ids. */
    /** @type {WeakSet<StreamController>} */
    this.ofClients = new WeakSet();
  }

  /**
   * A `text/event-stream` answer for one client of `tenant`.
   * @param {string} tenant
   * @param {string | null} lastEventId The client's Last-Event-ID, if it is reconnecting.
   * @param {string} currentTag The list's tag now.
   * @param {Record<string, string>} headers
   * @param {{ staff?: boolean }} [who] Staff hear which announcement changed (default); clients only that one did.
   */
  open(tenant, lastEventId, currentTag, headers, who = { staff: true }) {
    /** @type {NodeJS.Timeout | undefined} */
    let heartbeat;
    /** @type {StreamController | undefined} */
    let own;
    const add = (/** @type {StreamController} */ controller) => {
      if (who.staff === false) this.ofClients.add(controller);
      this.add(tenant, controller);
    };
    const remove = (/** @type {StreamController} */ controller) => this.remove(tenant, controller);
    const heartbeatMs = this.heartbeatMs;
    const body = new ReadableStream({
      start(controller) {
        own = controller;
        controller.enqueue(encoder.encode(`retry: ${RECONNECT_MS}\n: connected\n\n${HEARTBEAT}`));
        // A client that reconnects with another tag missed something: tell it at once.
        if (lastEventId !== null && lastEventId !== currentTag) controller.enqueue(encoder.encode(eventText(currentTag, { type: 'resync' })));
        add(controller);
        heartbeat = setInterval(() => {
          try {
            controller.enqueue(encoder.encode(HEARTBEAT));
          } catch {
            clearInterval(heartbeat); // the stream was dropped or closed
          }
        }, heartbeatMs);
        heartbeat.unref?.();
      },
      cancel() {
        clearInterval(heartbeat);
        if (own) remove(own);
      },
    });
    return new Response(body, {
      status: 200,
      headers: {
        ...ALWAYS,
        ...headers,
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-cache, no-transform',
        // Stops nginx and similar proxies from buffering the stream.
        'X-Accel-Buffering': 'no',
      },
    });
  }

  /**
   * Sends a change to every open stream of its tenant.
   * @param {import('../store/announcement-store.mjs').Change} change
   */
  publish(change) {
    const { tenant, tag, ...data } = change;
    const bytes = encoder.encode(eventText(tag, data));
    const ping = encoder.encode(eventText(tag, { type: data.type === 'resync' ? 'resync' : 'changed' }));
    for (const controller of this.byTenant.get(tenant) ?? []) this.send(tenant, controller, this.ofClients.has(controller) ? ping : bytes);
  }

  /** Tells every stream to reload: changes may have been missed. */
  resyncAll() {
    const bytes = encoder.encode(eventText('', { type: 'resync' }));
    for (const [tenant, set] of this.byTenant) for (const controller of set) this.send(tenant, controller, bytes);
  }

  /**
   * Breaks every open stream of a tenant, as a restarting server or a flaky proxy would.
   * @param {string} tenant
   */
  drop(tenant) {
    for (const controller of this.byTenant.get(tenant) ?? []) controller.error(new Error('stream dropped'));
    this.byTenant.delete(tenant);
  }

  closeAll() {
    for (const set of this.byTenant.values()) for (const controller of set) controller.error(new Error('server closing'));
    this.byTenant.clear();
  }

  /**
   * @param {string} tenant
   * @param {StreamController} controller
   */
  add(tenant, controller) {
    let set = this.byTenant.get(tenant);
    if (!set) this.byTenant.set(tenant, (set = new Set()));
    set.add(controller);
  }

  /**
   * @param {string} tenant
   * @param {StreamController} controller
   */
  remove(tenant, controller) {
    const set = this.byTenant.get(tenant);
    set?.delete(controller);
    if (set?.size === 0) this.byTenant.delete(tenant);
  }

  /**
   * @param {string} tenant
   * @param {StreamController} controller
   * @param {Uint8Array} bytes
   */
  send(tenant, controller, bytes) {
    try {
      controller.enqueue(bytes);
    } catch {
      this.remove(tenant, controller);
    }
  }
}

/**
 * @param {string} id
 * @param {unknown} data
 */
function eventText(id, data) {
  return `id: ${id}\nevent: change\ndata: ${JSON.stringify(data)}\n\n`;
}

// Scripted network faults per collection, so browser tests can make the real server slow,
// failing, unreachable or incoherent over real HTTP without touching other tests' data.

/**
 * @typedef {object} FaultSettings
 * @property {number} [latencyMs] Delay before every answer (the event stream excepted).
 * @property {number} [slowNext] How many of the next requests wait `slowMs` before being answered.
 * @property {number} [slowMs] The delay of those slow requests.
 * @property {number} [failNext] How many of the next requests are answered with `status`.
 * @property {number} [status] The failing status, 503 by default.
 * @property {number} [retryAfter] Seconds sent as `Retry-After` with the failures.
 * @property {number} [dropNext] How many of the next requests lose their connection unanswered.
 * @property {number} [malformedNext] How many of the next requests get a 200 with broken JSON instead of being handled.
 * @property {number} [loseAnswerNext] How many of the next requests are carried out but lose their connection before the answer.
 * @property {boolean} [down] Every request, the event stream included, loses its connection.
 * @property {boolean} [silentEvents] Event streams open (200 and headers) but never send a byte, as behind a buffering proxy.
 * @property {string[]} [methods] Limit failNext, dropNext, malformedNext and loseAnswerNext to these methods.
 */

/** @typedef {'fail' | 'drop' | 'malformed' | 'lose-answer' | undefined} Fault */

/** The faults a plan counts down, in the order they are taken: `[setting, what happens]`. */
const COUNTED_FAULTS = [
  ['dropNext', 'drop'],
  ['failNext', 'fail'],
  ['malformedNext', 'malformed'],
  ['loseAnswerNext', 'lose-answer'],
];

export class FaultPlan {
  /** @type {Map<string, FaultSettings>} */
  settings = new Map();

  /**
   * @param {string} collection
   * @param {FaultSettings} next Replaces the collection's settings; `{}` clears them.
   */
  set(collection, next) {
    /** @type {FaultSettings} */
    const clean = {};
    for (const key of ['latencyMs', 'slowNext', 'slowMs', 'failNext', 'status', 'retryAfter', 'dropNext', 'malformedNext', 'loseAnswerNext']) {
      const value = /** @type {Record<string, unknown>} */ (next)[key];
      if (typeof value === 'number' && Number.isFinite(value) && value >= 0) {
        /** @type {Record<string, unknown>} */ (clean)[key] = value;
      }
    }
    if (next.down === true) clean.down = true;
    if (next.silentEvents === true) clean.silentEvents = true;
    if (Array.isArray(next.methods)) clean.methods = next.methods.map((method) => String(method).toUpperCase());
    this.settings.set(collection, clean);
    return clean;
  }

  /** @param {string} collection */
  get(collection) {
    return this.settings.get(collection) ?? {};
  }

  /**
   * How long the next request must wait before it is handled (the event stream excepted);
   * counts the slow requests down.
   * @param {string} collection
   * @param {string} method
   * @param {{ eventStream: boolean }} kind
   */
  delayOf(collection, method, { eventStream }) {
    const plan = this.settings.get(collection);
    if (!plan || eventStream) return 0;
    let delay = plan.latencyMs ?? 0;
    if (plan.slowNext && (!plan.methods || plan.methods.includes(method))) {
      plan.slowNext -= 1;
      delay += plan.slowMs ?? 0;
    }
    return delay;
  }

  /**
   * Which fault, if any, the next request of a collection meets; counts it down.
   * @param {string} collection
   * @param {string} method
   * @param {{ eventStream: boolean }} kind
   * @returns {Fault}
   */
  take(collection, method, { eventStream }) {
    const plan = this.settings.get(collection);
    if (!plan) return undefined;
    if (plan.down) return 'drop';
    if (eventStream || (plan.methods && !plan.methods.includes(method))) return undefined;
    for (const [counter, fault] of COUNTED_FAULTS) {
      if (plan[counter]) {
        plan[counter] -= 1;
        return fault;
      }
    }
    return undefined;
  }
}

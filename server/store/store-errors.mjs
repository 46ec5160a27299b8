// What a store refuses; the handler turns each into its HTTP answer.

/** No announcement with this id in the tenant. */
export class RecordMissingError extends Error {
  /** @param {string} id */
  constructor(id) {
    super(`There is no announcement ${id}.`);
    this.id = id;
  }
}

/** The precondition named other versions than the current one. */
export class VersionMismatchError extends Error {
  /** @param {unknown} current The record as it is now. */
  constructor(current) {
    super('The announcement was changed by someone else.');
    this.current = current;
  }
}

/** An Idempotency-Key came back with a different request. */
export class IdempotencyKeyReusedError extends Error {
  constructor() {
    super('This Idempotency-Key was already used for a different request.');
  }
}

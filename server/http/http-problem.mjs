// Failures the handler answers on purpose, as RFC 9457 problem details.

/** Problem types of the contract; documented in openapi.yaml and docs/rest-api.md. */
export const PROBLEM = {
  validation: 'urn:portal-announcements:problem:validation',
  conflict: 'urn:portal-announcements:problem:conflict',
  notFound: 'urn:portal-announcements:problem:not-found',
  preconditionRequired: 'urn:portal-announcements:problem:precondition-required',
  badRequest: 'urn:portal-announcements:problem:bad-request',
  unauthorized: 'urn:portal-announcements:problem:unauthorized',
  forbidden: 'urn:portal-announcements:problem:forbidden',
  methodNotAllowed: 'urn:portal-announcements:problem:method-not-allowed',
  unsupportedMediaType: 'urn:portal-announcements:problem:unsupported-media-type',
  tooLarge: 'urn:portal-announcements:problem:too-large',
  idempotencyMismatch: 'urn:portal-announcements:problem:idempotency-key-reused',
  unavailable: 'urn:portal-announcements:problem:unavailable',
};

/** Thrown anywhere below the handler to answer with a problem instead of a 500. */
export class HttpProblem extends Error {
  /**
   * @param {number} status
   * @param {string} type One of {@link PROBLEM}.
   * @param {string} title
   * @param {{ detail?: string, headers?: Record<string, string>, members?: Record<string, unknown> }} [extra]
   */
  constructor(status, type, title, extra = {}) {
    super(extra.detail ?? title);
    this.status = status;
    this.type = type;
    this.title = title;
    this.detail = extra.detail;
    this.headers = extra.headers ?? {};
    this.members = extra.members ?? {};
  }
}

/** @param {string} detail */
export const badRequest = (detail) => new HttpProblem(400, PROBLEM.badRequest, 'Bad request', { detail });

/** `portal-announcements/adapters/rest`: announcements from the portal's own server over HTTP. */
export { RestAdapter } from '../adapters/rest/rest-adapter.js';
export type { RestAdapterOptions, HeadersOption } from '../adapters/rest/rest-options.js';
export type { RestMapping, WriteContext } from '../adapters/rest/mapping.js';
export type { RetryPolicy } from '../adapters/rest/http.js';
export type { LiveUpdateMode } from '../adapters/rest/live-updates.js';
export { HttpError, SkippedRecordsError, type ProblemDetails } from '../adapters/rest/problem.js';

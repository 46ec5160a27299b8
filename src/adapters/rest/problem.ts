import type { RecordError } from '../../model/parse.js';

/** An RFC 9457 problem details object, as far as the adapter reads it. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  /** 422: the refused fields, `{ "title": "required" }` or `[{ "pointer": "#/title", "code": "required" }]`. */
  errors?: unknown;
  /** 412: the announcement as it is now. */
  current?: unknown;
  [extension: string]: unknown;
}

/** The HTTP side of a failure: the `cause` of an `AdapterUnavailableError` for unexpected answers. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemDetails | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Reported to `onError` when a list answer contained records that were skipped as malformed. */
export class SkippedRecordsError extends Error {
  constructor(readonly recordErrors: readonly RecordError[]) {
    super(`Skipped ${recordErrors.length} malformed announcement record(s) from the server`);
    this.name = 'SkippedRecordsError';
  }
}

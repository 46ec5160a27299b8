import type { Announcement } from '../../model/announcement.js';
import { AdapterUnavailableError, ConflictError, NotFoundError, ValidationError, type AnnouncementError } from '../../model/errors.js';
import { isFieldErrorCode, type FieldErrors, type InputField } from '../../model/validate.js';
import type { RecordError } from '../../model/parse.js';
import type { HttpResult } from './http.js';

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

/** The fields an answer may refuse; a variant's by position, `variants.0.title` or the pointer `variants/0/title`. */
const INPUT_FIELD = /^(?:title|body|severity|publishAt|expiresAt|language|audience|dismissal|variants(?:([./])(?:0|[1-9]\d*)\1(?:language|title|body))?)$/;

export interface ErrorContext {
  /** What was asked for, for messages: `"GET /api/announcements"`. */
  request: string;
  /** The announcement the request was about, if any. */
  id?: string;
  /** Turns a problem's `current` into an announcement (mapping hook plus validation). */
  readCurrent: (raw: unknown) => Announcement | undefined;
}

/**
 * Turns an error answer into the typed error the elements understand: 422 (and a 400 with
 * field errors) -> `ValidationError`, 412 and 409 -> `ConflictError`, 404 on an announcement
 * -> `NotFoundError`, anything else -> `AdapterUnavailableError` with an `HttpError` cause.
 */
export function errorFromResponse(result: HttpResult, context: ErrorContext): AnnouncementError {
  const problem = readProblem(result.text);
  const { status } = result;
  const summary = `${context.request} answered ${status}${problem?.title ? ` (${problem.title})` : ''}`;
  const fieldErrors = readFieldErrors(problem?.errors);
  if (status === 422 || (status === 400 && Object.keys(fieldErrors).length > 0)) {
    return Object.keys(fieldErrors).length > 0 ? new ValidationError(fieldErrors) : new ValidationError({}, problem?.detail ?? summary);
  }
  if ((status === 412 || status === 409) && context.id !== undefined) {
    return new ConflictError(context.id, problem?.current === undefined ? undefined : context.readCurrent(problem.current));
  }
  if (status === 404 && context.id !== undefined) return new NotFoundError(context.id);
  return new AdapterUnavailableError(summary, { cause: new HttpError(status, problem, problem?.detail ?? summary) });
}

function readProblem(text: string): ProblemDetails | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as ProblemDetails) : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the field errors of both common shapes; unknown fields are left out, unknown codes become `invalid-type`. */
function readFieldErrors(errors: unknown): FieldErrors {
  const result: FieldErrors = {};
  const add = (field: unknown, code: unknown) => {
    const name = typeof field === 'string' ? field.replace(/^#?\//, '') : '';
    if (!INPUT_FIELD.test(name)) return;
    result[name.replaceAll('/', '.') as InputField] = isFieldErrorCode(code) ? code : 'invalid-type';
  };
  if (Array.isArray(errors)) {
    for (const entry of errors) {
      if (typeof entry !== 'object' || entry === null) continue;
      const { pointer, field, name, code } = entry as Record<string, unknown>;
      add(pointer ?? field ?? name, code);
    }
  } else if (typeof errors === 'object' && errors !== null) {
    for (const [field, code] of Object.entries(errors)) add(field, code);
  }
  return result;
}

/** Reported to `onError` when a list answer contained records that were skipped as malformed. */
export class SkippedRecordsError extends Error {
  constructor(readonly recordErrors: readonly RecordError[]) {
    super(`Skipped ${recordErrors.length} malformed announcement record(s) from the server`);
    this.name = 'SkippedRecordsError';
  }
}

import type { Announcement } from '../../model/announcement.js';
import type { AnnouncementError, AdapterUnavailableError, ConflictError, NotFoundError, ValidationError } from '../../model/errors.js';
import type { FieldErrors, InputField, isFieldErrorCode } from '../../model/validate.js';
import type { normalizeInput } from '../../model/records.js';
import type { HttpResult } from './http.js';
import type { HttpError, ProblemDetails } from './problem.js';

/**
 * What the lazily loaded code makes its errors and checks with: the model's own classes and
 * functions, handed over by the adapter's main module. Importing them here would move the
 * model into one more chunk that every page loads (see `rest-writes.ts`).
 */
export interface RestModel {
  AdapterUnavailableError: typeof AdapterUnavailableError;
  ConflictError: typeof ConflictError;
  NotFoundError: typeof NotFoundError;
  ValidationError: typeof ValidationError;
  HttpError: typeof HttpError;
  isFieldErrorCode: typeof isFieldErrorCode;
  normalizeInput: typeof normalizeInput;
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
  model: RestModel;
}

/**
 * Turns an error answer into the typed error the elements understand: 422 (and a 400 with
 * field errors) -> `ValidationError`, 412 and 409 -> `ConflictError`, 404 on an announcement
 * -> `NotFoundError`, anything else -> `AdapterUnavailableError` with an `HttpError` cause.
 */
export function errorFromResponse(result: HttpResult, context: ErrorContext): AnnouncementError {
  const { model } = context;
  const problem = readProblem(result.text);
  const { status } = result;
  const summary = `${context.request} answered ${status}${problem?.title ? ` (${problem.title})` : ''}`;
  const fieldErrors = readFieldErrors(problem?.errors, model.isFieldErrorCode);
  if (status === 422 || (status === 400 && Object.keys(fieldErrors).length > 0)) {
    return Object.keys(fieldErrors).length > 0 ? new model.ValidationError(fieldErrors) : new model.ValidationError({}, problem?.detail ?? summary);
  }
  if ((status === 412 || status === 409) && context.id !== undefined) {
    return new model.ConflictError(context.id, problem?.current === undefined ? undefined : context.readCurrent(problem.current));
  }
  if (status === 404 && context.id !== undefined) return new model.NotFoundError(context.id);
  return new model.AdapterUnavailableError(summary, { cause: new model.HttpError(status, problem, problem?.detail ?? summary) });
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
function readFieldErrors(errors: unknown, isFieldErrorCode: RestModel['isFieldErrorCode']): FieldErrors {
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

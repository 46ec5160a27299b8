import { BODY_MAX_LENGTH, SEVERITIES, TITLE_MAX_LENGTH } from './announcement.js';
import { isInstant, parseInstant, toMillis } from './dates.js';

/** Why a field was refused. Codes, not sentences: each element words them in its language. */
export type FieldErrorCode =
  | 'required'
  | 'too-long'
  | 'invalid-type'
  | 'invalid-date'
  | 'not-after-publish'
  | 'in-past'
  | 'invalid-severity';

export type InputField = 'title' | 'body' | 'severity' | 'publishAt' | 'expiresAt';

export type FieldErrors = Partial<Record<InputField, FieldErrorCode>>;

export interface ValidateOptions {
  /** When given, an expiry at or before this moment is refused ("a date in the past"). */
  now?: Date | number;
}

/**
 * A title needs something a reader can see: one character that is neither white space, a
 * control character (`\u0000`) nor an invisible format character (zero-width space, BOM).
 */
const VISIBLE_CHARACTER = /[^\p{White_Space}\p{Cc}\p{Cf}]/u;

const ENGLISH: Record<FieldErrorCode, string> = {
  required: 'is required',
  'too-long': 'is too long',
  'invalid-type': 'has the wrong type',
  'invalid-date': 'is not a valid ISO 8601 date and time',
  'not-after-publish': 'must be after the publish date',
  'in-past': 'is in the past',
  'invalid-severity': `must be one of ${SEVERITIES.join(', ')}`,
};

/**
 * Checks an announcement's editable fields. Never throws on user input: it returns the
 * problems per field, an empty object when there are none. Used by every adapter before it
 * writes and by the editor before it publishes, so both refuse exactly the same things.
 */
export function validateInput(input: unknown, options: ValidateOptions = {}): FieldErrors {
  const errors: FieldErrors = {};
  const fields = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;

  const { title, body, severity, publishAt, expiresAt } = fields;
  if (typeof title !== 'string') errors.title = title === undefined || title === null ? 'required' : 'invalid-type';
  else if (!VISIBLE_CHARACTER.test(title)) errors.title = 'required';
  else if (title.trim().length > TITLE_MAX_LENGTH) errors.title = 'too-long';

  if (body !== undefined && body !== null) {
    if (typeof body !== 'string') errors.body = 'invalid-type';
    else if (body.length > BODY_MAX_LENGTH) errors.body = 'too-long';
  }

  if (severity !== undefined && severity !== null && !SEVERITIES.includes(severity as never)) {
    errors.severity = 'invalid-severity';
  }

  const dateError = (value: unknown) => (value === undefined || value === null || isInstant(value) ? undefined : 'invalid-date');
  const publishError = dateError(publishAt);
  const expiresError = dateError(expiresAt);
  if (publishError) errors.publishAt = publishError;
  if (expiresError) errors.expiresAt = expiresError;

  if (!expiresError && typeof expiresAt === 'string') {
    const expires = parseInstant(expiresAt);
    if (!publishError && typeof publishAt === 'string' && expires <= parseInstant(publishAt)) {
      errors.expiresAt = 'not-after-publish';
    } else if (options.now !== undefined && expires <= toMillis(options.now)) {
      errors.expiresAt = 'in-past';
    }
  }
  return errors;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}

/** A one-line English summary of field errors, for exception messages and logs. */
export function describeFieldErrors(errors: FieldErrors): string {
  return Object.entries(errors)
    .map(([field, code]) => `${field} ${ENGLISH[code as FieldErrorCode]}`)
    .join('; ');
}

import {
  AUDIENCE_ENTRY_MAX_LENGTH,
  AUDIENCE_MAX,
  BODY_MAX_LENGTH,
  DISMISSAL_MODES,
  SEVERITIES,
  TITLE_MAX_LENGTH,
  VARIANTS_MAX,
} from './announcement.js';
import { isInstant, parseInstant, toMillis } from './dates.js';
import { canonicalLanguage } from './languages.js';

/** Why a field was refused. Codes, not sentences: each element words them in its language. */
export type FieldErrorCode =
  | 'required'
  | 'too-long'
  | 'invalid-type'
  | 'invalid-date'
  | 'not-after-publish'
  | 'in-past'
  | 'invalid-severity'
  | 'invalid-language'
  | 'duplicate-language'
  | 'too-many'
  | 'invalid-audience'
  | 'invalid-dismissal';

/** A field of one variant, by its position: `variants.0.title`. */
export type VariantField = `variants.${number}.${'language' | 'title' | 'body'}`;

export type InputField =
  | 'title'
  | 'body'
  | 'severity'
  | 'publishAt'
  | 'expiresAt'
  | 'language'
  | 'variants'
  | 'audience'
  | 'dismissal'
  | VariantField;

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

const isAbsent = (value: unknown) => value === undefined || value === null;

/** An object's fields; none for anything else, so each field is then checked as missing. */
const fieldsOf = (value: unknown) => (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;

const ENGLISH: Record<FieldErrorCode, string> = {
  required: 'is required',
  'too-long': 'is too long',
  'invalid-type': 'has the wrong type',
  'invalid-date': 'is not a valid ISO 8601 date and time',
  'not-after-publish': 'must be after the publish date',
  'in-past': 'is in the past',
  'invalid-severity': `must be one of ${SEVERITIES.join(', ')}`,
  'invalid-language': 'is not a language tag',
  'duplicate-language': 'repeats a language',
  'too-many': 'has too many entries',
  'invalid-audience': 'is not an audience',
  'invalid-dismissal': `must be one of ${DISMISSAL_MODES.join(', ')}`,
};

/**
 * Checks an announcement's editable fields. Never throws on user input: it returns the
 * problems per field, an empty object when there are none. Used by every adapter before it
 * writes and by the editor before it publishes, so both refuse exactly the same things.
 */
export function validateInput(input: unknown, options: ValidateOptions = {}): FieldErrors {
  const errors: FieldErrors = {};
  const fields = fieldsOf(input);

  const { title, body, severity, publishAt, expiresAt } = fields;
  checkText(errors, 'title', 'body', title, body);

  if (!isAbsent(severity) && !SEVERITIES.includes(severity as never)) {
    errors.severity = 'invalid-severity';
  }

  const dateError = (value: unknown) => (isAbsent(value) || isInstant(value) ? undefined : 'invalid-date');
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
  checkReach(errors, fields);
  return errors;
}

/** A title and description pair: the default text or one variant's. */
function checkText(errors: FieldErrors, titleField: InputField, bodyField: InputField, title: unknown, body: unknown): void {
  if (typeof title !== 'string') errors[titleField] = isAbsent(title) ? 'required' : 'invalid-type';
  else if (!VISIBLE_CHARACTER.test(title)) errors[titleField] = 'required';
  else if (title.trim().length > TITLE_MAX_LENGTH) errors[titleField] = 'too-long';

  if (!isAbsent(body)) {
    if (typeof body !== 'string') errors[bodyField] = 'invalid-type';
    else if (body.length > BODY_MAX_LENGTH) errors[bodyField] = 'too-long';
  }
}

/** Languages, audience and dismissal: all optional, so records written before them stay valid. */
function checkReach(errors: FieldErrors, fields: Record<string, unknown>): void {
  const { language, variants, audience, dismissal } = fields;
  const languages = new Set<string>();
  if (!isAbsent(language)) {
    const tag = canonicalLanguage(language);
    if (tag) languages.add(tag);
    else errors.language = 'invalid-language';
  }

  if (!isAbsent(variants)) {
    if (!Array.isArray(variants)) errors.variants = 'invalid-type';
    else if (variants.length > VARIANTS_MAX) errors.variants = 'too-many';
    else {
      if (variants.length > 0 && isAbsent(language)) errors.language = 'required';
      variants.forEach((variant: unknown, index) => {
        const { language: tag, title, body } = fieldsOf(variant);
        const canonical = canonicalLanguage(tag);
        if (!canonical) errors[`variants.${index}.language`] = isAbsent(tag) ? 'required' : 'invalid-language';
        else if (languages.has(canonical)) errors[`variants.${index}.language`] = 'duplicate-language';
        else languages.add(canonical);
        checkText(errors, `variants.${index}.title`, `variants.${index}.body`, title, body);
      });
    }
  }

  if (!isAbsent(audience)) {
    const code = audienceError(audience);
    if (code) errors.audience = code;
  }
  if (!isAbsent(dismissal) && !DISMISSAL_MODES.includes(dismissal as never)) errors.dismissal = 'invalid-dismissal';
}

function audienceError(audience: unknown): FieldErrorCode | undefined {
  const { kind, tags, clients } = fieldsOf(audience);
  if (kind === 'all') return undefined;
  const entries = kind === 'tags' ? tags : kind === 'clients' ? clients : undefined;
  if (!Array.isArray(entries)) return 'invalid-audience';
  if (entries.length === 0) return 'required';
  if (entries.length > AUDIENCE_MAX) return 'too-many';
  const valid = (entry: unknown) => typeof entry === 'string' && VISIBLE_CHARACTER.test(entry) && entry.length <= AUDIENCE_ENTRY_MAX_LENGTH;
  return entries.every(valid) ? undefined : 'invalid-audience';
}

/** Whether a value is one of the codes above, e.g. in a server's answer. */
export function isFieldErrorCode(code: unknown): code is FieldErrorCode {
  return typeof code === 'string' && Object.hasOwn(ENGLISH, code);
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

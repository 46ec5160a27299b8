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

/** What is wrong with a present value, if anything (`false` or `undefined`: nothing). */
type Check = (value: unknown) => FieldErrorCode | false | undefined;

const notIn = (allowed: readonly string[], code: FieldErrorCode): Check => (value) => !allowed.includes(value as string) && code;

/**
 * Checks an announcement's editable fields. Never throws on user input: it returns the
 * problems per field, an empty object when there are none. Used by every adapter before it
 * writes and by the editor before it publishes, so both refuse exactly the same things.
 */
export function validateInput(input: unknown, options: ValidateOptions = {}): FieldErrors {
  const errors: FieldErrors = {};
  const { title, body, severity, publishAt, expiresAt, language, variants, audience, dismissal } = fieldsOf(input);
  /** Most fields are optional: an absent one is fine unless `required`, a present one must pass `check`. */
  const check = (field: InputField, value: unknown, problem: Check, required?: boolean) => {
    const code = isAbsent(value) ? required && 'required' : problem(value);
    if (code) errors[field] = code;
  };
  /** A title and description pair: the default text (`prefix` "") or one variant's. */
  const checkText = (prefix: '' | `variants.${number}.`, title: unknown, body: unknown) => {
    check(`${prefix}title`, title, titleProblem, true);
    check(`${prefix}body`, body, (text) => (typeof text !== 'string' ? 'invalid-type' : text.length > BODY_MAX_LENGTH && 'too-long'));
  };

  checkText('', title, body);
  check('severity', severity, notIn(SEVERITIES, 'invalid-severity'));
  check('publishAt', publishAt, (value) => !isInstant(value) && 'invalid-date');
  check('expiresAt', expiresAt, (value) =>
    !isInstant(value)
      ? 'invalid-date'
      : isInstant(publishAt) && parseInstant(value) <= parseInstant(publishAt)
        ? 'not-after-publish'
        : options.now !== undefined && parseInstant(value) <= toMillis(options.now) && 'in-past',
  );

  // Languages, audience and dismissal: all optional, so records written before them stay valid.
  const languages = new Set<string>();
  /** A language tag not seen yet in this announcement, which it then counts as seen. */
  const newLanguage: Check = (tag) => {
    const canonical = canonicalLanguage(tag);
    return !canonical ? 'invalid-language' : languages.has(canonical) ? 'duplicate-language' : void languages.add(canonical);
  };
  const variantList = Array.isArray(variants) && variants.length <= VARIANTS_MAX ? (variants as unknown[]) : undefined;
  // Variants need the default text's language, so a reader can be shown the right one.
  check('language', language, newLanguage, !!variantList?.length);
  check('variants', variants, (value) => (!Array.isArray(value) ? 'invalid-type' : !variantList && 'too-many'));
  variantList?.forEach((variant, index) => {
    const { language: tag, title, body } = fieldsOf(variant);
    check(`variants.${index}.language`, tag, newLanguage, true);
    checkText(`variants.${index}.`, title, body);
  });
  check('audience', audience, audienceProblem);
  check('dismissal', dismissal, notIn(DISMISSAL_MODES, 'invalid-dismissal'));
  return errors;
}

/** A title needs text a reader can see, at most `TITLE_MAX_LENGTH` characters once trimmed. */
const titleProblem: Check = (title) =>
  typeof title !== 'string' ? 'invalid-type' : !VISIBLE_CHARACTER.test(title) ? 'required' : title.trim().length > TITLE_MAX_LENGTH && 'too-long';

/** Everyone, or a list of tags or of clients that is neither empty nor too long. */
const audienceProblem: Check = (audience) => {
  const { kind, tags, clients } = fieldsOf(audience);
  if (kind === 'all') return undefined;
  const entries = kind === 'tags' ? tags : kind === 'clients' ? clients : undefined;
  if (!Array.isArray(entries)) return 'invalid-audience';
  if (entries.length === 0) return 'required';
  if (entries.length > AUDIENCE_MAX) return 'too-many';
  const valid = (entry: unknown) => typeof entry === 'string' && VISIBLE_CHARACTER.test(entry) && entry.length <= AUDIENCE_ENTRY_MAX_LENGTH;
  return entries.every(valid) ? undefined : 'invalid-audience';
};

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

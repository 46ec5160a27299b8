import { BODY_MAX_LENGTH, TITLE_MAX_LENGTH } from '../../model/announcement.js';
import type { FieldErrorCode, FieldErrors, InputField } from '../../model/validate.js';
import type { EditorStrings } from './editor-strings.js';

/** The fields in the order the form shows them: the first invalid one gets the focus. */
export const FIELD_ORDER: readonly InputField[] = ['title', 'body', 'expiresAt', 'severity', 'publishAt'];

type Text = (key: keyof EditorStrings, values?: Record<string, string | number>) => string;

/** The sentence shown next to a field for one of the model's error codes. */
export function fieldErrorMessage(field: InputField, code: FieldErrorCode, text: Text): string {
  switch (code) {
    case 'required':
      return text('titleRequired');
    case 'too-long':
      return field === 'title' ? text('titleTooLong', { max: TITLE_MAX_LENGTH }) : text('bodyTooLong', { max: BODY_MAX_LENGTH });
    case 'invalid-date':
      return field === 'publishAt' ? text('dateTimeInvalid') : text('dateInvalid');
    case 'in-past':
      return text('expiryInPast');
    case 'not-after-publish':
      return text('expiryNotAfterPublish');
    case 'invalid-severity':
      return text('severityInvalid');
    default:
      return text('fieldInvalid');
  }
}

export function firstInvalidField(errors: FieldErrors): InputField | undefined {
  return FIELD_ORDER.find((field) => errors[field] !== undefined);
}

import { BODY_MAX_LENGTH, TITLE_MAX_LENGTH } from '../../model/announcement.js';
import type { FieldErrorCode, FieldErrors, InputField, VariantField } from '../../model/validate.js';
import type { EditorStrings } from './editor-strings.js';

/**
 * The fields in the order the form shows them: the first invalid one gets the focus. `variants`
 * stands for every variant's fields, in the variants' order.
 */
export const FIELD_ORDER: readonly InputField[] = ['title', 'body', 'language', 'variants', 'audience', 'dismissal', 'expiresAt', 'severity', 'publishAt'];

type Text = (key: keyof EditorStrings, values?: Record<string, string | number>) => string;

const isTitle = (field: InputField) => field === 'title' || field.endsWith('.title');

/** The sentence shown next to a field for one of the model's error codes. */
export function fieldErrorMessage(field: InputField, code: FieldErrorCode, text: Text, audience?: 'all' | 'tags' | 'clients'): string {
  switch (code) {
    case 'required':
      if (field === 'dismissal') return text('dismissalRequired');
      if (field === 'audience') return text(audience === 'clients' ? 'clientsRequired' : 'tagsRequired');
      if (field === 'language' || field.endsWith('.language')) return text('languageInvalid');
      return text('titleRequired');
    case 'too-long':
      return isTitle(field) ? text('titleTooLong', { max: TITLE_MAX_LENGTH }) : text('bodyTooLong', { max: BODY_MAX_LENGTH });
    case 'invalid-date':
      return field === 'publishAt' ? text('dateTimeInvalid') : text('dateInvalid');
    case 'in-past':
      return text('expiryInPast');
    case 'not-after-publish':
      return text('expiryNotAfterPublish');
    case 'invalid-severity':
      return text('severityInvalid');
    case 'invalid-language':
      return text('languageInvalid');
    case 'duplicate-language':
      return text('languageDuplicate');
    case 'too-many':
      return text('tooMany');
    case 'invalid-audience':
      return text('audienceInvalid');
    default:
      return text('fieldInvalid');
  }
}

/** The invalid fields of the variants, by position and then language, title, description. */
function variantFields(errors: FieldErrors): VariantField[] {
  const rank = { language: 0, title: 1, body: 2 } as Record<string, number>;
  return (Object.keys(errors).filter((field) => field.startsWith('variants.')) as VariantField[]).sort((a, b) => {
    const [, indexA, partA] = a.split('.');
    const [, indexB, partB] = b.split('.');
    return Number(indexA) - Number(indexB) || rank[partA] - rank[partB];
  });
}

export function firstInvalidField(errors: FieldErrors): InputField | undefined {
  for (const field of FIELD_ORDER) {
    if (field === 'variants') {
      const [first] = variantFields(errors);
      if (first) return first;
    }
    if (errors[field] !== undefined) return field;
  }
  return undefined;
}

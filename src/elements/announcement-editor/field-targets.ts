import type { InputField } from '../../model/validate.js';
import type { FormValues } from './form-values.js';
import { variantId } from './panel-languages.js';

const IDS: Partial<Record<InputField, string>> = {
  title: '#title',
  body: '#body',
  expiresAt: '#expires',
  publishAt: '#publish-on',
  language: '#language',
  dismissal: '#keep-until-deleted',
  // Too many variants: the language choice, where the author starts to fix it.
  variants: '#language',
};

/** Where the focus goes for an invalid field, best first: the control the author fixes it with. */
export function fieldSelectors(field: InputField, values: FormValues): string[] {
  const variant = /^variants\.(\d+)\.(language|title|body)$/.exec(field);
  if (variant) return [`#${variantId(Number(variant[1]), variant[2] === 'language' ? 'remove' : (variant[2] as 'title' | 'body'))}`];
  if (field === 'severity') return [`#severity-${values.severity}`];
  // The tag or client box, else the first tag; the option itself when neither is there.
  if (field === 'audience') return ['[data-audience-focus]', `#audience-${values.audience}`];
  return IDS[field] ? [IDS[field]] : [];
}

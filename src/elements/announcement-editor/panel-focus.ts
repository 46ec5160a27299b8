import type { FieldErrors, InputField } from '../../model/validate.js';
import type { DescriptionTab } from './description-field.js';
import { firstInvalidField } from './field-errors.js';
import { fieldSelectors } from './field-targets.js';
import type { FormValues } from './form-values.js';

/** What the panel's focus moves need from the panel. */
export interface FocusHost {
  readonly renderRoot: ParentNode;
  readonly updateComplete: Promise<boolean>;
  readonly values: FormValues;
  setTab(tab: DescriptionTab): void;
  setVariantTab(language: string, tab: DescriptionTab): void;
}

/** The control the author fixes `field` with, as rendered now. */
export function fieldElement(host: FocusHost, field: InputField): HTMLElement | null {
  for (const selector of fieldSelectors(field, host.values)) {
    const element = host.renderRoot.querySelector<HTMLElement>(selector);
    if (element) return element;
  }
  return null;
}

/** Focuses what `find` returns once the panel has rendered its latest change. */
export function focusAfterUpdate(host: FocusHost, find: () => HTMLElement | null): Promise<void> {
  return host.updateComplete.then(() => find()?.focus());
}

/** Takes the author to `field` once the panel has rendered its latest change. */
export function focusField(host: FocusHost, field: InputField): Promise<void> {
  return focusAfterUpdate(host, () => fieldElement(host, field));
}

/** Takes the author to the first invalid field, with the Write tab shown when it is a description. */
export async function focusFirstInvalid(host: FocusHost, errors: FieldErrors): Promise<void> {
  const field = firstInvalidField(errors);
  if (field === 'body') host.setTab('write');
  const variantBody = field && /^variants\.(\d+)\.body$/.exec(field);
  const language = variantBody && host.values.variants[Number(variantBody[1])]?.language;
  if (language) host.setVariantTab(language, 'write');
  if (field) await focusField(host, field);
}

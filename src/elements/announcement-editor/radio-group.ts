import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FormValues } from './form-values.js';
import type { PanelViewModel } from './panel-view-model.js';

/** The form's fields chosen as one of a few words; the field's name is also the radio group's name. */
type ChoiceField = { [K in keyof FormValues]: FormValues[K] extends string ? K : never }[keyof FormValues];

/** One fieldset of radio buttons that sets `field`. */
export interface RadioGroup<K extends ChoiceField> {
  vm: PanelViewModel;
  field: K;
  legend: string;
  options: ReadonlyArray<FormValues[K]>;
  /** The fieldset's class and part. */
  className: string;
  part: string;
  /** The class of the element around the options. */
  optionsClass: string;
  /** The class and part of each option's label. */
  optionClass: (value: FormValues[K]) => string;
  optionPart: string;
  /** What follows the radio button inside its label. */
  renderOption: (value: FormValues[K]) => TemplateResult;
  /** The id of a line that describes an option, if the options have one. */
  describedBy?: (value: FormValues[K]) => string;
  /** What follows the options inside the fieldset. */
  after?: TemplateResult | typeof nothing;
}

/**
 * Native radio buttons in a fieldset give the APG radio group keyboard for free: one tab stop,
 * the arrow keys move and select. Each button's id is `<field>-<value>`.
 */
export function renderRadioGroup<K extends ChoiceField>(group: RadioGroup<K>): TemplateResult {
  const { vm, field, describedBy } = group;
  const current = vm.values[field];
  const choose = (event: Event) => vm.setValue(field, (event.target as HTMLInputElement).value as FormValues[K]);
  return html`<fieldset class=${group.className} part=${group.part}>
    <legend part="label">${group.legend}</legend>
    <div class=${group.optionsClass}>
      ${group.options.map(
        (value) => html`<label class=${group.optionClass(value)} part=${group.optionPart}>
          <input type="radio" name=${field} id="${field}-${value}" value=${value} aria-describedby=${describedBy ? describedBy(value) : nothing} .checked=${live(current === value)} @change=${choose} />
          ${group.renderOption(value)}
        </label>`,
      )}
    </div>
    ${group.after ?? nothing}
  </fieldset>`;
}

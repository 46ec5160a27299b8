import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { SEVERITIES, TITLE_MAX_LENGTH } from '../../model/announcement.js';
import { SEVERITY_STRING_KEYS, severityIcon } from '../shared/severity.js';
import type { InputField } from '../../model/validate.js';
import type { EditorStrings } from './editor-strings.js';
import type { PanelViewModel } from './panel-view-model.js';
import { renderRadioGroup } from './radio-group.js';
import { formatZoned, todayValue } from './time-zone.js';

/** The form's fields in the order the task goes: what, how urgent, the text, then when. */

const describedBy = (...ids: Array<string | false | null | undefined>) => ids.filter(Boolean).join(' ');

/** One title input with its counter and error: the default text's or a variant's. */
export interface TitleInput {
  id: string;
  label: string;
  value: string;
  error: string | undefined;
  set(value: string): void;
}

export function renderTitleInput(vm: PanelViewModel, { id, label, value, error, set }: TitleInput): TemplateResult {
  const length = value.trim().length;
  return html`<div class="field" part="field">
    <label for=${id} part="label">${label}</label>
    <input
      id=${id}
      name=${id}
      type="text"
      part="input"
      autocomplete="off"
      required
      .value=${live(value)}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy(`${id}-count`, error && `${id}-error`)}
      @input=${(event: Event) => set((event.target as HTMLInputElement).value)}
    />
    <p id="${id}-count" class="counter ${length > TITLE_MAX_LENGTH ? 'over' : ''}" part="counter">
      ${vm.localize.text('characterCount', { count: length, max: TITLE_MAX_LENGTH })}
    </p>
    ${error ? html`<p id="${id}-error" class="field-error" part="field-error">${error}</p>` : nothing}
  </div>`;
}

export function renderTitleField(vm: PanelViewModel): TemplateResult {
  return renderTitleInput(vm, { id: 'title', label: vm.localize.strings.title, value: vm.values.title, error: vm.errorFor('title'), set: (value) => vm.setValue('title', value) });
}

/** Severity as four choices with their icon and colour, the way clients will see them. */
export function renderSeverityField(vm: PanelViewModel): TemplateResult {
  const { strings } = vm.localize;
  return renderRadioGroup({
    vm,
    field: 'severity',
    legend: strings.severityLabel,
    options: SEVERITIES,
    className: 'field severity-choices',
    part: 'field severity-field',
    optionsClass: 'choices',
    optionClass: (severity) => `choice severity-${severity}`,
    optionPart: 'severity-choice',
    renderOption: (severity) => html`${severityIcon(severity)}
      <span>${strings[SEVERITY_STRING_KEYS[severity]]}</span>`,
  });
}

type DateField = 'publishOn' | 'expiresDate';

const DATE_FIELDS = {
  publishOn: { id: 'publish-on', label: 'publishOn', hint: 'publishOnHint', result: 'visibleFrom', part: 'publish-from', model: 'publishAt' },
  expiresDate: { id: 'expires', label: 'removeAfter', hint: 'removeAfterHint', result: 'visibleUntil', part: 'visible-until', model: 'expiresAt' },
} as const satisfies Record<DateField, { label: keyof EditorStrings; hint: keyof EditorStrings; result: keyof EditorStrings; model: InputField } & Record<string, string>>;

/**
 * A whole day in the firm's zone. The browser draws a date input in its own language, so the
 * chosen moment is repeated below it in the element's language, with the zone's name.
 */
function renderDateField(vm: PanelViewModel, field: DateField, instant: string | null | undefined): TemplateResult {
  const { strings } = vm.localize;
  const setup = DATE_FIELDS[field];
  const { id } = setup;
  const error = vm.errorFor(setup.model);
  const onChange = (event: Event) => vm.setValue(field, (event.target as HTMLInputElement).value);
  return html`<div class="field" part="field">
    <label for=${id} part="label">${strings[setup.label]}</label>
    <input
      id=${id}
      name=${id}
      type="date"
      part="input"
      min=${field === 'expiresDate' ? todayValue(vm.timeZone) : nothing}
      .value=${live(vm.values[field])}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy(`${id}-hint`, instant && `${id}-result`, 'zone-hint', error && `${id}-error`)}
      @input=${onChange}
      @change=${onChange}
    />
    <p id="${id}-hint" class="hint" part="hint">${strings[setup.hint]}</p>
    ${instant
      ? html`<p id="${id}-result" class="result" part=${setup.part}>
          ${vm.localize.text(setup.result, { date: formatZoned(vm.localize, instant, vm.timeZone) })}
        </p>`
      : nothing}
    ${error ? html`<p id="${id}-error" class="field-error" part="field-error">${error}</p>` : nothing}
  </div>`;
}

/** "Publish on" and "Remove announcement after", side by side where there is room, with the zone they are read in. */
export function renderDateFields(vm: PanelViewModel, publishAt: string | null | undefined, expiresAt: string | null | undefined, zone: string): TemplateResult {
  return html`<div class="date-fields">
      ${renderDateField(vm, 'publishOn', publishAt)} ${renderDateField(vm, 'expiresDate', expiresAt)}
    </div>
    <p id="zone-hint" class="hint zone-hint" part="hint">${vm.localize.text('zoneHint', { zone })}</p>`;
}

export function renderNotifyField(vm: PanelViewModel): TemplateResult | typeof nothing {
  if (!vm.target) return nothing;
  const { strings } = vm.localize;
  return html`<div class="field checkbox" part="field">
    <input
      id="notify"
      name="notify"
      type="checkbox"
      .checked=${live(vm.values.notify)}
      aria-describedby="notify-hint"
      @change=${(event: Event) => vm.setValue('notify', (event.target as HTMLInputElement).checked)}
    />
    <label for="notify" part="label">${strings.notifyAgain}</label>
    <p id="notify-hint" class="hint" part="hint">${strings.notifyAgainHint}</p>
  </div>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { DISMISSAL_MODES, type DismissalMode } from '../../model/announcement.js';
import type { EditorStrings } from './editor-strings.js';
import type { PanelViewModel } from './panel-view-model.js';
import { renderRadioGroup } from './radio-group.js';

const LABELS: Record<DismissalMode, { label: keyof EditorStrings; hint: keyof EditorStrings }> = {
  session: { label: 'dismissalSession', hint: 'dismissalSessionHint' },
  once: { label: 'dismissalOnce', hint: 'dismissalOnceHint' },
  never: { label: 'dismissalNever', hint: 'dismissalNeverHint' },
};

/**
 * "How it may be dismissed": three choices with one line each. "Not at all" leaves clients no
 * Close button, so it asks for an end date or the author's word that it stays until deleted.
 */
export function renderDismissalField(vm: PanelViewModel): TemplateResult {
  const { strings } = vm.localize;
  const { dismissal, keepUntilDeleted, expiresDate } = vm.values;
  const error = vm.errorFor('dismissal');
  return renderRadioGroup({
    vm,
    field: 'dismissal',
    legend: strings.dismissalLabel,
    options: DISMISSAL_MODES,
    className: 'field',
    part: 'field dismissal-field',
    optionsClass: 'options stacked',
    optionClass: () => 'option',
    optionPart: 'dismissal-choice',
    describedBy: (mode) => `dismissal-${mode}-hint`,
    renderOption: (mode) => html`<span class="option-label">${strings[LABELS[mode].label]}</span>
      <span id="dismissal-${mode}-hint" class="hint">${strings[LABELS[mode].hint]}</span>`,
    after:
      dismissal === 'never' && !expiresDate
      ? html`<div class="field checkbox keep-until-deleted" part="keep-until-deleted">
          <input
            id="keep-until-deleted"
            type="checkbox"
            .checked=${live(keepUntilDeleted)}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? 'keep-until-deleted-hint dismissal-error' : 'keep-until-deleted-hint'}
            @change=${(event: Event) => vm.setValue('keepUntilDeleted', (event.target as HTMLInputElement).checked)}
          />
          <label for="keep-until-deleted" part="label">${strings.keepUntilDeleted}</label>
          <p id="keep-until-deleted-hint" class="hint" part="hint">${strings.keepUntilDeletedHint}</p>
          ${error ? html`<p id="dismissal-error" class="field-error" part="field-error">${error}</p>` : nothing}
        </div>`
      : nothing,
  });
}

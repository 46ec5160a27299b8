import { html, nothing, type TemplateResult } from 'lit';
import { renderDescriptionField } from './description-field.js';
import { inputFromValues } from './form-values.js';
import { closeIcon } from './icons.js';
import { renderDateFields, renderNotifyField, renderSeverityField, renderTitleField } from './panel-fields.js';
import { renderAudienceField } from './panel-audience.js';
import { renderDismissalField } from './panel-dismissal.js';
import { renderLanguageField, renderVariants } from './panel-languages.js';
import { renderConflict, renderFailure, renderRestoredNotice } from './panel-messages.js';
import type { PanelViewModel } from './panel-view-model.js';
import { zoneName } from './time-zone.js';

export type { PanelViewModel } from './panel-view-model.js';

function onDialogKeydown(vm: PanelViewModel, event: KeyboardEvent): void {
  if (event.key !== 'Escape') return;
  // Handled here rather than in `cancel`: Chromium closes a dialog on a second Escape even
  // when `cancel` is prevented (close watchers ignore a repeated cancel without user
  // activation), which would skip the "Discard changes?" question.
  event.preventDefault();
  event.stopPropagation();
  if (vm.confirmingDiscard) vm.keepEditing();
  else vm.requestClose();
}

function onBackdropClick(vm: PanelViewModel, event: MouseEvent): void {
  const dialog = event.currentTarget as HTMLDialogElement;
  if (event.target !== dialog) return;
  const rect = dialog.getBoundingClientRect();
  const inside = event.clientX >= rect.left && event.clientX <= rect.right && event.clientY >= rect.top && event.clientY <= rect.bottom;
  if (!inside) vm.requestClose();
}

function renderActions(vm: PanelViewModel): TemplateResult {
  const { strings } = vm.localize;
  if (vm.confirmingDiscard) {
    return html`<div role="alertdialog" class="discard" part="discard-confirmation" aria-labelledby="discard-heading" aria-describedby="discard-text">
      <h3 id="discard-heading">${strings.discardQuestion}</h3>
      <p id="discard-text">${strings.discardText}</p>
      <div class="buttons">
        <button type="button" id="keep-editing" class="button primary" @click=${() => vm.keepEditing()}>${strings.keepEditing}</button>
        <button type="button" id="discard" class="button danger" @click=${() => vm.discardChanges()}>${strings.discardChanges}</button>
      </div>
    </div>`;
  }
  const blocked = vm.busy || vm.offline;
  return html`${renderFailure(vm)}<div class="buttons">
    <button type="submit" form="form" id="publish" class="button primary" part="publish-button" aria-disabled=${blocked ? 'true' : 'false'}>
      ${vm.busy ? strings.publishing : strings.publish}
    </button>
    <button type="button" id="cancel" class="button" part="cancel-button" @click=${() => vm.requestClose()}>${strings.cancel}</button>
  </div>`;
}

/** The side panel: header, form, messages and actions, in one modal `<dialog>`. */
export function renderPanel(vm: PanelViewModel): TemplateResult {
  const { strings } = vm.localize;
  const zone = zoneName(vm.timeZone, vm.localize.locale);
  const { input } = inputFromValues(vm.values, vm.timeZone, vm.target ?? undefined);
  const restored = vm.restoredAt ? vm.localize.text('draftRestored', { time: vm.localize.formatDate(vm.restoredAt, { dateStyle: 'medium', timeStyle: 'short' }) }) : '';
  return html`<dialog
    class="side-panel theme"
    dir=${vm.localize.dir}
    part="panel"
    aria-labelledby="panel-heading"
    aria-describedby=${restored ? 'restored-notice' : nothing}
    @keydown=${(event: KeyboardEvent) => onDialogKeydown(vm, event)}
    @cancel=${(event: Event) => {
      event.preventDefault();
      vm.requestClose();
    }}
    @close=${() => vm.onDialogClose()}
    @click=${(event: MouseEvent) => onBackdropClick(vm, event)}
  >
    <div class="side-panel-header" part="header" ?inert=${vm.confirmingDiscard}>
      <h2 id="panel-heading" part="heading">${vm.target ? strings.editAnnouncement : strings.createAnnouncement}</h2>
      <button type="button" class="button icon-button" part="close-button" aria-label=${strings.close} title=${strings.close} @click=${() => vm.requestClose()}>
        ${closeIcon}
      </button>
    </div>
    <div class="side-panel-body" ?inert=${vm.confirmingDiscard}>
      <form
        id="form"
        part="form"
        novalidate
        @submit=${(event: Event) => {
          event.preventDefault();
          void vm.publish();
        }}
      >
        ${renderConflict(vm)} ${restored ? renderRestoredNotice(vm, restored) : nothing}
        ${vm.draftNotSaved ? html`<p class="notice warning" part="notice">${strings.draftNotSaved}</p>` : nothing}
        ${vm.offline ? html`<p class="notice warning" part="notice offline">${strings.offline}</p>` : nothing}
        ${renderTitleField(vm)} ${renderSeverityField(vm)}
        ${renderDescriptionField({
          strings,
          text: (key, values) => vm.localize.text(key, values),
          body: vm.values.body,
          tab: vm.tab,
          error: vm.errorFor('body'),
          preview: vm.values,
          lang: vm.localize.locale,
          setBody: (body) => vm.setValue('body', body),
          setTab: (tab) => vm.setTab(tab),
        })}
        ${renderLanguageField(vm)} ${renderVariants(vm)} ${renderAudienceField(vm, vm.directory, vm.directoryTags)} ${renderDismissalField(vm)}
        ${renderDateFields(vm, input.publishAt, input.expiresAt, zone)} ${renderNotifyField(vm)}
      </form>
    </div>
    <footer class="panel-actions" part="actions">${renderActions(vm)}</footer>
  </dialog>`;
}

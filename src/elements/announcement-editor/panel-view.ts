import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { SEVERITIES, TITLE_MAX_LENGTH, type Announcement, type Severity } from '../../model/announcement.js';
import type { InputField } from '../../model/validate.js';
import { renderDescriptionField, type DescriptionTab } from './description-field.js';
import type { EditorStrings } from './editor-strings.js';
import type { FormValues } from './form-values.js';
import { inputFromValues } from './form-values.js';
import { closeIcon } from './icons.js';
import type { PublishFailure } from './publish-failure.js';
import { todayValue, zonedDateTimeOptions, zoneLabel } from './time-zone.js';

/** What the panel's template reads and calls; the panel element implements it. */
export interface PanelViewModel {
  readonly localize: {
    readonly strings: EditorStrings;
    readonly locale: string;
    readonly dir: 'ltr' | 'rtl';
    text(key: keyof EditorStrings, values?: Record<string, string | number>): string;
    formatDate(instant: string | number | Date, options?: Intl.DateTimeFormatOptions): string;
  };
  readonly timeZone: string;
  readonly target: Announcement | null;
  readonly values: FormValues;
  readonly busy: boolean;
  readonly offline: boolean;
  readonly failure: PublishFailure | undefined;
  readonly confirmingDiscard: boolean;
  readonly tab: DescriptionTab;
  readonly restoredAt: string | undefined;
  readonly draftNotSaved: boolean;
  errorFor(field: InputField): string | undefined;
  setValue<K extends keyof FormValues>(field: K, value: FormValues[K]): void;
  setTab(tab: DescriptionTab): void;
  publish(): Promise<void>;
  requestClose(): void;
  keepEditing(): void;
  discardChanges(): void;
  loadLatest(): Promise<void>;
  publishAsNew(): Promise<void>;
  onDialogClose(): void;
}

const SEVERITY_LABELS: Record<Severity, keyof EditorStrings> = {
  info: 'severityInfo',
  success: 'severitySuccess',
  warning: 'severityWarning',
  critical: 'severityCritical',
};

const describedBy = (...ids: Array<string | false | null | undefined>) => ids.filter(Boolean).join(' ');

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

function renderTitleField(vm: PanelViewModel): TemplateResult {
  const { strings } = vm.localize;
  const error = vm.errorFor('title');
  const length = vm.values.title.trim().length;
  return html`<div class="field" part="field">
    <label for="title" part="label">${strings.title}</label>
    <input
      id="title"
      name="title"
      type="text"
      part="input"
      autocomplete="off"
      required
      .value=${live(vm.values.title)}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy('title-count', error && 'title-error')}
      @input=${(event: Event) => vm.setValue('title', (event.target as HTMLInputElement).value)}
    />
    <p id="title-count" class="counter ${length > TITLE_MAX_LENGTH ? 'over' : ''}" part="counter">
      ${vm.localize.text('characterCount', { count: length, max: TITLE_MAX_LENGTH })}
    </p>
    ${error ? html`<p id="title-error" class="field-error" part="field-error">${error}</p>` : nothing}
  </div>`;
}

function renderExpiryField(vm: PanelViewModel, zone: string, expiresAt: string | null | undefined): TemplateResult {
  const { strings } = vm.localize;
  const error = vm.errorFor('expiresAt');
  const onChange = (event: Event) => vm.setValue('expiresDate', (event.target as HTMLInputElement).value);
  return html`<div class="field" part="field">
    <label for="expires" part="label">${strings.removeAfter}</label>
    <input
      id="expires"
      name="expires"
      type="date"
      part="input"
      min=${todayValue(vm.timeZone)}
      .value=${live(vm.values.expiresDate)}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy('expires-hint', expiresAt && 'expires-result', error && 'expires-error')}
      @input=${onChange}
      @change=${onChange}
    />
    <p id="expires-hint" class="hint" part="hint">${vm.localize.text('removeAfterHint', { zone })}</p>
    ${expiresAt
      ? html`<p id="expires-result" class="result" part="visible-until">
          ${vm.localize.text('visibleUntil', { date: vm.localize.formatDate(expiresAt, zonedDateTimeOptions(vm.timeZone)) })}
        </p>`
      : nothing}
    ${error ? html`<p id="expires-error" class="field-error" part="field-error">${error}</p>` : nothing}
  </div>`;
}

function renderOptions(vm: PanelViewModel, zone: string, publishAt: string | null | undefined): TemplateResult {
  const { strings } = vm.localize;
  const publishError = vm.errorFor('publishAt');
  const onPublishOn = (event: Event) => vm.setValue('publishOn', (event.target as HTMLInputElement).value);
  return html`<div class="field" part="field">
      <label for="severity" part="label">${strings.severityLabel}</label>
      <select id="severity" name="severity" part="input" @change=${(event: Event) => vm.setValue('severity', (event.target as HTMLSelectElement).value as Severity)}>
        ${SEVERITIES.map((severity) => html`<option value=${severity} ?selected=${vm.values.severity === severity}>${strings[SEVERITY_LABELS[severity]]}</option>`)}
      </select>
    </div>
    <div class="field" part="field">
      <label for="publish-on" part="label">${strings.publishOn}</label>
      <input
        id="publish-on"
        name="publish-on"
        type="datetime-local"
        part="input"
        .value=${live(vm.values.publishOn)}
        aria-invalid=${publishError ? 'true' : 'false'}
        aria-describedby=${describedBy('publish-on-hint', publishAt && 'publish-on-result', publishError && 'publish-on-error')}
        @input=${onPublishOn}
        @change=${onPublishOn}
      />
      <p id="publish-on-hint" class="hint" part="hint">${vm.localize.text('publishOnHint', { zone })}</p>
      ${publishAt
        ? html`<p id="publish-on-result" class="result" part="publish-from">
            ${vm.localize.text('publishedFrom', { date: vm.localize.formatDate(publishAt, zonedDateTimeOptions(vm.timeZone)) })}
          </p>`
        : nothing}
      ${publishError ? html`<p id="publish-on-error" class="field-error" part="field-error">${publishError}</p>` : nothing}
    </div>
    ${vm.target
      ? html`<div class="field checkbox" part="field">
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
        </div>`
      : nothing}`;
}

function renderFailure(vm: PanelViewModel): TemplateResult | typeof nothing {
  const { strings } = vm.localize;
  const failure = vm.failure;
  if (!failure) return nothing;
  const retry = html`<button type="button" class="button" part="retry-button" @click=${() => vm.publish()}>${strings.tryAgain}</button>`;
  switch (failure.kind) {
    case 'conflict':
      return html`<p>${strings.conflict}</p>
        <button type="button" class="button" part="load-latest-button" @click=${() => vm.loadLatest()}>${strings.loadLatest}</button>`;
    case 'conflict-loaded':
      return html`<p>${strings.conflict} ${strings.latestLoaded}</p>
        <section id="latest" class="latest" part="latest" tabindex="-1" aria-labelledby="latest-heading">
          <h3 id="latest-heading">${strings.latestVersion}</h3>
          <p class="latest-title">${failure.current.title}</p>
          <p class="latest-body">${failure.current.body}</p>
        </section>`;
    case 'deleted':
      return html`<p>${strings.deletedMeanwhile}</p>
        <button type="button" class="button" part="publish-as-new-button" @click=${() => vm.publishAsNew()}>${strings.publishAsNew}</button>`;
    case 'invalid':
      return html`<p>${strings.errorSummary}</p>`;
    case 'unavailable':
      return html`<p>${strings.publishUnavailable}</p>${retry}`;
    case 'failed':
      return html`<p>${vm.localize.text('publishFailed', { reason: failure.reason })}</p>${retry}`;
  }
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
  return html`<div class="buttons">
    <button type="submit" form="form" id="publish" class="button primary" part="publish-button" aria-disabled=${blocked ? 'true' : 'false'}>
      ${vm.busy ? strings.publishing : strings.publish}
    </button>
    <button type="button" id="cancel" class="button" part="cancel-button" @click=${() => vm.requestClose()}>${strings.cancel}</button>
  </div>`;
}

/** The side panel: header, form, messages and actions, in one modal `<dialog>`. */
export function renderPanel(vm: PanelViewModel): TemplateResult {
  const { strings } = vm.localize;
  const zone = zoneLabel(vm.timeZone, vm.localize.locale);
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
    <header class="side-panel-header" part="header" ?inert=${vm.confirmingDiscard}>
      <h2 id="panel-heading" part="heading">${vm.target ? strings.editAnnouncement : strings.createAnnouncement}</h2>
      <button type="button" class="button icon-button" part="close-button" aria-label=${strings.close} title=${strings.close} @click=${() => vm.requestClose()}>
        ${closeIcon}
      </button>
    </header>
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
        ${restored ? html`<p id="restored-notice" class="notice" part="notice">${restored}</p>` : nothing}
        ${vm.draftNotSaved ? html`<p class="notice warning" part="notice">${strings.draftNotSaved}</p>` : nothing}
        ${vm.offline ? html`<p class="notice warning" part="notice offline">${strings.offline}</p>` : nothing}
        ${renderTitleField(vm)}
        ${renderDescriptionField({
          strings,
          text: (key, values) => vm.localize.text(key, values),
          body: vm.values.body,
          tab: vm.tab,
          error: vm.errorFor('body'),
          setBody: (body) => vm.setValue('body', body),
          setTab: (tab) => vm.setTab(tab),
        })}
        ${renderExpiryField(vm, zone, input.expiresAt)}
        ${renderOptions(vm, zone, input.publishAt)}
      </form>
      <div class="failure" part="failure" role="alert">${renderFailure(vm)}</div>
    </div>
    <footer class="panel-actions" part="actions">${renderActions(vm)}</footer>
  </dialog>`;
}

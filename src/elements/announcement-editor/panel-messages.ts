import { html, nothing, type TemplateResult } from 'lit';
import { richText } from '../../internal/rich-text/rich-text-directive.js';
import { SEVERITY_STRING_KEYS, severityIcon } from '../shared/severity.js';
import type { EditorStrings } from './editor-strings.js';
import { changedFields, valuesFromAnnouncement, type FormValues } from './form-values.js';
import type { PanelViewModel } from './panel-view-model.js';
import { formatZoned } from './time-zone.js';

/** The panel's messages: the draft notices at the top, the conflict warning and the publish failure. */

const FIELD_NAMES: Record<keyof FormValues, keyof EditorStrings> = {
  title: 'title',
  severity: 'severityLabel',
  body: 'description',
  publishOn: 'publishOn',
  expiresDate: 'removeAfter',
  notify: 'notifyAgain',
  language: 'languageLabel',
  variants: 'languagesLabel',
  audience: 'audienceLabel',
  tags: 'audienceTags',
  clients: 'audienceClients',
  dismissal: 'dismissalLabel',
  keepUntilDeleted: 'keepUntilDeleted',
};

/** "Your unpublished changes from … were restored", with the two things one can do about it. */
export function renderRestoredNotice(vm: PanelViewModel, restored: string): TemplateResult {
  const { strings } = vm.localize;
  return html`<div id="restored-notice" class="notice info" part="notice draft-notice">
    ${severityIcon('info')}
    <div class="notice-content">
      <p>${restored}</p>
      <div class="buttons">
        <button type="button" id="continue-draft" class="button" part="continue-draft-button" @click=${() => vm.continueDraft()}>${strings.continueEditing}</button>
        <button type="button" id="discard-draft" class="button" part="discard-draft-button" @click=${() => vm.discardDraft()}>${strings.discardDraft}</button>
      </div>
    </div>
  </div>`;
}

/**
 * Shown at the top of the form, and kept in view while scrolling, as soon as someone else
 * saves the announcement being edited: their version as clients would read it, which fields
 * differ from the form, and the two ways on.
 */
export function renderConflict(vm: PanelViewModel): TemplateResult | typeof nothing {
  const theirs = vm.theirs;
  if (!theirs) return nothing;
  const { strings } = vm.localize;
  const differs = changedFields(valuesFromAnnouncement(theirs, vm.timeZone, vm.localize.locale), vm.values).map((field) => strings[FIELD_NAMES[field]]);
  const dates = [
    theirs.publishAt && vm.localize.text('visibleFrom', { date: formatZoned(vm.localize, theirs.publishAt, vm.timeZone) }),
    theirs.expiresAt && vm.localize.text('visibleUntil', { date: formatZoned(vm.localize, theirs.expiresAt, vm.timeZone) }),
  ].filter(Boolean);
  return html`<section id="conflict" class="notice warning conflict" part="conflict" tabindex="-1" aria-labelledby="conflict-heading" aria-describedby="conflict-differs">
    ${severityIcon('warning')}
    <div class="notice-content">
      <h3 id="conflict-heading">${strings.changedMeanwhile}</h3>
      <p id="conflict-differs">${differs.length ? vm.localize.text('differsFromYours', { fields: differs.join(', ') }) : strings.sameAsYours}</p>
      <details part="their-version">
        <summary>${strings.showTheirVersion}</summary>
        <div class="their-version severity-${theirs.severity}">
          <p class="their-title">${theirs.title}</p>
          <p class="their-meta">${severityIcon(theirs.severity)}<span>${strings[SEVERITY_STRING_KEYS[theirs.severity]]}</span>${dates.map((date) => html`<span>${date}</span>`)}</p>
          <div class="prose" lang=${vm.localize.locale}>${richText(theirs.body, { format: 'markdown' })}</div>
        </div>
      </details>
      <div class="buttons">
        <button type="button" id="use-theirs" class="button" part="use-theirs-button" aria-describedby="use-theirs-hint" @click=${() => vm.useTheirs()}>${strings.useTheirs}</button>
        <button type="button" id="keep-mine" class="button" part="keep-mine-button" aria-describedby="keep-mine-hint" @click=${() => vm.keepMine()}>${strings.keepMine}</button>
      </div>
      <p class="hint"><span id="use-theirs-hint">${strings.useTheirsHint}</span> <span id="keep-mine-hint">${strings.keepMineHint}</span></p>
    </div>
  </section>`;
}

function failureContent(vm: PanelViewModel): TemplateResult | typeof nothing {
  const { strings } = vm.localize;
  const failure = vm.failure;
  if (!failure) return nothing;
  const retry = html`<button type="button" class="button" part="retry-button" @click=${() => vm.publish()}>${strings.tryAgain}</button>`;
  switch (failure.kind) {
    case 'conflict':
      return html`<p>${strings.conflict}</p>`;
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

/**
 * Why Publish did not go through, right above the Publish button where the author looks.
 * The panel moves focus here, so screen readers read it once; it is not a live region too.
 */
export function renderFailure(vm: PanelViewModel): TemplateResult | typeof nothing {
  if (!vm.failure) return nothing;
  return html`<div id="failure" class="failure" part="failure" tabindex="-1">${severityIcon('critical')}<div class="notice-content">${failureContent(vm)}</div></div>`;
}

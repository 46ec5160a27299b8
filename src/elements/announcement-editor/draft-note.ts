import { html, type TemplateResult } from 'lit';
import { severityIcon } from '../shared/severity.js';
import type { EditorStrings } from './editor-strings.js';

/** What the section's draft note needs. */
export interface DraftNoteView {
  readonly strings: EditorStrings;
  /** "You have an unpublished draft from …", already formatted. */
  readonly text: string;
  continueDraft(): void;
  discardDraft(): void;
}

/**
 * The note about an unpublished new announcement kept in this browser: an information tint
 * and icon (it is news, not an input), and the two things one does about it.
 */
export function renderDraftNote(view: DraftNoteView): TemplateResult {
  return html`<div class="notice info" part="draft-note">
    ${severityIcon('info')}
    <div class="notice-content">
      <p id="draft-note">${view.text}</p>
      <div class="buttons">
        <button type="button" class="button" part="continue-draft-button" @click=${() => view.continueDraft()}>${view.strings.continueEditing}</button>
        <button type="button" class="button" part="discard-draft-button" @click=${() => view.discardDraft()}>${view.strings.discardDraft}</button>
      </div>
    </div>
  </div>`;
}

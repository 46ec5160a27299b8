import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { proseStyles } from '../shared/prose.styles.js';
import { sidePanelStyles } from '../shared/side-panel.styles.js';
import { editorCommonStyles } from './editor-common.styles.js';
import { formControlStyles } from './form-controls.styles.js';
import { reachStyles } from './reach.styles.js';

/**
 * Why (kept out of the CSS string, which ships as written):
 * - Invalid fields: a wide start border rather than a shadow: forced colours keep borders and drop shadows.
 * - Severity choices two by two: four in a row leave "Information" no room in the panel's width or in German.
 * - The conflict warning stays in view while the author scrolls the form: their next Publish depends on it.
 */
const formStyles = css`
  :host {
    display: contents;
  }
  dialog.side-panel {
    width: min(var(--announcement-editor-panel-width, 36rem), 100vw);
  }
  h2 {
    margin: 0;
    font-size: 1.25rem;
    line-height: 2.25rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    margin-block-end: 1.25rem;
  }
  fieldset.field {
    margin-inline: 0;
    padding: 0;
    border: none;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.25rem;
    font-weight: 600;
  }
  .choices {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 0.5rem;
  }
  .choice,
  .option,
  .tag-choice {
    position: relative;
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    padding: 0.375rem 0.625rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    font-weight: 400;
    cursor: pointer;
  }
  .choice .icon {
    color: var(--_accent);
  }
  .choice input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .choice:hover {
    background: var(--_hover);
  }
  .choice:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_tint);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .choice:has(input:focus-visible) {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .date-fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr));
    column-gap: 1rem;
  }
  .date-fields .field {
    align-content: start;
  }
  .zone-hint {
    margin-block: -0.75rem 1.25rem;
  }
  .checkbox {
    grid-template-columns: auto 1fr;
    align-items: center;
    column-gap: 0.5rem;
  }
  .checkbox input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
  }
  .checkbox .hint {
    grid-column: 2;
  }

  .description-header {
    display: flex;
    align-items: end;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .tabs {
    display: flex;
  }
  [role='tab'] {
    min-height: 2rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid transparent;
    border-block-end: 2px solid transparent;
    background: none;
    color: var(--_muted);
    font: inherit;
    cursor: pointer;
  }
  [role='tab'][aria-selected='true'] {
    border-block-end-color: var(--_accent-strong);
    color: var(--_text);
    font-weight: 600;
  }
  .toolbar {
    display: flex;
    gap: 0.25rem;
    margin-block-end: 0.25rem;
  }
  .preview {
    min-height: 10rem;
    padding: 0.5rem 0.75rem;
    border: 1px dashed var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
  }
  .preview-label {
    margin: 0 0 0.5rem;
    color: var(--_muted);
    font-size: 0.875rem;
    font-weight: 600;
  }
  .preview-label:not(:first-child) {
    margin-block-start: 1.25rem;
  }
  [hidden] {
    display: none !important;
  }

  .failure {
    display: flex;
    gap: 0.5rem;
    margin-block-end: 0.75rem;
    padding: 0.625rem 0.75rem;
    border: 1px solid var(--_danger);
    border-inline-start-width: 4px;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_danger-tint);
  }
  .failure > .icon {
    color: var(--_danger);
  }
  .failure p {
    margin: 0 0 0.5rem;
  }
  .failure p:last-child {
    margin: 0;
  }

  .conflict {
    position: sticky;
    inset-block-start: -1rem;
    z-index: 1;
    box-shadow: 0 0.25rem 0.75rem rgb(0 0 0 / 0.12);
  }
  .conflict h3 {
    margin: 0 0 0.25rem;
    font-size: 1rem;
  }
  .conflict p {
    margin: 0 0 0.5rem;
  }
  .conflict summary {
    min-height: 1.5rem;
    cursor: pointer;
    font-weight: 600;
  }
  .their-version {
    max-height: 40vh;
    overflow: auto;
    margin-block: 0.5rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface);
  }
  .their-title {
    font-weight: 600;
  }
  .their-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .their-meta .icon {
    color: var(--_accent);
  }

  .panel-actions {
    padding: 0.75rem 1.25rem;
    border-block-start: 1px solid var(--_border);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .discard h3 {
    margin: 0;
    font-size: 1rem;
  }
  .discard p {
    margin: 0.25rem 0 0.75rem;
  }

  @media (forced-colors: active) {
    :is(input, textarea)[aria-invalid='true'],
    .failure,
    .choice:has(input:checked) {
      border-color: Highlight;
    }
    .choice:has(input:checked) {
      border-width: 3px;
    }
    [role='tab'][aria-selected='true'] {
      border-block-end-color: Highlight;
    }
  }
`;

export const panelStyles = [baseStyles, sidePanelStyles, proseStyles, editorCommonStyles, formControlStyles, formStyles, reachStyles];

import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { sidePanelStyles } from '../shared/side-panel.styles.js';
import { editorCommonStyles } from './editor-common.styles.js';

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
  label {
    font-weight: 600;
  }
  input:not([type='checkbox']),
  select,
  textarea {
    width: 100%;
    min-height: 2.25rem;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    color-scheme: light dark;
  }
  textarea {
    resize: vertical;
    min-height: 10rem;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: inset 4px 0 0 var(--_danger);
  }
  .hint,
  .counter,
  .result {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .result {
    color: var(--_text);
    font-weight: 600;
  }
  .counter.over,
  .field-error {
    color: var(--_danger);
    font-weight: 600;
  }
  .field-error {
    margin: 0;
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
    overflow-wrap: anywhere;
  }
  [hidden] {
    display: none !important;
  }

  .failure:not(:empty) {
    padding: 0.75rem;
    border: 1px solid var(--_danger);
    border-radius: calc(var(--_radius) * 0.75);
  }
  .failure p {
    margin: 0 0 0.5rem;
  }
  .latest {
    margin-block-start: 0.75rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_border);
  }
  .latest h3 {
    margin: 0 0 0.25rem;
    font-size: 1rem;
  }
  .latest-title {
    font-weight: 600;
  }
  .latest-body {
    white-space: pre-wrap;
    max-height: 12rem;
    overflow: auto;
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
    [aria-invalid='true'],
    .failure:not(:empty) {
      border-color: Mark;
    }
    [role='tab'][aria-selected='true'] {
      border-block-end-color: Highlight;
    }
  }
`;

export const panelStyles = [baseStyles, sidePanelStyles, editorCommonStyles, formStyles];

import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { editorCommonStyles } from './editor-common.styles.js';
import { formControlStyles } from './form-controls.styles.js';
import { chipStyles } from './reach.styles.js';

/** The client search: the label with the search's status, the box, its list of results below it, and the chosen clients. */
export const audienceComboboxStyles = [
  baseStyles,
  editorCommonStyles,
  formControlStyles,
  chipStyles,
  css`
    :host {
      display: grid;
      gap: 0.25rem;
    }
    .label-row {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 0 0.75rem;
    }
    .box {
      position: relative;
    }
    [role='listbox'] {
      position: absolute;
      z-index: 2;
      inset-inline: 0;
      inset-block-start: calc(100% + 0.25rem);
      max-height: 16rem;
      overflow: auto;
      margin: 0;
      padding: 0.25rem;
      list-style: none;
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.75);
      background: var(--_surface);
      box-shadow: 0 0.25rem 0.75rem rgb(0 0 0 / 0.16);
    }
    [role='option'] {
      display: flex;
      align-items: baseline;
      gap: 0.5rem;
      min-height: 2.25rem;
      padding: 0.375rem 0.5rem;
      border-radius: calc(var(--_radius) * 0.5);
      cursor: pointer;
    }
    [role='option']:hover {
      background: var(--_hover);
    }
    [role='option'][aria-selected='true'] {
      outline: 2px solid var(--_focus);
      outline-offset: -2px;
      background: var(--_hover);
    }
    .id {
      color: var(--_muted);
      font-size: 0.875em;
    }
    [hidden] {
      display: none !important;
    }
    p {
      margin: 0;
    }
    @media (forced-colors: active) {
      [role='option'][aria-selected='true'] {
        outline-color: Highlight;
      }
    }
  `,
];

import { css } from 'lit';

/**
 * Labels, text boxes, selects, hints and field errors, shared by the panel and the parts of it
 * that have their own shadow root (the client search).
 */
export const formControlStyles = css`
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
  :is(input, textarea)[aria-invalid='true'] {
    border-color: var(--_danger);
    border-inline-start-width: 4px;
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
  .field-error::before {
    content: '⚠ ';
  }

`;

import { css } from 'lit';

/** Removable chips for chosen tags and clients; the remove button keeps a 24x24 px target. */
export const chipStyles = css`
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0.5rem 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.125rem;
    padding-inline: 0.625rem 0.125rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_hover);
  }
  .chip .chip-remove {
    min-width: 1.75rem;
    min-height: 1.75rem;
    padding: 0;
    border-color: transparent;
    border-radius: 999px;
    background: none;
  }
  .chip .icon {
    width: 1rem;
    height: 1rem;
  }
`;

/**
 * The languages, audience and dismissal sections of the form.
 *
 * Why (kept out of the CSS string, which ships as written):
 * - Native radio buttons and checkboxes at 24 px, the smallest target the editor allows; the
 *   boxes around them are the severity choices' (`.choice`).
 * - Each variant framed, so its title and description read as one language's text.
 */
export const reachStyles = [
  chipStyles,
  css`
    .options,
    .tag-choices,
    .add-languages {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .option input,
    .tag-choice input {
      flex: none;
      width: 1.5rem;
      height: 1.5rem;
      min-height: 0;
      margin: 0;
      padding: 0;
    }
    .option:has(input:checked),
    .tag-choice:has(input:checked) {
      border-color: var(--_accent-strong);
      box-shadow: inset 0 0 0 1px var(--_accent-strong);
    }
    .options.stacked {
      display: grid;
    }
    .options.stacked .option {
      display: grid;
      grid-template-columns: auto 1fr;
      column-gap: 0.5rem;
    }
    .option .hint {
      grid-column: 2;
    }
    .option-label {
      font-weight: 600;
    }
    .audience-detail,
    .keep-until-deleted {
      margin-block-start: 0.75rem;
    }
    .typed-entry {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 0.25rem 0.5rem;
    }
    .typed-entry label {
      grid-column: 1 / -1;
    }
    .variant {
      margin-block-end: 1rem;
      padding: 0.75rem;
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.75);
    }
    .variant-header {
      display: flex;
      align-items: center;
      justify-content: space-between;
      margin-block-end: 0.5rem;
    }
    .variant-header h3 {
      margin: 0;
      font-size: 1rem;
    }
    .variant .field:last-child {
      margin-block-end: 0;
    }
    .checkbox .field-error {
      grid-column: 2;
    }
    .add-label {
      font-weight: 600;
    }
    .add-languages .button {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
    }
    @media (forced-colors: active) {
      .option:has(input:checked),
      .tag-choice:has(input:checked) {
        border-color: Highlight;
      }
    }
  `,
];

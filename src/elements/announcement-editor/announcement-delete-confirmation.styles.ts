import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { editorCommonStyles } from './editor-common.styles.js';

const ownStyles = css`
  :host {
    display: contents;
  }
  dialog.confirmation {
    /* Placed by the PlacementController: left/top are set from script, relative to the viewport. */
    position: fixed;
    inset: auto;
    margin: 0;
    width: max-content;
    max-width: min(22rem, calc(100vw - 16px));
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.25);
  }
  dialog.confirmation::backdrop {
    /* Modal for focus and clicks, but the page stays visible around the anchored question. */
    background: transparent;
  }
  h2 {
    margin: 0 0 0.25rem;
    font-size: 1rem;
    overflow-wrap: anywhere;
  }
  p {
    margin: 0 0 0.75rem;
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  .error:empty {
    display: none;
  }
  .buttons {
    display: flex;
    justify-content: flex-end;
    gap: 0.5rem;
  }
  @media (forced-colors: active) {
    dialog.confirmation {
      border-color: CanvasText;
    }
  }
`;

export const confirmationStyles = [baseStyles, editorCommonStyles, ownStyles];

import { css } from 'lit';

/**
 * A modal side panel on a native `<dialog class="side-panel">`: full height at the inline end
 * (the left in right-to-left layouts), sliding in unless the user prefers reduced motion.
 * Shared by the sidebar and the editor. Expects `baseStyles` and `.theme` on the dialog, and
 * `dir` set on the dialog so the slide comes from the right side.
 */
export const sidePanelStyles = css`
  dialog.side-panel {
    position: fixed;
    inset-block: 0;
    inset-inline-start: auto;
    inset-inline-end: 0;
    width: min(var(--announcement-sidebar-width, 28rem), 100vw);
    max-width: 100vw;
    height: 100%;
    max-height: 100%;
    margin: 0;
    padding: 0;
    border: none;
    border-inline-start: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 0 2rem rgb(0 0 0 / 0.25);
  }
  dialog.side-panel[open] {
    display: flex;
    flex-direction: column;
    animation: side-panel-slide-in 200ms ease-out;
  }
  dialog.side-panel[open][dir='rtl'] {
    animation-name: side-panel-slide-in-rtl;
  }
  dialog.side-panel::backdrop {
    background: var(--announcement-backdrop-color, rgb(0 0 0 / 0.45));
  }

  @keyframes side-panel-slide-in {
    from {
      transform: translateX(100%);
    }
  }
  @keyframes side-panel-slide-in-rtl {
    from {
      transform: translateX(-100%);
    }
  }

  .side-panel-header {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    padding: 1rem 1rem 0.75rem 1.25rem;
    border-block-end: 1px solid var(--_border);
  }
  .side-panel-header > :first-child {
    flex: 1;
    min-width: 0;
  }
  .side-panel-body {
    flex: 1;
    overflow-y: auto;
    padding: 1rem 1.25rem 1.5rem;
  }

  @media (prefers-reduced-motion: reduce) {
    dialog.side-panel[open] {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    dialog.side-panel {
      border-inline-start: 1px solid CanvasText;
    }
  }
`;

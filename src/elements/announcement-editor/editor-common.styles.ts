import { css } from 'lit';

/**
 * What the editor's section, panel and confirmation add to the shared base: the accent
 * (primary) and danger buttons, notices and the form controls. Colours come from the public
 * `--announcement-*` custom properties, with light and dark fallbacks.
 *
 * Why (kept out of the CSS string, which ships as written):
 * - A notice with an icon and actions: the icon at the start, text and buttons beside it.
 */
export const editorCommonStyles = css`
  .theme {
    --_accent-strong: var(--announcement-editor-accent-color, #0b57d0);
    --_accent-text: var(--announcement-editor-accent-text-color, #ffffff);
    --_danger: var(--announcement-critical-color, #cf222e);
    --_danger-text: #ffffff;
    --_warning-tint: var(--announcement-warning-background, #fff8c5);
    --_info: var(--announcement-info-color, #0969da);
    --_info-tint: var(--announcement-info-background, #ddf4ff);
    --_warning: var(--announcement-warning-color, #9a6700);
    --_danger-tint: var(--announcement-critical-background, #ffebe9);
  }
  @media (prefers-color-scheme: dark) {
    .theme {
      --_accent-strong: var(--announcement-editor-accent-color, #4493f8);
      --_accent-text: var(--announcement-editor-accent-text-color, #0d1117);
      --_danger: var(--announcement-critical-color, #f85149);
      --_danger-text: #0d1117;
      --_warning-tint: var(--announcement-warning-background, #3b2e05);
      --_info: var(--announcement-info-color, #4493f8);
      --_info-tint: var(--announcement-info-background, #0c2d6b);
      --_warning: var(--announcement-warning-color, #d29922);
      --_danger-tint: var(--announcement-critical-background, #4c1014);
    }
  }

  .button {
    min-height: 2.25rem;
  }
  .button.primary {
    border-color: var(--_accent-strong);
    background: var(--_accent-strong);
    color: var(--_accent-text);
    font-weight: 600;
  }
  .button.primary:hover {
    background: color-mix(in srgb, var(--_accent-strong) 85%, var(--_text));
  }
  .button.danger {
    border-color: var(--_danger);
    background: var(--_danger);
    color: var(--_danger-text);
    font-weight: 600;
  }
  .button[aria-disabled='true'],
  .button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .icon-button {
    min-width: 2.25rem;
  }

  .notice {
    margin: 0 0 1rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
  }
  .notice.warning {
    border-color: var(--_warning);
    background: var(--_warning-tint);
  }
  .notice.info {
    border-color: var(--_info);
    background: var(--_info-tint);
  }
  .notice:has(> .icon) {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .notice.info > .icon {
    color: var(--_info);
  }
  .notice.warning > .icon {
    color: var(--_warning);
  }
  .notice-content {
    flex: 1;
    min-width: 0;
  }
  .notice-content p {
    margin: 0 0 0.5rem;
  }
  .notice-content > :last-child {
    margin-block-end: 0;
  }

  @media (forced-colors: active) {
    .button.primary,
    .button.danger {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .button[aria-disabled='true'],
    .button:disabled {
      color: GrayText;
      border-color: GrayText;
    }
    .notice {
      border-color: CanvasText;
    }
  }
`;

import { css } from 'lit';

/**
 * What every announcement element shares: the theme (public `--announcement-*` custom
 * properties with light and dark fallbacks, read into private `--_*` ones), severity colours,
 * buttons of at least 24x24 px with a visible focus ring, and the forced-colors adjustments.
 * Apply `.theme` to the element's outermost rendered box. Motion is not stopped here for
 * every element: the few things that move (the list's arrow, the side panel's slide, the
 * banner's fade) each stand still under `prefers-reduced-motion` where they are defined.
 *
 * Why (kept out of the CSS string, which ships as written):
 * - `.icon` draws every icon, not only its size: round outlines in the text colour, said once
 *   here rather than as attributes on each `<svg>`.
 * - `.visually-hidden` is put on inline spans only, which have no margin, padding or border
 *   to reset; an element that has them would need those set to 0 as well.
 */
export const baseStyles = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .theme {
    --_text: var(--announcement-text-color, #1f2328);
    --_muted: var(--announcement-muted-color, #57606a);
    --_surface: var(--announcement-background, #ffffff);
    --_border: var(--announcement-border-color, #d0d7de);
    --_focus: var(--announcement-focus-color, #0b57d0);
    --_radius: var(--announcement-radius, 0.5rem);
    --_hover: color-mix(in srgb, var(--_text) 8%, var(--_surface));
    font-family: var(--announcement-font-family, inherit);
    font-size: var(--announcement-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
  }

  .severity-info {
    --_accent: var(--announcement-info-color, #0969da);
    --_tint: var(--announcement-info-background, #ddf4ff);
  }
  .severity-success {
    --_accent: var(--announcement-success-color, #1a7f37);
    --_tint: var(--announcement-success-background, #dafbe1);
  }
  .severity-warning {
    --_accent: var(--announcement-warning-color, #9a6700);
    --_tint: var(--announcement-warning-background, #fff8c5);
  }
  .severity-critical {
    --_accent: var(--announcement-critical-color, #cf222e);
    --_tint: var(--announcement-critical-background, #ffebe9);
  }

  @media (prefers-color-scheme: dark) {
    .theme {
      --_text: var(--announcement-text-color, #e6edf3);
      --_muted: var(--announcement-muted-color, #9da7b3);
      --_surface: var(--announcement-background, #161b22);
      --_border: var(--announcement-border-color, #3d444d);
      --_focus: var(--announcement-focus-color, #6cb6ff);
    }
    .severity-info {
      --_accent: var(--announcement-info-color, #4493f8);
      --_tint: var(--announcement-info-background, #0c2d6b);
    }
    .severity-success {
      --_accent: var(--announcement-success-color, #3fb950);
      --_tint: var(--announcement-success-background, #0f3d1f);
    }
    .severity-warning {
      --_accent: var(--announcement-warning-color, #d29922);
      --_tint: var(--announcement-warning-background, #3b2e05);
    }
    .severity-critical {
      --_accent: var(--announcement-critical-color, #f85149);
      --_tint: var(--announcement-critical-background, #4c1014);
    }
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.375rem;
    min-width: 2rem;
    min-height: 2rem;
    margin: 0;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    line-height: 1.25;
    cursor: pointer;
  }
  .button:hover {
    background: var(--_hover);
  }
  .icon-button {
    padding: 0.25rem;
  }

  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .icon {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  [dir='rtl'] .mirror-in-rtl {
    transform: scaleX(-1);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .icon {
      color: CanvasText;
    }
  }
`;

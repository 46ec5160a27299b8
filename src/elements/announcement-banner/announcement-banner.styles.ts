import { css } from 'lit';

/**
 * The banner's look. Kept free of CSS comments, which would ship inside the string on every
 * page; the reasons live here instead:
 * - Icon, text and Close share the first row; Read more and the pager sit below the text.
 * - Critical has heavier borders, so it reads as the most urgent at a glance, not by colour only.
 * - Overlays (`top`, `bottom`) are fixed to an edge of the viewport, so the page never moves when
 *   one appears; edge to edge, they drop side borders and corners, the accent runs along the
 *   inner edge.
 * - The other queued announcements share the content cell invisibly (`.sizer`), so the banner
 *   keeps the tallest one's height. Paging fades the next text in (`fadeIn()` in the element,
 *   not here); the first showing does not move, and nothing moves under reduced motion.
 * - Close is set apart from the pager: borderless, at the end of the first row; it keeps a
 *   border in forced colours, where a borderless button would not look like one.
 */
export const bannerStyles = css`
  :host {
    display: block;
  }

  .banner {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    grid-template-areas: 'icon content close' '. actions actions';
    align-items: start;
    gap: 0.5rem 0.75rem;
    padding: 0.75rem 0.5rem 0.75rem 1rem;
    border: 1px solid var(--_accent);
    border-inline-start-width: 0.25rem;
    border-radius: var(--announcement-banner-radius, var(--_radius));
    background: var(--_tint);
  }
  .severity-critical {
    border-width: 2px;
    border-inline-start-width: 0.5rem;
  }

  .placement-top,
  .placement-bottom {
    position: fixed;
    inset-inline: 0;
    z-index: var(--announcement-banner-z-index, 1000);
    border-radius: 0;
    box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.15);
  }
  .placement-top {
    top: 0;
    border-width: 0 0 0.25rem;
  }
  .placement-bottom {
    bottom: 0;
    border-width: 0.25rem 0 0;
  }

  .severity-icon {
    grid-area: icon;
    display: flex;
    padding-block: 0.125rem;
    color: var(--_accent);
  }

  .content {
    grid-area: content;
    display: grid;
  }
  .content > * {
    grid-area: 1 / 1;
  }
  .sizer {
    visibility: hidden;
  }
  .title {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .excerpt {
    display: -webkit-box;
    margin: 0.125rem 0 0;
    overflow: hidden;
    overflow-wrap: anywhere;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
  }

  .actions {
    grid-area: actions;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    padding-inline-end: 0.5rem;
  }
  .pager {
    display: flex;
    align-items: center;
    gap: 0.25rem;
    margin-inline-start: auto;
  }
  .close-button {
    grid-area: close;
    margin-block: -0.25rem;
    border-color: transparent;
    background: transparent;
  }
  .close-button:hover {
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
  }
  @media (pointer: coarse) {
    .button {
      min-width: 2.75rem;
      min-height: 2.75rem;
    }
  }
  .position {
    min-width: 3.5em;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }

  .placeholder {
    min-height: var(--announcement-banner-reserve, 3.5rem);
  }

  @media (forced-colors: active) {
    .banner {
      border-color: CanvasText;
    }
    .close-button {
      border-color: ButtonText;
    }
  }
`;

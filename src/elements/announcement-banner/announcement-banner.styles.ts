import { css } from 'lit';

export const bannerStyles = css`
  :host {
    display: block;
  }

  .banner {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5rem 0.75rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_accent);
    border-inline-start-width: 0.25rem;
    border-radius: var(--announcement-banner-radius, var(--_radius));
    background: var(--_tint);
  }

  /* Overlays: fixed to an edge of the viewport, so the page never moves when one appears. */
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
  }
  .placement-bottom {
    bottom: 0;
  }

  .severity-icon {
    display: flex;
    padding-block: 0.125rem;
    color: var(--_accent);
  }

  .content {
    flex: 1 1 16rem;
    min-width: 0;
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
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-inline-start: auto;
  }
  .pager {
    display: flex;
    align-items: center;
    gap: 0.25rem;
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
  }
`;

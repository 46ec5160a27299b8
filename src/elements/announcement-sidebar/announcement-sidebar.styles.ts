import { css } from 'lit';
import { proseStyles } from '../shared/prose.styles.js';

const ownStyles = css`
  :host {
    display: block;
  }

  .title {
    margin: 0.25rem 0 0;
    font-size: var(--announcement-sidebar-title-size, 1.375rem);
    line-height: 1.3;
    hyphens: auto;
    overflow-wrap: break-word;
  }
  .title:focus {
    outline: none;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .severity {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    padding: 0.125rem 0.5rem 0.125rem 0.375rem;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    background: var(--_tint);
    color: var(--_text);
  }
  .severity .icon {
    width: 1rem;
    height: 1rem;
    color: var(--_accent);
  }

  .loading,
  .unavailable {
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .severity {
      border-color: CanvasText;
    }
  }
`;

/** The sidebar's own look, with the shared rich-text styles for the description. */
export const sidebarStyles = [proseStyles, ownStyles];

import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { editorCommonStyles } from './editor-common.styles.js';

const sectionStyles = css`
  :host {
    display: block;
  }
  [hidden] {
    display: none !important;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem;
    margin-block-end: 1rem;
  }
  h2 {
    margin: 0;
    font-size: 1.25rem;
  }
  .status:empty {
    display: none;
  }
  .status {
    margin-block-end: 1rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--announcement-success-color, #1a7f37);
    background: var(--announcement-success-background, #dafbe1);
  }
  @media (prefers-color-scheme: dark) {
    .status {
      border-inline-start-color: var(--announcement-success-color, #3fb950);
      background: var(--announcement-success-background, #0f3d1f);
    }
  }
  .state {
    padding: 1.5rem 1rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    text-align: center;
    color: var(--_muted);
  }
  .state h3 {
    margin: 0 0 0.25rem;
    color: var(--_text);
    font-size: 1.125rem;
  }
  .state p {
    margin: 0 0 0.5rem;
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .row {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_accent);
  }
  .row + .row {
    border-block-start: 1px solid var(--_border);
  }
  .row-main {
    flex: 1;
    min-width: 0;
  }
  .row-title {
    margin: 0;
    font-size: 1rem;
    overflow-wrap: anywhere;
  }
  .row-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0.25rem 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .badge {
    padding: 0 0.5rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-weight: 600;
  }
  .status-active {
    color: var(--announcement-success-color, #1a7f37);
  }
  .status-scheduled {
    color: var(--announcement-info-color, #0969da);
  }
  .status-expired {
    color: var(--_muted);
  }
  @media (prefers-color-scheme: dark) {
    .status-active {
      color: var(--announcement-success-color, #3fb950);
    }
    .status-scheduled {
      color: var(--announcement-info-color, #4493f8);
    }
  }
  .draft-tag {
    font-style: italic;
  }
  .row-actions {
    display: flex;
    gap: 0.25rem;
  }
  @media (forced-colors: active) {
    .row {
      border-inline-start-color: CanvasText;
    }
    .badge {
      color: CanvasText;
    }
    .status {
      border: 1px solid CanvasText;
    }
  }
`;

export const editorStyles = [baseStyles, editorCommonStyles, sectionStyles];

import { css } from 'lit';

/**
 * Why (kept out of the CSS string, which ships as written):
 * - Hover takes on the severity's own tint, so it reads as "this card", not as a grey shadow.
 * - The cue that a card opens: a chevron at its end, pointing the way the sidebar comes from.
 * - The title button covers the whole card, so the card is one big target.
 * - The title button's `::after` has the card's own corners, so the focus ring follows its shape.
 * - "New" looks the same on every card, whatever its severity: it is about the reader, not
 *   the message.
 */
export const listStyles = css`
  :host {
    display: block;
  }

  .list {
    display: grid;
    gap: var(--announcement-list-gap, 0.75rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .item {
    position: relative;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    gap: 0.125rem 0.75rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-inline-start: 0.25rem solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .item:hover {
    border-color: color-mix(in srgb, var(--_accent) 45%, var(--_border));
    background: color-mix(in srgb, var(--_tint) 55%, var(--_surface));
  }
  .opens {
    grid-column: 3;
    grid-row: 1 / span 3;
    align-self: center;
    display: flex;
    color: var(--_muted);
    transition: transform 120ms ease-out;
  }
  .item:hover .opens {
    color: var(--_text);
    transform: translateX(0.125rem);
  }
  [dir='rtl'] .item:hover .opens {
    transform: translateX(-0.125rem) scaleX(-1);
  }
  @media (prefers-reduced-motion: reduce) {
    .opens {
      transition: none;
    }
  }
  .item .severity-icon {
    grid-row: span 3;
    display: flex;
    padding-block: 0.125rem;
    color: var(--_accent);
  }

  .item-button {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.5rem;
    min-height: 1.5rem;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  .item-button::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  .item-button:focus-visible {
    outline: none;
  }
  .item-button:focus-visible::after {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .item-title {
    overflow-wrap: anywhere;
  }

  .new-badge {
    padding: 0 0.5rem;
    border: 1px solid var(--announcement-new-color, var(--_focus));
    border-radius: 999px;
    background: var(--announcement-new-color, var(--_focus));
    color: var(--announcement-new-text-color, var(--_surface));
    font-size: 0.8125em;
    font-weight: 600;
  }

  .date {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .excerpt {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .message {
    margin: 0 0 0.75rem;
    color: var(--_muted);
  }
  .problem {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-block-end: 0.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_tint);
  }
  .problem p {
    margin: 0;
  }

  .toggle {
    margin-block-start: 0.75rem;
  }

  @media (forced-colors: active) {
    .item,
    .new-badge,
    .problem {
      border-color: CanvasText;
    }
    .item-button:focus-visible::after {
      outline-color: Highlight;
    }
  }
`;

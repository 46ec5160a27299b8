import { html, nothing, type TemplateResult } from 'lit';
import { closeIcon } from './icons.js';

/** What a list of removable chips shows and does. */
export interface ChipList {
  /** Names the list for screen readers ("Tags", "Chosen clients"). */
  label: string;
  values: readonly string[];
  /** What a chip shows for a value: a client's name, a tag as it is. */
  nameOf?(value: string): string;
  /** The accessible name of a chip's remove button ("Remove Acme Ltd"). */
  removeLabel(name: string): string;
  remove(value: string, event: Event): void;
}

/** Chosen tags or clients, each with a button that removes it; nothing when there are none. */
export function renderChips({ label, values, nameOf = (value) => value, removeLabel, remove }: ChipList): TemplateResult | typeof nothing {
  if (values.length === 0) return nothing;
  return html`<ul class="chips" part="chips" aria-label=${label}>
    ${values.map((value) => {
      const name = nameOf(value);
      return html`<li class="chip" part="chip">
        <span title=${name === value ? nothing : value}>${name}</span>
        <button type="button" class="button icon-button chip-remove" part="chip-remove-button" aria-label=${removeLabel(name)} title=${removeLabel(name)} @click=${(event: Event) => remove(value, event)}>
          ${closeIcon}
        </button>
      </li>`;
    })}
  </ul>`;
}

/** Adds what was typed (trimmed, once) to `values`; `undefined` when there is nothing new. */
export function withTyped(values: readonly string[], typed: string): string[] | undefined {
  const value = typed.trim();
  return value && !values.includes(value) ? [...values, value] : undefined;
}

import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { ClientDirectory, DirectoryClient } from '../../model/directory.js';
import { audienceComboboxStyles } from './audience-combobox.styles.js';
import { renderChips } from './chip-list.js';
import type { EditorStrings } from './editor-strings.js';

/** How long typing must pause before the directory is asked. */
const SEARCH_DELAY_MS = 250;

type SearchStatus = 'idle' | 'searching' | 'done' | 'failed';

/**
 * Chooses clients from the portal's directory: a WAI-ARIA APG combobox with a listbox popup
 * (list autocomplete). Typing searches the directory after a short pause; a newer search
 * aborts the older one. Arrow Down / Up move through the results, Enter chooses, Escape
 * closes the list (a second Escape clears the box). Chosen clients show as chips by name,
 * asked of the directory's `byIds` for ids chosen before.
 *
 * @internal Part of the editor panel's audience section.
 * @fires clients-change - The chosen ids changed; `detail` holds them all.
 */
@customElement('announcement-audience-combobox')
export class AudienceCombobox extends LitElement {
  static override styles = audienceComboboxStyles;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  @property({ attribute: false }) directory?: ClientDirectory;
  /** The chosen client ids. */
  @property({ attribute: false }) selected: readonly string[] = [];
  @property({ attribute: false }) localize!: { strings: EditorStrings; text(key: keyof EditorStrings, values?: Record<string, string | number>): string };
  /** Why the choice was refused, shown below the box. */
  @property({ attribute: false }) error: string | undefined;

  @state() private query = '';
  @state() private results: DirectoryClient[] = [];
  @state() private open = false;
  @state() private active = -1;
  @state() private status: SearchStatus = 'idle';
  /** Names learnt from searches and `byIds`. */
  @state() private names = new Map<string, string>();

  @query('input') private input!: HTMLInputElement;

  private timer: ReturnType<typeof setTimeout> | undefined;
  private search: AbortController | undefined;
  private readonly asked = new Set<string>();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelSearch();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('selected') || changed.has('directory')) this.nameChosen();
  }

  protected override render(): TemplateResult {
    const { strings } = this.localize;
    const expanded = this.open && this.results.length > 0;
    const describedBy = ['hint', this.error ? 'error' : ''].filter(Boolean).join(' ');
    // The status sits beside the label, above the box: the open list below never covers it.
    return html`<div class="label-row">
        <label id="search-label" for="search" part="label">${strings.clientsSearch}</label>
        <p class="hint" role="status" part="search-status" dir="auto">${this.statusText()}</p>
      </div>
      <div class="box">
        <input
          id="search"
          type="text"
          role="combobox"
          aria-labelledby="search-label"
          part="input"
          autocomplete="off"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls="results"
          aria-activedescendant=${expanded && this.active >= 0 ? `result-${this.active}` : nothing}
          aria-invalid=${this.error ? 'true' : 'false'}
          aria-describedby=${describedBy}
          .value=${this.query}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
          @blur=${() => (this.open = false)}
        />
        <ul
          id="results"
          role="listbox"
          part="listbox"
          aria-labelledby="search-label"
          ?hidden=${!expanded}
          @mousedown=${(event: Event) => event.preventDefault()}
          @pointerup=${this.onResultPointerUp}
        >
          ${this.results.map(
            (client, index) => html`<li
              id="result-${index}"
              role="option"
              part="option"
              aria-selected=${index === this.active ? 'true' : 'false'}
              data-index=${index}
            >
              <span>${client.name ?? client.id}</span>${client.name ? html` <span class="id">${client.id}</span>` : nothing}
            </li>`,
          )}
        </ul>
      </div>
      <p id="hint" class="hint" part="hint">${strings.clientsSearchHint}</p>
      ${this.error ? html`<p id="error" class="field-error" part="field-error">${this.error}</p>` : nothing}
      ${renderChips({
        label: strings.chosenClients,
        values: this.selected,
        nameOf: (id) => this.names.get(id) ?? id,
        removeLabel: (name) => this.localize.text('removeNamed', { name }),
        remove: (id) => {
          this.change(this.selected.filter((each) => each !== id));
          this.input.focus();
        },
      })}`;
  }

  private statusText(): string {
    const { strings } = this.localize;
    if (this.status === 'searching') return strings.searching;
    if (this.status === 'failed') return strings.searchFailed;
    if (this.status === 'done' && this.query.trim()) return this.results.length ? this.localize.text('clientsFound', { count: this.results.length }) : strings.noClientsFound;
    return '';
  }

  private readonly onInput = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
    this.cancelSearch();
    this.active = -1;
    if (!this.query.trim()) {
      this.results = [];
      this.status = 'idle';
      this.open = false;
      return;
    }
    this.status = 'searching';
    this.open = true;
    this.timer = setTimeout(() => void this.runSearch(this.query.trim()), SEARCH_DELAY_MS);
  };

  private async runSearch(query: string): Promise<void> {
    const controller = (this.search = new AbortController());
    try {
      const found = await this.directory!.search(query, { signal: controller.signal });
      if (controller.signal.aborted) return;
      for (const client of found) if (client.name) this.names.set(client.id, client.name);
      this.results = found.filter((client) => !this.selected.includes(client.id));
      this.status = 'done';
    } catch {
      if (controller.signal.aborted) return;
      this.results = [];
      this.status = 'failed';
    }
  }

  private cancelSearch(): void {
    clearTimeout(this.timer);
    this.search?.abort();
    this.search = undefined;
  }

  /**
   * A pointer on a result chooses it; the box keeps the focus (the list's mousedown is
   * prevented). The keyboard chooses through the box, which owns the focus (APG combobox).
   */
  private readonly onResultPointerUp = (event: Event) => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    const client = option && this.results[Number(option.dataset.index)];
    if (client) this.choose(client);
  };

  private readonly onKeydown = (event: KeyboardEvent) => {
    const count = this.results.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        const wasOpen = this.open;
        this.open = true;
        if (!count || (event.altKey && !wasOpen)) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this.active = this.active < 0 ? (step > 0 ? 0 : count - 1) : (this.active + step + count) % count;
        void this.updateComplete.then(() => this.renderRoot.querySelector(`#result-${this.active}`)?.scrollIntoView({ block: 'nearest' }));
        return;
      }
      case 'Enter':
        // Enter chooses; it never publishes the form from here.
        event.preventDefault();
        if (this.open && this.active >= 0) this.choose(this.results[this.active]);
        return;
      case 'Escape':
        if (this.open && count) this.open = false;
        else if (this.query) this.clear();
        else return;
        // Handled: the panel must not close as well.
        event.preventDefault();
        event.stopPropagation();
        return;
      default:
    }
  };

  private choose(client: DirectoryClient): void {
    if (!this.selected.includes(client.id)) this.change([...this.selected, client.id]);
    this.clear();
    this.input.focus();
  }

  private clear(): void {
    this.cancelSearch();
    this.query = '';
    this.results = [];
    this.open = false;
    this.active = -1;
    this.status = 'idle';
  }

  private change(ids: string[]): void {
    this.dispatchEvent(new CustomEvent<string[]>('clients-change', { detail: ids }));
  }

  /** Asks the directory once for the names of chosen ids it has not named yet. */
  private nameChosen(): void {
    const byIds = this.directory?.byIds?.bind(this.directory);
    const missing = this.selected.filter((id) => !this.names.has(id) && !this.asked.has(id));
    if (!byIds || missing.length === 0) return;
    missing.forEach((id) => this.asked.add(id));
    byIds(missing).then(
      (clients) => {
        const names = new Map(this.names);
        for (const client of clients) if (client.name) names.set(client.id, client.name);
        this.names = names;
      },
      () => undefined,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'announcement-audience-combobox': AudienceCombobox;
  }
}

import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Audience } from '../../model/announcement.js';
import type { ClientDirectory } from '../../model/directory.js';
import './audience-combobox.js';
import { renderChips, withTyped } from './chip-list.js';
import type { EditorStrings } from './editor-strings.js';
import type { PanelViewModel } from './panel-view-model.js';
import { renderRadioGroup } from './radio-group.js';

/** "Who sees it": all clients, clients with some tags, or chosen clients. */

type AudienceKind = Audience['kind'];

const LABELS: Record<AudienceKind, keyof EditorStrings> = {
  all: 'audienceAll',
  tags: 'audienceTags',
  clients: 'audienceClients',
};

const KINDS = Object.keys(LABELS) as AudienceKind[];

/** The tags the portal's directory offers, loaded once per opening of the form. */
export class DirectoryTags implements ReactiveController {
  /** `undefined` while there is nothing to choose from (no directory, no `tags()`, or still loading). */
  tags: string[] | undefined;
  status: 'none' | 'loading' | 'ready' | 'failed' = 'none';
  private controller: AbortController | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.controller?.abort();
  }

  load(directory: ClientDirectory | undefined): void {
    this.controller?.abort();
    this.tags = undefined;
    if (!directory?.tags) {
      this.status = 'none';
      return;
    }
    const controller = (this.controller = new AbortController());
    this.status = 'loading';
    directory.tags({ signal: controller.signal }).then(
      (tags) => {
        if (controller.signal.aborted) return;
        this.tags = [...new Set(tags)];
        this.status = 'ready';
        this.host.requestUpdate();
      },
      () => {
        if (controller.signal.aborted) return;
        this.status = 'failed';
        this.host.requestUpdate();
      },
    );
  }
}

/** Moves the focus to the typing box next to a chip list after its chip was removed. */
const focusInput = (event: Event, id: string) => {
  const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
  // The chip's button is gone after the update (a microtask away); the box stays.
  setTimeout(() => root.getElementById(id)?.focus());
};

interface TypedList {
  id: string;
  label: keyof EditorStrings;
  add: keyof EditorStrings;
  field: 'tags' | 'clients';
  hint?: keyof EditorStrings;
}

/** Tags or client ids typed one by one: a box with an Add button, Enter adds too. */
function renderTypedList(vm: PanelViewModel, { id, label, add, field, hint }: TypedList, error: string | undefined): TemplateResult {
  const { strings } = vm.localize;
  const values = vm.values[field];
  const addTyped = (input: HTMLInputElement) => {
    const next = withTyped(values, input.value);
    if (next) vm.setValue(field, next);
    input.value = '';
  };
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    // Enter adds what was typed; it must not publish.
    event.preventDefault();
    addTyped(event.currentTarget as HTMLInputElement);
  };
  return html`${renderChips({
      label: strings[field === 'tags' ? 'tagsLabel' : 'chosenClients'],
      values,
      removeLabel: (name) => vm.localize.text('removeNamed', { name }),
      remove: (value, event) => {
        vm.setValue(field, values.filter((each) => each !== value));
        focusInput(event, id);
      },
    })}
    <div class="typed-entry">
      <label for=${id} class="sub-label">${strings[label]}</label>
      <input
        id=${id}
        type="text"
        part="input"
        autocomplete="off"
        data-audience-focus
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${[hint ? `${id}-hint` : '', error ? 'audience-error' : ''].filter(Boolean).join(' ') || nothing}
        @keydown=${onKeydown}
      />
      <button type="button" class="button" part="add-button" @click=${(event: Event) => addTyped((event.currentTarget as Element).previousElementSibling as HTMLInputElement)}>${strings[add]}</button>
    </div>
    ${hint ? html`<p id="${id}-hint" class="hint" part="hint">${strings[hint]}</p>` : nothing}`;
}

/** The directory's tags as checkboxes; tags chosen earlier that it no longer lists stay choosable. */
function renderTagChoices(vm: PanelViewModel, tags: readonly string[], error: string | undefined): TemplateResult {
  const chosen = vm.values.tags;
  const all = [...new Set([...tags, ...chosen])];
  const toggle = (tag: string, on: boolean) => vm.setValue('tags', on ? [...chosen, tag] : chosen.filter((each) => each !== tag));
  return html`<div class="tag-choices" role="group" aria-label=${vm.localize.strings.tagsLabel} aria-describedby=${error ? 'audience-error' : nothing}>
    ${all.map(
      (tag, index) => html`<label class="tag-choice" part="tag-choice">
        <input type="checkbox" ?data-audience-focus=${index === 0} .checked=${live(chosen.includes(tag))} @change=${(event: Event) => toggle(tag, (event.target as HTMLInputElement).checked)} />
        <span>${tag}</span>
      </label>`,
    )}
  </div>`;
}

function renderTags(vm: PanelViewModel, directoryTags: DirectoryTags, error: string | undefined): TemplateResult {
  const { strings } = vm.localize;
  const choices =
    directoryTags.status === 'loading'
      ? html`<p class="hint" role="status">${strings.loadingTags}</p>`
      : directoryTags.tags?.length
        ? renderTagChoices(vm, directoryTags.tags, error)
        : renderTypedList(vm, { id: 'audience-tag-input', label: 'newTag', add: 'addTag', field: 'tags' }, error);
  return html`<div class="audience-detail" part="audience-tags">
    <p class="hint" part="hint">${strings.audienceTagsHint}</p>
    ${directoryTags.status === 'failed' ? html`<p class="hint" part="hint">${strings.tagsFailed}</p>` : nothing} ${choices}
  </div>`;
}

function renderClients(vm: PanelViewModel, directory: ClientDirectory | undefined, error: string | undefined): TemplateResult {
  if (!directory) {
    return html`<div class="audience-detail" part="audience-clients">
      ${renderTypedList(vm, { id: 'audience-client-input', label: 'clientId', add: 'addClient', field: 'clients', hint: 'noDirectoryHint' }, error)}
    </div>`;
  }
  return html`<div class="audience-detail" part="audience-clients">
    <announcement-audience-combobox
      id="audience-clients"
      data-audience-focus
      .directory=${directory}
      .selected=${vm.values.clients}
      .localize=${vm.localize}
      .error=${error}
      @clients-change=${(event: CustomEvent<string[]>) => vm.setValue('clients', event.detail)}
    ></announcement-audience-combobox>
  </div>`;
}

/**
 * The audience as a radio group, with the tags or clients to choose below it.
 * Tags come from the directory when it lists them, else they are typed; clients are searched
 * in the directory, or typed as user ids when the portal has none.
 */
export function renderAudienceField(vm: PanelViewModel, directory: ClientDirectory | undefined, directoryTags: DirectoryTags): TemplateResult {
  const { strings } = vm.localize;
  const kind = vm.values.audience;
  const error = vm.errorFor('audience');
  return renderRadioGroup({
    vm,
    field: 'audience',
    legend: strings.audienceLabel,
    options: KINDS,
    className: 'field',
    part: 'field audience-field',
    optionsClass: 'options',
    optionClass: () => 'option',
    optionPart: 'audience-choice',
    renderOption: (kind) => html`<span>${strings[LABELS[kind]]}</span>`,
    after: html`${kind === 'tags' ? renderTags(vm, directoryTags, error) : kind === 'clients' ? renderClients(vm, directory, error) : nothing}
    ${error && !(kind === 'clients' && directory) ? html`<p id="audience-error" class="field-error" part="field-error">${error}</p>` : nothing}`,
  });
}

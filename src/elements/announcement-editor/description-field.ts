import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { richText } from '../../internal/rich-text/rich-text-directive.js';
import { BODY_MAX_LENGTH } from '../../model/announcement.js';
import type { EditorStrings } from './editor-strings.js';
import { boldIcon, italicIcon, linkIcon, listIcon } from './icons.js';
import { applyMarkdownFormat, type MarkdownFormat } from './markdown-format.js';
import './client-preview.js';
import type { PreviewContent } from './client-preview.js';

export type DescriptionTab = 'write' | 'preview';

/** What the description field needs from the panel that shows it. */
export interface DescriptionFieldHost {
  readonly strings: EditorStrings;
  text(key: keyof EditorStrings, values?: Record<string, string | number>): string;
  readonly body: string;
  readonly tab: DescriptionTab;
  readonly error: string | undefined;
  /** What the client preview shows: the whole announcement as typed. */
  readonly preview: PreviewContent;
  /** The element's language, for hyphenation and quotes in the preview. */
  readonly lang: string;
  setBody(body: string): void;
  setTab(tab: DescriptionTab): void;
  /** Put before every id, so a variant's description can sit beside the default one. Default: none. */
  readonly idPrefix?: string;
  /** The field's label. Default: "Description". */
  readonly label?: string;
}

const FORMATS: ReadonlyArray<{ format: MarkdownFormat; label: keyof EditorStrings; icon: TemplateResult; shortcut?: string }> = [
  { format: 'bold', label: 'bold', icon: boldIcon, shortcut: 'b' },
  { format: 'italic', label: 'italic', icon: italicIcon, shortcut: 'i' },
  { format: 'link', label: 'link', icon: linkIcon, shortcut: 'k' },
  { format: 'list', label: 'list', icon: listIcon },
];

function textareaOf(host: DescriptionFieldHost, event: Event): HTMLTextAreaElement {
  const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
  return root.getElementById(`${host.idPrefix ?? ''}body`) as HTMLTextAreaElement;
}

function applyFormat(host: DescriptionFieldHost, textarea: HTMLTextAreaElement, format: MarkdownFormat): void {
  const next = applyMarkdownFormat({ value: textarea.value, start: textarea.selectionStart, end: textarea.selectionEnd }, format);
  textarea.value = next.value;
  textarea.focus();
  textarea.setSelectionRange(next.start, next.end);
  host.setBody(next.value);
}

/** APG toolbar: one tab stop, arrow keys (and Home/End) move between the buttons. */
function onToolbarKeydown(event: KeyboardEvent): void {
  const buttons = [...(event.currentTarget as HTMLElement).querySelectorAll('button')];
  const index = buttons.indexOf(event.target as HTMLButtonElement);
  const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: buttons.length - 1 };
  if (index < 0 || !(event.key in moves)) return;
  event.preventDefault();
  const next = buttons[(moves[event.key] + buttons.length) % buttons.length];
  buttons.forEach((button) => (button.tabIndex = button === next ? 0 : -1));
  next.focus();
}

/** APG tabs with automatic activation between "Write" and "Preview". */
function onTabsKeydown(host: DescriptionFieldHost, event: KeyboardEvent): void {
  if (!['ArrowRight', 'ArrowLeft', 'Home', 'End'].includes(event.key)) return;
  event.preventDefault();
  const next: DescriptionTab = event.key === 'Home' ? 'write' : event.key === 'End' ? 'preview' : host.tab === 'write' ? 'preview' : 'write';
  host.setTab(next);
  const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
  root.getElementById(`${host.idPrefix ?? ''}tab-${next}`)?.focus();
}

function onTextareaKeydown(host: DescriptionFieldHost, event: KeyboardEvent): void {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
  const match = FORMATS.find((entry) => entry.shortcut === event.key.toLowerCase());
  if (!match) return;
  event.preventDefault();
  applyFormat(host, event.currentTarget as HTMLTextAreaElement, match.format);
}

/**
 * The description: a Markdown textarea with a small formatting toolbar, and a Write / Preview
 * switch. Preview shows the client banner itself and the description rendered as the client
 * sidebar renders it; the textarea stays in the document while hidden so nothing typed is lost.
 */
export function renderDescriptionField(host: DescriptionFieldHost): TemplateResult {
  const { strings, body, tab, error } = host;
  const p = host.idPrefix ?? '';
  const label = host.label ?? strings.description;
  const tooLong = body.length > BODY_MAX_LENGTH;
  const describedBy = [`${p}body-hint`, `${p}body-count`, error ? `${p}body-error` : ''].filter(Boolean).join(' ');
  return html`
    <div class="field" part="field">
      <div class="description-header">
        <label id="${p}body-label" for="${p}body" part="label">${label}</label>
        <div role="tablist" aria-label=${label} class="tabs" part="tabs" @keydown=${(event: KeyboardEvent) => onTabsKeydown(host, event)}>
          ${(['write', 'preview'] as const).map(
            (name) => html`<button
              type="button"
              role="tab"
              id="${p}tab-${name}"
              part="tab"
              aria-selected=${tab === name ? 'true' : 'false'}
              aria-controls="${p}panel-${name}"
              tabindex=${tab === name ? 0 : -1}
              @click=${() => host.setTab(name)}
            >${strings[name]}</button>`,
          )}
        </div>
      </div>
      <div role="tabpanel" id="${p}panel-write" aria-labelledby="${p}tab-write" ?hidden=${tab !== 'write'}>
        <div role="toolbar" aria-label=${strings.formatting} aria-controls="${p}body" class="toolbar" part="toolbar" @keydown=${onToolbarKeydown}>
          ${FORMATS.map(
            (entry, index) => html`<button
              type="button"
              class="button icon-button"
              part="toolbar-button"
              tabindex=${index === 0 ? 0 : -1}
              aria-label=${strings[entry.label]}
              title=${strings[entry.label]}
              @click=${(event: Event) => applyFormat(host, textareaOf(host, event), entry.format)}
            >${entry.icon}</button>`,
          )}
        </div>
        <textarea
          id="${p}body"
          name="${p}body"
          part="textarea"
          rows="10"
          .value=${live(body)}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy}
          @input=${(event: Event) => host.setBody((event.target as HTMLTextAreaElement).value)}
          @keydown=${(event: KeyboardEvent) => onTextareaKeydown(host, event)}
        ></textarea>
      </div>
      <div role="tabpanel" id="${p}panel-preview" aria-labelledby="${p}tab-preview" tabindex="0" part="preview" class="preview" ?hidden=${tab !== 'preview'}>
        ${tab !== 'preview'
          ? nothing
          : html`<h3 class="preview-label">${strings.previewBanner}</h3>
              <announcement-editor-preview .content=${host.preview} .labels=${{ open: strings.openFullMessage, noTitle: strings.previewNoTitle }}></announcement-editor-preview>
              <h3 class="preview-label">${strings.previewFullMessage}</h3>`}
        <div id="${p}preview-content" class="prose" lang=${host.lang}>
          ${tab !== 'preview' ? nothing : body.trim() ? richText(body, { format: 'markdown' }) : strings.previewEmpty}
        </div>
      </div>
      <p id="${p}body-hint" class="hint" part="hint">${strings.descriptionHint}</p>
      <p id="${p}body-count" class="counter ${tooLong ? 'over' : ''}" part="counter">
        ${host.text('characterCount', { count: body.length, max: BODY_MAX_LENGTH })}
      </p>
      ${error ? html`<p id="${p}body-error" class="field-error" part="field-error">${error}</p>` : nothing}
    </div>
  `;
}

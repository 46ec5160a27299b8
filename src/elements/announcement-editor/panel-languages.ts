import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { editorLanguages } from '../../configure.js';
import { VARIANTS_MAX } from '../../model/announcement.js';
import { canonicalLanguage } from '../../model/languages.js';
import { renderDescriptionField } from './description-field.js';
import type { VariantValues } from './form-values.js';
import { plusIcon, trashIcon } from './icons.js';
import { renderTitleInput } from './panel-fields.js';
import type { PanelViewModel } from './panel-view-model.js';

/** The languages section: which language the text is in, and the same text in others. */

const primary = (tag: string) => tag.split('-')[0].toLowerCase();

/** The portal's languages, canonical and without repeats. */
function configuredLanguages(): string[] {
  return [...new Set(editorLanguages().map((tag) => canonicalLanguage(tag)).filter((tag): tag is string => tag !== undefined))];
}

/** "German" for `de`, in the editor's language; the tag itself where the browser has no name. */
export function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The language a new text is taken to be in: the portal's language that matches the editor's, else the editor's. */
export function textLanguage(locale: string): string {
  const own = canonicalLanguage(locale) ?? 'en';
  const configured = configuredLanguages();
  return configured.find((tag) => tag === own) ?? configured.find((tag) => primary(tag) === primary(own)) ?? own;
}

/** The id of a variant's field (`variant-0-title`), its remove button, or with `''` the prefix of its ids. */
export const variantId = (index: number, part: 'title' | 'body' | 'remove' | '') => `variant-${index}-${part}`;
/** The id of the button that adds a variant in `language`. */
export const addLanguageId = (language: string) => `add-language-${language}`;

/** The default text's language: the portal's languages that no variant uses, and the current one. */
export function renderLanguageField(vm: PanelViewModel): TemplateResult {
  const { strings, locale } = vm.localize;
  const { language, variants } = vm.values;
  const used = new Set(variants.map((variant) => variant.language));
  const options = [...new Set([language, ...configuredLanguages()])].filter((tag) => tag && (tag === language || !used.has(tag)));
  const error = vm.errorFor('language');
  return html`<div class="field" part="field language-field">
    <label for="language" part="label">${strings.languageLabel}</label>
    <select
      id="language"
      name="language"
      part="input"
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? 'language-hint language-error' : 'language-hint'}
      @change=${(event: Event) => vm.setValue('language', (event.target as HTMLSelectElement).value)}
    >
      ${options.map((tag) => html`<option value=${tag} .selected=${live(tag === language)}>${languageName(tag, locale)}</option>`)}
    </select>
    <p id="language-hint" class="hint" part="hint">${strings.languageHint}</p>
    ${error ? html`<p id="language-error" class="field-error" part="field-error">${error}</p>` : nothing}
  </div>`;
}

function renderVariant(vm: PanelViewModel, variant: VariantValues, index: number): TemplateResult {
  const { strings, locale } = vm.localize;
  const name = languageName(variant.language, locale);
  const change = (patch: Partial<VariantValues>) =>
    vm.setValue(
      'variants',
      vm.values.variants.map((each, at) => (at === index ? { ...each, ...patch } : each)),
    );
  const remove = vm.localize.text('removeNamed', { name });
  const languageError = vm.errorFor(`variants.${index}.language`);
  return html`<section class="variant" part="variant" lang=${variant.language} aria-labelledby=${variantId(index, '') + 'heading'}>
    <div class="variant-header" lang=${locale}>
      <h3 id=${variantId(index, '') + 'heading'}>${name}</h3>
      <button type="button" id=${variantId(index, 'remove')} class="button icon-button" part="remove-variant-button" aria-label=${remove} title=${remove} @click=${() => vm.removeVariant(index)}>
        ${trashIcon}
      </button>
    </div>
    ${languageError ? html`<p class="field-error" part="field-error" lang=${locale}>${languageError}</p>` : nothing}
    <div lang=${locale}>
      ${renderTitleInput(vm, {
        id: variantId(index, 'title'),
        label: vm.localize.text('variantTitle', { language: name }),
        value: variant.title,
        error: vm.errorFor(`variants.${index}.title`),
        set: (title) => change({ title }),
      })}
      ${renderDescriptionField({
        strings,
        text: (key, values) => vm.localize.text(key, values),
        idPrefix: variantId(index, ''),
        label: vm.localize.text('variantDescription', { language: name }),
        body: variant.body,
        tab: vm.variantTab(variant.language),
        error: vm.errorFor(`variants.${index}.body`),
        preview: { ...vm.values, title: variant.title, body: variant.body },
        lang: variant.language,
        setBody: (body) => change({ body }),
        setTab: (tab) => vm.setVariantTab(variant.language, tab),
      })}
    </div>
  </section>`;
}

/** The variants, each with its own title, description and preview, and a button per language not used yet. */
export function renderVariants(vm: PanelViewModel): TemplateResult {
  const { strings, locale } = vm.localize;
  const { language, variants } = vm.values;
  const used = new Set([language, ...variants.map((variant) => variant.language)]);
  const addable = variants.length < VARIANTS_MAX ? configuredLanguages().filter((tag) => !used.has(tag)) : [];
  const error = vm.errorFor('variants');
  return html`<fieldset class="field languages" part="field languages">
    <legend part="label">${strings.languagesLabel}</legend>
    <p id="languages-hint" class="hint" part="hint">${strings.languagesHint}</p>
    ${repeat(
      variants,
      (variant) => variant.language,
      (variant, index) => renderVariant(vm, variant, index),
    )}
    ${error ? html`<p id="variants-error" class="field-error" part="field-error">${error}</p>` : nothing}
    ${addable.length
      ? html`<div class="add-languages" role="group" aria-labelledby="add-language-label" part="add-languages">
          <span id="add-language-label" class="add-label">${strings.addLanguage}</span>
          ${addable.map((tag) => {
            const name = languageName(tag, locale);
            return html`<button type="button" id=${addLanguageId(tag)} class="button" part="add-language-button" aria-label=${vm.localize.text('addNamedLanguage', { language: name })} @click=${() => vm.addVariant(tag)}>
              ${plusIcon}<span>${name}</span>
            </button>`;
          })}
        </div>`
      : nothing}
  </fieldset>`;
}

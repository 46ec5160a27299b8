import { html, type TemplateResult } from 'lit';
import { DEMO_TEXT, type DemoLanguage, type DemoText } from './demo-text.js';

const LANGUAGE_KEY = 'demo-portal-language';
const THEME_KEY = 'demo-portal-theme';

export type DemoTheme = 'light' | 'dark';

/** The visitor's language and theme, shared by every page and tab of the demo. */
export interface DemoPreferences {
  language: DemoLanguage;
  theme: DemoTheme;
  text: DemoText;
}

/** Reads the preferences and applies them to the page: `lang`, theme and the static texts. */
export function applyPreferences(): DemoPreferences {
  const language: DemoLanguage = localStorage.getItem(LANGUAGE_KEY) === 'de' ? 'de' : 'en';
  const theme: DemoTheme = localStorage.getItem(THEME_KEY) === 'dark' ? 'dark' : 'light';
  document.documentElement.lang = language;
  document.documentElement.dataset.theme = theme;
  const text = DEMO_TEXT[language];
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const key = element.dataset.text as keyof DemoText;
    if (key in text) element.textContent = text[key];
  }
  return { language, theme, text };
}

function remember(key: string, value: string): void {
  localStorage.setItem(key, value);
  location.reload();
}

/** The language and theme switches, the same in the client portal and the back office. */
export function preferenceControls({ language, theme, text }: DemoPreferences): TemplateResult {
  // The examples carry both languages: a reload in the other one is all it takes.
  const changeLanguage = (event: Event) => remember(LANGUAGE_KEY, (event.target as HTMLSelectElement).value === 'de' ? 'de' : 'en');
  return html`<label>${text.language}
      <select id="demo-language" @change=${changeLanguage}>
        <option value="en" ?selected=${language === 'en'}>English</option>
        <option value="de" ?selected=${language === 'de'}>Deutsch</option>
      </select>
    </label>
    <label>${text.theme}
      <select id="demo-theme" @change=${(event: Event) => remember(THEME_KEY, (event.target as HTMLSelectElement).value)}>
        <option value="light" ?selected=${theme === 'light'}>${text.light}</option>
        <option value="dark" ?selected=${theme === 'dark'}>${text.dark}</option>
      </select>
    </label>`;
}

/**
 * The demo portal's shell: header, navigation, login, language and theme. Each page is a
 * real HTML page, so moving between them is real navigation and the per-session state of the
 * announcements is exercised as it would be in a portal.
 */
import { html, render } from 'lit';
import { configureAnnouncements, LocalAdapter, type AnnouncementAdapter } from '../src/index.js';
import { currentLogin, DEMO_CLIENTS, logIn, logOut } from './demo-login.js';
import { resetDemoData, seedOnce } from './demo-seed.js';
import { DEMO_TEXT, type DemoLanguage } from './demo-text.js';
import './portal.css';

const LANGUAGE_KEY = 'demo-portal-language';
const THEME_KEY = 'demo-portal-theme';

const page = document.body.dataset.page ?? 'home';
const isStaffPage = page === 'settings';
const language: DemoLanguage = localStorage.getItem(LANGUAGE_KEY) === 'de' ? 'de' : 'en';
const theme = localStorage.getItem(THEME_KEY) === 'dark' ? 'dark' : 'light';
document.documentElement.lang = language;
document.documentElement.dataset.theme = theme;
const text = DEMO_TEXT[language];
for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
  const key = element.dataset.text as keyof typeof text;
  if (key in text) element.textContent = text[key];
}

async function createAdapter(): Promise<{ adapter: AnnouncementAdapter; apiUrl?: string }> {
  const apiUrl = import.meta.env.VITE_ANNOUNCEMENTS_API as string | undefined;
  if (apiUrl) {
    const { RestAdapter } = await import('../src/adapters/rest/rest-adapter.js');
    return { adapter: new RestAdapter({ baseUrl: apiUrl }), apiUrl };
  }
  return { adapter: new LocalAdapter({ name: 'demo' }) };
}

const { adapter, apiUrl } = await createAdapter();
const login = currentLogin();
configureAnnouncements({ adapter, user: login?.user, session: login?.session, locale: language });
await seedOnce(adapter);

// A logged-out visitor sees no client content, so no announcement is shown or counted.
if (!login && !isStaffPage) document.querySelector('#content')?.remove();

await Promise.all([
  import('../src/elements/announcement-banner/announcement-banner.js'),
  import('../src/elements/announcement-list/announcement-list.js'),
  import('../src/elements/announcement-editor/announcement-editor.js'),
]);

function setLanguage(next: string): void {
  localStorage.setItem(LANGUAGE_KEY, next);
  location.reload();
}

function setTheme(next: string): void {
  localStorage.setItem(THEME_KEY, next);
  location.reload();
}

function switchUser(user: string): void {
  logIn(user);
  location.reload();
}

const nav = [
  { id: 'home', href: './index.html', label: text.home },
  { id: 'documents', href: './documents.html', label: text.documents },
  { id: 'invoices', href: './invoices.html', label: text.invoices },
  { id: 'settings', href: './settings.html', label: text.settings },
];

const clientName = DEMO_CLIENTS.find((client) => client.id === login?.user)?.name;

render(
  html`
    <div class="brand">
      <span class="brand-firm">${text.firm}</span>
      <span class="brand-portal">${text.portal}</span>
    </div>
    <nav aria-label=${text.portal}>
      <ul>
        ${nav.map(
          (item) => html`<li><a href=${item.href} aria-current=${item.id === page ? 'page' : 'false'}>${item.label}</a></li>`,
        )}
      </ul>
    </nav>
    <div class="controls">
      <label>${text.language}
        <select @change=${(event: Event) => setLanguage((event.target as HTMLSelectElement).value)}>
          <option value="en" ?selected=${language === 'en'}>English</option>
          <option value="de" ?selected=${language === 'de'}>Deutsch</option>
        </select>
      </label>
      <label>${text.theme}
        <select @change=${(event: Event) => setTheme((event.target as HTMLSelectElement).value)}>
          <option value="light" ?selected=${theme === 'light'}>${text.light}</option>
          <option value="dark" ?selected=${theme === 'dark'}>${text.dark}</option>
        </select>
      </label>
      ${login
        ? html`<label>${text.switchUser}
              <select @change=${(event: Event) => switchUser((event.target as HTMLSelectElement).value)}>
                ${DEMO_CLIENTS.map(
                  (client) => html`<option value=${client.id} ?selected=${client.id === login.user}>${client.name}</option>`,
                )}
              </select>
            </label>
            <span class="signed-in">${text.signedInAs} <strong>${clientName}</strong></span>
            <button type="button" @click=${() => (logOut(), location.reload())}>${text.logOut}</button>`
        : ''}
    </div>
  `,
  document.querySelector<HTMLElement>('#portal-header')!,
);

const loginPanel = document.querySelector<HTMLElement>('#login-panel')!;
if (!login && !isStaffPage) {
  render(
    html`<h1>${text.portal}</h1>
      <p>${text.loggedOut}</p>
      <p>${text.logInAs}</p>
      <div class="login-choices">
        ${DEMO_CLIENTS.map((client) => html`<button type="button" @click=${() => switchUser(client.id)}>${client.name}</button>`)}
      </div>`,
    loginPanel,
  );
} else {
  loginPanel.hidden = true;
}

const footer = document.querySelector<HTMLElement>('#portal-footer')!;
const status = document.createElement('p');
render(
  html`<p>${apiUrl ? html`${text.adapterRest} <code>${apiUrl}</code>` : text.adapterLocal}</p>
    <button type="button" @click=${async () => {
      await resetDemoData(adapter);
      status.textContent = text.resetDone;
    }}>${text.resetData}</button>`,
  footer,
);
status.setAttribute('role', 'status');
footer.append(status);

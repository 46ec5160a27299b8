import { html, type TemplateResult } from 'lit';
import { clientLogin, DEMO_CLIENTS, type DemoLogin } from './demo-login.js';
import { preferenceControls, type DemoPreferences } from './demo-preferences.js';
import { shellHeader, type DemoShell } from './demo-shell.js';

function switchClient(user: string): void {
  clientLogin.logIn(user);
  location.reload();
}

function clientControls(login: DemoLogin, { text }: DemoPreferences): TemplateResult {
  const clientName = DEMO_CLIENTS.find((client) => client.id === login.user)?.name;
  return html`<label>${text.switchUser}
      <select @change=${(event: Event) => switchClient((event.target as HTMLSelectElement).value)}>
        ${DEMO_CLIENTS.map((client) => html`<option value=${client.id} ?selected=${client.id === login.user}>${client.name}</option>`)}
      </select>
    </label>
    <span class="signed-in">${text.signedInAs} <strong>${clientName}</strong></span>
    <button type="button" @click=${() => (clientLogin.logOut(), location.reload())}>${text.logOut}</button>`;
}

/** The client portal: its navigation, the client switcher and the client login. */
export function clientShell(page: string, preferences: DemoPreferences): DemoShell {
  const { text } = preferences;
  const login = clientLogin.current();
  const links = [
    { href: './index.html', label: text.home, current: page === 'home' },
    { href: './documents.html', label: text.documents, current: page === 'documents' },
    { href: './invoices.html', label: text.invoices, current: page === 'invoices' },
  ];
  return {
    login,
    header: shellHeader(text.firm, text.portal, links, html`${preferenceControls(preferences)} ${login ? clientControls(login, preferences) : ''}`),
    signIn: html`<h1>${text.portal}</h1>
      <p>${text.loggedOut}</p>
      <p>${text.logInAs}</p>
      <div class="login-choices">
        ${DEMO_CLIENTS.map((client) => html`<button type="button" @click=${() => switchClient(client.id)}>${client.name}</button>`)}
      </div>`,
    elements: [
      () => import('../src/elements/announcement-banner/announcement-banner.js'),
      () => import('../src/elements/announcement-list/announcement-list.js'),
    ],
    footerLink: html`<a href="./settings.html">${text.openBackOffice}</a>`,
  };
}

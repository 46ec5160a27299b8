import { html } from 'lit';
import { DEMO_STAFF, staffLogin } from './demo-login.js';
import { preferenceControls, type DemoPreferences } from './demo-preferences.js';
import { shellHeader, type DemoShell } from './demo-shell.js';

/**
 * The firm's back office: its own header with the staff member who is signed in and a way
 * back to the client portal, and nothing of the client's (no client switcher, no client
 * login). Until a staff member signs in, it shows the sign-in and no editor.
 */
export function staffShell(preferences: DemoPreferences): DemoShell {
  const { text } = preferences;
  const login = staffLogin.current();
  return {
    login,
    header: shellHeader(
      text.firm,
      text.backOffice,
      [
        { href: './settings.html', label: text.settings, current: true },
        { href: './index.html', label: text.backToPortal, className: 'back-to-portal' },
      ],
      html`${preferenceControls(preferences)}
      ${login
        ? html`<span class="signed-in">${text.signedInAs} <strong>${DEMO_STAFF.name}</strong> (${text.staffRole})</span>
            <button type="button" @click=${() => (staffLogin.logOut(), location.reload())}>${text.logOut}</button>`
        : ''}`,
    ),
    signIn: html`<h1>${text.backOffice}</h1>
      <p>${text.staffOnly}</p>
      <div class="login-choices">
        <button type="button" @click=${() => (staffLogin.logIn(DEMO_STAFF.id), location.reload())}>
          ${text.logInAs} ${DEMO_STAFF.name}
        </button>
      </div>`,
    elements: [() => import('../src/elements/announcement-editor/announcement-editor.js')],
  };
}

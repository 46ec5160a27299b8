/**
 * The demo portal's page script: language and theme, the announcement source, and the shell
 * of the page's kind: the client portal, or the firm's back office (Firm settings). Each page
 * is a real HTML page, so moving between them is real navigation and the per-session state of
 * the announcements is exercised as it would be in a portal.
 */
import { html, render } from 'lit';
import { configureAnnouncements, LocalAdapter, type AnnouncementAdapter } from '../src/index.js';
import { clientShell } from './client-shell.js';
import { DEMO_CLIENTS, demoClientDirectory } from './demo-login.js';
import { resetDemoData, seedOnce, translateExamples } from './demo-seed.js';
import { applyPreferences } from './demo-preferences.js';
import type { DemoShell } from './demo-shell.js';
import { staffShell } from './staff-shell.js';
import './portal.css';

const page = document.body.dataset.page ?? 'home';
const { language, text, theme } = applyPreferences();

interface ApiTokens {
  staff?: string;
  clients?: Record<string, string>;
}

/** The demo API's bearer tokens, which `npm start -- --api` hands over (see scripts/demo-api.mjs). */
const apiTokens = () => JSON.parse((import.meta.env.VITE_ANNOUNCEMENTS_TOKENS as string | undefined) ?? '{}') as ApiTokens;

/** The token of whoever is signed in to this page: the API tells clients apart by it, as a portal's by its session. */
function apiToken(shell: DemoShell, tokens: ApiTokens): string | undefined {
  if (!shell.login) return undefined;
  return page === 'settings' ? tokens.staff : tokens.clients?.[shell.login.user];
}

/**
 * The page's announcement source, and the one the demo writes its examples through: on the API
 * that is the staff's, as a client may not write.
 */
async function createAdapter(shell: DemoShell): Promise<{ adapter: AnnouncementAdapter; examples: AnnouncementAdapter; apiUrl?: string }> {
  const apiUrl = import.meta.env.VITE_ANNOUNCEMENTS_API as string | undefined;
  if (apiUrl) {
    const { RestAdapter } = await import('../src/adapters/rest/rest-adapter.js');
    const as = (token: string | undefined) => new RestAdapter({ baseUrl: apiUrl, headers: token ? { Authorization: `Bearer ${token}` } : undefined });
    const tokens = apiTokens();
    const token = apiToken(shell, tokens);
    const adapter = as(token);
    return { adapter, examples: token && token === tokens.staff ? adapter : as(tokens.staff), apiUrl };
  }
  const adapter = new LocalAdapter({ name: 'demo', clients: DEMO_CLIENTS });
  return { adapter, examples: adapter };
}

const preferences = { language, text, theme };
const shell = page === 'settings' ? staffShell(preferences) : clientShell(page, preferences);
const { adapter, examples, apiUrl } = await createAdapter(shell);
const client = DEMO_CLIENTS.find((candidate) => candidate.id === shell.login?.user);
configureAnnouncements({
  adapter,
  user: shell.login?.user,
  session: shell.login?.session,
  locale: language,
  // A business client sees the business-only example, a private client does not.
  userTags: [...(client?.tags ?? [])],
  languages: ['en', 'de'],
  clientDirectory: demoClientDirectory,
});
await seedOnce(examples, language);
// Examples stored by an older demo, in one language, get the other one (not awaited: the page needs none of it).
void translateExamples(examples);

// Logged out, a page shows only its sign-in: no announcement is shown or counted, no editor offered.
if (shell.login) await Promise.all(shell.elements.map((load) => load()));
else document.querySelector('#content')?.remove();

render(shell.header, document.querySelector<HTMLElement>('#portal-header')!);
const signInPanel = document.querySelector<HTMLElement>('#login-panel')!;
if (shell.login) signInPanel.hidden = true;
else render(shell.signIn, signInPanel);

const footer = document.querySelector<HTMLElement>('#portal-footer')!;
const status = document.createElement('p');
render(
  html`${shell.footerLink ? html`<p>${shell.footerLink}</p>` : ''}
    <p>${apiUrl ? html`${text.adapterRest} <code>${apiUrl}</code>` : text.adapterLocal}</p>
    <button type="button" @click=${async () => {
      await resetDemoData(examples, language);
      status.textContent = text.resetDone;
    }}>${text.resetData}</button>`,
  footer,
);
status.setAttribute('role', 'status');
footer.append(status);

/**
 * The demo's stand-in for a portal login. A real portal knows who is signed in and which
 * login session this is; the demo keeps both in localStorage so that every tab agrees, and
 * "Log out" / "Log in" start a new session the way a real login would.
 */
export interface DemoLogin {
  user: string;
  session: string;
}

export const DEMO_CLIENTS = [
  { id: 'client-mueller', name: 'Müller GmbH' },
  { id: 'client-schmidt', name: 'Anna Schmidt' },
] as const;

const LOGIN_KEY = 'demo-portal-login';

export function currentLogin(): DemoLogin | undefined {
  try {
    const stored = JSON.parse(localStorage.getItem(LOGIN_KEY) ?? 'null') as DemoLogin | null;
    return stored && typeof stored.user === 'string' && typeof stored.session === 'string' ? stored : undefined;
  } catch {
    return undefined;
  }
}

export function logIn(user: string): DemoLogin {
  const login = { user, session: crypto.randomUUID() };
  localStorage.setItem(LOGIN_KEY, JSON.stringify(login));
  return login;
}

export function logOut(): void {
  localStorage.removeItem(LOGIN_KEY);
}

import type { ClientDirectory, DirectoryClient } from '../src/index.js';
import demoClients from './demo-clients.json';

/**
 * The demo's stand-in for the portal's two logins: clients sign in to the client portal, the
 * firm's staff to its back office. A real portal knows who is signed in and which login
 * session this is; the demo keeps both in localStorage so that every tab agrees, and signing
 * out and in starts a new session the way a real login would.
 */
export interface DemoLogin {
  user: string;
  session: string;
}

/**
 * The firm's clients in the demo: a business and a private client, told apart by their tags.
 * In a file of their own, which the demo's API (`npm start -- --api`) reads too.
 */
export const DEMO_CLIENTS: readonly DirectoryClient[] = demoClients;

/** The demo's client directory, which the editor's audience picker searches. */
export const demoClientDirectory: ClientDirectory = {
  async search(query) {
    const wanted = query.trim().toLowerCase();
    return DEMO_CLIENTS.filter((client) => `${client.name} ${client.id}`.toLowerCase().includes(wanted));
  },
  async tags() {
    return [...new Set(DEMO_CLIENTS.flatMap((client) => client.tags ?? []))];
  },
  async byIds(ids) {
    return DEMO_CLIENTS.filter((client) => ids.includes(client.id));
  },
};

/** The one member of the firm's staff the demo knows. */
export const DEMO_STAFF = { id: 'staff-becker', name: 'Julia Becker' } as const;

/** One kind of login, kept under its own key so a client and a staff member never mix. */
export class DemoLoginStore {
  constructor(private readonly key: string) {}

  current(): DemoLogin | undefined {
    try {
      const stored = JSON.parse(localStorage.getItem(this.key) ?? 'null') as DemoLogin | null;
      return stored && typeof stored.user === 'string' && typeof stored.session === 'string' ? stored : undefined;
    } catch {
      return undefined;
    }
  }

  logIn(user: string): DemoLogin {
    const login = { user, session: crypto.randomUUID() };
    localStorage.setItem(this.key, JSON.stringify(login));
    return login;
  }

  logOut(): void {
    localStorage.removeItem(this.key);
  }
}

export const clientLogin = new DemoLoginStore('demo-portal-login');
export const staffLogin = new DemoLoginStore('demo-portal-staff-login');

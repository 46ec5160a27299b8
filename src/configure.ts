import { LocalAdapter } from './adapters/local-adapter.js';
import { setPageUser } from './adapters/page-user.js';
import type { AnnouncementAdapter } from './adapters/types.js';
import type { Viewer } from './model/audience.js';
import type { ClientDirectory } from './model/directory.js';
import { browserSessionId } from './state/default-session.js';

/** Text overrides per language, e.g. `{ en: { readMore: 'Details' }, de: { readMore: 'Details' } }`. */
export type StringOverrides = Record<string, Record<string, string>>;

export interface AnnouncementsConfig {
  /** Where announcements come from. Default: a `LocalAdapter` (IndexedDB in this browser). */
  adapter?: AnnouncementAdapter;
  /** The login session id. Default: the browser session (see the README). */
  session?: string;
  /** The signed-in user's id, so users sharing a browser keep separate state. Default `"anonymous"`. */
  user?: string;
  /** Language when the page has no `lang` attribute: `"en"` or `"de"`. */
  locale?: string;
  /** The host's own wording for any built-in text. */
  strings?: StringOverrides;
  /**
   * The signed-in client's tags (e.g. `["business"]`), so announcements meant for clients with
   * some tags reach them. With the `LocalAdapter` or `MemoryAdapter` the elements filter in the
   * browser, which is not a security boundary; a server enforces audiences itself.
   */
  userTags?: string[];
  /**
   * `false` turns read receipts off: the elements then report nothing to the adapter.
   * Default `true` (sent only when the adapter can record them).
   */
  readReceipts?: boolean;
  /** The languages the editor offers for an announcement's text, e.g. `["en", "de", "fr"]`. Default `["en", "de"]`. */
  languages?: string[];
  /** The firm's clients, searched by the editor's audience picker and used to name who has not read an announcement. */
  clientDirectory?: ClientDirectory;
}

export const CONFIG_CHANGED_EVENT = 'portal-announcements-configure';

let config: AnnouncementsConfig = {};
let defaultAdapter: AnnouncementAdapter | undefined;

/**
 * Sets the page-wide defaults once, so that the portal can then write plain tags. Each
 * element's own `adapter`, `session` and `user` properties still win. Calling it again
 * merges, and elements already on the page follow the new settings.
 * @param next The settings to change; settings left out keep their current value.
 * @example
 * configureAnnouncements({ adapter: new RestAdapter({ baseUrl: '/api/announcements' }), user: 'c-42', locale: 'de' });
 */
export function configureAnnouncements(next: AnnouncementsConfig): void {
  config = { ...config, ...next };
  if ('user' in next) setPageUser(next.user);
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(CONFIG_CHANGED_EVENT));
}

export function announcementsConfig(): Readonly<AnnouncementsConfig> {
  return config;
}

export function resolveAdapter(own?: AnnouncementAdapter): AnnouncementAdapter {
  return own ?? config.adapter ?? (defaultAdapter ??= new LocalAdapter());
}

export function resolveSession(own?: string): string {
  return own || config.session || browserSessionId();
}

export function resolveUser(own?: string): string {
  return own || config.user || 'anonymous';
}

/** Who is looking, for the browser-side audience filter: the user the portal named, and their tags. */
export function resolveViewer(ownUser?: string): Viewer {
  const user = ownUser || config.user;
  return { user, tags: config.userTags ?? [] };
}

/** Whether the elements report impressions and opens (when the adapter can record them). */
export function readReceiptsEnabled(): boolean {
  return config.readReceipts !== false;
}

/** The languages the editor offers for variants. */
export function editorLanguages(): readonly string[] {
  return config.languages?.length ? config.languages : ['en', 'de'];
}

/** For tests: back to no configuration. */
export function resetAnnouncementsConfig(): void {
  config = {};
  defaultAdapter = undefined;
  setPageUser(undefined);
}

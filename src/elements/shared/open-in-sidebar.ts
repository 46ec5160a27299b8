import type { AnnouncementAdapter } from '../../adapters/types.js';
import { resolveAdapter, resolveSession, resolveUser } from '../../configure.js';
import type { AnnouncementSidebar } from '../announcement-sidebar/announcement-sidebar.js';
import type { FocusReturn } from './focus.js';

/** Where the announcement comes from and whose state it changes: the opening element's settings. */
export interface SidebarSource {
  adapter?: AnnouncementAdapter;
  session?: string;
  user?: string;
  /** The opener's language and direction, given to a sidebar this helper creates. */
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/** Sidebars created here follow their opener's language; ones the host placed keep their own. */
const createdSidebars = new WeakSet<Element>();

function servesSource(sidebar: AnnouncementSidebar, source: SidebarSource): boolean {
  return (
    resolveAdapter(sidebar.adapter) === resolveAdapter(source.adapter) &&
    resolveSession(sidebar.session) === resolveSession(source.session) &&
    resolveUser(sidebar.user) === resolveUser(source.user)
  );
}

/**
 * Shows an announcement in the page's `<announcement-sidebar>` for the same adapter, session
 * and user, creating one at the end of `<body>` when the page has none ("works with zero
 * setup"). The sidebar's code is imported only now, so pages that never open it never load it.
 */
export async function openInSidebar(id: string, source: SidebarSource, returnFocusTo: FocusReturn): Promise<AnnouncementSidebar> {
  await import('../announcement-sidebar/announcement-sidebar.js');
  const sidebars = Array.from(document.querySelectorAll('announcement-sidebar'));
  let sidebar = sidebars.find((candidate) => servesSource(candidate, source));
  if (!sidebar) {
    sidebar = document.createElement('announcement-sidebar');
    sidebar.adapter = source.adapter;
    if (source.session) sidebar.session = source.session;
    if (source.user) sidebar.user = source.user;
    createdSidebars.add(sidebar);
    document.body.append(sidebar);
  }
  if (createdSidebars.has(sidebar)) {
    if (source.lang) sidebar.setAttribute('lang', source.lang);
    if (source.dir) sidebar.setAttribute('dir', source.dir);
  }
  await sidebar.show(id, returnFocusTo);
  return sidebar;
}

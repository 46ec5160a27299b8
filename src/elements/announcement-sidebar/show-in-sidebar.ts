import { resolveAdapter, resolveSession, resolveUser } from '../../configure.js';
import type { FocusReturn } from '../shared/focus.js';
import type { SidebarSource } from '../shared/open-in-sidebar.js';
import type { AnnouncementSidebar } from './announcement-sidebar.js';

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
 * setup"). Part of the sidebar's chunk: openers reach it through `openInSidebar()`, so pages
 * that never open a message load none of this.
 */
export async function showInSidebar(id: string, source: SidebarSource, returnFocusTo: FocusReturn): Promise<AnnouncementSidebar> {
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

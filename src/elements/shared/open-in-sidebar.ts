import type { AnnouncementAdapter } from '../../adapters/types.js';
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

/**
 * Shows an announcement in the page's `<announcement-sidebar>` for the same adapter, session
 * and user, creating one when the page has none (see `showInSidebar`). The sidebar's code,
 * and the code that finds or creates one, are imported only now, so pages that never open a
 * message never load them.
 */
export async function openInSidebar(id: string, source: SidebarSource, returnFocusTo: FocusReturn): Promise<AnnouncementSidebar> {
  const { showInSidebar } = await import('../announcement-sidebar/announcement-sidebar.js');
  return showInSidebar(id, source, returnFocusTo);
}

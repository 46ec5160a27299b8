import type { Audience } from './announcement.js';

/** Who is looking: the portal's user id and that client's tags (as the portal says). */
export interface Viewer {
  user?: string;
  tags?: readonly string[];
}

/** Every client: the audience of records written before audiences existed. */
export const EVERYONE: Audience = { kind: 'all' };

/**
 * Whether an audience includes the viewer. Named clients match by user id; tags match when the
 * viewer has any of them. In the browser this is only a courtesy filter: a server must enforce
 * the audience itself, as the reference server does.
 */
export function isInAudience(audience: Audience, viewer: Viewer): boolean {
  if (audience.kind === 'tags') return audience.tags.some((tag) => viewer.tags?.includes(tag) ?? false);
  if (audience.kind === 'clients') return viewer.user !== undefined && audience.clients.includes(viewer.user);
  return true;
}

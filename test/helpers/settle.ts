import type { AnnouncementAdapter } from '../../src/adapters/types.js';
import { feedFor } from '../../src/state/feed.js';
import { sessionStateFor } from '../../src/state/session-state.js';

/**
 * Waits until an element using `adapter` for `identity` has what it needs to render: the
 * feed's first load and the session state, then the element's next render.
 */
export async function settled(
  element: HTMLElement & { updateComplete: Promise<unknown> },
  adapter: AnnouncementAdapter,
  identity: { user: string; session: string },
): Promise<void> {
  await feedFor(adapter).ready;
  await sessionStateFor(identity).ready;
  await element.updateComplete;
  // One more turn: the state's listeners request a render that may still be pending.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await element.updateComplete;
}

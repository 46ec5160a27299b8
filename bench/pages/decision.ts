// How long the banner takes to decide whether to show, from the moment it is connected to its
// region being rendered. The announcements come from memory, so only the session-state store
// (empty, or filled with 10,000 other sessions, depending on the origin) differs between runs.
import { MemoryAdapter } from '../../src/entries/adapters-memory.js';
import { configureAnnouncements } from '../../src/entries/banner.js';
import { announcementRecord, publish, whenShadow } from '../shared.js';

configureAnnouncements({ adapter: new MemoryAdapter([announcementRecord(0)]) });

publish(
  (async () => {
    const banner = document.createElement('announcement-banner');
    const connected = performance.now();
    document.body.append(banner);
    const decided = await whenShadow(banner, (root) => root.querySelector('[part="base"]') !== null);
    return { decision: decided - connected };
  })(),
);

// Stores the announcement the banner pages show, through the LocalAdapter, as a portal page
// visited earlier would have. Running it again changes nothing.
import { LocalAdapter } from '../../src/entries/adapters-local.js';
import { announcementRecord, publish } from '../shared.js';

publish(
  (async () => {
    const adapter = new LocalAdapter();
    if ((await adapter.list()).length === 0) {
      const { title, body, severity } = announcementRecord(0);
      await adapter.create({ title, body, severity });
    }
    return { stored: (await adapter.list()).length };
  })(),
);

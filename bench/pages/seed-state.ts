// Fills the session-state store the way a long-used shared browser would: 10,000 records of
// other users and sessions, each with a few closed and shown announcements.
import { createStore, keys, setMany } from 'idb-keyval';
import { publish } from '../shared.js';

const RECORDS = 10_000;

publish(
  (async () => {
    const store = createStore('portal-announcements-state', 'state');
    const touchedAt = new Date().toISOString();
    const entries: Array<[string, unknown]> = [];
    for (let index = 0; index < RECORDS; index++) {
      const user = `user-${index % 2500}`;
      const session = `session-${index.toString(36)}-${(index * 7919).toString(36)}`;
      const revision = new Date(Date.UTC(2025, 0, 1) + index * 1000).toISOString();
      entries.push([
        `session:${JSON.stringify([user, session])}`,
        {
          hidden: { [`old-${index % 40}`]: revision, [`old-${(index + 1) % 40}`]: revision },
          shown: { [`old-${index % 40}`]: revision, [`old-${(index + 1) % 40}`]: revision, [`old-${(index + 2) % 40}`]: revision },
          touchedAt,
        },
      ]);
    }
    await setMany(entries, store);
    return { stored: (await keys(store)).length };
  })(),
);

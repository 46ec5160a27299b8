import type { ClientDirectory, DirectoryClient } from '../src/model/directory.js';

/** A tax firm's clients, for the editor's audience picker and read receipts in stories. */
export const STORY_CLIENTS: DirectoryClient[] = [
  { id: 'c-1001', name: 'Müller Bau GmbH', tags: ['business'] },
  { id: 'c-1002', name: 'Mustermann & Söhne KG', tags: ['business', 'payroll'] },
  { id: 'c-1003', name: 'Anna Schmidt', tags: ['private'] },
  { id: 'c-1004', name: 'Bäckerei Weber', tags: ['business'] },
  { id: 'c-1005', name: 'Jonas Becker', tags: ['private'] },
  { id: 'c-1006', name: 'Lindner Consulting GmbH', tags: ['business', 'payroll'] },
];

/** The directory a portal would back with its own server; this one searches the list above after a short wait. */
export const storyDirectory: ClientDirectory = {
  async search(query, { signal } = {}) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    signal?.throwIfAborted();
    const wanted = query.toLowerCase();
    return STORY_CLIENTS.filter((client) => `${client.name} ${client.id}`.toLowerCase().includes(wanted));
  },
  async tags() {
    return ['business', 'payroll', 'private'];
  },
  async byIds(ids) {
    return STORY_CLIENTS.filter((client) => ids.includes(client.id));
  },
};

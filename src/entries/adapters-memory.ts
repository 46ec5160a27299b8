/** `portal-announcements/adapters/memory`: announcements in memory, for tests, stories and server-rendered data. */
export { MemoryAdapter, type MemoryAdapterOptions } from '../adapters/memory-adapter.js';
export type { ClientsSource } from '../adapters/receipt-summary.js';
export type { AnnouncementSeed } from '../model/seed.js';
export { InvalidSeedError } from '../model/errors.js';

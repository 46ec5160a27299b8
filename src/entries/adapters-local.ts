/** `portal-announcements/adapters/local`: announcements in this browser's IndexedDB (the default). */
export { LocalAdapter, type LocalAdapterOptions } from '../adapters/local-adapter.js';
export type { ClientsSource } from '../adapters/receipt-summary.js';

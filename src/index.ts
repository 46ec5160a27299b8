export * from './model/index.js';
export type * from './adapters/types.js';
export { isWritable } from './adapters/types.js';
export { MemoryAdapter } from './adapters/memory-adapter.js';
export { LocalAdapter, type LocalAdapterOptions } from './adapters/local-adapter.js';
export { configureAnnouncements, type AnnouncementsConfig, type StringOverrides } from './configure.js';
export { browserSessionId, endBrowserSession } from './state/default-session.js';
export * from './events/announcement-events.js';

/**
 * The client elements the editor's preview shows, with the in-memory source that feeds them.
 * Loaded on demand, the first time an author opens Preview; the budget script leaves this
 * chunk out of the editor's weight, as it is the banner's and sidebar's code, weighed there.
 */
import '../announcement-banner/announcement-banner.js';
import '../announcement-sidebar/announcement-sidebar.js';

export { MemoryAdapter } from '../../adapters/memory-adapter.js';

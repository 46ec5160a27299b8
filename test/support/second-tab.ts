import * as library from '../../src/index.js';
import * as sessionState from '../../src/state/session-state.js';

const exposed = { ...library, ...sessionState };
(window as unknown as { library: typeof exposed }).library = exposed;
window.dispatchEvent(new Event('library-ready'));

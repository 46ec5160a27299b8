import * as library from '../../src/index.js';
import { sessionStateFor } from '../../src/state/session-state.js';
import '../../src/elements/announcement-banner/announcement-banner.js';
import '../../src/elements/announcement-list/announcement-list.js';

const exposed = { ...library, sessionStateFor };
export type PeerLibrary = typeof exposed;

(window as unknown as { peer: PeerLibrary }).peer = exposed;
window.dispatchEvent(new Event('peer-ready'));

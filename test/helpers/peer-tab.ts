import type { PeerLibrary } from './peer.js';

export interface PeerTab {
  /** The library as loaded in the other tab: its own module instances, caches and listeners. */
  library: PeerLibrary;
  document: Document;
  close(): void;
}

/**
 * Opens the portal in a "second tab": a same-origin iframe, which shares IndexedDB,
 * BroadcastChannel and cookies with the test page, as a second tab would.
 */
export async function openPeerTab(): Promise<PeerTab> {
  const frame = document.createElement('iframe');
  frame.title = 'Another tab';
  frame.src = new URL('./peer.html', import.meta.url).href;
  const loaded = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the other tab did not load')), 10_000);
    frame.addEventListener('load', () => {
      const win = frame.contentWindow as Window & { peer?: PeerLibrary };
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      if (win.peer) done();
      else win.addEventListener('peer-ready', done, { once: true });
    });
  });
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { peer: PeerLibrary };
  return { library: win.peer, document: win.document, close: () => frame.remove() };
}

import type * as Library from '../../src/index.js';
import type * as SessionStateModule from '../../src/state/session-state.js';

export type SecondTabLibrary = typeof Library & typeof SessionStateModule;

/**
 * Opens the library in a second browsing context of the same origin (a hidden iframe), which
 * shares IndexedDB and BroadcastChannel with the test page as a second tab would, but has its
 * own module instances, caches and listeners.
 */
export async function openSecondTab(): Promise<{ library: SecondTabLibrary; close: () => void }> {
  const frame = document.createElement('iframe');
  frame.hidden = true;
  frame.src = new URL('./second-tab.html', import.meta.url).href;
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('second tab did not load')), 10_000);
    frame.addEventListener('load', () => {
      const win = frame.contentWindow as Window & { library?: SecondTabLibrary };
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      if (win.library) done();
      else win.addEventListener('library-ready', done, { once: true });
    });
  });
  document.body.append(frame);
  await ready;
  const library = (frame.contentWindow as Window & { library: SecondTabLibrary }).library;
  return { library, close: () => frame.remove() };
}

// <announcement-sidebar> opened with show(id) and closed with hide(), waiting for each to
// finish: show() settles once the panel is open, focused and the announcement marked read;
// after hide() the element's update completes. The dialog's `close` event is not awaited (here
// or in the floor): Chromium dispatches it with the next rendering step, so both sides would
// only measure the frame rate. The runner calls benchCycles(n) and reads the heap around it.
import { MemoryAdapter } from '../../src/entries/adapters-memory.js';
import { configureAnnouncements } from '../../src/entries/sidebar.js';
import { sessionStore } from '../../src/state/session-state.js';
import { announcementRecord, publish } from '../shared.js';

const record = announcementRecord(0);
configureAnnouncements({ adapter: new MemoryAdapter([record]) });

const sidebar = document.querySelector('announcement-sidebar')!;

async function cycle(): Promise<void> {
  await sidebar.show(record.id);
  sidebar.hide();
  await sidebar.updateComplete;
}

window.benchCycles = async (count) => {
  const start = performance.now();
  for (let index = 0; index < count; index++) await cycle();
  return performance.now() - start;
};

// Each show() marks the announcement read without waiting for the write, so a burst of cycles
// leaves a queue of IndexedDB transactions (with their timeout timers) behind it. A read on
// the same store is served after every write queued before it: the heap is read after that,
// so the queue is not mistaken for a leak.
window.benchIdle = () => sessionStore().keys();

publish(
  (async () => {
    // The first opening loads the rich-text renderer; it is not part of a cycle.
    await cycle();
    return { ready: 1 };
  })(),
);

// The floor for the sidebar: a native <dialog> with a title, a close button and a paragraph,
// opened with showModal() (focusing its close button) and closed with close(); both are done
// when they return.
import { publish } from '../shared.js';

const dialog = document.querySelector('dialog')!;
const closeButton = dialog.querySelector('button')!;

async function cycle(): Promise<void> {
  dialog.showModal();
  closeButton.focus();
  dialog.close();
}

window.benchCycles = async (count) => {
  const start = performance.now();
  for (let index = 0; index < count; index++) await cycle();
  return performance.now() - start;
};

publish(
  (async () => {
    await cycle();
    return { ready: 1 };
  })(),
);

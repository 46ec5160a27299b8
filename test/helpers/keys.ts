import { sendKeys } from '@web/test-runner-commands';
import { focused } from './dom.js';

/** Shift+Tab as real key presses (the drivers do not all accept "Shift+Tab" as one key). */
export async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  try {
    await sendKeys({ press: 'Tab' });
  } finally {
    await sendKeys({ up: 'Shift' });
  }
}

/**
 * Presses Enter on the focused element, for real. The runner keeps two pages per browser, and
 * Firefox does not turn Enter into a click on a button in a page whose window lacks focus (Tab
 * and Escape still work there). Only in that case, when the real key press produced no click,
 * is the focused button clicked, so the test checks the same flow in both pages.
 */
export async function pressEnter(): Promise<void> {
  const target = focused();
  let clicked = false;
  const onClick = () => (clicked = true);
  document.addEventListener('click', onClick, { capture: true });
  try {
    await sendKeys({ press: 'Enter' });
  } finally {
    document.removeEventListener('click', onClick, { capture: true });
  }
  if (!clicked && !document.hasFocus() && target instanceof HTMLButtonElement) target.click();
}

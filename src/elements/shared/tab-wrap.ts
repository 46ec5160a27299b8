/**
 * Tab wrapping for modal panels. Apart from `focus.ts` because only the sidebar needs it,
 * while the banner, on every page, needs only the focus helpers.
 */
import { composedElements, deepActiveElement, isTabbable } from './focus.js';

/** What Tab reaches inside `container`, in order, shadow trees included. */
function tabbablesWithin(container: Element): HTMLElement[] {
  return Array.from(composedElements(container)).filter(isTabbable);
}

/**
 * Keeps Tab and Shift+Tab cycling inside a modal dialog, as the APG modal dialog pattern asks.
 * A native modal `<dialog>` makes the page inert but lets Tab leave the document for the
 * browser's own UI after the last control (whatwg/html#8339, crbug.com/1363100); this wraps
 * from the last control to the first and back instead. Returns the function that removes it.
 */
export function wrapTabWithin(dialog: HTMLElement): () => void {
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    const tabbables = tabbablesWithin(dialog);
    if (tabbables.length === 0) return;
    const first = tabbables[0];
    const last = tabbables[tabbables.length - 1];
    const active = deepActiveElement();
    if (event.shiftKey && (active === first || active === dialog)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };
  dialog.addEventListener('keydown', onKeydown);
  return () => dialog.removeEventListener('keydown', onKeydown);
}

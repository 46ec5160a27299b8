/**
 * Keeps the page behind a modal from scrolling. Several modals may be open at once (the
 * sidebar over the editor), so locks are counted and the page scrolls again after the last
 * one is released.
 *
 * The rule lives in a constructable stylesheet adopted by the document and switched on by an
 * attribute on `<html>`: an inline `style` would be refused by a strict Content-Security-Policy.
 */
const LOCK_ATTRIBUTE = 'data-announcement-scroll-lock';

let locks = 0;
let sheetAdopted = false;

function adoptSheet(): void {
  if (sheetAdopted) return;
  sheetAdopted = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`html[${LOCK_ATTRIBUTE}] { overflow: hidden; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** Locks page scrolling; call the returned function (once) to release this lock. */
export function lockPageScroll(): () => void {
  adoptSheet();
  locks++;
  document.documentElement.setAttribute(LOCK_ATTRIBUTE, '');
  let released = false;
  return () => {
    if (released) return;
    released = true;
    locks--;
    if (locks === 0) document.documentElement.removeAttribute(LOCK_ATTRIBUTE);
  };
}

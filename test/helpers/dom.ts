import { waitUntil } from '@open-wc/testing';
import type { AnnouncementSidebar } from '../../src/elements/announcement-sidebar/announcement-sidebar.js';

/** One element inside an element's shadow root (or `null`). */
export function part<T extends Element = HTMLElement>(host: Element, name: string): T | null {
  return host.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

/** Every element with the part inside an element's shadow root. */
export function parts<T extends Element = HTMLElement>(host: Element, name: string): T[] {
  return Array.from(host.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`));
}

/** The focused element, looking inside shadow roots. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether focus is on or inside `host` (its shadow tree included). */
export function focusIsWithin(host: Element): boolean {
  let node: Node | null = focused();
  while (node) {
    if (node === host) return true;
    const root: Node = node.getRootNode();
    node = node.parentNode ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return false;
}

/** Visible text of an element, whitespace collapsed. */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * `waitUntil` with room for a busy machine: the runner keeps two pages per browser busy and
 * other suites may run at the same time, so storage and module loads can take seconds.
 */
export function until(predicate: () => unknown, message?: string, options: { timeout?: number } = {}): Promise<void> {
  return waitUntil(predicate, message, { interval: 20, timeout: 4000, ...options });
}

/** The page's sidebar once it is open (the banner and the list create one when needed). */
export async function openSidebar(): Promise<AnnouncementSidebar> {
  await until(() => document.querySelector('announcement-sidebar')?.open, 'the sidebar did not open', { timeout: 8000 });
  return document.querySelector('announcement-sidebar')!;
}

/** Removes the sidebars the elements created at the end of `<body>`. */
export function removeSidebars(): void {
  document.querySelectorAll('announcement-sidebar').forEach((sidebar) => sidebar.remove());
}

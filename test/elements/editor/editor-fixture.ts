import { fixture, html, waitUntil as openWcWaitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { AnnouncementAdapter } from '../../../src/adapters/types.js';
import type { Announcement } from '../../../src/model/announcement.js';
import { resetAnnouncementsConfig } from '../../../src/configure.js';
import '../../../src/elements/announcement-editor/announcement-editor.js';
import type { AnnouncementEditor } from '../../../src/elements/announcement-editor/announcement-editor.js';
import type { AnnouncementEditorPanel } from '../../../src/elements/announcement-editor/announcement-editor-panel.js';
import type { AnnouncementDeleteConfirmation } from '../../../src/elements/announcement-editor/announcement-delete-confirmation.js';

/**
 * `waitUntil` with more patience: when test files run in parallel, a page in a background tab
 * has its timers throttled to about one per second, so one second is too short to wait.
 */
export function waitUntil(predicate: () => unknown, message?: string): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: 5000 });
}

/** Clicks a harmless spot of the editor so its page has the keyboard focus (a background tab has none). */
export async function focusPage(editor: Element): Promise<void> {
  await click(editor.shadowRoot!.querySelector('h2')!);
}

export interface EditorFixtureOptions {
  adapter: AnnouncementAdapter;
  user?: string;
  timeZone?: string;
  lang?: string;
}

/** An editor on the page with its own adapter and user, once its list has loaded. */
export async function editorFixture(options: EditorFixtureOptions): Promise<AnnouncementEditor> {
  resetAnnouncementsConfig();
  // The element itself is the fixture (not a wrapper <div>): open-wc waits for a plain element
  // with requestAnimationFrame, which never fires in a background tab when files run in parallel.
  const editor = await fixture<AnnouncementEditor>(html`<announcement-editor
    lang=${options.lang ?? 'en'}
    .adapter=${options.adapter}
    .user=${options.user ?? crypto.randomUUID()}
    time-zone=${options.timeZone ?? 'UTC'}
  ></announcement-editor>`);
  await editor.updateComplete;
  await waitUntil(() => !editor.shadowRoot!.querySelector('[part~="loading"]'), 'the list did not load');
  return editor;
}

export const $ = <T extends Element = HTMLElement>(editor: AnnouncementEditor, selector: string) =>
  editor.shadowRoot!.querySelector<T & Element>(selector) as (T & HTMLElement) | null;

export const $$ = (editor: AnnouncementEditor, selector: string) => [...editor.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

export const panelOf = (editor: AnnouncementEditor) => editor.shadowRoot!.querySelector('announcement-editor-panel') as AnnouncementEditorPanel;

export const confirmationOf = (editor: AnnouncementEditor) =>
  editor.shadowRoot!.querySelector('announcement-delete-confirmation') as AnnouncementDeleteConfirmation;

/** An element inside the create/edit panel. */
export const inPanel = <T extends HTMLElement = HTMLElement>(editor: AnnouncementEditor, selector: string) =>
  panelOf(editor).shadowRoot!.querySelector<T>(selector);

export const inConfirmation = <T extends HTMLElement = HTMLElement>(editor: AnnouncementEditor, selector: string) =>
  confirmationOf(editor).shadowRoot!.querySelector<T>(selector);

export const panelOpen = (editor: AnnouncementEditor) => inPanel<HTMLDialogElement>(editor, 'dialog')!.open;
export const confirmationOpen = (editor: AnnouncementEditor) => inConfirmation<HTMLDialogElement>(editor, 'dialog')!.open;

/** The focused element, looking into shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Jumps the side panel's slide-in to its end, so a click lands where the panel will be.
 * Headless Firefox advances animations of background pages very slowly, and cannot emulate
 * `prefers-reduced-motion`.
 */
function finishAnimationsAround(element: Element): void {
  for (let node: Element | null = element; node; ) {
    node.getAnimations().forEach((animation) => animation.finish());
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
}

/** The element the mouse would hit at a point, looking into shadow roots. */
function deepElementFromPoint(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/**
 * Clicks the middle of an element with the real mouse, once it sits inside the viewport and
 * is what the mouse would hit there: a floating confirmation whose text just grew is moved
 * back into view a frame later, and a panel whose content is still settling can move the
 * element between measuring and clicking, or scroll it away again.
 */
export async function click(element: Element): Promise<void> {
  finishAnimationsAround(element);
  let last = '';
  const settledHere = () => {
    let box = element.getBoundingClientRect();
    const inViewport = box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight;
    // Scrolled again when needed: a panel that focuses its first field as it opens scrolls
    // back to the top, which can happen after the first scroll.
    if (!inViewport) {
      element.scrollIntoView({ block: 'center', inline: 'center' });
      box = element.getBoundingClientRect();
    }
    const position = `${box.left},${box.top},${box.width},${box.height}`;
    const unchanged = position === last;
    last = position;
    const hit = deepElementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return inViewport && unchanged && hit !== null && (hit === element || element.contains(hit));
  };
  await openWcWaitUntil(settledHere, 'the element to click stayed outside the viewport, moved, or was covered', { timeout: 2000 });
  const rect = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)] });
}

/** Sets a date or date-time input the way the browser reports a picked value. */
export function pickValue(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** A record as adapters store it. */
export function record(overrides: Partial<Announcement> & { id: string; title: string }): Announcement {
  const stamp = '2026-01-01T08:00:00.000Z';
  return { body: '', severity: 'info', publishAt: null, expiresAt: null, createdAt: stamp, updatedAt: stamp, revisedAt: stamp, version: 'v1', language: null, variants: [], audience: { kind: 'all' }, dismissal: 'session', ...overrides };
}

/** A calendar day relative to today, in UTC, as a date input value. */
export function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Where focus should go when a modal closes: an element, or a function that picks one then. */
export type FocusReturn = HTMLElement | (() => HTMLElement | null | undefined);

/** The focused element, looking inside open shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether an element is on the page and rendered (not `display: none`, not hidden). */
export function isShown(element: Element): boolean {
  if (!element.isConnected) return false;
  return typeof element.checkVisibility === 'function'
    ? element.checkVisibility({ visibilityProperty: true })
    : element.getClientRects().length > 0;
}

/** Whether Tab can reach the element: focusable, enabled, not inert, and rendered. */
export function isTabbable(element: Element): element is HTMLElement {
  if (!(element instanceof HTMLElement) || element.tabIndex < 0) return false;
  if ((element as HTMLButtonElement).disabled || element.closest('[inert]')) return false;
  if (element instanceof HTMLAnchorElement && !element.hasAttribute('href')) return false;
  return isShown(element);
}

/** Elements in document order, shadow trees included (a host's shadow content comes first). */
export function* composedElements(root: ParentNode): Generator<Element> {
  for (const child of Array.from(root.children)) {
    yield child;
    if (child.shadowRoot) yield* composedElements(child.shadowRoot);
    yield* composedElements(child);
  }
}

/**
 * The first element after `element` (and outside it) that Tab would reach: where focus goes
 * when the element that had it disappears, so a keyboard user continues from the same place.
 */
export function nextTabbableAfter(element: Element): HTMLElement | undefined {
  let passed = false;
  for (const candidate of composedElements(document.body)) {
    passed ||= candidate === element;
    if (passed && !isWithin(candidate, element) && isTabbable(candidate)) return candidate;
  }
  return undefined;
}

/** Whether `node` is `host` or inside it: in its light tree or its shadow tree (or deeper). */
function isWithin(node: Node | undefined, host: Element): boolean {
  for (; node; node = node.parentNode ?? (node as ShadowRoot).host) if (node === host) return true;
  return false;
}

/** Resolves a `FocusReturn` and focuses the result when it is still there; `true` on success. */
export function returnFocus(target: FocusReturn | undefined): boolean {
  const element = typeof target === 'function' ? target() : target;
  if (!element || !isShown(element)) return false;
  element.focus();
  return true;
}

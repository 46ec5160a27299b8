import { fixtureSync } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';

/**
 * Like `fixture()`, but waits for the rendered elements' `updateComplete` instead of an
 * animation frame. The test runner keeps two pages open at once and only one of them is
 * visible; the hidden one gets no animation frames, so `fixture()` on a plain wrapper element
 * would wait forever there. Cleaned up after each test like any fixture.
 */
export async function mount<T extends Element>(template: unknown): Promise<T> {
  const root = fixtureSync<T>(template as Parameters<typeof fixtureSync>[0]);
  const elements = [root, ...Array.from(root.querySelectorAll('*'))];
  await Promise.all(elements.filter(isReactive).map((element) => element.updateComplete));
  return root;
}

function isReactive(element: Element): element is ReactiveElement {
  return 'updateComplete' in element;
}

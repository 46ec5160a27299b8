import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Side = 'top' | 'bottom';
/** A side of the anchor and, optionally, the edge to align with (`end` is the inline end). */
export type Placement = Side | `${Side}-${'start' | 'end'}`;

export interface PlacementOptions {
  /** Preferred side of the anchor; flipped to the other side when there is no room. */
  placement?: Placement;
  /** Gap between anchor and floating element, in pixels. */
  distance?: number;
  /** Minimum distance kept from the viewport's edges, in pixels. */
  padding?: number;
}

/**
 * Keeps a floating element (a popup, a confirmation) next to its anchor: it flips to the other
 * side when there is no room and shifts along the edge to stay in the viewport, and follows
 * the anchor while the page or any container of the anchor scrolls, and while either resizes.
 * The floating element must use `position: fixed` in the top layer (a modal dialog), so that
 * viewport coordinates are its own; its `left`/`top` are set through the CSSOM, which a strict
 * Content-Security-Policy allows (inline `style` attributes it does not). Tracking stops on
 * `stop()` and when the host leaves the page.
 *
 * Written out here rather than taken from a positioning library: the editor needs this one
 * case, and a library for every case weighed about a tenth of the editor.
 */
export class PlacementController implements ReactiveController {
  private cleanup: (() => void) | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: PlacementOptions = {},
  ) {
    host.addController(this);
  }

  /** Whether an anchor is being followed. */
  get active(): boolean {
    return this.cleanup !== undefined;
  }

  /**
   * Places `floating` next to `anchor` and follows it until `stop()`. Resolves once the first
   * position is applied, so the caller can move focus into an element that is already in place.
   */
  start(anchor: Element, floating: HTMLElement): Promise<void> {
    this.stop();
    const update = () => place(anchor, floating, this.options);
    const scrollers: EventTarget[] = [window, ...scrollAncestors(anchor)];
    for (const target of scrollers) target.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    const resizes = new ResizeObserver(update);
    resizes.observe(anchor);
    resizes.observe(floating);
    this.cleanup = () => {
      for (const target of scrollers) target.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
      resizes.disconnect();
    };
    update();
    return Promise.resolve();
  }

  stop(): void {
    this.cleanup?.();
    this.cleanup = undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }
}

/** Every element that holds the anchor, across shadow roots: any of them may be what scrolls. */
function scrollAncestors(element: Element): Element[] {
  const ancestors: Element[] = [];
  let node: Node | null = element;
  while ((node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null))) {
    if (node instanceof Element) ancestors.push(node);
  }
  return ancestors;
}

function place(anchor: Element, floating: HTMLElement, { placement = 'bottom-end', distance = 8, padding = 8 }: PlacementOptions): void {
  const [preferred, align] = placement.split('-') as [Side, 'start' | 'end' | undefined];
  const box = anchor.getBoundingClientRect();
  const { width, height } = floating.getBoundingClientRect();
  const viewport = document.documentElement;
  const top = { top: box.top - distance - height, bottom: box.bottom + distance };
  // How far each side would reach past the viewport's padded edge; the other side is taken
  // when the preferred one does not fit, and the one that overflows less when neither does.
  const overflow = { top: padding - top.top, bottom: top.bottom + height - (viewport.clientHeight - padding) };
  const other: Side = preferred === 'top' ? 'bottom' : 'top';
  const side = overflow[preferred] > 0 && overflow[other] < overflow[preferred] ? other : preferred;
  // `end` is the inline end: the left edge in right-to-left pages.
  const rtl = getComputedStyle(floating).direction === 'rtl';
  const edge = align === undefined ? 'center' : (align === 'end') !== rtl ? 'right' : 'left';
  const x = edge === 'center' ? box.left + (box.width - width) / 2 : edge === 'right' ? box.right - width : box.left;
  const maxX = viewport.clientWidth - padding - width;
  floating.style.left = `${Math.max(padding, Math.min(x, maxX))}px`;
  floating.style.top = `${top[side]}px`;
  floating.dataset.placement = align ? `${side}-${align}` : side;
}

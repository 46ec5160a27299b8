import { autoUpdate, computePosition, flip, offset, shift, type Placement } from '@floating-ui/dom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface PlacementOptions {
  /** Preferred side of the anchor; flipped to the other side when there is no room. */
  placement?: Placement;
  /** Gap between anchor and floating element, in pixels. */
  distance?: number;
  /** Minimum distance kept from the viewport's edges, in pixels. */
  padding?: number;
}

/**
 * Keeps a floating element (a popup, a confirmation) next to its anchor with
 * `@floating-ui/dom`: it flips to the other side and shifts along the edge to stay in the
 * viewport, and follows the anchor while the page scrolls or resizes. The floating element
 * must use `position: fixed`; its `left`/`top` are set through the CSSOM, which a strict
 * Content-Security-Policy allows (inline `style` attributes it does not). Tracking stops on
 * `stop()` and when the host leaves the page.
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
    const { placement = 'bottom-end', distance = 8, padding = 8 } = this.options;
    let placed: () => void = () => {};
    const firstPlacement = new Promise<void>((resolve) => (placed = resolve));
    const update = async () => {
      try {
        const position = await computePosition(anchor, floating, {
          strategy: 'fixed',
          placement,
          middleware: [offset(distance), flip({ padding }), shift({ padding })],
        });
        // A late answer for an anchor that was let go must not move the element again.
        if (this.cleanup !== cleanup) return;
        floating.style.left = `${position.x}px`;
        floating.style.top = `${position.y}px`;
        floating.dataset.placement = position.placement;
      } finally {
        placed();
      }
    };
    const cleanup = autoUpdate(anchor, floating, () => void update());
    this.cleanup = cleanup;
    return firstPlacement;
  }

  stop(): void {
    this.cleanup?.();
    this.cleanup = undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }
}

import type { Placement } from '@floating-ui/dom';
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
 * The positioning library, fetched the first time something is placed: a settings page shows
 * its list long before anyone asks to delete, and most visits never do.
 */
let positioning: Promise<typeof import('@floating-ui/dom')> | undefined;
const loadPositioning = () => (positioning ??= import('@floating-ui/dom'));

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
  /** Counts `start()` calls, so that a start still loading the library after a newer one or a `stop()` gives up. */
  private generation = 0;

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
  async start(anchor: Element, floating: HTMLElement): Promise<void> {
    this.stop();
    const generation = this.generation;
    const { placement = 'bottom-end', distance = 8, padding = 8 } = this.options;
    let library: Awaited<ReturnType<typeof loadPositioning>>;
    try {
      library = await loadPositioning();
    } catch {
      // The chunk did not load (offline, a deploy replaced it): below the anchor is still usable.
      positioning = undefined;
      if (generation === this.generation) placeBelow(anchor, floating, distance);
      return;
    }
    if (generation !== this.generation) return;
    const { autoUpdate, computePosition, flip, offset, shift } = library;
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
    this.generation++;
    this.cleanup?.();
    this.cleanup = undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }
}

function placeBelow(anchor: Element, floating: HTMLElement, distance: number): void {
  const box = anchor.getBoundingClientRect();
  floating.style.left = `${Math.max(0, box.left)}px`;
  floating.style.top = `${box.bottom + distance}px`;
  floating.dataset.placement = 'bottom-start';
}

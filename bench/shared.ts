// What every benchmark page shares: the way it hands its figures to the runner, the moment an
// element's content is in the DOM and laid out, and the announcement records it renders.

export type Figures = Record<string, number>;

declare global {
  interface Window {
    /** Settles with the page's figures; the runner awaits it after navigation. */
    benchResult?: Promise<Figures>;
    /** Pages that are driven in rounds (open/close cycles) expose this instead of measuring on load. */
    benchCycles?: (count: number) => Promise<number>;
    /** Settles once the work the cycles left behind (storage writes) is done; awaited before heap readings. */
    benchIdle?: () => Promise<unknown>;
    /** When the page defined its first custom element (set by the runner's probe). */
    benchFirstDefine?: number;
  }
}

/** Publishes the page's figures; errors reach the runner as a rejected promise. */
export function publish(figures: Promise<Figures>): void {
  window.benchResult = figures;
}

/** Forces style and layout, so a timestamp taken right after includes them. */
function layOut(host: Element): void {
  host.getBoundingClientRect();
  void document.documentElement.offsetHeight;
}

/**
 * Resolves with `performance.now()` at the first moment `test(host.shadowRoot)` holds, after
 * forcing layout. Watches the shadow root with a MutationObserver, whose callbacks run right
 * after Lit commits a render, so no frame boundary blurs the figure.
 */
export function whenShadow(host: HTMLElement, test: (root: ShadowRoot) => boolean): Promise<number> {
  const root = host.shadowRoot;
  if (!root) return Promise.reject(new Error(`<${host.localName}> has no shadow root yet`));
  return new Promise((resolve) => {
    const check = (): boolean => {
      if (!test(root)) return false;
      layOut(host);
      resolve(performance.now());
      return true;
    };
    if (check()) return;
    const observer = new MutationObserver(() => {
      if (check()) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  });
}

/** Resolves after the next frame has been produced (two animation frames). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The figure a page asked for from its URL, e.g. `?mode=seed`. */
export const mode = new URLSearchParams(location.search).get('mode') ?? '';

const SEVERITIES = ['info', 'warning', 'success', 'critical'] as const;
const BASE_TIME = Date.UTC(2025, 0, 6, 8, 0, 0);

/**
 * A stored announcement as an adapter delivers it: visible now and forever, `index` minutes
 * newer than the first, with a Markdown description of a few sentences.
 */
export function announcementRecord(index: number) {
  const stamp = new Date(BASE_TIME + index * 60_000).toISOString();
  return {
    id: `bench-${String(index).padStart(5, '0')}`,
    title: `Office notice number ${index + 1}: opening hours change`,
    body:
      `Our office is **closed on Friday** for the annual staff day (notice ${index + 1}). ` +
      'Documents uploaded to the portal are processed on Monday. For urgent matters call the ' +
      'emergency line or write to [the front desk](https://example.com/contact).\n\n' +
      '- Tax returns: no change to deadlines\n- Payroll: runs as usual',
    severity: SEVERITIES[index % SEVERITIES.length],
    publishAt: null,
    expiresAt: null,
    createdAt: stamp,
    updatedAt: stamp,
    revisedAt: stamp,
    version: `v-${index}`,
  };
}

export type BenchRecord = ReturnType<typeof announcementRecord>;

/** `count` records, oldest first. */
export const announcementRecords = (count: number): BenchRecord[] => Array.from({ length: count }, (_, index) => announcementRecord(index));

/** Sums the layout shifts not caused by input since navigation (the page's CLS so far, for a short page). */
export function layoutShiftObserver(): { total: () => number } {
  let sum = 0;
  const add = (entries: PerformanceEntryList) => {
    for (const entry of entries as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
      if (!entry.hadRecentInput) sum += entry.value;
    }
  };
  const observer = new PerformanceObserver((list) => add(list.getEntries()));
  observer.observe({ type: 'layout-shift', buffered: true });
  return {
    total: () => {
      add(observer.takeRecords());
      observer.disconnect();
      return sum;
    },
  };
}

/**
 * Publishes what the banner pages report for the element matching `selector`: when its region
 * is shown (by default: `[part="base"]` is in the DOM) and laid out, the part of that after the
 * page defined its first custom element (its code loaded and run: what is left is connecting,
 * deciding, rendering and layout), and the page's layout shift until it settled (one more
 * frame, then 50 ms).
 */
export function publishBannerShown(selector: string, shown = (root: ShadowRoot) => root.querySelector('[part="base"]') !== null): void {
  const shifts = layoutShiftObserver();
  const banner = document.querySelector<HTMLElement>(selector)!;
  publish(
    (async () => {
      const visible = await whenShadow(banner, shown);
      await nextFrame();
      await delay(50);
      return { visible, afterDefine: visible - (window.benchFirstDefine ?? Number.NaN), cls: shifts.total() };
    })(),
  );
}

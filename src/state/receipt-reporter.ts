import type { AnnouncementAdapter } from '../adapters/types.js';
import type { Announcement } from '../model/announcement.js';
import type { Receipt, ReceiptKind } from '../model/receipts.js';

/**
 * One user's read receipts for one adapter on this page: each (announcement, revision, kind)
 * once, sent after 2 s without a new one or at once when 20 are waiting. What could not be
 * sent waits for the next send; when the page is hidden or left, everything waiting is sent
 * with `unloading: true`.
 */
export class ReceiptReporter {
  private waiting: Receipt[] = [];
  private readonly known = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly adapter: AnnouncementAdapter,
    readonly user: string,
  ) {}

  report({ id, revisedAt }: Announcement, kind: ReceiptKind): void {
    const key = JSON.stringify([id, revisedAt, kind]);
    if (this.known.has(key)) return;
    this.known.add(key);
    this.waiting.push({ id, revisedAt, kind });
    this.later(this.waiting.length < 20 ? 2_000 : 0);
  }

  /** Sends what is waiting; on failure it waits again, to go with the next send. */
  async flush(unloading = false): Promise<void> {
    clearTimeout(this.timer);
    const batch = this.waiting;
    if (batch.length === 0) return;
    this.waiting = [];
    try {
      await this.adapter.recordReceipts?.(batch, { user: this.user, unloading });
    } catch {
      this.waiting = [...batch, ...this.waiting];
      this.later(30_000);
    }
  }

  private later(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), ms);
  }
}

const reporters: ReceiptReporter[] = [];

const flushAll = () => reporters.forEach((reporter) => void reporter.flush(true));
const onVisibility = () => document.hidden && flushAll();

/** The page's reporter for this adapter and user; the first one sends them all when the page is hidden or left. */
export function receiptReporter(adapter: AnnouncementAdapter, user: string): ReceiptReporter {
  let reporter = reporters.find((candidate) => candidate.adapter === adapter && candidate.user === user);
  if (!reporter) {
    // The same listeners each time: adding them again changes nothing.
    addEventListener('pagehide', flushAll);
    document.addEventListener('visibilitychange', onVisibility);
    reporters.push((reporter = new ReceiptReporter(adapter, user)));
  }
  return reporter;
}

/** For tests: forget the page's reporters and what they sent. */
export function resetReceiptReporters(): void {
  reporters.length = 0;
}

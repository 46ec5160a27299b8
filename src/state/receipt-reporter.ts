import type { AnnouncementAdapter } from '../adapters/types.js';
import type { Announcement } from '../model/announcement.js';
import type { Receipt, ReceiptKind } from '../model/receipts.js';

/** Sent after this long without a new receipt, or at once when this many are waiting. */
const IDLE_MS = 2_000;
const BATCH_SIZE = 20;
/** After a failed send, the receipts wait this long before they are tried again. */
const RETRY_MS = 30_000;

/**
 * One user's read receipts for one adapter on this page: each (announcement, revision, kind)
 * once, sent in batches. What could not be sent stays and is tried again; when the page is
 * hidden or left, everything waiting is sent with `unloading: true`, together with a batch
 * still on its way (recording a receipt twice counts once).
 */
export class ReceiptReporter {
  private waiting: Receipt[] = [];
  private sending: Receipt[] = [];
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
    if (this.waiting.length >= BATCH_SIZE) void this.flush();
    else this.wait(IDLE_MS);
  }

  /** Sends what is waiting; `unloading` also resends the batch on its way, in a way that survives the page. */
  async flush(unloading = false): Promise<void> {
    clearTimeout(this.timer);
    const batch = unloading ? [...this.sending, ...this.waiting] : this.waiting;
    if (batch.length === 0) return;
    this.waiting = [];
    this.sending = [...this.sending, ...batch];
    try {
      await this.adapter.recordReceipts?.(batch, { user: this.user, unloading });
    } catch (error) {
      console.warn('portal-announcements: could not record read receipts; trying again later', error);
      this.waiting = [...batch, ...this.waiting];
      this.wait(RETRY_MS);
    } finally {
      this.sending = this.sending.filter((receipt) => !batch.includes(receipt));
    }
  }

  private wait(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), ms);
  }
}

const reporters: ReceiptReporter[] = [];
let listening = false;

function flushAll(): void {
  for (const reporter of reporters) void reporter.flush(true);
}

/** The page's reporter for this adapter and user; the first one sends everything when the page is hidden or left. */
export function receiptReporter(adapter: AnnouncementAdapter, user: string): ReceiptReporter {
  let reporter = reporters.find((candidate) => candidate.adapter === adapter && candidate.user === user);
  if (!reporter) {
    if (!listening) {
      listening = true;
      addEventListener('pagehide', flushAll);
      document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flushAll());
    }
    reporters.push((reporter = new ReceiptReporter(adapter, user)));
  }
  return reporter;
}

/** For tests: forget the page's reporters and what they sent . */
export function resetReceiptReporters(): void {
  reporters.length = 0;
}

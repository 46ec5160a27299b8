import type { AnnouncementAdapter } from '../adapters/types.js';
import type { Announcement } from '../model/announcement.js';
import type { ReceiptKind } from '../model/receipts.js';

type Report = [adapter: AnnouncementAdapter, user: string, announcement: Announcement, kind: ReceiptKind];

let reporters: typeof import('./receipt-reporter.js') | undefined;
let loading: Promise<void> | undefined;
/** Receipts reported before the reporter's code arrived. */
const waiting: Report[] = [];

/**
 * Hidden or left before the reporter's code arrived: what waits for it is sent at once, one
 * receipt a call, with `unloading: true`. Once it is there, its own listeners send.
 */
function sendWaiting(): void {
  for (const [adapter, user, { id, revisedAt }, kind] of waiting.splice(0)) {
    void adapter.recordReceipts?.([{ id, revisedAt, kind }], { user, unloading: true })?.catch(() => undefined);
  }
}
const onVisibility = () => document.hidden && sendWaiting();

/**
 * Reports that `user` saw or opened `announcement`, through the page's reporter for `adapter`
 * and `user` (see `ReceiptReporter`). Its code loads with the first receipt, which only comes
 * once something is shown; until then receipts wait here and are never lost: a page hidden or
 * left first sends them itself.
 */
export function reportReceipt(adapter: AnnouncementAdapter, user: string, announcement: Announcement, kind: ReceiptKind): void {
  if (reporters) return reporters.receiptReporter(adapter, user).report(announcement, kind);
  waiting.push([adapter, user, announcement, kind]);
  if (loading) return;
  addEventListener('pagehide', sendWaiting);
  document.addEventListener('visibilitychange', onVisibility);
  loading = import('./receipt-reporter.js').then(
    (loaded) => {
      reporters = loaded;
      waiting.splice(0).forEach((queued) => reportReceipt(...queued));
    },
    // Not loaded (offline): the next receipt tries again; the waiting ones stay.
    () => (loading = undefined),
  );
}

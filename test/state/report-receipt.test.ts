import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import type { ReceiptOptions } from '../../src/adapters/types.js';
import type { Receipt } from '../../src/model/receipts.js';
import { resetReceiptReporters } from '../../src/state/receipt-reporter.js';
import { reportReceipt } from '../../src/state/report-receipt.js';
import { until } from '../helpers/dom.js';

/** A real MemoryAdapter that also remembers each call of `recordReceipts`. */
class CountingAdapter extends MemoryAdapter {
  calls: Array<{ receipts: Receipt[]; options?: ReceiptOptions }> = [];
  constructor() {
    super();
    const record = this.recordReceipts!;
    this.recordReceipts = async (receipts, options) => {
      this.calls.push({ receipts, options });
      return record(receipts, options);
    };
  }
}

describe('reporting a receipt before the reporter has loaded', () => {
  afterEach(() => resetReceiptReporters());

  // The reporter's code loads with the first receipt of the page, so only this test sees it
  // still on its way.
  it('sends what waits for it when the page is left first, and hands later receipts to it', async () => {
    const adapter = new CountingAdapter();
    const first = await adapter.create({ title: 'Office closed on Friday' });
    const second = await adapter.create({ title: 'New deadline for advance VAT returns' });

    reportReceipt(adapter, 'mueller', first, 'seen');
    dispatchEvent(new Event('pagehide'));
    // The page stayed (it was only hidden): the next receipt waits for the reporter's batch.
    reportReceipt(adapter, 'mueller', second, 'opened');
    expect(adapter.calls, 'sent while the page was being left').to.deep.equal([
      { receipts: [{ id: first.id, revisedAt: first.revisedAt, kind: 'seen' }], options: { user: 'mueller', unloading: true } },
    ]);
    expect((await adapter.receiptSummary(first.id)).seen).to.equal(1);
    await until(() => adapter.calls.length === 2, 'the receipt reported before the reporter loaded was not sent', { timeout: 4000 });
    expect(adapter.calls[1]).to.deep.equal({
      receipts: [{ id: second.id, revisedAt: second.revisedAt, kind: 'opened' }],
      options: { user: 'mueller', unloading: false },
    });
    expect(await adapter.receiptSummary(second.id)).to.include({ seen: 1, opened: 1 });
  });
});

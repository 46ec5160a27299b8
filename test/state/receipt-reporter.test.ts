import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import type { ReceiptOptions } from '../../src/adapters/types.js';
import type { Announcement } from '../../src/model/announcement.js';
import type { Receipt } from '../../src/model/receipts.js';
import { receiptReporter, resetReceiptReporters } from '../../src/state/receipt-reporter.js';
import { until } from '../helpers/dom.js';

/** A real MemoryAdapter that also remembers each call, and can be made to fail. */
class CountingAdapter extends MemoryAdapter {
  calls: Array<{ receipts: Receipt[]; options?: ReceiptOptions }> = [];
  failing = false;
  constructor() {
    super();
    const record = this.recordReceipts!;
    this.recordReceipts = async (receipts, options) => {
      this.calls.push({ receipts, options });
      if (this.failing) throw new Error('the server cannot be reached');
      return record(receipts, options);
    };
  }
}

async function announcements(adapter: MemoryAdapter, count: number): Promise<Announcement[]> {
  const created: Announcement[] = [];
  for (let index = 0; index < count; index++) created.push(await adapter.create({ title: `Notice ${index + 1}` }));
  return created;
}

describe('receipt reporter', () => {
  afterEach(() => resetReceiptReporters());

  it('sends once a batch of 20 is full, without waiting', async () => {
    const adapter = new CountingAdapter();
    const created = await announcements(adapter, 21);
    const reporter = receiptReporter(adapter, 'mueller');
    created.slice(0, 20).forEach((announcement) => reporter.report(announcement, 'seen'));
    await until(() => adapter.calls.length === 1);
    expect(adapter.calls[0].receipts).to.have.length(20);
    expect(adapter.calls[0].options).to.deep.equal({ user: 'mueller', unloading: false });
    expect((await adapter.receiptSummary(created[0].id)).seen).to.equal(1);
    // The 21st waits for the page to go idle.
    reporter.report(created[20], 'seen');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(adapter.calls).to.have.length(1);
    await until(() => adapter.calls.length === 2, 'the idle batch was not sent', { timeout: 4000 });
    expect(adapter.calls[1].receipts).to.deep.equal([{ id: created[20].id, revisedAt: created[20].revisedAt, kind: 'seen' }]);
  });

  it('reports each announcement, revision and kind once per page', async () => {
    const adapter = new CountingAdapter();
    const [notice] = await announcements(adapter, 1);
    const reporter = receiptReporter(adapter, 'mueller');
    expect(receiptReporter(adapter, 'mueller'), 'one reporter per adapter and user').to.equal(reporter);
    reporter.report(notice, 'seen');
    reporter.report(notice, 'seen');
    reporter.report(notice, 'opened');
    reporter.report({ ...notice, revisedAt: new Date(Date.parse(notice.revisedAt) + 1000).toISOString() }, 'seen');
    dispatchEvent(new Event('pagehide'));
    await until(() => adapter.calls.length === 1);
    expect(adapter.calls[0].receipts.map((receipt) => receipt.kind)).to.deep.equal(['seen', 'opened', 'seen']);
  });

  it('sends everything waiting with unloading: true when the page is left', async () => {
    const adapter = new CountingAdapter();
    const [notice] = await announcements(adapter, 1);
    receiptReporter(adapter, 'schmidt').report(notice, 'opened');
    dispatchEvent(new Event('pagehide'));
    await until(() => adapter.calls.length === 1);
    expect(adapter.calls[0].options).to.deep.equal({ user: 'schmidt', unloading: true });
    expect(await adapter.receiptSummary(notice.id)).to.include({ seen: 1, opened: 1 });
  });

  it('keeps receipts it could not send and sends them with the next flush', async () => {
    const adapter = new CountingAdapter();
    const [first, second] = await announcements(adapter, 2);
    const reporter = receiptReporter(adapter, 'mueller');
    adapter.failing = true;
    reporter.report(first, 'seen');
    await reporter.flush();
    expect(adapter.calls).to.have.length(1);
    adapter.failing = false;
    reporter.report(second, 'seen');
    await reporter.flush(true);
    expect(adapter.calls[1].receipts.map((receipt) => receipt.id)).to.deep.equal([first.id, second.id]);
    expect((await adapter.receiptSummary(first.id)).seen).to.equal(1);
  });
});

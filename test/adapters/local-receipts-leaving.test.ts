import { expect } from '@open-wc/testing';
import { LocalAdapter } from '../../src/adapters/local-adapter.js';
import { deleteDatabase, eventually, uniqueName } from '../support/faults.js';

const PAGE = '/test/adapters/local-receipts-leaving.html';

/** Loads the client page in an iframe and resolves once it has reported its receipt. */
async function openClientPage(name: string, user: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  const reported = new Promise<void>((resolve) => {
    window.addEventListener('message', function onMessage(event: MessageEvent) {
      if (event.source !== frame.contentWindow || (event.data as { type?: string })?.type !== 'receipt-reported') return;
      window.removeEventListener('message', onMessage);
      resolve();
    });
  });
  frame.title = 'Client page';
  frame.src = `${PAGE}?${new URLSearchParams({ name, user })}`;
  document.body.append(frame);
  await reported;
  return frame;
}

describe('LocalAdapter read receipts when the page is left', () => {
  it('keeps a receipt that was still waiting for its batch when the client navigated away', async function () {
    this.timeout(20000);
    const name = uniqueName('leaving');
    let page: HTMLIFrameElement | undefined;
    try {
      const notice = await new LocalAdapter({ name }).create({ title: 'Office closed on Friday' });
      page = await openClientPage(name, 'mueller');
      // Well within the reporter's 2 s batch: only leaving the page sends the receipt.
      page.src = 'about:blank';
      await new Promise((resolve) => page!.addEventListener('load', resolve, { once: true }));
      await eventually(async () => {
        const summary = await new LocalAdapter({ name, clients: [{ id: 'mueller', name: 'Müller GmbH' }] }).receiptSummary(notice.id);
        expect(summary).to.include({ seen: 1, opened: 1 });
        expect(summary.notOpened).to.deep.equal([]);
      }, 4000);
    } finally {
      page?.remove();
      await deleteDatabase(`portal-announcements-${name}`);
      await deleteDatabase(`portal-announcements-${name}-receipts`);
    }
  });
});

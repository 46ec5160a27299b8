// A client page on a LocalAdapter: it reports that the client opened an announcement (the
// receipt waits for its batch) and tells the test, which then leaves the page at once.
import { LocalAdapter } from '../../src/adapters/local-adapter.js';
import { reportReceipt } from '../../src/state/report-receipt.js';

const params = new URLSearchParams(location.search);
const adapter = new LocalAdapter({ name: params.get('name')! });
const [announcement] = await adapter.list();
reportReceipt(adapter, params.get('user')!, announcement, 'opened');
// The reporter's code loads with the first receipt: wait until it has the receipt in its batch.
await import('../../src/state/receipt-reporter.js');
parent.postMessage({ type: 'receipt-reported' }, '*');
